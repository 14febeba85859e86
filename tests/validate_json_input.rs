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
