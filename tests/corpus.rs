//! The benchmark corpus (examples/corpus.rs, tests/support/corpus.rs) is
//! reproducible and reads as meant: the same seed writes byte-identical
//! files, and each file is read with its layout and without an error.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use ghgcheck::diagnostic::Severity;
use ghgcheck::layout::mapped::Mapping;
use ghgcheck::layout::{Layout, MappingRef};
use ghgcheck::pipeline::{Options, check_file};
use support::corpus::{Counts, write_corpus};
use support::corpus_csv::LONG_MAPPING;

const SMALL: Counts = Counts {
    workbooks: 4,
    csvs: 4,
    rows: 300,
};

/// Every file under `dir`, relative, in name order.
fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).unwrap().to_owned())
        .collect();
    found.sort();
    found
}

#[test]
fn the_same_seed_writes_the_same_bytes() {
    let (a, b, c) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    write_corpus(a.path(), 7, SMALL).unwrap();
    write_corpus(b.path(), 7, SMALL).unwrap();
    write_corpus(c.path(), 8, SMALL).unwrap();
    let names = files(a.path());
    assert_eq!(names.len(), 4 + 4 + 2);
    assert_eq!(names, files(b.path()));
    for name in &names {
        let bytes = std::fs::read(a.path().join(name)).unwrap();
        assert!(
            bytes == std::fs::read(b.path().join(name)).unwrap(),
            "{name:?} differs"
        );
    }
    // Another seed writes other figures.
    let table = |dir: &Path| std::fs::read(dir.join("long-table.csv")).unwrap();
    assert_ne!(table(a.path()), table(c.path()));
}

#[test]
fn each_file_reads_with_its_layout_and_no_error() {
    let dir = tempfile::tempdir().unwrap();
    let written = write_corpus(dir.path(), 1, SMALL).unwrap();
    let mapping = Mapping::parse(LONG_MAPPING, "long-table.toml").unwrap();
    let mapped = Options {
        layout: Some(Layout::Mapped(MappingRef(Box::leak(Box::new(mapping))))),
        ..Options::default()
    };
    for file in &written {
        let options = match file.layout {
            "mapping:corpus-long-table" => &mapped,
            _ => &Options::default(),
        };
        let report = check_file(&file.path, options);
        let layout = report.layout.map(Layout::name);
        assert_eq!(layout, Some(file.layout), "{:?}", file.path);
        let errors: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| (f.code, f.message, f.cell.clone()))
            .collect();
        assert!(errors.is_empty(), "{:?}: {errors:?}", file.path);
        assert!(!report.inventories.is_empty(), "{:?}", file.path);
    }
    let long = check_file(&written.last().unwrap().path, &mapped);
    let records: usize = long
        .inventories
        .iter()
        .map(|i| i.inventory.records().len())
        .sum();
    assert_eq!(records, 300);
}
