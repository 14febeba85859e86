//! The text report of `validate` groups findings of one code and message
//! per file (`--max-per-rule`, default 3; 0 shows all) and, in a table of
//! several inventories, names the inventory of each finding; the JSON
//! report keeps every finding.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use support::{run_in, validate_json};

/// A wide table of five cities, one a row, each with text in its II.1.1
/// cell (column K).
fn five_cities(dir: &Path) -> std::path::PathBuf {
    let mut csv = String::from(
        "City,Country,Inventory year,Population,GWP set,GPC level,Boundary,I.1.1,I.1.2,I_2_1,II.1.1\n",
    );
    for (i, city) in [
        "Testville",
        "Otherville",
        "Thirdville",
        "Fourthville",
        "Fifthville",
    ]
    .into_iter()
    .enumerate()
    {
        let year = 2018 + i;
        csv.push_str(&format!(
            "{city},BR,{year},250000,AR5,basic,Municipality,1000,3200,900,about 300\n"
        ));
    }
    let path = dir.join("cities.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

fn text(dir: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "validate",
        "cities.csv",
        "--layout",
        "mapping:gpc-wide",
        "--no-config",
    ];
    args.extend_from_slice(extra);
    let (code, stdout, stderr) = run_in(dir, &args);
    assert_eq!(code, 1, "{stdout}{stderr}");
    stdout
}

/// The heading lines of the findings of code X001 shown in full.
fn shown(report: &str) -> Vec<&str> {
    report
        .lines()
        .filter(|l| l.starts_with("X001 text-in-number-cell"))
        .collect()
}

fn more_lines(report: &str) -> Vec<&str> {
    report
        .lines()
        .filter(|l| l.contains(" like this:"))
        .collect()
}

#[test]
fn three_are_shown_in_full_each_naming_its_city_year_and_row() {
    let dir = tempfile::tempdir().unwrap();
    five_cities(dir.path());
    let report = text(dir.path(), &[]);
    assert!(
        report.starts_with("cities.csv: INVALID (mapping:gpc-wide; 5 inventories; "),
        "{report}"
    );
    assert_eq!(
        shown(&report),
        [
            "X001 text-in-number-cell (Testville 2018, row 2)",
            "X001 text-in-number-cell (Otherville 2019, row 3)",
            "X001 text-in-number-cell (Thirdville 2020, row 4)",
        ]
    );
    let more = more_lines(&report);
    assert!(
        more.contains(&"  +2 more X001 like this: K5 (Fourthville 2021), K6 (Fifthville 2022)"),
        "{report}"
    );
}

#[test]
fn max_per_rule_sets_the_number_shown_and_zero_shows_all() {
    let dir = tempfile::tempdir().unwrap();
    five_cities(dir.path());
    let one = text(dir.path(), &["--max-per-rule", "1"]);
    assert_eq!(shown(&one).len(), 1, "{one}");
    assert!(
        more_lines(&one).contains(
            &"  +4 more X001 like this: K3 (Otherville 2019), K4 (Thirdville 2020), K5 (Fourthville 2021),"
        ),
        "{one}"
    );
    let all = text(dir.path(), &["--max-per-rule", "0"]);
    assert_eq!(shown(&all).len(), 5, "{all}");
    assert!(more_lines(&all).is_empty(), "{all}");
}

#[test]
fn the_json_report_keeps_every_finding() {
    let dir = tempfile::tempdir().unwrap();
    let path = five_cities(dir.path());
    let (_, report) = validate_json(&[&path], &["--layout", "mapping:gpc-wide", "--no-config"]);
    let cells: Vec<&str> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X001")
        .map(|f| f["cell"].as_str().unwrap())
        .collect();
    assert_eq!(cells, ["K2", "K3", "K4", "K5", "K6"]);
}
