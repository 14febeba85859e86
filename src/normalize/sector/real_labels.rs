//! Regression test: the labels that occur in the real files studied
//! (CityCatalyst's eCRF template, two city eCRF exports, six Brazilian
//! CityCatalyst CSV exports) are all recognised.

use super::*;

/// Every distinct label of eCRF_2 column A, eCRF_3 columns C/D and
/// CityCatalyst "Subsector name" in the real files studied (CityCatalyst's
/// eCRF template and two city exports, six Brazilian CityCatalyst CSVs).
#[test]
fn labels_seen_in_real_files_are_all_recognised() {
    let sub_sectors = [
        "Residential Buildings",
        "Commercial buildings & facilities",
        "Institutional buildings & facilities",
        "Industrial buildings & facilities",
        "Stationary energy > Agriculture",
        "Fugitive emissions",
        "On-road",
        "Rail",
        "On-road > Passenger car",
        "On-road > Light truck",
        "On-road > Single unit truck",
        "On-road > Combination truck",
        "On-road > Bus",
        "On-road > Motorcycle",
        "On-road > Moped",
        "Rail > Urban rail",
        "Rail > Regional passenger rail",
        "Rail > Regional freight rail",
        "Waterborne navigation",
        "Aviation",
        "Off-road",
        "Solid waste disposal",
        "Biological treatment",
        "Incineration and open burning > Sludge non-sewage",
        "Incineration and open burning > Clinical waste",
        "Wastewater",
        "Industrial process",
        "Produce Use",
        "Livestock",
        "Land use",
        "Other AFOLU",
        "Electricity-only generation",
        "CHP generation",
        "Heat/cold generation",
        "Local renewable generation",
        "Out of scope",
        "Total Stationary Energy",
        "Total Transport",
        "Total Waste",
        "Total IPPU",
        "Total AFOLU",
        "Total Generation of grid-supplied energy",
        "Energy industries",
        "Railways",
        "Commercial and institutional buildings and facilities",
        "Non-specified sources",
        "Manufacturing industries and construction",
        "Wastewater treatment and discharge",
        "Agriculture, forestry and fishing activities",
        "Biological treatment of waste",
        "Fugitive emissions from oil and natural gas systems",
        "On-road transportation",
        "Emissions from product use occurring within the city boundary",
        "Emissions from livestock within the city boundary",
        "Emissions from land within the city boundary",
        "Emissions from aggregate sources and non-CO2 emission sources on land within the city boundary",
    ];
    for label in sub_sectors {
        let found = resolve_label(None, label);
        assert!(
            !matches!(found, LabelMatch::Unknown { .. }),
            "{label}: {found:?}"
        );
    }
    let sectors = [
        "Stationary Energy",
        "Transportation",
        "Waste",
        "IPPU",
        "AFOLU",
        "Out of scope",
    ];
    for sector in sectors
        .into_iter()
        .chain(["Generation of grid-supplied energy"])
    {
        assert!(sector_number(sector).is_some(), "{sector}");
    }
}
