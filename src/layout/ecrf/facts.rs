//! eCRF_1: city and inventory facts as label/value rows (labels in column
//! B, values in column C). Labels carry trailing spaces, doubled spaces and
//! line breaks, and dropdowns nobody touched say "Please select".

use std::collections::HashMap;

use crate::layout::builder::Extraction;
use crate::layout::header::header_key;
use crate::layout::template::spec::{Kind, ListName};
use crate::read::Sheet;

const LABEL_COL: u32 = 1;
const VALUE_COL: u32 = 2;

/// eCRF_1 label -> field of the inventory document.
const FACTS: &[(&str, &str, Kind)] = &[
    ("Name of city", "/city/name", Kind::Text),
    ("Country", "/city/country", Kind::Country),
    ("Region", "/city/region", Kind::Text),
    (
        "City ID (GeoNames)",
        "/city/identifiers/geonames_id",
        Kind::Text,
    ),
    ("Inventory year", "/inventory/year", Kind::Integer),
    ("Geographic boundary", "/city/boundary", Kind::Text),
    (
        "Land area (km2) within city boundary",
        "/city/land_area_km2",
        Kind::Number,
    ),
    (
        "Resident population within city boundary",
        "/city/population/value",
        Kind::Number,
    ),
    ("Inventory tool used", "/inventory/tool", Kind::Text),
    (
        "GPC reporting level",
        "/inventory/gpc_level",
        Kind::Choice(ListName::GpcLevel),
    ),
    (
        "Greenhouse gases included in inventory",
        "/inventory/gases",
        Kind::GasList,
    ),
    (
        "Global Warming Potential",
        "/inventory/gwp_set",
        Kind::Choice(ListName::GwpSet),
    ),
    (
        "Please explain your choice of GWP (if not AR4 or AR5)",
        "/inventory/gwp_explanation",
        Kind::Text,
    ),
    (
        "Comments on change in total emissions since last reported inventory",
        "/inventory/change_explanation",
        Kind::Text,
    ),
    (
        "Has the inventory been audited or verified by a third party?",
        "/inventory/verification/verified",
        Kind::YesNo,
    ),
    (
        "Name of auditor/verifier",
        "/inventory/verification/verifier",
        Kind::Text,
    ),
    (
        "Year of audit/verification",
        "/inventory/verification/year",
        Kind::Integer,
    ),
    ("Compiler name", "/inventory/compiler/name", Kind::Text),
    ("Department", "/inventory/compiler/organisation", Kind::Text),
    ("Email", "/inventory/compiler/email", Kind::Text),
];

pub(super) fn read(out: &mut Extraction, sheet: &Sheet) {
    let rows: HashMap<String, u32> = (0..sheet.row_end())
        .filter_map(|row| {
            sheet
                .get(row, LABEL_COL)
                .display()
                .map(|label| (header_key(&label), row))
        })
        .collect();
    for (label, pointer, kind) in FACTS {
        if let Some(&row) = rows.get(&header_key(label)) {
            out.put(pointer, sheet, row, VALUE_COL, label, *kind);
        }
    }
    // The population year is the inventory year in eCRF_1.
    if out.document.pointer("/city/population/value").is_some()
        && let Some(year) = out.document.pointer("/inventory/year").cloned()
    {
        crate::model::document::set_at(&mut out.document, "/city/population/year", year);
    }
}
