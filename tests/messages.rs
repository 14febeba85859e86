//! Every message id the code gives a finding (`Finding::keyed(code, "id")`,
//! `.help_id("id")`) has an English text in the catalogue, and the catalogue
//! holds no text that nothing uses.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ghgcheck::report::catalogue::{ENGLISH, english, message_ids};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literal that follows `marker` (after optional arguments
/// before it, such as the code of `Finding::new(Code::X, "id")`).
fn literals_after(text: &str, marker: &str, skip_one_argument: bool) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(marker) {
        rest = &rest[i + marker.len()..];
        let mut call = rest.trim_start();
        if skip_one_argument {
            match call.find(',') {
                Some(comma) if !call[..comma].contains(['"', ')']) => {
                    call = call[comma + 1..].trim_start();
                }
                _ => continue,
            }
        }
        if let Some(quoted) = call.strip_prefix('"')
            && let Some(end) = quoted.find('"')
        {
            ids.push(quoted[..end].to_owned());
        }
    }
    ids
}

/// Every message id named in the sources.
fn used_ids() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut ids = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        ids.extend(literals_after(&text, "Finding::keyed(", true));
        ids.extend(literals_after(&text, ".help_id(", false));
    }
    ids
}

#[test]
fn every_message_id_in_the_code_has_an_english_text() {
    let used = used_ids();
    assert!(used.contains("b001-same-city-and-year"), "{used:?}");
    let missing: Vec<&String> = used.iter().filter(|id| !english().has(id)).collect();
    assert!(missing.is_empty(), "no English text for {missing:?}");
}

#[test]
fn every_english_text_is_used() {
    let used = used_ids();
    let unused: Vec<String> = message_ids(ENGLISH)
        .into_iter()
        .filter(|id| !used.contains(id))
        .collect();
    assert!(unused.is_empty(), "unused messages: {unused:?}");
}

#[test]
fn the_scanner_reads_ids_across_lines() {
    let text = "Finding::keyed(\n    Code::ScopeMismatch,\n    \"g002-scope\",\n)\n.help_id(\"g002-scope-help\")";
    assert_eq!(
        literals_after(text, "Finding::keyed(", true),
        ["g002-scope"]
    );
    assert_eq!(
        literals_after(text, ".help_id(", false),
        ["g002-scope-help"]
    );
    assert!(literals_after("Finding::keyed(code, id)", "Finding::keyed(", true).is_empty());
}
