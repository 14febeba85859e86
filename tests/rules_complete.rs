//! Completeness (C001, C002), signs (V001), per-capita magnitude (V002,
//! V003) and duplicate records (D001), end to end: each rule's fixture
//! (`fixtures/rules/`, from `support::planted`) gives its finding at the
//! changed cell with its arguments, the valid submission gives none, and
//! the same errors planted into copies of the real files in
//! `../shared/formats/` (when that folder is present) are found at the
//! cells that were changed.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use support::{fixtures, validate_json};

const CODES: &[&str] = &["C001", "C002", "V001", "V002", "V003", "D001"];

/// (code, cell, message) of this module's findings in the first file.
fn ours(report: &Value) -> Vec<(String, String, String)> {
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| CODES.contains(&f["code"].as_str().unwrap()))
        .map(|f| {
            let cell = match (f["sheet"].as_str(), f["cell"].as_str()) {
                (Some(sheet), Some(cell)) => format!("{sheet}!{cell}"),
                (None, Some(cell)) => cell.to_owned(),
                _ => String::new(),
            };
            (
                f["code"].as_str().unwrap().to_owned(),
                cell,
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The findings of `code` in the first file.
fn of_code<'a>(report: &'a Value, code: &str) -> Vec<&'a Value> {
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .collect()
}

fn rule_fixture(name: &str) -> PathBuf {
    fixtures().join("rules").join(name)
}

fn check(path: &Path) -> Value {
    validate_json(&[path], &[]).1
}

#[test]
fn the_valid_submission_is_complete_plausible_and_without_repeats() {
    for name in ["valid-city.xlsx", "valid-city.csv", "valid-city.json"] {
        let report = check(&fixtures().join("template").join(name));
        assert_eq!(ours(&report), vec![], "{name}");
    }
}

#[test]
fn a_cleared_basic_cell_is_reported_at_its_blank_row() {
    let report = check(&rule_fixture("c001-cleared-basic-cell.csv"));
    assert_eq!(
        ours(&report),
        vec![(
            "C001".to_owned(),
            "N5".to_owned(),
            "BASIC cell I.2.1 (Commercial and institutional buildings and facilities, scope 1) \
             is blank: a BASIC inventory needs its emissions or a notation key"
                .to_owned()
        )]
    );
    let finding = of_code(&report, "C001")[0];
    assert_eq!(finding["field"], "Total (tCO2e)");
    assert_eq!(
        finding["args"],
        json!({"cell": "I.2.1", "cell_level": "BASIC", "level": "BASIC", "scope": 1,
            "sub_sector": "Commercial and institutional buildings and facilities"})
    );
}

#[test]
fn a_cell_with_no_row_is_reported_after_the_last_record() {
    let path = rule_fixture("inventory-BR TST-2022.csv");
    let report = check(&path);
    let found = of_code(&report, "C001");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["cell"], "B33");
    assert_eq!(found[0]["field"], "GPC Reference Number");
    assert_eq!(found[0]["args"]["cell"], "III.2.2");
    assert_eq!(
        found[0]["help"],
        "add a row for III.2.2 after the last record, with its emissions or a notation key \
         (NO, IE, NE or C) and an explanation"
    );
    // With the row added, the export is complete.
    let dir = tempfile::tempdir().unwrap();
    let complete = dir.path().join("inventory-BR TST-2022.csv");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\"N/A\",\"III.2.2\",\"Biological treatment of waste\",\"NO\",,\"t CO2e\",,,,\"0\",\"0\",\"0\"\n");
    std::fs::write(&complete, text).unwrap();
    assert!(of_code(&check(&complete), "C001").is_empty());
}

#[test]
fn activity_without_emissions_is_reported_at_its_total_cell() {
    let report = check(&rule_fixture("c002-activity-without-emissions.xlsx"));
    let found = of_code(&report, "C002");
    // The rows with emissions, with NE and with no activity say nothing.
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["sheet"], "eCRF_3");
    assert_eq!(found[0]["cell"], "AB2");
    assert_eq!(found[0]["severity"], "error");
    assert_eq!(
        found[0]["message"],
        "`Electricity` has 184000000 GJ of activity data but no emissions and no notation key"
    );
    assert_eq!(
        found[0]["args"],
        json!({"activity": "Electricity", "amount": 184_000_000.0, "unit": "GJ"})
    );
    assert_eq!(report["files"][0]["status"], "invalid");
}

#[test]
fn a_negative_stationary_value_is_reported_and_negative_land_is_not() {
    let report = check(&rule_fixture("v001-negative-stationary-value.csv"));
    assert_eq!(
        ours(&report),
        vec![(
            "V001".to_owned(),
            "N6".to_owned(),
            "the total is negative (-6500 tCO2e); only AFOLU land (V.2) may have negative emissions"
                .to_owned()
        )]
    );
    assert_eq!(of_code(&report, "V001")[0]["value"], "-6500");
}

#[test]
fn a_kg_total_is_reported_at_its_cell_with_the_likely_slip() {
    let report = check(&rule_fixture("v003-kg-total.csv"));
    let found = of_code(&report, "V003");
    assert_eq!(ours(&report).len(), 1, "{:?}", ours(&report));
    assert_eq!(found[0]["cell"], "N23");
    assert_eq!(
        found[0]["args"],
        json!({"amount": 30_000_000.0, "bound": 30.0, "corrected": 1.2, "per_capita": 1200.0,
            "population": 25_000.0})
    );
    assert_eq!(
        found[0]["help"],
        "looks like kg: × 0.001 gives 1.2 t per person; check the unit of this figure"
    );
}

#[test]
fn a_population_in_thousands_is_one_finding_at_the_population() {
    let report = check(&rule_fixture("v002-population-in-thousands.csv"));
    let found = of_code(&report, "V002");
    assert_eq!(ours(&report).len(), 1, "{:?}", ours(&report));
    assert_eq!(found[0]["cell"], "AF2");
    assert_eq!(
        found[0]["args"],
        json!({"basic": 66_490.5, "bound": 30.0, "corrected": 2.66, "per_capita": 2660.0,
            "population": 25.0})
    );
    assert_eq!(
        found[0]["help"],
        "looks like kg, or a population in thousands: × 0.001 gives 2.66 t per person; check \
         the units of the emission figures and of the population"
    );
}

#[test]
fn a_duplicated_row_names_the_first_copy() {
    let report = check(&rule_fixture("d001-duplicated-row.csv"));
    assert_eq!(
        ours(&report),
        vec![(
            "D001".to_owned(),
            "A56".to_owned(),
            "this record repeats the one at A23 (II.1.1): the file holds it twice, so every \
             total it counts in is inflated"
                .to_owned()
        )]
    );
    assert_eq!(
        of_code(&report, "D001")[0]["args"],
        json!({"cell": "II.1.1", "first": "A23", "times": 2})
    );
}

#[test]
fn a_tripled_table_gives_one_finding_per_repeat() {
    let report = check(&rule_fixture("d001-tripled-table.csv"));
    let found = of_code(&report, "D001");
    // Seven records with figures, each twice more.
    assert_eq!(found.len(), 14);
    assert!(found.iter().all(|f| f["args"]["times"] == 3));
    assert_eq!(found[0]["cell"], "A56");
    assert_eq!(
        found[0]["message"],
        "this record repeats the one at A2 (I.1.1, `Natural gas`): the file holds it 3 times, \
         so every total it counts in is inflated"
    );
    // The totals are those of the tripled table: the finding says why.
    let totals = &report["files"][0]["inventories"][0]["totals"];
    assert_eq!(totals["basic"], 3.0 * 66_490.5);
}

/// A real file of `../shared/formats`, when the folder is there.
fn real(relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/formats")
        .join(relative);
    path.exists().then_some(path)
}

/// A copy of a real CityCatalyst export, its lines changed by `change`,
/// under the same file name (which carries city and year).
fn planted_citycatalyst(
    dir: &Path,
    name: &str,
    change: impl FnOnce(&mut Vec<String>),
) -> Option<PathBuf> {
    let source = real(&format!("citycatalyst_csv/{name}"))?;
    let text = std::fs::read_to_string(source).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    change(&mut lines);
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    Some(path)
}

const POA: &str = "inventory-BR POA-2022.csv";

#[test]
fn errors_planted_in_a_real_citycatalyst_export_are_found_at_their_cells() {
    let dir = tempfile::tempdir().unwrap();
    // A negative stationary value: I.2.2 on line 7, total and CO2.
    let Some(negative) = planted_citycatalyst(dir.path(), POA, |lines| {
        let line = &mut lines[6];
        assert!(line.contains("\"I.2.2\""));
        *line = line
            .replace("\"42830.443\"", "\"-42830.443\"")
            .replace("\"42830443\"", "\"-42830443\"");
    }) else {
        return;
    };
    let report = check(&negative);
    let found = of_code(&report, "V001");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (&found[0]["cell"], &found[0]["value"]),
        (&json!("E7"), &json!("-42830.443"))
    );

    // A cleared BASIC cell: the NE of II.1.2 (line 31) and its zeros.
    let dir = tempfile::tempdir().unwrap();
    let cleared = planted_citycatalyst(dir.path(), POA, |lines| {
        let line = &mut lines[30];
        assert!(line.starts_with("\"N/A\",\"II.1.2\""));
        *line = "\"N/A\",\"II.1.2\",\"On-road transportation\",,,\"t CO2e\",,,,,,,,,,,,".to_owned();
    })
    .unwrap();
    let report = check(&cleared);
    let found = of_code(&report, "C001");
    let at_row: Vec<_> = found.iter().filter(|f| f["cell"] == "E31").collect();
    assert_eq!(at_row.len(), 1, "{found:?}");
    assert_eq!(at_row[0]["args"]["cell"], "II.1.2");

    // A duplicated row: line 2 (I.1.1) again at the end, line 68.
    let dir = tempfile::tempdir().unwrap();
    let duplicated = planted_citycatalyst(dir.path(), POA, |lines| {
        let first = lines[1].clone();
        lines.push(first);
    })
    .unwrap();
    let report = check(&duplicated);
    let found = of_code(&report, "D001");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["cell"], "B68");
    assert_eq!(found[0]["args"]["first"], "B2");
    // The unchanged export has none of these three.
    let original = check(&real(&format!("citycatalyst_csv/{POA}")).unwrap());
    assert!(of_code(&original, "V001").is_empty());
    assert!(of_code(&original, "D001").is_empty());
    assert!(
        !of_code(&original, "C001")
            .iter()
            .any(|f| f["cell"] == "E31")
    );
}

#[test]
fn a_kg_total_planted_in_a_real_cdp_row_is_found_at_its_cell() {
    let Some(source) = real("cdp_open_data/2019_City-wide_Emissions.csv") else {
        return;
    };
    let mut reader = csv::Reader::from_path(&source).unwrap();
    let headers = reader.headers().unwrap().clone();
    let basic_col = headers
        .iter()
        .position(|h| h == "Total BASIC Emissions (GPC)")
        .unwrap();
    let population_col = headers.iter().position(|h| h == "Population").unwrap();
    let mut records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // The first row whose BASIC is a plausible 2 to 10 t per person.
    let index = records
        .iter()
        .position(|r| {
            let basic: f64 = r[basic_col].parse().unwrap_or(0.0);
            let population: f64 = r[population_col].parse().unwrap_or(0.0);
            population > 0.0 && (2.0..10.0).contains(&(basic / population))
        })
        .unwrap();
    let basic: f64 = records[index][basic_col].parse().unwrap();
    let mut changed: Vec<String> = records[index].iter().map(str::to_owned).collect();
    changed[basic_col] = format!("{}", basic * 1000.0);
    records[index] = csv::StringRecord::from(changed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2019_City-wide_Emissions.csv");
    let mut writer = csv::Writer::from_path(&path).unwrap();
    writer.write_record(&headers).unwrap();
    for record in &records {
        writer.write_record(record).unwrap();
    }
    writer.flush().unwrap();
    drop(writer);

    let report = check(&path);
    // Header on row 1: the changed row is row index + 2, column Y.
    let cell = format!("Y{}", index + 2);
    let found: Vec<_> = of_code(&report, "V002")
        .into_iter()
        .filter(|f| f["cell"] == cell.as_str())
        .collect();
    assert_eq!(found.len(), 1, "{cell}");
    assert_eq!(found[0]["args"]["basic"], basic * 1000.0);
    assert!(
        found[0]["help"]
            .as_str()
            .unwrap()
            .starts_with("looks like kg, or a population in thousands: × 0.001 gives")
    );
    let original = check(&source);
    assert!(
        !of_code(&original, "V002")
            .iter()
            .any(|f| f["cell"] == cell.as_str())
    );
}

#[test]
fn real_exports_with_activity_and_no_emissions_are_reported() {
    let Some(path) = real("ecrf/A_Kothapalle_CRF_2013_GPC_Filled_ALL_Sheet3.xlsx") else {
        return;
    };
    let report = check(&path);
    let cells: Vec<&str> = of_code(&report, "C002")
        .iter()
        .map(|f| f["cell"].as_str().unwrap())
        .collect();
    // The two electricity rows with MJ and nothing else; row 23's 0 MJ is no activity.
    assert_eq!(cells, ["AB2", "AB15"]);
}

#[test]
fn a_blank_cell_of_a_wide_table_is_reported_at_that_cell() {
    let path = fixtures().join("mapped").join("gpc-wide-sample.csv");
    let (_, report) = validate_json(&[&path], &["--layout", "mapping:gpc-wide"]);
    // Otherville (row 3) leaves its I.1.2 column blank.
    let found: Vec<_> = of_code(&report, "C001")
        .into_iter()
        .filter(|f| f["cell"] == "I3")
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["args"]["cell"], "I.1.2");
    assert_eq!(found[0]["field"], "I.1.2");
}
