//! Numbers followed from the submitted cells to `emissions.csv`: a mass of
//! CH4 in kg weighted with the declared AR5, an activity in US therms, and
//! an AR5 inventory restated in AR6 with `--gwp AR6`.

#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use ghgcheck::model::source_map::SourceMap;
use serde_json::Value;
use support::{csv_rows, fixtures, run_with_stderr};

/// Runs the gas-masses table through `validate --out` and returns the
/// emissions rows and the inventory document.
fn run(out: &Path, extra: &[&str]) -> (Vec<BTreeMap<String, String>>, Value) {
    let dir = fixtures().join("mapped");
    let mapping = dir.join("gas-masses.toml").display().to_string();
    let table = dir.join("gas-masses.csv").display().to_string();
    let out_arg = out.display().to_string();
    let mut args = vec!["validate", "--mapping", &mapping, "--out", &out_arg, &table];
    args.extend_from_slice(extra);
    let (code, _, stderr) = run_with_stderr(&args);
    assert_eq!(code, 0, "{stderr}");
    let rows = csv_rows(&out.join("emissions.csv"));
    let document = fs::read(out.join("inventories").join("br-testopolis-2022.json")).unwrap();
    (rows, serde_json::from_slice(&document).unwrap())
}

fn columns<'a>(row: &'a BTreeMap<String, String>, names: &[&str]) -> Vec<&'a str> {
    names.iter().map(|n| row[*n].as_str()).collect()
}

#[test]
fn a_mass_of_methane_in_kg_is_weighted_with_the_declared_ar5() {
    let dir = tempfile::tempdir().unwrap();
    let (rows, document) = run(dir.path(), &[]);
    // 2500 kg CH4 = 2.5 t x 28 (AR5) = 70 tCO2e.
    assert_eq!(
        columns(
            &rows[0],
            &[
                "gpc_ref",
                "ch4_tco2e",
                "total_tco2e",
                "gwp_set",
                "declared_gwp_set"
            ]
        ),
        ["III.1.1", "70", "70", "AR5", ""]
    );
    assert_eq!(
        columns(
            &rows[0],
            &["reported_value", "reported_unit", "factor", "cell"]
        ),
        ["2500", "kg", "0.028", "E2"]
    );
    // 0.01 t N2O x 265 = 2.65 tCO2e beside 500 tCO2e of CO2.
    assert_eq!(
        columns(&rows[1], &["co2_tco2e", "n2o_tco2e", "total_tco2e"]),
        ["500", "2.65", "502.65"]
    );
    assert_eq!(
        document["emissions"][0]["gases"]["ch4"],
        serde_json::json!({"mass_t": 2.5, "tco2e": 70.0})
    );
    assert!(ghgcheck::schema::check(&document, &SourceMap::default()).is_empty());
}

#[test]
fn an_activity_in_us_therms_is_converted_to_gj() {
    let dir = tempfile::tempdir().unwrap();
    let (rows, _) = run(dir.path(), &[]);
    // 1000 therm (US) x 105.4804 MJ = 105.4804 GJ.
    assert_eq!(
        columns(
            &rows[1],
            &[
                "activity_amount",
                "activity_unit",
                "activity_base_amount",
                "activity_base_unit"
            ]
        ),
        ["1000", "therm (US)", "105.4804", "GJ"]
    );
}

#[test]
fn gwp_ar6_restates_an_ar5_inventory_of_masses() {
    let dir = tempfile::tempdir().unwrap();
    let (rows, document) = run(dir.path(), &["--gwp", "AR6"]);
    // 2.5 t CH4 x 27.9; 0.01 t N2O x 273.
    assert_eq!(
        columns(
            &rows[0],
            &["ch4_tco2e", "total_tco2e", "gwp_set", "declared_gwp_set"]
        ),
        ["69.75", "69.75", "AR6", "AR5"]
    );
    assert_eq!(
        columns(&rows[0], &["reported_value", "reported_unit", "factor"]),
        ["2500", "kg", "0.0279"]
    );
    assert_eq!(
        columns(&rows[1], &["co2_tco2e", "n2o_tco2e", "total_tco2e"]),
        ["500", "2.73", "502.73"]
    );
    assert_eq!(document["inventory"]["gwp_set"], "AR6");
    assert_eq!(document["inventory"]["declared_gwp_set"], "AR5");
    assert!(ghgcheck::schema::check(&document, &SourceMap::default()).is_empty());
    let report: Value =
        serde_json::from_slice(&fs::read(dir.path().join("report.json")).unwrap()).unwrap();
    let restated: Vec<&Value> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "U004")
        .collect();
    assert_eq!(restated.len(), 1);
    assert_eq!(
        restated[0]["message"],
        "CO2e figures restated from AR5 to AR6"
    );
}
