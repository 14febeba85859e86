//! Hierarchical CityCatalyst exports: subtotal rows (`I`, `I.1`, `III` in
//! kg CO2e) are stated totals of their sector or sub-sector in all scopes,
//! checked against the rows below them (T002), never records nor unknown
//! references. The fixtures are hand-written: `inventory-BR HQA-2022.csv`
//! agrees everywhere; `inventory-BR HQB-2022.csv` states I.1 as 4500.5 t
//! (E3; its rows sum 4450.5 t) and II as 1600 t (E11; its rows sum 1500 t);
//! `inventory-BR HQC-2022.csv` states sector II only by subtotals, II (E11,
//! 1600 t) against II.1 and II.2 (E12, E13: 1500 t).

#![allow(clippy::unwrap_used)]

mod support;

use std::path::PathBuf;

use serde_json::{Value, json};
use support::{codes_of, finding_places, fixtures, place, validate_json};

fn fixture(name: &str) -> PathBuf {
    fixtures().join("hierarchy").join(name)
}

const AGREES: &str = "inventory-BR HQA-2022.csv";
const DISAGREES: &str = "inventory-BR HQB-2022.csv";

/// The extracted document (amounts in tonnes) and the cell of each
/// reported total's value.
fn extracted(name: &str) -> (Value, Vec<String>) {
    let (layout, mut extracted) = support::extract(&fixture(name));
    assert_eq!(layout, "citycatalyst-csv");
    let extraction = extracted.inventories.remove(0);
    let (mut doc, mut sources) = (extraction.document, extraction.sources);
    let findings = ghgcheck::normalize::written::convert(&mut doc, &mut sources);
    assert!(findings.is_empty(), "{findings:?}");
    let cells = (0..doc["reported_totals"].as_array().unwrap().len())
        .map(|i| {
            let source = sources.get(&format!("/reported_totals/{i}/value")).unwrap();
            source.cell.a1()
        })
        .collect();
    (doc, cells)
}

fn subtotal(reference: &str, name: &str, value: f64) -> Value {
    json!({
        "framework": "gpc",
        "label": format!("{reference} {name}"),
        "sector": reference.split('.').next().unwrap(),
        "gpc_ref": reference,
        "column": "Total Emissions",
        "value": value,
        "unit": "tCO2e",
    })
}

#[test]
fn subtotal_rows_are_reported_totals_at_their_cells_and_leaf_rows_records() {
    let (doc, cells) = extracted(AGREES);
    let refs: Vec<&str> = doc["emissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["gpc_ref"].as_str().unwrap())
        .collect();
    assert_eq!(
        refs,
        [
            "I.1.1", "I.1.1", "I.1.2", "I.2.1", "I.4.4", "II.1.1", "II.1.2", "III.1.1"
        ]
    );
    assert_eq!(
        doc["reported_totals"],
        json!([
            subtotal("I", "Stationary Energy", 4470.5),
            subtotal("I.1", "Residential buildings", 4450.5),
            subtotal("I.4", "Energy industries", 20.0),
            subtotal("II", "Transportation", 1500.0),
            subtotal("II.1", "On-road transportation", 1500.0),
            // Written 800000 kg CO2e.
            subtotal("III", "Waste", 800.0),
            subtotal("III.1", "Solid waste disposal", 800.0),
        ])
    );
    // I.2 (row 7) states NE and no value: no total.
    assert_eq!(cells, ["E2", "E3", "E9", "E11", "E12", "E15", "E16"]);
}

#[test]
fn subtotals_that_agree_give_no_finding_and_a_valid_file() {
    let (code, report) = validate_json(&[&fixture(AGREES)], &[]);
    let file = &report["files"][0];
    assert_eq!(file["status"], "valid", "{file}");
    assert_eq!(code, 0);
    let codes = codes_of(file);
    for absent in ["T002", "T003", "G001", "S001"] {
        assert!(!codes.contains(&absent), "{absent}: {codes:?}");
    }
    let inventory = &file["inventories"][0];
    assert_eq!(inventory["year"], 2022);
    // Recomputed from the eight leaf rows only (the subtotals would double
    // them).
    assert_eq!(inventory["totals"]["scope1"], json!(3270.5));
    assert_eq!(inventory["totals"]["scope2"], json!(3500.0));
    let summary: Vec<&Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X004")
        .collect();
    assert_eq!(
        summary[0]["message"],
        "16 rows read, 8 of them subtotal rows (a GPC sector or sub-sector, read as a stated total); columns not used: Inventory Reference, Data source ID"
    );
}

#[test]
fn a_wrong_sub_sector_subtotal_and_sector_total_are_found_at_their_cells() {
    let (doc, _) = extracted(DISAGREES);
    assert_eq!(doc["emissions"].as_array().unwrap().len(), 8);
    let (_, report) = validate_json(&[&fixture(DISAGREES)], &[]);
    let file = &report["files"][0];
    let totals: Vec<(String, Option<String>, Option<String>)> = finding_places(&report)
        .into_iter()
        .filter(|(code, _, _)| code.starts_with('T'))
        .collect();
    assert_eq!(
        totals,
        [place("T002", None, "E3"), place("T002", None, "E11")]
    );
    let messages: Vec<&str> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "T002")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "`I.1 Residential buildings` states 4500.5 tCO2e, but the 3 records it covers (I.1.1 ×2, I.1.2) sum to 4450.5 tCO2e, 50 tCO2e apart",
            "`II Transportation` states 1600 tCO2e, but the 2 records it covers (II.1.1, II.1.2) sum to 1500 tCO2e, 100 tCO2e apart",
        ]
    );
}

#[test]
fn a_sector_without_rows_is_checked_against_its_sub_sector_subtotals() {
    let (doc, cells) = extracted("inventory-BR HQC-2022.csv");
    assert_eq!(doc["emissions"].as_array().unwrap().len(), 6);
    assert_eq!(cells, ["E2", "E3", "E9", "E11", "E12", "E13", "E14", "E15"]);
    let (_, report) = validate_json(&[&fixture("inventory-BR HQC-2022.csv")], &[]);
    let file = &report["files"][0];
    let totals: Vec<&Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"].as_str().unwrap().starts_with('T'))
        .collect();
    assert_eq!(totals.len(), 1, "{totals:?}");
    assert_eq!(totals[0]["code"], "T003");
    assert_eq!(totals[0]["cell"], "E11");
    assert_eq!(
        totals[0]["message"],
        "`II Transportation` states 1600 tCO2e, but its 2 rows (E12, E13) sum to 1500 tCO2e, 100 tCO2e apart"
    );
}
