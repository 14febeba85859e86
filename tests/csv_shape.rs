//! The shape of a CSV table: a row with more or fewer fields than the
//! table (X010, at the first cell past the shorter) and blank rows inside
//! the data (X011, once per file, at the first).

#![allow(clippy::unwrap_used)]

mod support;

use support::{fixtures, validate_json};

fn shape_findings(report: &serde_json::Value) -> Vec<(String, String, String)> {
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "X010" || f["code"] == "X011")
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["cell"].as_str().unwrap().to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_row_with_a_stray_comma_and_blank_rows_inside_the_table_are_found_at_their_rows() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixtures().join("template/valid-city.csv")).unwrap();
    let (clean, _) = validate_json(&[&fixtures().join("template/valid-city.csv")], &[]);
    assert_eq!(clean, 0);
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // Row 2's 12000 written with a thousands comma: one field more.
    lines[1] = lines[1].replacen(",12000,", ",12,000,", 1);
    // Two blank lines after row 4.
    lines.insert(4, String::new());
    lines.insert(4, String::new());
    let path = dir.path().join("valid-city.csv");
    std::fs::write(&path, lines.join("\n")).unwrap();
    let (_, report) = validate_json(&[&path], &[]);
    let fields = lines[0].split(',').count();
    assert_eq!(
        shape_findings(&report),
        [
            (
                "X010".to_owned(),
                "AI2".to_owned(),
                format!(
                    "row 2 has {} fields where the table has {fields}: from here its values may sit under the wrong headers",
                    fields + 1
                )
            ),
            (
                "X011".to_owned(),
                "A5".to_owned(),
                "2 blank rows stand inside the table (row 5, 6): they are skipped".to_owned()
            ),
        ]
    );
    assert!(shape_findings(&clean_report()).is_empty());
}

fn clean_report() -> serde_json::Value {
    validate_json(&[&fixtures().join("template/valid-city.csv")], &[]).1
}
