//! Batch throughput on a generated corpus: `cargo bench --bench batch`.
//!
//! Writes N submissions (the template's xlsx and CSV forms, each for its own
//! city) into a temporary folder, then times `validate` over them with one
//! worker and with one per core, and once more with the datasets written
//! (`--out`). Prints files per second; nothing here asserts a time.
//! `GHGCHECK_BENCH_FILES` sets N (default 400).

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::print_stderr)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::time::Instant;

use ghgcheck::output::{DatasetOptions, Datasets};
use ghgcheck::pipeline::Options;
use ghgcheck::template::{CellInput, TemplateFormat, template_bytes};

fn corpus(dir: &Path, files: usize) -> Vec<PathBuf> {
    (0..files)
        .map(|i| {
            let mut filling = support::valid_filling();
            filling.facts.push((
                "/city/name".to_owned(),
                CellInput::Text(format!("Benchville {i}")),
            ));
            let (format, extension) = match i % 2 {
                0 => (TemplateFormat::Xlsx, "xlsx"),
                _ => (TemplateFormat::Csv, "csv"),
            };
            let path = dir.join(format!("submission-{i:05}.{extension}"));
            std::fs::write(
                &path,
                template_bytes(format, &filling).expect("template renders"),
            )
            .expect("corpus is writable");
            path
        })
        .collect()
}

/// Runs the batch and returns (seconds, inventories seen).
fn time(files: &[PathBuf], jobs: usize, out: Option<&Path>) -> (f64, usize) {
    let start = Instant::now();
    let mut inventories = 0;
    let mut datasets = Datasets::new(DatasetOptions::default());
    ghgcheck::batch::run(files, jobs, &Options::default(), |report| {
        inventories += report.inventories.len();
        if out.is_some() {
            datasets.add(&report);
        }
    })
    .expect("the thread pool starts");
    if let Some(out) = out {
        datasets.write(out, &[]).expect("datasets are written");
    }
    (start.elapsed().as_secs_f64(), inventories)
}

fn main() {
    let files: usize = std::env::var("GHGCHECK_BENCH_FILES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400);
    let dir = tempfile::tempdir().expect("temporary folder");
    let paths = corpus(dir.path(), files);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let out = dir.path().join("out");
    for (label, jobs, out) in [
        ("1 worker", 1, None),
        ("1 worker per core", 0, None),
        ("per core, --out datasets", 0, Some(out.as_path())),
    ] {
        let (seconds, inventories) = time(&paths, jobs, out);
        println!(
            "{label:<26} {files} files ({inventories} inventories) in {seconds:.2} s: {:.0} files/s ({cores} cores)",
            files as f64 / seconds
        );
    }
}
