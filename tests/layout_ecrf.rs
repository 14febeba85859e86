//! GCoM eCRF workbooks: facts from eCRF_1, reported totals from eCRF_2 cell
//! by cell, and records from eCRF_3 with refs resolved from labels.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use ghgcheck::layout::{self, Extraction};
use serde_json::{Value, json};
use support::{finding_places, fixtures, place, validate_json};

fn fixture() -> std::path::PathBuf {
    fixtures().join("ecrf").join("ecrf-testville-2022.xlsx")
}

fn extract() -> Extraction {
    let bytes = std::fs::read(fixture()).unwrap();
    let (_, input) = ghgcheck::read::read_bytes(Path::new("x.xlsx"), &bytes).unwrap();
    let layout = layout::detect(&input).unwrap();
    assert_eq!(layout.name(), "gcom-ecrf");
    layout::extract(layout, &input).inventories.remove(0)
}

#[test]
fn facts_are_read_from_messy_labels() {
    let doc = extract().document;
    assert_eq!(
        doc["city"],
        json!({"name": "Testville", "country": "BR", "identifiers": {"geonames_id": "1234567"},
            "boundary": "City / Municipality", "land_area_km2": 1234.5,
            "population": {"value": 250000.0, "year": 2022}})
    );
    assert_eq!(
        doc["inventory"],
        json!({"year": 2022, "gpc_level": "basic", "gases": ["CO2", "CH4", "N2O"], "gwp_set": "AR5"})
    );
}

#[test]
fn reported_totals_equal_the_summary_cell_by_cell() {
    let out = extract();
    let totals = out.document["reported_totals"].as_array().unwrap();
    let got: Vec<(String, u64, Value, Value, String)> = totals
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let pointer = if t.get("value").is_some() {
                "value"
            } else {
                "notation_key"
            };
            let cell = out
                .sources
                .get(&format!("/reported_totals/{i}/{pointer}"))
                .unwrap()
                .cell
                .to_string();
            (
                t["label"].as_str().unwrap().to_owned(),
                t["scope"].as_u64().unwrap(),
                t.get("value").cloned().unwrap_or(Value::Null),
                t.get("notation_key").cloned().unwrap_or(Value::Null),
                cell,
            )
        })
        .collect();
    let row = |label: &str, scope: u64, value: Value, key: Value, cell: &str| {
        (label.to_owned(), scope, value, key, cell.to_owned())
    };
    assert_eq!(
        got,
        vec![
            row(
                "Stationary energy > Residential buildings",
                1,
                json!(1000.5),
                Value::Null,
                "eCRF_2!B4"
            ),
            row(
                "Stationary energy > Residential buildings",
                2,
                json!(3200.25),
                Value::Null,
                "eCRF_2!D4"
            ),
            row(
                "Stationary energy > Institutional buildings & facilities",
                1,
                Value::Null,
                json!("IE"),
                "eCRF_2!C5"
            ),
            row(
                "Stationary energy > Institutional buildings & facilities",
                2,
                Value::Null,
                json!("IE"),
                "eCRF_2!E5"
            ),
            row(
                "Stationary energy > Institutional buildings & facilities",
                3,
                Value::Null,
                json!("IE"),
                "eCRF_2!G5"
            ),
            row(
                "Total Stationary Energy",
                1,
                json!(1000.5),
                Value::Null,
                "eCRF_2!B6"
            ),
            row(
                "Total Stationary Energy",
                2,
                json!(3200.25),
                Value::Null,
                "eCRF_2!D6"
            ),
            row(
                "Transportation > On-road",
                1,
                json!(1500.75),
                Value::Null,
                "eCRF_2!B7"
            ),
            row(
                "Generation of grid-supplied energy > Local renewable generation",
                1,
                Value::Null,
                json!("NE"),
                "eCRF_2!C8"
            ),
            row(
                "Total Emissions (excluding generation of grid-supplied energy)",
                1,
                json!(2501.25),
                Value::Null,
                "eCRF_2!B9"
            ),
            row(
                "Total Emissions (excluding generation of grid-supplied energy)",
                2,
                json!(3200.25),
                Value::Null,
                "eCRF_2!D9"
            ),
        ]
    );
    assert_eq!(totals[0]["framework"], "crf");
    assert_eq!(totals[0]["column"], "Direct emissions");
}

#[test]
fn records_carry_a_ref_or_a_finding() {
    let doc = extract().document;
    let records = doc["emissions"].as_array().unwrap();
    let refs: Vec<(Value, Value, Value)> = records
        .iter()
        .map(|r| {
            (
                r["gpc_ref"].clone(),
                r.get("implied_gpc_ref").cloned().unwrap_or(Value::Null),
                r.get("scope").cloned().unwrap_or(Value::Null),
            )
        })
        .collect();
    assert_eq!(
        refs,
        vec![
            (json!("I.1.1"), Value::Null, json!(1)),
            (json!("I.1.1"), json!("I.1.2"), json!(2)),
            (json!("I.2.1"), Value::Null, json!(1)),
            (json!("II.1.1"), Value::Null, json!(1)),
            (Value::Null, Value::Null, json!(1)),
            (json!("I.6.3"), Value::Null, json!(3)),
            (json!("III.1.2"), Value::Null, json!(3)),
        ]
    );
    let gas = &records[0];
    assert_eq!(
        gas["gases"],
        json!({"co2": {"tco2e": 990.0}, "ch4": {"tco2e": 4.5}, "n2o": {"tco2e": 6.0}})
    );
    assert_eq!(gas["emission_factor"]["unit"], "gCO₂e/MJ");
    assert_eq!(gas["emission_factor"]["total"], 55.5833);
    assert_eq!(
        gas["activity"],
        json!({"amount": 18000.0, "unit": "GJ", "data_quality": "H"})
    );
    assert_eq!(records[3]["total_tco2e"], 1500.75);
    assert_eq!(
        records[4]["label"],
        "Generation of grid-supplied energy > Local renewable generation"
    );
}

#[test]
fn the_report_names_each_quirk_at_its_cell() {
    let (code, report) = validate_json(&[&fixture()], &[]);
    assert_eq!(code, 0);
    let file = &report["files"][0];
    assert_eq!(file["layout"], "gcom-ecrf");
    assert_eq!(
        file["inventories"][0]["totals"],
        json!({"scope1": 5701.5, "scope2": null, "scope3": 712.0, "basic": 6401.5, "basic_plus": 6413.5})
    );
    assert_eq!(
        finding_places(&report),
        vec![
            ("X004".to_owned(), None, None),
            // 6 401.5 t BASIC for 250 000 residents (V002).
            place("V002", Some("eCRF_1"), "C12"),
            // The three IE keys of eCRF_2 row 5 share column H, where they
            // are asked for an explanation and for the cell holding their
            // emissions, once each; the eCRF_3 row with IE (it has no
            // explanation column) is asked for its place at its key.
            place("N002", Some("eCRF_2"), "H5"),
            place("N004", Some("eCRF_2"), "H5"),
            // On-road's indirect pair is blank: II.1.2 (C001).
            place("C001", Some("eCRF_2"), "D7"),
            place("G003", Some("eCRF_3"), "B3"),
            place("N004", Some("eCRF_3"), "G4"),
            place("G007", Some("eCRF_3"), "B6"),
            place("G006", Some("eCRF_3"), "B7"),
            place("G005", Some("eCRF_3"), "B8"),
            // The BASIC cells with no row anywhere, after the last row (C001),
            // and the territorial cells the stated scope-1 total covers.
            place("C001", Some("eCRF_3"), "B11"),
            place("C001", Some("eCRF_3"), "B11"),
        ]
    );
    assert_eq!(
        file["findings"][0]["message"],
        "eCRF_3: 7 activity rows read; 1 placeholder row for a cell the GPC does not have skipped"
    );
}

#[test]
fn a_notation_key_takes_the_explanation_of_its_crf_row_in_ecrf_2() {
    let bytes = std::fs::read(fixture()).unwrap();
    let (_, input) = ghgcheck::read::read_bytes(Path::new("x.xlsx"), &bytes).unwrap();
    let extraction = ghgcheck::layout::extract(ghgcheck::layout::Layout::Ecrf, &input)
        .inventories
        .remove(0);
    let records = extraction.document["emissions"].as_array().unwrap();
    let index = records
        .iter()
        .position(|r| r["sub_sector"] == "Local renewable generation")
        .unwrap();
    assert_eq!(records[index]["notation_key"], "NE");
    assert_eq!(
        records[index]["notation_explanation"],
        "Rooftop solar is not metered yet"
    );
    let source = extraction
        .sources
        .get(&format!("/emissions/{index}/notation_explanation"))
        .unwrap();
    assert_eq!(
        (source.cell.sheet.as_deref(), source.cell.a1()),
        (Some("eCRF_2"), "H8".to_owned())
    );
}
