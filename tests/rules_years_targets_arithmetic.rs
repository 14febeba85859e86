//! The year (Y), target (P) and arithmetic (A) rules on fixture files
//! written here: JSON inventories, a CDP open-data table and a mapped
//! table of gas masses. `GHGCHECK_REGENERATE=1 cargo test --test
//! rules_years_targets_arithmetic` rewrites the fixtures after a change
//! below; otherwise a committed fixture that differs fails.
//!
//! Planted errors: copies with a future inventory year and a wrong GWP set
//! give a finding at the changed cell, for the project's fixtures and, when
//! `../shared/formats` is present, for a real CDP table.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use support::{fixtures, validate_json};

const DIR: &str = "methodology";

fn regenerate() -> bool {
    std::env::var_os("GHGCHECK_REGENERATE").is_some()
}

fn path(name: &str) -> PathBuf {
    fixtures().join(DIR).join(name)
}

/// Writes (when regenerating) or compares one fixture.
fn check_fixture(name: &str, bytes: &[u8]) {
    let path = path(name);
    if regenerate() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        return;
    }
    let committed = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}; regenerate"));
    assert!(
        committed == bytes,
        "{name} is out of date: GHGCHECK_REGENERATE=1 cargo test --test rules_years_targets_arithmetic"
    );
}

fn json_bytes(doc: &Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(doc).unwrap();
    bytes.push(b'\n');
    bytes
}

/// A complete inventory of Testville for `year`, with one record.
fn inventory(year: i64) -> Value {
    json!({
        "schema_version": "1.0.0",
        "city": {"name": "Testville", "country": "BR", "boundary": "municipality",
                 "population": {"value": 250000, "year": year}},
        "inventory": {"year": year, "gwp_set": "AR5", "gpc_level": "basic"},
        "emissions": [
            {"gpc_ref": "I.1.1", "scope": 1, "total_tco2e": 100.0,
             "gases": {"co2": {"tco2e": 100.0}}}
        ]
    })
}

fn years_fiscal() -> Value {
    let mut doc = inventory(2020);
    doc["inventory"]["period"] = json!({"start": "2019-07-01", "end": "2020-06-30"});
    doc["inventory"]["reporting_year"] = json!(2021);
    doc
}

fn years_several() -> Value {
    let mut doc = inventory(2015);
    doc["inventory"]["period"] = json!({"start": "2008-01-01", "end": "2016-01-01"});
    doc["inventory"]["reporting_year"] = json!(2016);
    doc["city"]["population"]["year"] = json!(2005);
    doc
}

fn years_old() -> Value {
    let mut doc = inventory(2005);
    doc["inventory"]["submission_date"] = json!("2016-06-30");
    doc
}

fn years_future() -> Value {
    inventory(2099)
}

fn targets() -> Value {
    let mut doc = inventory(2020);
    doc["targets"] = json!([
        {"type": "base-year", "base_year": 2015, "base_year_emissions_tco2e": 90000,
         "target_year": 2030, "reduction_percent": 50},
        {"type": "base-year", "base_year": 2015, "base_year_emissions_tco2e": 90000,
         "target_year": 2010, "reduction_percent": 20},
        {"type": "base-year", "base_year": 2015, "base_year_emissions_tco2e": 90000,
         "target_year": 2030, "reduction_percent": 0.4},
        {"type": "base-year", "base_year": 2015, "target_year": 2030, "reduction_percent": 40},
        {"type": "net-zero", "coverage": "all sectors"},
        {"type": "carbon-neutral", "target_year": 2050}
    ]);
    doc
}

fn arithmetic() -> Value {
    let mut doc = inventory(2020);
    doc["emissions"] = json!([
        // Consistent: activity × factor = total; CH4 × 28 (AR5).
        {"gpc_ref": "I.1.1", "scope": 1, "activity_label": "Diesel oil",
         "activity": {"amount": 553370.69666498, "unit": "MJ"},
         "emission_factor": {"unit": "gCO2e/MJ", "total": 74.343},
         "total_tco2e": 41.139237702165},
        {"gpc_ref": "III.1.1", "scope": 1,
         "gases": {"ch4": {"mass_t": 100.0, "tco2e": 2800.0}}, "total_tco2e": 2800.0},
        {"gpc_ref": "I.1.1", "scope": 1, "activity_label": "Wood",
         "gases": {"ch4": {"tco2e": 20.0}, "n2o": {"tco2e": 10.0}},
         "biogenic_co2_t": 100.0, "total_tco2e": 30.0},
        // CH4 × 25 (AR4) in an AR5 inventory.
        {"gpc_ref": "III.2.1", "scope": 1,
         "gases": {"ch4": {"mass_t": 100.0, "tco2e": 2500.0}}, "total_tco2e": 2500.0},
        // The biogenic CO2 counted in the total.
        {"gpc_ref": "I.2.1", "scope": 1, "activity_label": "Wood",
         "gases": {"ch4": {"tco2e": 20.0}, "n2o": {"tco2e": 10.0}},
         "biogenic_co2_t": 100.0, "total_tco2e": 130.0},
        // The activity in kJ: a thousand times the emissions.
        {"gpc_ref": "II.1.1", "scope": 1, "activity_label": "Diesel oil",
         "activity": {"amount": 553370696.66498, "unit": "MJ"},
         "emission_factor": {"unit": "gCO2e/MJ", "total": 74.343},
         "total_tco2e": 41.139237702165}
    ]);
    doc
}

/// A CDP open-data table (2019 release headers) with one year problem a
/// row, and rows that must stay silent.
fn cdp_years() -> String {
    let header = "Year Reported to CDP,Account Number,Organization,City,Country,\
City-wide Emissions Inventory,Accounting Year,Total Scope 1 Emissions (metric tonnes CO2e),\
Total Scope 2 Emissions (metric tonnes CO2e),Population,Population Year";
    let rows = [
        "2019,91001,City of Shortville,Shortville,Brazil,Yes,2016-01-01 - 2016-01-12,1000,500,250000,2016",
        "2019,91002,City of Longville,Longville,Brazil,Yes,2008-01-01 - 2016-01-01,1000,500,250000,2015",
        "2019,91003,City of Censusville,Censusville,Brazil,Yes,2018-01-01 - 2018-12-31,1000,500,250000,2010",
        "2019,91004,City of Fiscalville,Fiscalville,Australia,Yes,2017-07-01 - 2018-06-30,1000,500,250000,2018",
        "2019,91005,City of Endville,Endville,Brazil,Yes,2018-01-01 - 2019-01-01,1000,500,250000,2018",
        "2019,91006,City of Oldville,Oldville,Brazil,Yes,2014-01-01 - 2014-12-31,1000,500,250000,2014",
    ];
    format!("{header}\n{}\n", rows.join("\n"))
}

/// A table of records giving CH4 both as a mass and in CO2e, weighted
/// with the GWP set of its `GWP` column (AR5: 28).
fn gwp_masses_csv(declared: &str) -> String {
    format!(
        "City,Year,GWP,GPC ref,CH4 (t),CH4 (t CO2e),Total (t CO2e)\n\
         Testville,2020,{declared},III.1.1,100,2800,2800\n\
         Testville,2020,{declared},I.1.1,,,500\n"
    )
}

const GWP_MASSES_TOML: &str = r#"# Records giving CH4 both as a mass of gas and in CO2e (fixture of
# tests/rules_years_targets_arithmetic.rs).
[table]
id = "gwp-masses"
name = "Records with CH4 as mass and CO2e"
shape = "records"

[facts]
"city.name" = { columns = ["City"] }
"city.country" = { constant = "BR" }
"inventory.year" = { columns = ["Year"], read_as = "period" }
"inventory.gwp_set" = { columns = ["GWP"] }

[record_fields]
"gpc_ref" = { columns = ["GPC ref"] }
"gases.ch4.mass_t" = { columns = ["CH4 (t)"], unit = "t" }
"gases.ch4.tco2e" = { columns = ["CH4 (t CO2e)"] }
"total_tco2e" = { columns = ["Total (t CO2e)"] }
"#;

#[test]
fn fixtures_are_up_to_date() {
    for (name, doc) in [
        ("years-fiscal.json", years_fiscal()),
        ("years-several.json", years_several()),
        ("years-old.json", years_old()),
        ("years-future.json", years_future()),
        ("targets.json", targets()),
        ("arithmetic.json", arithmetic()),
    ] {
        check_fixture(name, &json_bytes(&doc));
    }
    check_fixture("cdp-years.csv", cdp_years().as_bytes());
    check_fixture("gwp-masses.csv", gwp_masses_csv("AR5").as_bytes());
    check_fixture("gwp-masses.toml", GWP_MASSES_TOML.as_bytes());
}

/// (code, place, args) of each finding of the rules under test, in the
/// first file of a report: the place is the cell, else the pointer.
type Found = (String, String, Vec<String>);

fn found_in(report: &Value, file: usize) -> Vec<Found> {
    report["files"][file]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            let code = f["code"].as_str().unwrap();
            code.starts_with('Y') || code.starts_with('P') || code.starts_with('A')
        })
        .map(|f| {
            let place = match (f["sheet"].as_str(), f["cell"].as_str()) {
                (Some(sheet), Some(cell)) => format!("{sheet}!{cell}"),
                (None, Some(cell)) => cell.to_owned(),
                _ => f["pointer"].as_str().unwrap_or("").to_owned(),
            };
            let args = f["args"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| match v {
                    Value::String(s) => format!("{k}={s}"),
                    Value::Number(n) if n.is_f64() => format!("{k}={}", n.as_f64().unwrap()),
                    other => format!("{k}={other}"),
                })
                .collect();
            (f["code"].as_str().unwrap().to_owned(), place, args)
        })
        .collect()
}

fn found(paths: &[&Path], extra: &[&str]) -> Vec<Found> {
    let (_, report) = validate_json(paths, extra);
    found_in(&report, 0)
}

fn entry(code: &str, place: &str, args: &[&str]) -> Found {
    (
        code.to_owned(),
        place.to_owned(),
        args.iter().map(|a| (*a).to_owned()).collect(),
    )
}

#[test]
fn a_fiscal_year_reported_the_next_year_is_silent() {
    assert_eq!(found(&[&path("years-fiscal.json")], &[]), []);
}

#[test]
fn a_period_of_several_years_and_an_old_population_are_findings() {
    assert_eq!(
        found(&[&path("years-several.json")], &[]),
        [
            entry(
                "Y005",
                "/city/population/year",
                &["apart=10", "population_year=2005", "window=5", "year=2015"]
            ),
            entry(
                "Y002",
                "/inventory/period/end",
                &["days=2923", "end=2016-01-01", "start=2008-01-01"]
            ),
        ]
    );
}

#[test]
fn an_inventory_submitted_eleven_years_later_is_old() {
    assert_eq!(
        found(&[&path("years-old.json")], &[]),
        [entry(
            "Y004",
            "/inventory/year",
            &["lag=11", "most=3", "reporting_year=2016", "year=2005"]
        )]
    );
}

#[test]
fn a_future_year_is_an_error() {
    let (code, report) = validate_json(&[&path("years-future.json")], &[]);
    assert_eq!(code, 1);
    let found = found_in(&report, 0);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("Y003", "/inventory/year")
    );
    assert_eq!(found[0].2[1], "year=2099");
}

#[test]
fn targets_are_checked_one_by_one() {
    assert_eq!(
        found(&[&path("targets.json")], &[]),
        [
            entry(
                "P001",
                "/targets/1/target_year",
                &["base_year=2015", "target_year=2010"]
            ),
            entry(
                "P002",
                "/targets/2/reduction_percent",
                &["as_percent=40", "percent=0.4"]
            ),
            entry(
                "P003",
                "/targets/3/base_year_emissions_tco2e",
                &["base_year=2015"]
            ),
            entry("P004", "/targets/4/target_year", &["kind=net-zero"]),
        ]
    );
}

#[test]
fn co2e_weights_biogenic_co2_and_activity_times_factor() {
    let arithmetic = found(&[&path("arithmetic.json")], &[]);
    assert_eq!(
        arithmetic,
        [
            entry(
                "A001",
                "/emissions/3/gases/ch4/tco2e",
                &[
                    "declared=AR5",
                    "gas=CH4",
                    "gwp=28",
                    "mass=100",
                    "other=AR4",
                    "other_gwp=25",
                    "tco2e=2500"
                ]
            ),
            entry(
                "A002",
                "/emissions/4/total_tco2e",
                &["biogenic=100", "total=130", "without=30"]
            ),
            entry(
                "A003",
                "/emissions/5/activity/amount",
                &[
                    "activity=553370696.66498",
                    "activity_unit=MJ",
                    "expected=41139.237702",
                    "factor=74.343",
                    "factor_unit=gCO2e/MJ",
                    "slip=÷ 1000",
                    "stated=41.139237702165"
                ]
            ),
        ]
    );
}

#[test]
fn cdp_years_are_findings_at_the_accounting_year_and_population_cells() {
    let cdp = found(&[&path("cdp-years.csv")], &[]);
    assert_eq!(
        cdp,
        [
            entry(
                "Y001",
                "G2",
                &["days=12", "end=2016-01-12", "start=2016-01-01"]
            ),
            entry(
                "Y002",
                "G3",
                &["days=2923", "end=2016-01-01", "start=2008-01-01"]
            ),
            entry(
                "Y004",
                "G3",
                &["lag=4", "most=3", "reporting_year=2019", "year=2015"]
            ),
            // Once for the file: Longville's and Fiscalville's years come
            // from periods across two calendar years.
            entry(
                "Y006",
                "G3",
                &[
                    "cells=G3, G5",
                    "count=2",
                    "more=0",
                    "written=2008-01-01 - 2016-01-01",
                    "year=2015"
                ]
            ),
            entry(
                "Y005",
                "K4",
                &["apart=8", "population_year=2010", "window=5", "year=2018"]
            ),
            entry(
                "Y004",
                "G7",
                &["lag=5", "most=3", "reporting_year=2019", "year=2014"]
            ),
        ]
    );
    // The lag is a setting.
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("ghgcheck.toml");
    std::fs::write(&config, "[rules.options]\nmax-reporting-lag-years = 5\n").unwrap();
    let config = config.display().to_string();
    let lenient = found(&[&path("cdp-years.csv")], &["--config", &config]);
    assert_eq!(lenient.iter().filter(|f| f.0 == "Y004").count(), 0);
}

#[test]
fn gas_masses_in_the_declared_set_are_silent() {
    let mapping = path("gwp-masses.toml").display().to_string();
    let masses = found(&[&path("gwp-masses.csv")], &["--mapping", &mapping]);
    assert_eq!(masses, []);
}

// Planted errors.

#[test]
fn a_planted_future_year_in_the_template_is_found_at_its_cell() {
    use ghgcheck::template::{CellInput, TemplateFormat, template_bytes};
    let mut filling = support::valid_filling();
    for (pointer, value) in &mut filling.facts {
        if pointer == "/inventory/year" {
            *value = CellInput::Number(2099.0);
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("future.xlsx");
    std::fs::write(
        &file,
        template_bytes(TemplateFormat::Xlsx, &filling).unwrap(),
    )
    .unwrap();
    let (_, report) = validate_json(&[&file], &[]);
    let found = found_in(&report, 0);
    let valid = dir.path().join("valid.xlsx");
    let valid_bytes = template_bytes(TemplateFormat::Xlsx, &support::valid_filling()).unwrap();
    std::fs::write(&valid, valid_bytes).unwrap();
    let (_, valid_report) = validate_json(&[&valid], &[]);
    assert_eq!(found_in(&valid_report, 0), []);
    let places: Vec<(&str, &str)> = found.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
    let year_cell = valid_report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(year_cell, 0, "the valid fixture has no findings");
    // The population of 2022 is also far from 2099.
    assert_eq!(places, [("Y005", "City!B10"), ("Y003", "Inventory!B2")]);
}

#[test]
fn a_planted_wrong_gwp_set_is_found_at_the_co2e_cell() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gwp-masses.csv");
    std::fs::write(&file, gwp_masses_csv("AR4")).unwrap();
    let mapping = path("gwp-masses.toml").display().to_string();
    let planted = found(&[&file], &["--mapping", &mapping]);
    assert_eq!(
        planted,
        [entry(
            "A001",
            "F2",
            &[
                "declared=AR4",
                "gas=CH4",
                "gwp=25",
                "mass=100",
                "other=AR5",
                "other_gwp=28",
                "tco2e=2800"
            ]
        )]
    );
}

/// The real CDP 2019 table, when `../shared/formats` is present.
fn real_cdp_2019() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/formats/cdp_open_data/2019_City-wide_Emissions.csv");
    path.exists().then_some(path)
}

#[test]
fn a_planted_future_year_in_a_real_cdp_table_is_found_at_its_cell() {
    let Some(real) = real_cdp_2019() else {
        return;
    };
    let text = std::fs::read_to_string(&real).unwrap();
    // The first calendar year 2017 (a unique text in the file) becomes 2099.
    let was = ",Yes,2017-01-01 - 2017-12-31,";
    let planted = text.replacen(was, ",Yes,2099-01-01 - 2099-12-31,", 1);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cdp-2019.csv");
    std::fs::write(&file, &planted).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(planted.as_bytes());
    let row = reader
        .records()
        .position(|r| r.unwrap().get(9) == Some("2099-01-01 - 2099-12-31"))
        .unwrap();
    let all = found(&[&file], &[]);
    let future: Vec<&Found> = all.iter().filter(|f| f.0 == "Y003").collect();
    assert_eq!(future.len(), 1, "{future:?}");
    assert_eq!(future[0].1, format!("J{}", row + 1));
}
