//! CityCatalyst inventory CSV exports: gas columns in kg of CO2e, NE rows
//! with zeros, invalid notation keys, and city and year from the file name.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use serde_json::json;
use support::{finding_places, fixtures, place, run_with_stderr, validate_json};

fn fixture() -> std::path::PathBuf {
    fixtures()
        .join("citycatalyst")
        .join("inventory-BR XYZ-2022.csv")
}

#[test]
fn records_are_extracted_as_written_and_converted_to_tonnes() {
    let bytes = std::fs::read(fixture()).unwrap();
    let (_, input) = ghgcheck::read::read_bytes(Path::new("x.csv"), &bytes).unwrap();
    let layout = ghgcheck::layout::detect(&input).unwrap();
    assert_eq!(layout.name(), "citycatalyst-csv");
    let extraction = ghgcheck::layout::extract(layout, &input)
        .inventories
        .remove(0);
    let (mut doc, mut sources) = (extraction.document, extraction.sources);
    // The extractor keeps the amounts as written, in kg; the conversion to
    // tonnes is the units' step.
    assert_eq!(doc["emissions"][0]["gases"]["co2"]["tco2e"], 990_000.0);
    let findings = ghgcheck::normalize::written::convert(&mut doc, &mut sources);
    assert!(findings.is_empty(), "{findings:?}");
    let first = &doc["emissions"][0];
    assert_eq!(first["gpc_ref"], "I.1.1");
    assert_eq!(first["scope"], 1);
    assert_eq!(first["sector"], "Stationary Energy");
    assert_eq!(first["sub_sector"], "Residential buildings");
    assert_eq!(first["total_tco2e"], 1000.5);
    assert_eq!(
        first["gases"],
        json!({"co2": {"tco2e": 990.0}, "ch4": {"tco2e": 4.5}, "n2o": {"tco2e": 6.0}})
    );
    assert_eq!(
        first["activity"],
        json!({"amount": 400000.0, "unit": "m3", "source": "Gas utility"})
    );
    assert_eq!(first["activity_label"], "natural gas");
    assert_eq!(
        first["emission_factor"],
        json!({"unit": "kg/m3", "values": {"co2": 1.9, "ch4": 0.0001, "n2o": 0.00001}})
    );
    // The NE row's zeros are not measurements.
    assert_eq!(
        doc["emissions"][3],
        json!({"gpc_ref": "I.6.1", "sub_sector": "Non-specified sources",
        "notation_key": "NE", "scope": 1, "sector": "Stationary Energy"})
    );
    assert_eq!(doc["emissions"].as_array().unwrap().len(), 7);
}

#[test]
fn the_report_takes_facts_from_the_file_name_and_flags_bad_keys() {
    let (code, report) = validate_json(&[&fixture()], &[]);
    assert_eq!(code, 1);
    let file = &report["files"][0];
    assert_eq!(file["layout"], "citycatalyst-csv");
    let inventory = &file["inventories"][0];
    assert_eq!(inventory["id"], "br-xyz-2022");
    assert_eq!(inventory["city"], "BR XYZ");
    assert_eq!(inventory["year"], 2022);
    assert_eq!(inventory["fact_sources"]["/inventory/year"], "file-name");
    assert_eq!(
        inventory["totals"],
        json!({"scope1": 2050.5, "scope2": 3200.25, "scope3": null, "basic": 5250.75, "basic_plus": 5250.75})
    );
    let places: Vec<_> = finding_places(&report)
        .into_iter()
        .filter(|(_, _, cell)| cell.is_some())
        .collect();
    assert_eq!(
        places,
        vec![
            // 400000 m3 (H2) × 1.9 kg/m3 is 760 t of CO2, but N2 states 990 t.
            place("A003", None, "H2"),
            // The export has no explanation column: its keys are not asked
            // for one (no N002 at D5).
            place("N001", None, "D6"),
            place("N001", None, "D7"),
            // The BASIC cells the export has no row for, where one would go (C001).
            place("C001", None, "B9"),
        ]
    );
    assert_eq!(
        file["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "F002")
            .count(),
        4
    );
    let summary: Vec<&serde_json::Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X004")
        .collect();
    assert_eq!(summary.len(), 1);
    assert_eq!(
        summary[0]["message"],
        "7 rows read; columns not used: Inventory Reference, Data source ID"
    );
}

#[test]
fn command_line_facts_fill_the_gaps_and_file_facts_win() {
    let (_, report) = validate_json(
        &[&fixture()],
        &["--city", "Xyzópolis", "--year", "2021", "--gwp", "ar5"],
    );
    let inventory = &report["files"][0]["inventories"][0];
    assert_eq!(inventory["city"], "Xyzópolis");
    // What the command line states beats the guess from the file name.
    assert_eq!(inventory["year"], 2021);
    assert_eq!(inventory["country"], "BR");
    assert_eq!(inventory["fact_sources"]["/city/country"], "file-name");
    assert_eq!(inventory["fact_sources"]["/city/name"], "command-line");
    assert_eq!(
        inventory["fact_sources"]["/inventory/gwp_set"],
        "command-line"
    );
}

#[test]
fn an_unknown_total_unit_suggests_the_closest_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture()).unwrap();
    let file = dir.path().join("inventory-BR XYZ-2022.csv");
    std::fs::write(&file, text.replacen("\"t CO2e\"", "\"tCO2r\"", 1)).unwrap();
    let (_, report) = validate_json(&[&file], &[]);
    let unknown: Vec<&serde_json::Value> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X003")
        .collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0]["cell"], "F2");
    assert_eq!(unknown[0]["value"], "tCO2r");
    let help = unknown[0]["help"].as_str().unwrap();
    assert!(help.starts_with("did you mean `tCO2e`"), "{help}");
}

#[test]
fn an_ambiguous_total_unit_is_read_as_tonnes_with_one_warning_and_a_plain_mass_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture()).unwrap();
    let file = dir.path().join("inventory-BR XYZ-2022.csv");
    let findings = |text: String| -> Vec<serde_json::Value> {
        std::fs::write(&file, text).unwrap();
        let (_, report) = validate_json(&[&file], &[]);
        report["files"][0]["findings"].as_array().unwrap().clone()
    };
    let ambiguous = findings(text.replace("\"t CO2e\"", "\"MTCO2e\""));
    let warnings: Vec<&serde_json::Value> =
        ambiguous.iter().filter(|f| f["code"] == "U005").collect();
    assert_eq!(warnings.len(), 1);
    assert_eq!(
        warnings[0]["message"],
        "the unit `MTCO2e` is ambiguous; it is read as tCO2e"
    );
    assert_eq!(warnings[0]["cell"], "F2");
    assert!(!ambiguous.iter().any(|f| f["code"] == "X003"));
    let mass = findings(text.replacen("\"t CO2e\"", "\"tonnes\"", 1));
    let refused: Vec<&serde_json::Value> = mass.iter().filter(|f| f["code"] == "X003").collect();
    assert_eq!(refused.len(), 1);
    assert_eq!(
        refused[0]["message"],
        "the unit `tonnes` of the total is a unit of mass, not of CO2e mass"
    );
}

#[test]
fn a_non_ascii_file_name_is_checked_like_any_other() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("inventory-AéBC-2022.csv");
    std::fs::copy(fixture(), &file).unwrap();
    let path = file.display().to_string();
    let (code, stdout, stderr) = run_with_stderr(&["validate", "--format", "json", &path]);
    assert_eq!(stderr, "");
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let file = &report["files"][0];
    assert_eq!(file["status"], "invalid");
    assert_eq!(file["layout"], "citycatalyst-csv");
    let codes = support::codes_of(file);
    assert!(!codes.contains(&"R099"), "{codes:?}");
    // The name is no UN/LOCODE: it is read as `Inventory-<City>-<year>`.
    assert_eq!(file["inventories"][0]["city"], "Aébc");
    assert_eq!(file["inventories"][0]["year"], 2022);
    assert_eq!(file["inventories"][0]["country"], serde_json::Value::Null);
}

#[test]
fn a_total_without_a_unit_is_an_error_at_the_blank_unit_cell() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture()).unwrap();
    let file = dir.path().join("inventory-BR XYZ-2022.csv");
    // The LPG row (3) keeps its total of 250 but loses the unit beside it.
    let blank = text.replacen("\"250\",\"t CO2e\"", "\"250\",", 1);
    assert_ne!(blank, text);
    // The NE row (5) has no total: a blank unit there is no problem.
    let blank = blank.replacen("\"NE\",,\"t CO2e\"", "\"NE\",,", 1);
    std::fs::write(&file, blank).unwrap();
    let (code, report) = validate_json(&[&file], &[]);
    assert_eq!(code, 1);
    let file = &report["files"][0];
    let missing: Vec<&serde_json::Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X006")
        .collect();
    assert_eq!(missing.len(), 1);
    let finding = missing[0];
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["cell"], "F3");
    assert_eq!(finding["field"], "Total Emission Units");
    assert_eq!(finding["value"], serde_json::Value::Null);
    assert_eq!(
        finding["message"],
        "`Total Emissions` 250 has no unit, so it counts in no total"
    );
    assert_eq!(
        finding["help"],
        "write the unit of `Total Emissions` in this cell, e.g. t CO2e (or kg CO2e)"
    );
    assert_eq!(file["inventories"][0]["status"], "invalid");
    // The total is not counted; its gases, in kg CO2e by definition, still are.
    assert_eq!(file["inventories"][0]["totals"]["scope1"], json!(2050.5));

    // Without gases the row's 250 t are out of scope 1 (2050.5 -> 1800.5),
    // and the finding says so.
    let path = dir.path().join("inventory-BR XYZ-2022.csv");
    let bare =
        std::fs::read_to_string(&path)
            .unwrap()
            .replacen("\"249000\",\"500\",\"500\"", ",,", 1);
    std::fs::write(&path, bare).unwrap();
    let (_, report) = validate_json(&[&path], &[]);
    let file = &report["files"][0];
    assert_eq!(file["inventories"][0]["totals"]["scope1"], json!(1800.5));
    let found: Vec<(&str, &str)> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X006")
        .map(|f| (f["cell"].as_str().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        found,
        vec![(
            "F3",
            "`Total Emissions` 250 has no unit, so it counts in no total"
        )]
    );
}

#[test]
fn renamed_exports_take_their_city_or_code_from_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let valdivia = dir.path().join("Inventory-Valdivia-2020.csv");
    let rio = dir.path().join("01-near-ecrf-BR-RIO-2022.csv");
    std::fs::copy(fixture(), &valdivia).unwrap();
    std::fs::copy(fixture(), &rio).unwrap();
    let (_, report) = support::validate_json(&[&valdivia, &rio], &[]);
    let inventory = |file: usize| &report["files"][file]["inventories"][0];
    assert_eq!(inventory(0)["city"], "Valdivia");
    assert_eq!(inventory(0)["year"], 2020);
    assert_eq!(inventory(0)["country"], serde_json::Value::Null);
    assert_eq!(inventory(1)["country"], "BR");
    assert_eq!(inventory(1)["year"], 2022);
    // No help names a country the Chilean file does not imply.
    let text = report["files"][0].to_string();
    assert!(!text.contains("BR"), "{text}");
}

#[test]
fn a_header_typed_twice_is_an_error_at_the_second_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture()).unwrap();
    // The CH4 column (O) headed `CO2 Emissions` as well.
    let slipped = text.replacen("\"CH4 Emissions\"", "\"CO2 Emissions\"", 1);
    assert_ne!(text, slipped);
    let file = dir.path().join("inventory-BR XYZ-2022.csv");
    std::fs::write(&file, slipped).unwrap();
    let (code, report) = support::validate_json(&[&file], &[]);
    assert_eq!(code, 1);
    let found: Vec<&serde_json::Value> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X009")
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["cell"], "O1");
    assert_eq!(
        found[0]["message"],
        "the header `CO2 Emissions` repeats the one in N1: only the first is read, and the values under this one are not"
    );
    let (_, clean) = support::validate_json(&[&fixture()], &[]);
    let codes = clean["files"][0]["findings"].to_string();
    assert!(!codes.contains("X009"));
}
