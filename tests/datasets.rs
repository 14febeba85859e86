//! `validate --out DIR`: the datasets, their package descriptor and the
//! inventory documents, followed from the submitted cells to the files.

#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ghgcheck::model::source_map::SourceMap;
use ghgcheck::template::{CellInput, TemplateFormat, template_bytes};
use serde_json::Value;
use support::{csv_rows, fixtures, run_with_stderr, valid_filling};

/// Runs `validate` on `paths` with `--out dir` and the extra arguments.
fn run_out(paths: &[PathBuf], dir: &Path, extra: &[&str]) -> i32 {
    let mut args: Vec<String> = vec!["validate".to_owned()];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    args.extend(["--out".to_owned(), dir.display().to_string()]);
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, _, stderr) = run_with_stderr(&args);
    assert!(code == 0 || code == 1, "exit {code}: {stderr}");
    code
}

/// Every file under `dir`, by relative path, with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walk(dir) {
        let name = entry.strip_prefix(dir).unwrap().display().to_string();
        files.insert(name, fs::read(&entry).unwrap());
    }
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn mixed_batch() -> Vec<PathBuf> {
    ["batch", "citycatalyst", "cdp", "ecrf"]
        .iter()
        .map(|d| fixtures().join(d))
        .collect()
}

#[test]
fn outputs_are_byte_identical_across_job_counts_and_runs() {
    let dir = tempfile::tempdir().unwrap();
    let runs: Vec<BTreeMap<String, Vec<u8>>> = [("a", "1"), ("b", "2"), ("c", "2")]
        .iter()
        .map(|(name, jobs)| {
            let out = dir.path().join(name);
            run_out(&mixed_batch(), &out, &["--jobs", jobs]);
            tree(&out)
        })
        .collect();
    let names: Vec<&String> = runs[0].keys().collect();
    for expected in [
        "datapackage.json",
        "datasets.xlsx",
        "emissions.csv",
        "emissions.jsonl",
        "findings.csv",
        "findings.jsonl",
        "inventories.csv",
        "report.html",
        "report.json",
    ] {
        assert!(
            runs[0].contains_key(expected),
            "{expected} missing: {names:?}"
        );
    }
    assert!(
        names.iter().any(|n| n.starts_with("inventories/")),
        "{names:?}"
    );
    assert!(runs[0] == runs[1], "--jobs 1 and --jobs 2 differ");
    assert!(runs[1] == runs[2], "two runs differ");
}

#[test]
fn every_inventory_document_satisfies_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    run_out(&mixed_batch(), dir.path(), &[]);
    let documents = walk(&dir.path().join("inventories"));
    let inventories = csv_rows(&dir.path().join("inventories.csv"));
    let valid: Vec<&String> = inventories
        .iter()
        .filter(|r| r["status"] == "valid")
        .map(|r| &r["inventory_id"])
        .collect();
    assert_eq!(documents.len(), valid.len());
    assert!(documents.len() >= 4, "{documents:?}");
    for path in documents {
        let document: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
        let findings = ghgcheck::schema::check(&document, &SourceMap::default());
        assert!(findings.is_empty(), "{}: {findings:?}", path.display());
        let id = path.file_stem().unwrap().to_str().unwrap().to_owned();
        assert!(valid.contains(&&id), "{id} is not a valid inventory");
    }
}

#[test]
fn citycatalyst_gas_columns_in_kg_are_divided_by_1000_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = fixtures()
        .join("citycatalyst")
        .join("inventory-BR XYZ-2022.csv");
    // The fixture has invalid notation keys on other rows.
    run_out(&[file], dir.path(), &["--include-invalid"]);
    let rows = csv_rows(&dir.path().join("emissions.csv"));
    let first = &rows[0];
    assert_eq!(first["record_id"], "br-xyz-2022-0001");
    assert_eq!(first["gpc_ref"], "I.1.1");
    // 990000 kg, 4500 kg and 6000 kg of CO2e in the export.
    assert_eq!(
        (
            first["co2_tco2e"].as_str(),
            first["ch4_tco2e"].as_str(),
            first["n2o_tco2e"].as_str()
        ),
        ("990", "4.5", "6")
    );
    assert_eq!(first["total_tco2e"], "1000.5");
    assert_eq!(
        (
            first["reported_value"].as_str(),
            first["reported_unit"].as_str(),
            first["factor"].as_str()
        ),
        ("1000.5", "t CO2e", "1")
    );
    assert_eq!(
        (first["sheet"].as_str(), first["cell"].as_str()),
        ("", "E2")
    );
    assert_eq!(first["activity_amount"], "400000");
    assert_eq!(first["activity_unit"], "m3");
}

#[test]
fn formula_like_text_is_neutralised_in_csv_and_xlsx_but_kept_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let mut filling = valid_filling();
    filling.facts.push((
        "/city/name".to_owned(),
        CellInput::Text("=HYPERLINK(\"http://x\")".to_owned()),
    ));
    let submission = dir.path().join("formula.csv");
    fs::write(
        &submission,
        template_bytes(TemplateFormat::Csv, &filling).unwrap(),
    )
    .unwrap();
    let out = dir.path().join("out");
    run_out(&[submission], &out, &["--csv-bom"]);
    let bytes = fs::read(out.join("emissions.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFrecord_id,"));
    let rows = csv_rows(&out.join("inventories.csv"));
    assert_eq!(rows[0]["city"], "'=HYPERLINK(\"http://x\")");
    let jsonl = fs::read_to_string(out.join("emissions.jsonl")).unwrap();
    let first: Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["city"], "=HYPERLINK(\"http://x\")");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(out.join("datasets.xlsx")).unwrap();
    use calamine::Reader;
    let sheet = book.worksheet_range("Emissions").unwrap();
    assert_eq!(
        sheet.get_value((1, 2)),
        Some(&calamine::Data::String(
            "'=HYPERLINK(\"http://x\")".to_owned()
        ))
    );
}

#[test]
fn invalid_inventories_enter_the_emissions_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let cdp = fixtures().join("cdp").join("cdp-citywide-sample.csv");
    run_out(std::slice::from_ref(&cdp), &dir.path().join("default"), &[]);
    run_out(&[cdp], &dir.path().join("all"), &["--include-invalid"]);
    let statuses = |name: &str| -> Vec<(String, String)> {
        csv_rows(&dir.path().join(name).join("inventories.csv"))
            .into_iter()
            .map(|r| (r["inventory_id"].clone(), r["status"].clone()))
            .collect()
    };
    let expected = vec![
        ("br-testville-2017".to_owned(), "valid".to_owned()),
        (
            "vn-municipality-of-otherplace-2016".to_owned(),
            "valid".to_owned(),
        ),
        ("ca-backwards".to_owned(), "invalid".to_owned()),
    ];
    assert_eq!(statuses("default"), expected);
    assert_eq!(statuses("all"), expected);
    let documents = |name: &str| {
        let mut names: Vec<String> = fs::read_dir(dir.path().join(name).join("inventories"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        documents("default"),
        [
            "br-testville-2017.json",
            "vn-municipality-of-otherplace-2016.json"
        ]
    );
    assert_eq!(documents("all").len(), 3);
}

#[test]
fn a_run_replaces_its_own_files_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("inventories")).unwrap();
    fs::write(dir.path().join("inventories").join("old-2000.json"), "{}").unwrap();
    fs::write(dir.path().join("emissions.csv"), "stale").unwrap();
    fs::write(dir.path().join("notes.txt"), "keep me").unwrap();
    run_out(
        &[fixtures().join("batch").join("a-valid.xlsx")],
        dir.path(),
        &[],
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "keep me"
    );
    assert!(
        !dir.path()
            .join("inventories")
            .join("old-2000.json")
            .exists()
    );
    assert!(
        dir.path()
            .join("inventories")
            .join("br-testville-2022.json")
            .exists()
    );
    let emissions = fs::read_to_string(dir.path().join("emissions.csv")).unwrap();
    assert!(
        emissions.starts_with("record_id,inventory_id,"),
        "{emissions}"
    );
    let leftovers: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".ghgcheck"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_package_describes_each_csv_with_its_keys() {
    let dir = tempfile::tempdir().unwrap();
    run_out(&mixed_batch(), dir.path(), &[]);
    let package: Value =
        serde_json::from_slice(&fs::read(dir.path().join("datapackage.json")).unwrap()).unwrap();
    assert_eq!(package["profile"], "tabular-data-package");
    assert_eq!(package["ghgcheck"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        package["ghgcheck"]["reference_tables"]["inventory.schema.json"]["version"],
        "1.2.0"
    );
    let resources = package["resources"].as_array().unwrap();
    let names: Vec<&str> = resources
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["emissions", "inventories", "findings"]);
    for resource in resources {
        let path = dir.path().join(resource["path"].as_str().unwrap());
        let mut reader = csv::Reader::from_path(&path).unwrap();
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        let fields: Vec<String> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(header, fields, "{}", path.display());
    }
    assert_eq!(resources[0]["schema"]["primaryKey"], "record_id");
    assert_eq!(
        resources[0]["schema"]["foreignKeys"][0]["reference"],
        serde_json::json!({"resource": "inventories", "fields": "inventory_id"})
    );
    assert_eq!(resources[1]["schema"]["primaryKey"], "inventory_id");
}

#[test]
fn inventories_put_reported_totals_beside_recomputed_ones() {
    let dir = tempfile::tempdir().unwrap();
    run_out(&[fixtures().join("ecrf")], dir.path(), &[]);
    let rows = csv_rows(&dir.path().join("inventories.csv"));
    let row = &rows[0];
    let get = |names: &[&str]| -> Vec<String> { names.iter().map(|n| row[*n].clone()).collect() };
    assert_eq!(
        get(&["inventory_id", "layout", "status", "errors", "records"]),
        ["br-testville-2022", "gcom-ecrf", "valid", "0", "7"]
    );
    // eCRF_2's "Total Emissions (excluding generation of grid-supplied energy)" per scope.
    assert_eq!(
        get(&[
            "scope1_tco2e",
            "reported_scope1_tco2e",
            "scope2_tco2e",
            "reported_scope2_tco2e"
        ]),
        ["5701.5", "2501.25", "", "3200.25"]
    );
}

#[test]
fn json_submissions_have_provenance_without_cells() {
    let dir = tempfile::tempdir().unwrap();
    run_out(
        &[fixtures().join("template").join("valid-city.json")],
        dir.path(),
        &[],
    );
    let rows = csv_rows(&dir.path().join("emissions.csv"));
    let first = &rows[0];
    let get = |names: &[&str]| -> Vec<String> { names.iter().map(|n| first[*n].clone()).collect() };
    assert_eq!(
        get(&[
            "gpc_ref",
            "reported_value",
            "reported_unit",
            "factor",
            "sheet",
            "cell"
        ]),
        ["I.1.1", "12190.5", "tCO2e", "1", "", ""]
    );
}
