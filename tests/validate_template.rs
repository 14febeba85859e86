//! `ghgcheck validate` on the template layout, end to end through the
//! binary: the blank template, a valid submission in every form, and a
//! broken one whose four mistakes must be reported exactly, at their cells.

#![allow(clippy::unwrap_used)]

mod support;

use support::{finding_places, fixtures, place, run, validate_json};

#[test]
fn the_blank_template_is_one_finding_or_asks_for_each_missing_fact_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    let (code, _) = run(&["template", "-o", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (code, report) = validate_json(&[&path], &[]);
    assert_eq!(code, 1);
    assert_eq!(report["files"][0]["status"], "invalid");
    assert_eq!(report["files"][0]["layout"], "ghgcheck-template");
    assert_eq!(finding_places(&report), [("X008".to_owned(), None, None)]);
    // Without X008, each empty cell says what it lacks.
    let (code, report) = validate_json(&[&path], &["--ignore", "X008"]);
    assert_eq!(code, 1);
    assert_eq!(
        finding_places(&report),
        vec![
            place("S001", Some("City"), "B2"),
            place("F001", Some("City"), "B3"),
            place("F001", Some("City"), "B9"),
            place("F001", Some("City"), "B12"),
            place("S007", Some("Emissions"), "N2"),
            place("S001", Some("Inventory"), "B2"),
            place("F001", Some("Inventory"), "B6"),
            place("F001", Some("Inventory"), "B7"),
        ]
    );
    let city = &report["files"][0]["findings"][0];
    assert_eq!(city["message"], "`Name of city` is required but missing");
    assert_eq!(city["row"], 2);
    assert_eq!(city["column"], 2);
    assert_eq!(city["severity"], "error");
}

#[test]
fn a_valid_submission_passes_in_every_form_with_its_totals() {
    for name in [
        "valid-city.xlsx",
        "valid-city.ods",
        "valid-city.csv",
        "valid-city.json",
    ] {
        let path = fixtures().join("template").join(name);
        let (code, report) = validate_json(&[&path], &[]);
        let file = &report["files"][0];
        assert_eq!(finding_places(&report), vec![], "{name}");
        assert_eq!(code, 0, "{name}");
        assert_eq!(file["status"], "valid", "{name}");
        let inventory = &file["inventories"][0];
        assert_eq!(inventory["id"], "br-testville-2022", "{name}");
        assert_eq!(inventory["city"], "Testville");
        assert_eq!(inventory["year"], 2022);
        assert_eq!(
            inventory["totals"],
            serde_json::json!({"scope1": 101990.5, "scope2": 14500.0, "scope3": null,
                "basic": 66490.5, "basic_plus": 66490.5}),
            "{name}"
        );
    }
}

#[test]
fn the_broken_submission_yields_exactly_its_four_findings() {
    let path = fixtures().join("template").join("broken-cells.xlsx");
    let (code, report) = validate_json(&[&path], &[]);
    assert_eq!(code, 1);
    assert_eq!(
        finding_places(&report),
        vec![
            place("S001", Some("City"), "B2"),
            place("X001", Some("Emissions"), "G3"),
            place("N001", Some("Emissions"), "P38"),
            place("G001", Some("Emissions"), "A56"),
        ]
    );
    let findings = &report["files"][0]["findings"];
    assert_eq!(findings[1]["value"], "about 8000");
    assert_eq!(findings[2]["value"], "NA");
    assert_eq!(findings[3]["value"], "I.9.9");
    assert_eq!(
        findings[3]["message"],
        "`I.9.9` is not a GPC reference number"
    );
}

#[test]
fn xlsx_ods_and_csv_forms_give_the_same_findings() {
    let dir = fixtures().join("template");
    let strip = |report: &serde_json::Value| -> Vec<(String, Option<String>, Option<String>)> {
        finding_places(report)
            .into_iter()
            .map(|(code, _, cell)| (code, None, cell))
            .collect()
    };
    let (_, xlsx) = validate_json(&[&dir.join("broken-cells.xlsx")], &[]);
    let (_, ods) = validate_json(&[&dir.join("broken-cells.ods")], &[]);
    let (_, csv) = validate_json(&[&dir.join("broken-cells.csv")], &[]);
    assert_eq!(strip(&xlsx), strip(&ods));
    // In the CSV form the city is a column (AA) repeated on every row, not City!B2.
    let mut expected = strip(&xlsx);
    expected.retain(|(code, _, _)| code != "S001");
    expected.push(place("S001", None, "AA2"));
    let mut got = strip(&csv);
    got.sort();
    expected.sort();
    assert_eq!(got, expected);
    assert_eq!(
        csv["files"][0]["findings"][0]["sheet"],
        serde_json::Value::Null
    );
}

#[test]
fn blank_lines_above_a_csv_header_shift_the_cells_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        std::fs::read_to_string(fixtures().join("template").join("broken-cells.csv")).unwrap();
    let file = dir.path().join("broken.csv");
    std::fs::write(&file, format!("\r\n\r\n{text}")).unwrap();
    let (code, report) = validate_json(&[&file], &[]);
    assert_eq!(code, 1);
    assert_eq!(report["files"][0]["layout"], "ghgcheck-template-csv");
    assert_eq!(
        finding_places(&report),
        vec![
            place("S001", None, "AA4"),
            place("X001", None, "G5"),
            place("N001", None, "P40"),
            place("G001", None, "A58"),
        ]
    );
}
