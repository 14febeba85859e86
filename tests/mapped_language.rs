//! The mapping language for tables without GPC refs: the label map
//! (`[labels]`), one inventory per year column (`year-columns`), and CRF
//! matrices (`matrix`). Fixtures: `fixtures/mapped/year-columns.*`,
//! `crf-matrix.*`, `label-columns.*`.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use ghgcheck::layout::mapped::{Mapping, extract};
use serde_json::{Value, json};
use support::{fixtures, validate_json};

/// A record as the tests compare it: GPC ref, scope, tCO2e or notation
/// key, and the cell its value came from.
type Record = (Value, Value, Value, String);

/// A reported total: label, scope, value (or notation key) and cell.
type Total = (String, Value, Value, String);

struct Read {
    /// (year, city) of each inventory, in order.
    inventories: Vec<(Value, Value)>,
    records: Vec<Vec<Record>>,
    totals: Vec<Vec<Total>>,
}

fn read(name: &str) -> Read {
    let dir = fixtures().join("mapped");
    let text = std::fs::read_to_string(dir.join(format!("{name}.toml"))).unwrap();
    let mapping = Mapping::parse(&text, &format!("{name}.toml")).unwrap();
    let bytes = std::fs::read(dir.join(format!("{name}.csv"))).unwrap();
    let (_, input) = ghgcheck::read::read_bytes(Path::new("x.csv"), &bytes).unwrap();
    let ghgcheck::read::Input::Cells(book) = input else {
        panic!("a table");
    };
    let (inventories, _) = extract(&mapping, &book);
    let cell = |e: &ghgcheck::layout::Extraction, pointer: &str| {
        e.sources.get(pointer).unwrap().cell.to_string()
    };
    Read {
        inventories: inventories
            .iter()
            .map(|e| {
                (
                    e.document["inventory"]["year"].clone(),
                    e.document["city"]["name"].clone(),
                )
            })
            .collect(),
        records: inventories
            .iter()
            .map(|e| {
                let records = e.document["emissions"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                records
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let (value, pointer) = match r.get("notation_key") {
                            Some(key) => (key.clone(), format!("/emissions/{i}/notation_key")),
                            None => (
                                r["total_tco2e"].clone(),
                                format!("/emissions/{i}/total_tco2e"),
                            ),
                        };
                        (
                            r["gpc_ref"].clone(),
                            r["scope"].clone(),
                            value,
                            cell(e, &pointer),
                        )
                    })
                    .collect()
            })
            .collect(),
        totals: inventories
            .iter()
            .map(|e| {
                let totals = e.document["reported_totals"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                totals
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let (value, field) = match t.get("notation_key") {
                            Some(key) => (key.clone(), "notation_key"),
                            None => (t["value"].clone(), "value"),
                        };
                        (
                            t["label"].as_str().unwrap().to_owned(),
                            t["scope"].clone(),
                            value,
                            cell(e, &format!("/reported_totals/{i}/{field}")),
                        )
                    })
                    .collect()
            })
            .collect(),
    }
}

fn record(gpc_ref: &str, scope: u8, value: Value, cell: &str) -> Record {
    (json!(gpc_ref), json!(scope), value, cell.to_owned())
}

fn unplaced(value: f64, cell: &str) -> Record {
    (Value::Null, Value::Null, json!(value), cell.to_owned())
}

fn findings(name: &str, code: &str) -> Vec<(String, String, String)> {
    let dir = fixtures().join("mapped");
    let mapping = dir.join(format!("{name}.toml"));
    let (_, report) = validate_json(
        &[&dir.join(format!("{name}.csv"))],
        &["--mapping", mapping.to_str().unwrap()],
    );
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| {
            (
                f["cell"].as_str().unwrap_or_default().to_owned(),
                f["inventory"].as_str().unwrap_or_default().to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn each_year_column_is_an_inventory_and_each_row_a_record() {
    let read = read("year-columns");
    assert_eq!(
        read.inventories,
        vec![
            (json!(2005), json!("Testburg")),
            (json!(2010), json!("Testburg")),
            (json!(2022), json!("Testburg")),
        ]
    );
    assert_eq!(
        read.records[0],
        vec![
            // Residential / Electricity: the whole first two parts.
            record("I.1.2", 2, json!(1000.0), "D2"),
            record("I.1.1", 1, json!(500.0), "D3"),
            // Commercial is the sub-sector I.2; Electricity says scope 2.
            record("I.2.2", 2, json!(800.0), "D4"),
            record("II.1.1", 1, json!(1200.0), "D5"),
            // No entry for the label: the shipped synonyms place it.
            record("III.1.1", 1, json!(300.0), "D6"),
            unplaced(90.0, "D7"),
            unplaced(5.0, "D8"),
        ]
    );
    // A blank cell is no record (Commercial in 2010); a key is a key.
    assert_eq!(read.records[1].len(), 6);
    assert_eq!(read.records[2][1], record("I.1.1", 1, json!("NO"), "F3"));
    // The Total row is each year's reported total, not a record.
    let totals: Vec<Vec<Total>> = read.totals;
    assert_eq!(
        totals,
        vec![
            vec![(
                "Total".to_owned(),
                Value::Null,
                json!(3895.0),
                "D9".to_owned()
            )],
            vec![(
                "Total".to_owned(),
                Value::Null,
                json!(2815.0),
                "E9".to_owned()
            )],
            vec![(
                "Total".to_owned(),
                Value::Null,
                json!(2575.0),
                "F9".to_owned()
            )],
        ]
    );
}

#[test]
fn a_label_that_names_no_cell_is_one_finding_per_inventory_that_loses_it() {
    // Each year's inventory lacks the two records, so each says so once
    // (at the label's cell), whatever the number of rows holding the label.
    let industry = "no GPC cell for `Industry / Fuel oil / Combustion`: the label names a \
                    sub-sector but nothing gives its scope";
    let other = "no GPC cell for `Other / Miscellaneous / Fireworks`: the mapping's label map \
                 has no entry for it and no sub-sector label ghgcheck knows is in it";
    let expected: Vec<(String, String, String)> = [("C7", industry), ("C8", other)]
        .iter()
        .flat_map(|(cell, message)| {
            ["2005", "2010", "2022"].map(|year| {
                (
                    (*cell).to_owned(),
                    format!("us-testburg-{year}"),
                    (*message).to_owned(),
                )
            })
        })
        .collect();
    assert_eq!(findings("year-columns", "G004"), expected);
}

#[test]
fn a_crf_matrix_gives_each_cell_its_columns_scope() {
    let read = read("crf-matrix");
    assert_eq!(read.inventories, vec![(json!(2021), json!("Testburg"))]);
    assert_eq!(
        read.records[0],
        vec![
            record("I.1.1", 1, json!(1200.0), "C2"),
            record("I.1.2", 2, json!(800.0), "D2"),
            record("I.1.3", 3, json!("NE"), "E2"),
            record("I.2.1", 1, json!(600.0), "C3"),
            record("I.2.2", 2, json!(900.0), "D3"),
            record("II.1.1", 1, json!(1500.0), "C5"),
            record("II.1.3", 3, json!("IE"), "E5"),
            record("III.1.1", 1, json!(400.0), "C6"),
            record("III.1.2", 3, json!(100.0), "E6"),
        ]
    );
    let total = |label: &str, scope: Value, value: Value, cell: &str| {
        (label.to_owned(), scope, value, cell.to_owned())
    };
    let none = Value::Null;
    // A sector's total row: its totals name the sector (I), so they are no
    // scope totals of the inventory; its NE is a key.
    let sector = "Total Stationary Energy";
    assert_eq!(
        read.totals[0],
        vec![
            total(sector, json!(1), json!(1800.0), "C4"),
            total(sector, json!(2), json!(1700.0), "D4"),
            total(sector, json!(3), json!("NE"), "E4"),
            total("Total", json!(1), json!(3700.0), "C7"),
            total("Total", json!(2), json!(1700.0), "D7"),
            total("Total", json!(3), json!(100.0), "E7"),
            total(
                "Stationary energy / Residential buildings / Total",
                none.clone(),
                json!(2000.0),
                "F2"
            ),
            total(
                "Stationary energy / Commercial and institutional buildings / Total",
                none.clone(),
                json!(1500.0),
                "F3"
            ),
            total(sector, none.clone(), json!(3500.0), "F4"),
            total(
                "Transportation / On-road / Total",
                none.clone(),
                json!(1500.0),
                "F5"
            ),
            total(
                "Waste / Solid waste disposal / Total",
                none.clone(),
                json!(500.0),
                "F6"
            ),
            total("Total", none, json!(5500.0), "F7"),
        ]
    );
    // The scope totals agree with the cells: no T002, no G004.
    assert!(findings("crf-matrix", "T002").is_empty());
    assert!(findings("crf-matrix", "G004").is_empty());
}

#[test]
fn a_matrix_by_gpc_ref_with_scopes_given_per_column() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("m.csv");
    std::fs::write(
        &csv,
        "Ref,Name,S1 (kt),Grid (kt)\nI.1,Homes,1.5,0.5\nI.2.1,Shops,2,\nII.1,Roads,3,NO\n",
    )
    .unwrap();
    let toml = dir.path().join("m.toml");
    std::fs::write(
        &toml,
        r#"[table]
id = "m"
name = "matrix by ref"
shape = "matrix"
records_unit = "ktCO2e"
[facts]
"city.name" = { constant = "Refton" }
"inventory.year" = { constant = 2020 }
[record_fields]
"gpc_ref" = { columns = ["Ref"] }
[matrix.scopes]
"S1 (kt)" = 1
"Grid (kt)" = 2
"#,
    )
    .unwrap();
    let (_, report) = validate_json(&[&csv], &["--mapping", toml.to_str().unwrap()]);
    let inventory = &report["files"][0]["inventories"][0];
    assert_eq!(inventory["year"], 2020);
    // I.1 + scope 1 = I.1.1 (1.5 kt), I.1 + scope 2 = I.1.2 (0.5 kt),
    // I.2.1 as written (2 kt), II.1 + scope 1 = II.1.1 (3 kt).
    assert_eq!(
        inventory["totals"],
        json!({"scope1": 6500.0, "scope2": 500.0, "scope3": null, "basic": 7000.0, "basic_plus": 7000.0})
    );
}

#[test]
fn a_long_table_is_placed_by_one_columns_value_and_scoped_by_anothers() {
    let read = read("label-columns");
    assert_eq!(
        read.inventories,
        vec![(json!(2021), json!("City of Testham"))]
    );
    assert_eq!(
        read.records[0],
        vec![
            record("I.1.1", 1, json!(1500.0), "F2"),
            record("I.1.2", 2, json!(900.0), "F3"),
            record("II.1.1", 1, json!(2000.0), "F4"),
            record("II.2.2", 2, json!(40.0), "F5"),
            record("II.2.1", 1, json!("NO"), "F6"),
            // The map's sub-sector III.2 in the column's scope 1.
            record("III.2.1", 1, json!(30.0), "F7"),
            // CDP's `Not Applicable`: a record in its cell, with no amount.
            record("I.1.3", 3, Value::Null, "F10"),
        ]
    );
    // The CRF's whole-inventory total rows: the inventory's scope totals.
    let label = "Total Emissions (excluding generation of grid-supplied energy)";
    assert_eq!(
        read.totals[0],
        vec![
            (label.to_owned(), json!(1), json!(3530.0), "F8".to_owned()),
            (label.to_owned(), json!(2), json!(940.0), "F9".to_owned()),
        ]
    );
    assert!(findings("label-columns", "T002").is_empty());
}

/// Mistakes in the new parts of a mapping name their line.
#[test]
fn mistakes_in_labels_and_shapes_name_their_line() {
    let base = r#"[table]
id = "t"
name = "t"
shape = "year-columns"
[facts]
"city.name" = { constant = "X" }
[labels]
columns = ["Sector"]
[labels.map]
"Homes" = { gpc_ref = "I.1.1" }
"#;
    assert!(Mapping::parse(base, "t.toml").is_ok());
    let error = |text: &str| {
        let e = Mapping::parse(text, "t.toml").unwrap_err();
        (e.line, e.message)
    };
    let (line, message) = error(&base.replace("\"I.1.1\"", "\"I.9.9\""));
    assert_eq!(line, 10);
    assert!(
        message.starts_with("`I.9.9` (for the label `Homes`) is no GPC reference number"),
        "{message}"
    );
    let (line, message) = error(&base.replace("gpc_ref = ", "gpc_rf = "));
    assert_eq!(line, 10);
    assert!(message.contains("gpc_rf"), "{message}");
    let (line, message) = error(&base.replace("columns = [\"Sector\"]", "colums = [\"Sector\"]"));
    assert_eq!(line, 8);
    assert!(message.contains("colums"), "{message}");
    let (line, message) = error(&base.replace("year-columns", "year-colums"));
    assert_eq!(line, 4);
    assert!(message.contains("year-colums"), "{message}");
    let (line, message) = error(&format!("{base}\"Shops\" = {{ scope = 4 }}\n"));
    assert_eq!(line, 11);
    assert_eq!(message, "a scope is 1, 2 or 3");
    let (line, message) = error(&base.replace(
        "[labels]",
        "\"inventory.year\" = { columns = [\"Year\"] }\n[labels]",
    ));
    assert_eq!(line, 7);
    assert!(message.contains("remove `inventory.year`"), "{message}");
    let (line, message) = error(&format!("{base}[matrix]\nscopes = {{ \"Direct\" = 1 }}\n"));
    assert_eq!(line, 12);
    assert_eq!(message, "[matrix] is for shape = \"matrix\"");
}

/// A sector's total row is checked against that sector's cells only.
#[test]
fn a_matrix_sector_total_that_disagrees_is_told_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = fixtures().join("mapped");
    let csv = std::fs::read_to_string(fixture.join("crf-matrix.csv"))
        .unwrap()
        .replace(
            "Total Stationary Energy,,1800",
            "Total Stationary Energy,,1900",
        );
    let file = dir.path().join("m.csv");
    std::fs::write(&file, csv).unwrap();
    let mapping = fixture.join("crf-matrix.toml");
    let (_, report) = validate_json(&[&file], &["--mapping", mapping.to_str().unwrap()]);
    let t002: Vec<(&str, &str)> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "T002")
        .map(|f| (f["cell"].as_str().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        t002,
        vec![(
            "C4",
            "`Total Stationary Energy` states 1900 tCO2e, but the 2 records it covers \
             (I.1.1, I.2.1) sum to 1800 tCO2e, 100 tCO2e apart"
        )]
    );
}
