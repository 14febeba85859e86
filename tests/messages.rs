//! Every message id the code names (a string literal shaped like
//! `t001-total-differs-from-gases`, wherever it is written: `Finding::new`,
//! `.help`, a rule's table) has an English text in the catalogue, and the
//! catalogue holds no text that nothing uses.

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

/// True for a text shaped like a message id: a code in lower case and a
/// kebab-case name (`t001-total-differs-from-gases`).
fn is_message_id(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() > 5
        && bytes[0].is_ascii_lowercase()
        && bytes[1..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && text[5..]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True for the id of a fixed word of a report (`html-summary`): a
/// report's prefix and a kebab-case name.
fn is_report_word_id(text: &str) -> bool {
    ["html-"].iter().any(|prefix| {
        text.strip_prefix(prefix).is_some_and(|name| {
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
    })
}

/// The string literals of a Rust text shaped like message ids.
fn ids_in(text: &str) -> Vec<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|literal| is_message_id(literal) || is_report_word_id(literal))
        .map(str::to_owned)
        .collect()
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
        ids.extend(ids_in(&std::fs::read_to_string(&file).unwrap()));
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
fn the_scanner_finds_ids_wherever_they_are_written() {
    let text = "Finding::new(\n    Code::ScopeMismatch,\n    \"g002-scope\",\n)\n.help(\"g002-scope-help\")\n\
                const IDS: &[&str] = &[\"f001-country-missing\"]; let x = \"I.1.1\"; let y = \"not-an-id\";\
                word(\"html-summary\"); let z = \"html-\";";
    assert_eq!(
        ids_in(text),
        [
            "g002-scope",
            "g002-scope-help",
            "f001-country-missing",
            "html-summary"
        ]
    );
}
