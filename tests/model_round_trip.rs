//! The typed inventory model against every fixture: the document each
//! extractor builds reads into the model and writes back unchanged, and
//! what the model leaves out of an invalid document is exactly what the
//! schema check reports.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use ghgcheck::layout::{self, Layout, MappingRef, mapped::Mapping};
use ghgcheck::model::Inventory;
use ghgcheck::model::source_map::SourceMap;
use serde_json::Value;
use support::fixtures;

/// Every fixture a layout reads, with the mapping it needs (if any).
fn submissions() -> Vec<(PathBuf, Option<Layout>)> {
    let mut out = Vec::new();
    for dir in ["template", "ecrf", "citycatalyst", "cdp", "batch"] {
        for entry in std::fs::read_dir(fixtures().join(dir)).unwrap() {
            out.push((entry.unwrap().path(), None));
        }
    }
    for entry in std::fs::read_dir(fixtures().join("mapped")).unwrap() {
        let toml = entry.unwrap().path();
        if toml.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&toml).unwrap();
            let mapping = Mapping::parse(&text, &toml.display().to_string()).unwrap();
            let layout = Layout::Mapped(MappingRef(Box::leak(Box::new(mapping))));
            out.push((toml.with_extension("csv"), Some(layout)));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn documents(path: &Path, layout: Option<Layout>) -> Vec<Value> {
    let Ok((_, input)) = ghgcheck::read::read_file(path) else {
        return Vec::new();
    };
    let Some(layout) = layout.or_else(|| layout::detect(&input).ok()) else {
        return Vec::new();
    };
    let extracted = layout::extract(layout, &input);
    extracted
        .inventories
        .into_iter()
        .map(|e| e.document)
        .collect()
}

/// True when `pointer` is `at` or lies inside it.
fn within(pointer: &str, at: &str) -> bool {
    pointer == at
        || pointer
            .strip_prefix(at)
            .is_some_and(|rest| rest.starts_with('/'))
}

#[test]
fn every_fixture_document_round_trips_or_loses_only_what_the_schema_rejects() {
    let mut valid = 0;
    let mut invalid = 0;
    for (path, layout) in submissions() {
        for document in documents(&path, layout) {
            let converted = Inventory::from_json(&document);
            let schema = ghgcheck::schema::check(&document, &SourceMap::default());
            if schema.is_empty() {
                valid += 1;
                assert!(
                    converted.rejected.is_empty(),
                    "{}: {:?}",
                    path.display(),
                    converted.rejected
                );
                assert_eq!(
                    converted.inventory.to_json(),
                    document,
                    "{}",
                    path.display()
                );
                continue;
            }
            invalid += 1;
            let reported: Vec<&str> = schema.iter().filter_map(|f| f.pointer.as_deref()).collect();
            for rejected in &converted.rejected {
                assert!(
                    reported.iter().any(|at| within(rejected, at)),
                    "{}: {rejected} was left out but the schema says nothing of it ({reported:?})",
                    path.display()
                );
            }
        }
    }
    assert!(
        valid >= 8 && invalid >= 3,
        "{valid} valid, {invalid} invalid"
    );
}
