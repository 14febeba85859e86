//! Tests of label and row resolution across the sector module, including the
//! labels that occur in real eCRF workbooks and CityCatalyst exports.

use super::*;

fn sub(sub_sector: &'static str) -> LabelMatch {
    LabelMatch::SubSector(sub_sector)
}

fn row(sector: &str, sub_sector: &str, scope_words: &str) -> RowMatch {
    resolve_row(Some(sector), sub_sector, scope_words)
}

#[test]
fn crf_rows_resolve_to_cells() {
    let cell = RowMatch::Cell;
    let institutional = "Institutional buildings & facilities";
    assert_eq!(
        row("Stationary energy", institutional, "Direct emissions"),
        cell("I.2.1")
    );
    let residential = row(
        "Stationary Energy",
        "Residential Buildings",
        "Indirect emissions",
    );
    assert_eq!(residential, cell("I.1.2"));
    let landfill = row("Waste", "Solid waste disposal", "Outside city boundary");
    assert_eq!(landfill, cell("III.1.2"));
    assert_eq!(
        row("Waste", "Wastewater", "Direct emissions"),
        cell("III.4.1")
    );
    let car = row(
        "Transportation",
        "On-road > Passenger car",
        "Direct emissions",
    );
    assert_eq!(car, cell("II.1.1"));
    assert_eq!(row("AFOLU", "Livestock", "Direct emissions"), cell("V.1"));
    assert_eq!(
        row("Out of scope", "Out of scope", "Outside city boundary"),
        cell("VI.1")
    );
}

#[test]
fn generation_rows_are_the_territorial_cell() {
    let sector = "Generation of grid-supplied energy";
    for label in [
        "Electricity-only generation",
        "CHP generation",
        "Heat/cold generation",
    ] {
        assert_eq!(
            resolve_label(Some(sector), label),
            LabelMatch::Territorial("I.4")
        );
        assert_eq!(
            row(sector, label, "Direct emissions"),
            RowMatch::Cell("I.4.4")
        );
    }
    let outside = row(sector, "CHP generation", "Outside city boundary");
    let no_cell = RowMatch::NoCell {
        sub_sector: "I.4".into(),
        scope: 3,
    };
    assert_eq!(outside, no_cell);
    let energy_industries = row("Stationary energy", "Energy Industries", "Direct emissions");
    assert_eq!(energy_industries, RowMatch::Cell("I.4.1"));
}

#[test]
fn local_renewable_generation_is_crf_only() {
    let label = "Local renewable generation";
    assert_eq!(resolve_label(None, label), LabelMatch::CrfOnly(label));
    let direct = row(
        "Generation of grid-supplied energy",
        label,
        "Direct emissions",
    );
    assert_eq!(direct, RowMatch::CrfOnly(label));
    assert_eq!(
        resolve_label(None, "Geração renovável local"),
        LabelMatch::CrfOnly(label)
    );
}

#[test]
fn fugitive_emissions_are_coal_plus_oil_and_gas() {
    let both: &[&str] = &["I.7", "I.8"];
    assert_eq!(
        resolve_label(None, "Fugitive emissions"),
        LabelMatch::Combined(both)
    );
    let direct = row(
        "Stationary energy",
        "Fugitive emissions",
        "Direct emissions",
    );
    assert_eq!(direct, RowMatch::Cells(vec!["I.7.1", "I.8.1"]));
    let outside = row(
        "Stationary energy",
        "Fugitive emissions",
        "Outside city boundary",
    );
    let no_cell = RowMatch::NoCell {
        sub_sector: "I.7+I.8".into(),
        scope: 3,
    };
    assert_eq!(outside, no_cell);
    let coal = "Fugitive emissions from mining, processing, storage, and transportation of coal";
    assert_eq!(resolve_label(None, coal), sub("I.7"));
}

#[test]
fn waste_from_outside_is_territorial_only_when_the_label_says_so() {
    assert_eq!(
        row("Waste", "Solid waste disposal", "Direct emissions"),
        RowMatch::Cell("III.1.1")
    );
    let labelled = "Solid waste disposal > Waste generated outside the city";
    assert_eq!(
        row("Waste", labelled, "Direct emissions"),
        RowMatch::Cell("III.1.3")
    );
    let gpc_text = "Emissions from wastewater generated outside the city boundary \
                    but treated within the city boundary";
    assert_eq!(
        resolve_label(Some("Waste"), gpc_text),
        LabelMatch::Territorial("III.4")
    );
    let nonsense = resolve_label(
        None,
        "Residential buildings > Generated outside the city boundary",
    );
    assert_eq!(nonsense, LabelMatch::Unknown { suggestion: None });
}

#[test]
fn placeholder_rows_without_a_gpc_cell() {
    let no_cell = |sub_sector: &str, scope| RowMatch::NoCell {
        sub_sector: sub_sector.into(),
        scope,
    };
    assert_eq!(
        row("Transportation", "Off-road", "Outside city boundary"),
        no_cell("II.5", 3)
    );
    assert_eq!(
        row("IPPU", "Produce Use", "Outside city boundary"),
        no_cell("IV.2", 3)
    );
    assert_eq!(
        row("Waste", "Wastewater", "Indirect emissions"),
        no_cell("III.4", 2)
    );
}

#[test]
fn agriculture_depends_on_the_sector() {
    assert_eq!(
        resolve_label(Some("Stationary energy"), "Agriculture"),
        sub("I.5")
    );
    assert_eq!(
        resolve_label(None, "Stationary energy > Agriculture"),
        sub("I.5")
    );
    let afolu = resolve_label(Some("AFOLU"), "Agriculture");
    assert!(matches!(afolu, LabelMatch::Unknown { .. }), "{afolu:?}");
    assert_eq!(resolve_label(Some("AFOLU"), "Livestock"), sub("V.1"));
    assert_eq!(
        resolve_label(Some("Energia estacionária"), "Agricultura"),
        sub("I.5")
    );
}

#[test]
fn other_languages() {
    assert_eq!(resolve_label(None, "Edificações residenciais"), sub("I.1"));
    assert_eq!(resolve_label(None, "Edificios residenciales"), sub("I.1"));
    assert_eq!(resolve_label(None, "Bâtiments résidentiels"), sub("I.1"));
    assert_eq!(resolve_label(None, "Wohngebäude"), sub("I.1"));
    assert_eq!(resolve_label(None, "Edifici residenziali"), sub("I.1"));
    assert_eq!(resolve_label(None, "Bostäder"), sub("I.1"));
    assert_eq!(resolve_label(None, "Transporte rodoviário"), sub("II.1"));
    assert_eq!(resolve_label(None, "STRASSENVERKEHR"), sub("II.1"));
    assert_eq!(
        resolve_label(None, "Tratamiento biológico de residuos"),
        sub("III.2")
    );
    assert_eq!(resolve_label(None, "Procédés industriels"), sub("IV.1"));
    assert_eq!(resolve_label(None, "Allevamento"), sub("V.1"));
    assert_eq!(resolve_label(None, "Markanvändning"), sub("V.2"));
    let fugitive: &[&str] = &["I.7", "I.8"];
    assert_eq!(
        resolve_label(None, "Emissões fugitivas"),
        LabelMatch::Combined(fugitive)
    );
}

#[test]
fn citycatalyst_synonyms() {
    assert_eq!(resolve_label(None, "Commercial/Institutional"), sub("I.2"));
    assert_eq!(resolve_label(None, "Industry"), sub("I.3"));
    assert_eq!(resolve_label(None, "Energy Production"), sub("I.4"));
    assert_eq!(resolve_label(None, "Road: Freight"), sub("II.1"));
    assert_eq!(resolve_label(None, "Public Transit"), sub("II.2"));
    assert_eq!(resolve_label(None, "Shipping/cargo vessel"), sub("II.3"));
    let ippu = "Emissions from industrial processes occurring within the city boundary";
    assert_eq!(resolve_label(None, ippu), sub("IV.1"));
}

#[test]
fn combined_labels_fall_back_to_the_first_known_part() {
    let other = resolve_label(Some("Transportation"), "On-road > Other/uncategorized");
    assert_eq!(other, sub("II.1"));
    let msw = resolve_label(
        Some("Waste"),
        "Incineration and open burning > Municipal solid waste",
    );
    assert_eq!(msw, sub("III.3"));
    let total = resolve_label(
        None,
        "Total Emissions (excluding generation of grid-supplied energy)",
    );
    assert_eq!(total, LabelMatch::Total("inventory"));
}

#[test]
fn unknown_labels_get_a_suggestion() {
    let typo = resolve_label(None, "Residental buildngs");
    let suggestion = Some("Residential buildings".to_string());
    assert_eq!(typo, LabelMatch::Unknown { suggestion });
    let far = resolve_label(None, "Cryptocurrency mining");
    assert_eq!(far, LabelMatch::Unknown { suggestion: None });
    assert_eq!(
        resolve_label(None, "  "),
        LabelMatch::Unknown { suggestion: None }
    );
}

#[test]
fn rows_that_cannot_be_placed_say_why() {
    let wrong_sector = row("Waste", "Residential buildings", "Direct emissions");
    let outside = Unplaced::OutsideSector {
        sub_sector: "I.1".into(),
        sector: "III",
    };
    assert!(matches!(wrong_sector, RowMatch::Unknown { ref reason, .. } if *reason == outside));
    let no_scope = row("Waste", "Wastewater", "Please select");
    let words = Unplaced::ScopeWords("Please select".into());
    assert!(matches!(no_scope, RowMatch::Unknown { ref reason, .. } if *reason == words));
    let typo = row(
        "Stationary energy",
        "Residental buildngs",
        "Direct emissions",
    );
    let RowMatch::Unknown { suggestion, .. } = typo else {
        panic!("{typo:?}")
    };
    assert_eq!(suggestion.as_deref(), Some("Residential buildings"));
}
