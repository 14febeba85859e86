//! `--history`: each inventory is compared with the latest earlier
//! inventory of the same city; an unexplained change above 30 % is H001,
//! at the cell where the reason would be written.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use calamine::Data;
use support::edit::Book;
use support::{fixtures, validate_json};

/// valid-city.json (Testville, BR; BASIC 66,490.5 t in 2022) for another
/// year, with its records scaled and an optional reason for the change.
fn testville(dir: &Path, year: i64, scale: f64, reason: Option<&str>) -> PathBuf {
    let text = std::fs::read_to_string(fixtures().join("template/valid-city.json")).unwrap();
    let mut document: serde_json::Value = serde_json::from_str(&text).unwrap();
    document["inventory"]["year"] = year.into();
    if let Some(reason) = reason {
        document["inventory"]["change_explanation"] = reason.into();
    }
    for record in document["emissions"].as_array_mut().unwrap() {
        if let Some(total) = record["total_tco2e"].as_f64() {
            record["total_tco2e"] = (total * scale).into();
        }
        if let Some(gases) = record["gases"].as_object_mut() {
            for gas in gases.values_mut() {
                let tco2e = gas["tco2e"].as_f64().unwrap();
                gas["tco2e"] = (tco2e * scale).into();
            }
        }
    }
    let path = dir.join(format!("testville-{year}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&document).unwrap()).unwrap();
    path
}

fn history_findings(report: &serde_json::Value) -> Vec<serde_json::Value> {
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "H001")
        .cloned()
        .collect()
}

#[test]
fn an_unexplained_jump_since_the_latest_earlier_year_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let earlier = dir.path().join("earlier");
    std::fs::create_dir(&earlier).unwrap();
    testville(&earlier, 2018, 1.0, None);
    testville(&earlier, 2020, 0.5, None);
    let now = fixtures().join("template/valid-city.json");
    let history = earlier.display().to_string();

    let (_, without) = validate_json(&[&now], &[]);
    assert!(history_findings(&without).is_empty());

    let (code, report) = validate_json(&[&now], &["--history", &history]);
    assert_eq!(code, 0, "H001 is a warning");
    let found = history_findings(&report);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["pointer"], "/inventory/change_explanation");
    let args = &found[0]["args"];
    assert_eq!(args["total"], "BASIC");
    assert_eq!(args["earlier_year"], 2020);
    assert_eq!(args["before"], 33245.25);
    assert_eq!(args["after"], 66490.5);
    assert_eq!(args["change"], 100.0);
}

#[test]
fn an_explained_or_small_change_is_not_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    let earlier = dir.path().join("earlier");
    std::fs::create_dir(&earlier).unwrap();
    testville(&earlier, 2020, 0.8, None);
    let history = earlier.display().to_string();
    let small = fixtures().join("template/valid-city.json");
    let (_, report) = validate_json(&[&small], &["--history", &history]);
    assert!(history_findings(&report).is_empty());

    let big = dir.path().join("later");
    std::fs::create_dir(&big).unwrap();
    let explained = testville(&big, 2024, 3.0, Some("Two industrial plants opened"));
    let (_, report) = validate_json(&[&explained], &["--history", &history]);
    assert!(history_findings(&report).is_empty());
}

#[test]
fn in_an_ecrf_workbook_the_finding_sits_at_the_comments_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = Book::open(&fixtures().join("ecrf/ecrf-testville-2022.xlsx"));
    let label = "Comments on change in total emissions since last reported inventory";
    book.set("eCRF_1", 23, 1, Data::String(label.to_owned()));
    let workbook = dir.path().join("testville-ecrf-2022.xlsx");
    book.save(&workbook);
    let earlier = dir.path().join("earlier");
    std::fs::create_dir(&earlier).unwrap();
    testville(&earlier, 2019, 100.0, None);
    let history = earlier.display().to_string();
    let (_, report) = validate_json(&[&workbook], &["--history", &history]);
    let found = history_findings(&report);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0]["sheet"].as_str(), found[0]["cell"].as_str()),
        (Some("eCRF_1"), Some("C24"))
    );
    assert_eq!(found[0]["args"]["earlier_year"], 2019);

    book.set("eCRF_1", 23, 2, Data::String("New landfill".to_owned()));
    book.save(&workbook);
    let (_, report) = validate_json(&[&workbook], &["--history", &history]);
    assert!(history_findings(&report).is_empty());
}
