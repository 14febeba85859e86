//! JSON submissions: the inventory document itself. Findings have no cell;
//! they carry the JSON pointer of the field instead.

#![allow(clippy::unwrap_used)]

mod support;

use support::validate_json;

#[test]
fn json_findings_point_at_fields() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inventory.json");
    let doc = serde_json::json!({
        "schema_version": "1.0.0",
        "city": {"name": "Testville", "country": "BR", "boundary": "municipality",
                 "population": {"value": 1000, "year": 2022}},
        "inventory": {"year": 2022, "gwp_set": "AR5", "gpc_level": "basic"},
        "emissions": [{"gpc_ref": "II.5.3", "scope": 3, "total_tco2e": 5.0, "totl": 1},
                      {"gpc_ref": "I.63", "scope": 3, "total_tco2e": 2.0}]
    });
    std::fs::write(&path, serde_json::to_vec(&doc).unwrap()).unwrap();
    let (code, report) = validate_json(&[&path], &[]);
    assert_eq!(code, 1);
    let file = &report["files"][0];
    assert_eq!(file["layout"], "inventory-json");
    let findings: Vec<(String, String)> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            assert_eq!(f["cell"], serde_json::Value::Null);
            assert_eq!(f["sheet"], serde_json::Value::Null);
            (
                f["code"].as_str().unwrap().to_owned(),
                f["pointer"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        findings,
        vec![
            // The BASIC cells the two records leave out (C001).
            ("C001".to_owned(), "/emissions".to_owned()),
            ("G001".to_owned(), "/emissions/0/gpc_ref".to_owned()),
            ("S006".to_owned(), "/emissions/0/totl".to_owned()),
            ("G005".to_owned(), "/emissions/1/gpc_ref".to_owned()),
        ]
    );
    assert_eq!(
        file["findings"][1]["help"]
            .as_str()
            .unwrap()
            .split('?')
            .next()
            .unwrap(),
        "did you mean II.5.2"
    );
}

#[test]
fn broken_json_syntax_is_unreadable_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.json");
    std::fs::write(&path, "{\"city\": {\"name\": \"X\"}\n \"inventory\": {}}").unwrap();
    let (code, report) = validate_json(&[&path], &[]);
    assert_eq!(code, 1);
    let finding = &report["files"][0]["findings"][0];
    assert_eq!(report["files"][0]["status"], "unreadable");
    assert_eq!(finding["code"], "R002");
    assert_eq!(
        finding["message"],
        "not valid JSON: expected `,` or `}` at line 2 column 2"
    );
}

#[test]
fn a_json_file_that_is_not_an_inventory_is_one_finding_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.json");
    let cities: Vec<String> = (0..5000).map(|i| format!("city {i}")).collect();
    let doc = serde_json::json!({"generated": "2024-01-01", "summary": {"cities": cities}});
    std::fs::write(&summary, serde_json::to_vec(&doc).unwrap()).unwrap();
    let good = support::fixtures().join("template/valid-city.json");
    let out = dir.path().join("out");
    let out_arg = out.display().to_string();
    let (code, report) = validate_json(&[&summary, &good], &["--out", &out_arg]);
    assert_eq!(code, 1);
    let file = &report["files"][0];
    assert_eq!(file["status"], "unreadable");
    let findings = file["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["code"], "R009");
    assert_eq!(
        findings[0]["message"],
        "the JSON document is not an inventory: it has none of the keys of \
         schemas/inventory.schema.json (city, inventory, emissions, ...); found an object \
         with the keys `generated`, `summary`"
    );
    assert_eq!(report["files"][1]["status"], "valid");
    // The datasets of the good file are written.
    let rows = std::fs::read_to_string(out.join("inventories.csv")).unwrap();
    assert_eq!(rows.lines().count(), 2, "{rows}");
}
