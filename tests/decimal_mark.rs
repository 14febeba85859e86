//! Numbers written as text with a lone `,` or `.` before exactly three
//! digits (`254.000`, `1,250`) are read with the file's own decimal mark,
//! decided from its other numbers; a file whose numbers do not tell gets
//! the English reading and a warning.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use support::{csv_rows, fixtures, run};

const HEADER: &str = "Municipio;Ano;Populacao;Referencia GPC;Emissoes (kt CO2e);Chave\n";

/// Checks a long table (the `long-table.toml` mapping: semicolons, amounts
/// in kt CO2e) written with `rows`, and returns the JSON report and the
/// `--out` folder.
fn check(dir: &Path, rows: &str) -> (serde_json::Value, std::path::PathBuf) {
    let file = dir.join("table.csv");
    std::fs::write(&file, format!("{HEADER}{rows}")).unwrap();
    let mapping = fixtures().join("mapped").join("long-table.toml");
    let out = dir.join("out");
    let (_, stdout) = run(&[
        "validate",
        "--format",
        "json",
        "--mapping",
        mapping.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    (serde_json::from_str(&stdout).unwrap(), out)
}

fn codes(report: &serde_json::Value, code: &str) -> Vec<serde_json::Value> {
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .cloned()
        .collect()
}

#[test]
fn a_file_with_decimal_commas_reads_a_lone_point_as_thousands() {
    let dir = tempfile::tempdir().unwrap();
    let (report, out) = check(
        dir.path(),
        "Testópolis;2021;254.000;I.1.1;1,5;\nTestópolis;2021;;I.1.2;1,250;\n",
    );
    assert_eq!(report["files"][0]["status"], "valid");
    assert!(codes(&report, "X007").is_empty());
    let inventories = csv_rows(&out.join("inventories.csv"));
    assert_eq!(inventories[0]["population"], "254000");
    // `1,250` kt is 1.25 kt here, not 1250 kt.
    assert_eq!(inventories[0]["scope2_tco2e"], "1250");
    let emissions = csv_rows(&out.join("emissions.csv"));
    assert_eq!(emissions[1]["reported_value"], "1,250");
    assert_eq!(emissions[1]["total_tco2e"], "1250");
    assert_eq!(emissions[1]["factor"], "1000");
}

#[test]
fn a_file_with_decimal_points_reads_a_lone_point_as_the_decimal_mark() {
    let dir = tempfile::tempdir().unwrap();
    let (report, out) = check(
        dir.path(),
        "Testópolis;2021;254.000;I.1.1;1.5;\nTestópolis;2021;;I.1.2;1,250;\n",
    );
    assert!(codes(&report, "X007").is_empty());
    let inventories = csv_rows(&out.join("inventories.csv"));
    assert_eq!(inventories[0]["population"], "254");
    assert_eq!(inventories[0]["scope2_tco2e"], "1250000");
}

#[test]
fn a_file_whose_numbers_do_not_tell_gets_the_english_reading_and_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (report, out) = check(
        dir.path(),
        "Testópolis;2021;254.000;I.1.1;1;\nTestópolis;2021;;I.1.2;2;\n",
    );
    let inventories = csv_rows(&out.join("inventories.csv"));
    assert_eq!(inventories[0]["population"], "254");
    let warnings = codes(&report, "X007");
    assert_eq!(warnings.len(), 1);
    let warning = &warnings[0];
    assert_eq!(warning["severity"], "warning");
    assert_eq!(warning["cell"], "C2");
    assert_eq!(warning["value"], "254.000");
    assert_eq!(warning["field"], "Populacao");
    assert_eq!(warning["pointer"], "/city/population/value");
    assert_eq!(
        warning["message"],
        "`Populacao` `254.000` is read as 254, but means 254000 where `,` is the decimal mark; the file's other numbers do not tell which it uses"
    );
    assert_eq!(
        warning["help"],
        "write the number without a thousands separator (254000 or 254), or enter it in a number cell"
    );
    assert_eq!(report["files"][0]["status"], "valid");
}
