//! Shared by the integration tests: the submissions behind the fixture
//! files, described once as template fillings, and helpers to run the
//! binary.

#![allow(dead_code, clippy::unwrap_used)]

pub mod complete;
pub mod corpus;
pub mod corpus_csv;
pub mod ecrf;
pub mod edit;
pub mod noise;
pub mod planted;
pub mod totals;
pub mod wide;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ghgcheck::template::{CellInput, EmissionEntry, Filling};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn text(s: &str) -> CellInput {
    CellInput::Text(s.to_owned())
}

fn num(n: f64) -> CellInput {
    CellInput::Number(n)
}

fn entry(gpc_ref: &str, values: &[(&str, CellInput)]) -> EmissionEntry {
    EmissionEntry {
        gpc_ref: gpc_ref.to_owned(),
        values: values
            .iter()
            .map(|(p, v)| ((*p).to_owned(), v.clone()))
            .collect(),
    }
}

fn facts(city: Option<&str>) -> Vec<(String, CellInput)> {
    let mut facts = vec![
        ("/city/country", text("BR")),
        ("/city/region", text("Rio Grande do Sul")),
        ("/city/population/value", num(25_000.0)),
        ("/city/population/year", num(2022.0)),
        (
            "/city/boundary",
            text("Administrative boundary of the municipality"),
        ),
        ("/inventory/year", num(2022.0)),
        ("/inventory/protocol", text("gpc")),
        ("/inventory/gpc_level", text("basic")),
        ("/inventory/gwp_set", text("AR5")),
        ("/inventory/gases", text("CO2, CH4, N2O")),
        (
            "/inventory/compiler/email",
            text("climate@testville.example"),
        ),
    ];
    if let Some(city) = city {
        facts.insert(0, ("/city/name", text(city)));
    }
    facts.into_iter().map(|(p, v)| (p.to_owned(), v)).collect()
}

/// A complete, consistent inventory: no findings at all. Every BASIC cell
/// without a figure carries a notation key ([`complete::keyed_basic_cells`]).
///
/// Totals: scope 1 = 12190.5 + 800 + 30000 + 9000 + 50000 (I.4.4) = 101990.5;
/// scope 2 = 8000 + 6500 = 14500; scope 3 = none (III.1.2 is NE);
/// BASIC = BASIC+ = 12190.5 + 800 + 8000 + 6500 + 30000 + 9000 = 66490.5.
pub fn valid_filling() -> Filling {
    let mut filling = figures_filling();
    filling.emissions.extend(complete::keyed_basic_cells());
    filling
}

/// The records of the valid inventory that carry figures, and its facts.
fn figures_filling() -> Filling {
    Filling {
        facts: facts(Some("Testville")),
        emissions: vec![
            entry(
                "I.1.1",
                &[
                    ("/activity_label", text("Natural gas")),
                    ("/gases/co2/tco2e", num(12_000.0)),
                    ("/gases/ch4/tco2e", num(150.5)),
                    ("/gases/n2o/tco2e", num(40.0)),
                    ("/total_tco2e", num(12_190.5)),
                    ("/activity/amount", num(5_000_000.0)),
                    ("/activity/unit", text("m3")),
                    ("/activity/data_quality", text("M")),
                ],
            ),
            entry(
                "I.1.2",
                &[
                    ("/gases/co2/tco2e", num(8_000.0)),
                    ("/total_tco2e", num(8_000.0)),
                ],
            ),
            entry(
                "I.2.1",
                &[
                    ("/notation_key", text("NO")),
                    (
                        "/notation_explanation",
                        text("No fuel is burnt in commercial buildings; all are electric"),
                    ),
                ],
            ),
            entry("I.2.2", &[("/total_tco2e", num(6_500.0))]),
            entry("I.4.4", &[("/total_tco2e", num(50_000.0))]),
            entry(
                "II.1.1",
                &[
                    ("/gases/co2/tco2e", num(30_000.0)),
                    ("/total_tco2e", num(30_000.0)),
                ],
            ),
            entry(
                "III.1.1",
                &[
                    ("/gases/ch4/tco2e", num(9_000.0)),
                    ("/total_tco2e", num(9_000.0)),
                ],
            ),
            entry(
                "III.1.2",
                &[
                    ("/notation_key", text("NE")),
                    (
                        "/notation_explanation",
                        text("No data on waste sent to landfills outside the city"),
                    ),
                ],
            ),
            entry(
                "I.1.1",
                &[
                    ("/activity_label", text("LPG")),
                    ("/total_tco2e", num(800.0)),
                ],
            ),
        ],
        targets: vec![vec![
            ("/type".to_owned(), text("base-year")),
            ("/base_year".to_owned(), num(2015.0)),
            ("/base_year_emissions_tco2e".to_owned(), num(80_000.0)),
            ("/target_year".to_owned(), num(2030.0)),
            ("/reduction_percent".to_owned(), num(50.0)),
        ]],
    }
}

/// The valid inventory with four mistakes: no city name, text in the CO2
/// cell of I.1.2 (Emissions!G3), an unknown GPC ref I.9.9 (appended after
/// the second I.1.1 row, so row 56) and the notation key NA on III.1.2
/// (Emissions!P38).
pub fn broken_filling() -> Filling {
    let mut filling = valid_filling();
    filling.facts = facts(None);
    filling
        .facts
        .insert(0, ("/city/name".to_owned(), text("  ")));
    for e in &mut filling.emissions {
        match e.gpc_ref.as_str() {
            "I.1.2" => e.values[0].1 = text("about 8000"),
            "III.1.2" => e.values[0].1 = text("NA"),
            _ => {}
        }
    }
    filling
        .emissions
        .push(entry("I.9.9", &[("/total_tco2e", num(10.0))]));
    filling
}

/// Runs `ghgcheck` with `args` and returns (exit code, stdout).
pub fn run(args: &[&str]) -> (i32, String) {
    let (code, stdout, _) = run_with_stderr(args);
    (code, stdout)
}

/// Runs `ghgcheck validate --format json` on `paths` and parses the report.
pub fn validate_json(paths: &[&Path], extra: &[&str]) -> (i32, serde_json::Value) {
    let mut args = vec!["validate", "--format", "json"];
    args.extend_from_slice(extra);
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(paths.iter().map(String::as_str));
    let (code, stdout) = run(&args);
    let report =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON report ({e}): {stdout}"));
    (code, report)
}

/// The codes of the findings of one file of a report, in report order.
pub fn codes_of(file: &serde_json::Value) -> Vec<&str> {
    file["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect()
}

/// (code, sheet, cell) of every finding of the first file of a report.
pub fn finding_places(report: &serde_json::Value) -> Vec<(String, Option<String>, Option<String>)> {
    report["files"][0]["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["sheet"].as_str().map(str::to_owned),
                f["cell"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

pub fn place(
    code: &str,
    sheet: Option<&str>,
    cell: &str,
) -> (String, Option<String>, Option<String>) {
    (
        code.to_owned(),
        sheet.map(str::to_owned),
        Some(cell.to_owned()),
    )
}

/// Runs `ghgcheck` with `args` and returns (exit code, stdout, stderr).
pub fn run_with_stderr(args: &[&str]) -> (i32, String, String) {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// Runs `ghgcheck` in the working directory `dir` and returns (exit code,
/// stdout, stderr).
pub fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    // `option_env!`: examples/corpus.rs includes this module too, and
    // examples are not told where the binary is.
    let Some(binary) = option_env!("CARGO_BIN_EXE_ghgcheck") else {
        panic!("only tests run the binary");
    };
    let output = std::process::Command::new(binary)
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        // English whatever the machine's locale, and a UTF-8 one.
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .expect("the binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The rows of a CSV output as maps from column name to text.
pub fn csv_rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .map(str::to_owned)
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// What the library extracts from a file, with the layout it detected by
/// name (the file's name as given decides how it is read).
pub fn extract(path: &Path) -> (String, ghgcheck::layout::Extracted) {
    let bytes = std::fs::read(path).unwrap();
    let (_, input) = ghgcheck::read::read_bytes(path, &bytes).unwrap();
    let layout = ghgcheck::layout::detect(&input).unwrap();
    (
        layout.name().to_owned(),
        ghgcheck::layout::extract(layout, &input),
    )
}
