//! Issue 10, "no noise": what a layout cannot carry is said once per file
//! (F005, X005), an explanation is asked for only where the layout has a
//! place for one (N002), IE keys say where their emissions are (N004,
//! N005), keys stand only in GPC cells (N006), and a blank template is one
//! finding (X008). Each on a small file written here, with the cell, and
//! with the case where the rule stays silent.

#![allow(clippy::unwrap_used)]

mod support;

use serde_json::Value;
use support::noise::{self, write};
use support::{fixtures, run, validate_json};

/// The findings of the first file of a report.
fn findings(report: &Value) -> Vec<Value> {
    report["files"][0]["findings"].as_array().unwrap().clone()
}

/// (sheet, cell) of each finding of `code` in the first file.
fn cells(report: &Value, code: &str) -> Vec<(Option<String>, Option<String>)> {
    findings(report)
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| {
            (
                f["sheet"].as_str().map(str::to_owned),
                f["cell"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn codes(report: &Value) -> Vec<String> {
    findings(report)
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

fn at(sheet: Option<&str>, cell: &str) -> (Option<String>, Option<String>) {
    (sheet.map(str::to_owned), Some(cell.to_owned()))
}

#[test]
fn a_citycatalyst_export_is_not_asked_for_explanations_nor_facts_per_inventory() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "inventory-BR ABC-2022.csv", noise::CITYCATALYST);
    let (_, report) = validate_json(&[&file], &["--no-config"]);
    let codes = codes(&report);
    assert!(
        !codes.iter().any(|c| c == "N002" || c == "F001"),
        "{codes:?}"
    );
    let f005: Vec<Value> = findings(&report)
        .into_iter()
        .filter(|f| f["code"] == "F005")
        .collect();
    assert_eq!(f005.len(), 1);
    assert_eq!(
        (&f005[0]["cell"], &f005[0]["inventory"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!(
        f005[0]["args"]["facts"],
        "city.population.value, inventory.gwp_set, inventory.gpc_level, city.boundary"
    );
    // What the sidecar supplies is no longer missing.
    write(
        dir.path(),
        "inventory-BR ABC-2022.csv.ghgcheck.toml",
        "gwp = \"AR5\"\ngpc_level = \"BASIC\"\n",
    );
    let (_, report) = validate_json(&[&file], &["--no-config"]);
    let f005: Vec<Value> = findings(&report)
        .into_iter()
        .filter(|f| f["code"] == "F005")
        .collect();
    assert_eq!(
        f005[0]["args"]["facts"],
        "city.population.value, city.boundary"
    );
}

#[test]
fn a_template_with_every_fact_has_no_f005_and_a_blank_fact_is_f001_at_its_cell() {
    let (_, report) = validate_json(
        &[&fixtures().join("template/valid-city.xlsx")],
        &["--no-config"],
    );
    assert!(cells(&report, "F005").is_empty());
    let (_, report) = validate_json(
        &[&fixtures().join("template/warnings-only.csv")],
        &["--no-config"],
    );
    assert!(cells(&report, "F005").is_empty());
    let f001 = cells(&report, "F001");
    assert!(
        !f001.is_empty() && f001.iter().all(|(_, cell)| cell.is_some()),
        "{f001:?}"
    );
}

#[test]
fn cdp_rows_without_an_inventory_are_one_finding_and_get_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "cdp.csv", noise::CDP);
    let (_, report) = validate_json(&[&file], &["--no-config"]);
    let file_report = &report["files"][0];
    let ids: Vec<&str> = file_report["inventories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    // Eville is in progress but states a total: it is read.
    assert_eq!(ids, ["br-aville-2017", "br-bville-2017", "br-eville-2018"]);
    assert_eq!(cells(&report, "X005"), [at(None, "F4")]);
    let x005 = findings(&report)
        .into_iter()
        .find(|f| f["code"] == "X005")
        .unwrap();
    assert_eq!(x005["args"]["count"], 2);
    assert_eq!(x005["args"]["rows"], "4, 5");
    // The row that states an inventory without totals keeps its error.
    assert_eq!(cells(&report, "S007"), [at(None, "K3")]);
    // A blank population cell is the row's own omission; the GWP set and
    // the GPC level have no column at all: one F005 for the file.
    assert_eq!(cells(&report, "F001"), [at(None, "R6")]);
    let f005: Vec<Value> = findings(&report)
        .into_iter()
        .filter(|f| f["code"] == "F005")
        .collect();
    assert_eq!(f005.len(), 1);
    assert_eq!(f005[0]["args"]["inventories"], 3);
    assert_eq!(
        f005[0]["args"]["facts"],
        "inventory.gwp_set, inventory.gpc_level"
    );
}

#[test]
fn ecrf_2_keys_are_explained_in_column_h_and_stand_in_gpc_cells() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("keysville.xlsx");
    std::fs::write(&file, noise::ecrf_keys().unwrap()).unwrap();
    let (_, report) = validate_json(&[&file], &["--no-config"]);
    // Rail's two keys share H5; IPPU's are explained in H4; the eCRF_3 rail
    // row is not asked again.
    assert_eq!(cells(&report, "N002"), [at(Some("eCRF_2"), "H5")]);
    // IPPU has no scope 3 in the GPC; its scope 1 key is in place.
    assert_eq!(cells(&report, "N006"), [at(Some("eCRF_2"), "G4")]);
    let n006 = findings(&report)
        .into_iter()
        .find(|f| f["code"] == "N006")
        .unwrap();
    assert_eq!(n006["args"]["scope"], 3);
    assert_eq!(n006["args"]["key"], "NE");
}

#[test]
fn an_ie_key_names_a_place_that_holds_emissions() {
    let dir = tempfile::tempdir().unwrap();
    let text = noise::template_csv(&[
        ("I.1.1", "1", "1200", "", ""),
        ("I.2.1", "1", "", "IE (I.1.1)", ""),
        ("I.3.1", "1", "", "IE", "included in I.1.1"),
        ("I.6.1", "1", "", "IE", "see note"),
        ("II.4.1", "1", "", "IE (II.1.1)", ""),
    ]);
    let file = write(dir.path(), "ie.csv", &text);
    let (_, report) = validate_json(&[&file], &["--no-config"]);
    // Row 5's explanation names no place (it is told at the explanation);
    // row 6 names II.1.1 beside its key, which holds nothing.
    assert_eq!(cells(&report, "N004"), [at(None, "Q5")]);
    assert_eq!(cells(&report, "N005"), [at(None, "P6")]);
    let n005 = findings(&report)
        .into_iter()
        .find(|f| f["code"] == "N005")
        .unwrap();
    assert_eq!(n005["args"]["place"], "II.1.1");
    // `IE (I.1.1)` is a valid key that explains itself; `see note` is an
    // explanation, if not a useful one.
    let codes = codes(&report);
    assert!(
        !codes
            .iter()
            .any(|c| c == "N001" || c == "N002" || c == "S003"),
        "{codes:?}"
    );
}

#[test]
fn a_blank_template_is_one_finding() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for name in ["blank.xlsx", "blank.csv"] {
        let path = dir.path().join(name);
        let (code, _) = run(&["template", "-o", &path.display().to_string()]);
        assert_eq!(code, 0);
        paths.push(path);
    }
    paths.push(write(dir.path(), "merge.csv", &noise::placeholder_csv()));
    for path in &paths {
        let (code, report) = validate_json(&[path], &["--no-config"]);
        assert_eq!(code, 1, "{}", path.display());
        assert_eq!(codes(&report), ["X008"], "{}", path.display());
    }
    // A filled template is no blank one.
    let (_, report) = validate_json(
        &[&fixtures().join("template/valid-city.csv")],
        &["--no-config"],
    );
    assert!(cells(&report, "X008").is_empty());
}
