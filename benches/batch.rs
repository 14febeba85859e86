//! Batch throughput on a generated corpus: `cargo bench --bench batch`.
//!
//! Writes N submissions (the template's xlsx and CSV forms, each for its own
//! city) into a temporary folder, then times `validate` over them with one
//! worker and with one per core, and once more with the datasets written
//! (`--out`). Prints files per second; nothing here asserts a time.
//! `GHGCHECK_BENCH_FILES` sets N (default 400).
//!
//! Then checks single long tables (one row per emission record, read with
//! `fixtures/mapped/long-records.toml`) of 20,000 and 200,000 rows and
//! prints the time per row of each: equal figures mean time grows in
//! proportion to the rows, a figure ten times larger for the longer table
//! means it grows with their square.
//!
//! With the batch it prints the time per stage of the pipeline
//! (`ghgcheck::stage_timing`, worker time summed over the files) and the
//! floor: calamine alone opening the same workbooks and reading every sheet,
//! the csv crate alone reading the same CSVs, each on one thread. Each
//! line ends with the process's peak resident memory during that run (on
//! Linux, where /proc lets the peak be reset).

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::print_stderr)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::time::Instant;

use ghgcheck::layout::mapped::Mapping;
use ghgcheck::layout::{Layout, MappingRef};
use ghgcheck::output::{DatasetOptions, Datasets};
use ghgcheck::pipeline::{Options, check_file};
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
    let mut datasets = out.map(|dir| Datasets::new(dir, DatasetOptions::default()));
    let pool = ghgcheck::batch::pool(jobs).expect("the thread pool starts");
    ghgcheck::batch::run(files, pool, &Options::default(), |report| {
        inventories += report.inventories.len();
        if let Some(datasets) = &mut datasets {
            ghgcheck::stage_timing::time(ghgcheck::stage_timing::Stage::Outputs, || {
                datasets.add(&report);
            });
        }
    });
    if let Some(datasets) = datasets {
        ghgcheck::stage_timing::time(ghgcheck::stage_timing::Stage::Outputs, || {
            datasets.write(&[]).expect("datasets are written");
        });
    }
    (start.elapsed().as_secs_f64(), inventories)
}

/// The mapping the long tables are read with.
const LONG_MAPPING: &str = include_str!("../fixtures/mapped/long-records.toml");

/// Rows of a long table, cycling through GPC cells of each scope.
const LONG_RECORDS: [(&str, u8); 6] = [
    ("I.1.1", 1),
    ("I.1.2", 2),
    ("I.2.1", 1),
    ("I.2.2", 2),
    ("II.1.1", 1),
    ("III.1.2", 3),
];

/// Writes a long table of `rows` records for one city and year.
fn long_table(dir: &Path, rows: usize) -> PathBuf {
    let mut text = String::from("City,Year,GPC ref,Scope,Total (tCO2e)\n");
    for i in 0..rows {
        let (gpc_ref, scope) = LONG_RECORDS[i % LONG_RECORDS.len()];
        let total = (i % 997) as f64 + 0.5;
        text.push_str(&format!("Benchville,2022,{gpc_ref},{scope},{total}\n"));
    }
    let path = dir.join(format!("long-{rows}.csv"));
    std::fs::write(&path, text).expect("corpus is writable");
    path
}

/// Checks each long table on its own and prints the time per row.
fn time_long_tables(dir: &Path) {
    let mapping = Mapping::parse(LONG_MAPPING, "fixtures/mapped/long-records.toml")
        .expect("the bench mapping is valid");
    let options = Options {
        layout: Some(Layout::Mapped(MappingRef(Box::leak(Box::new(mapping))))),
        ..Options::default()
    };
    for rows in [20_000, 200_000] {
        let path = long_table(dir, rows);
        reset_peak_memory();
        let start = Instant::now();
        let report = check_file(&path, &options);
        let seconds = start.elapsed().as_secs_f64();
        let records = report
            .inventories
            .iter()
            .map(|i| i.inventory.records().len())
            .sum::<usize>();
        assert_eq!(records, rows, "every row is read as a record");
        println!(
            "long table {rows:>7} rows {:>10} in {seconds:.2} s: {:.1} us/row{}",
            report.status.as_str(),
            seconds * 1e6 / rows as f64,
            peak()
        );
    }
}

/// The floor: the same files read by calamine (every sheet of each
/// workbook) or the csv crate (every record) alone, on one thread; seconds
/// for the workbooks and for the CSVs.
fn floor(files: &[PathBuf]) -> (f64, f64) {
    use calamine::Reader;
    let is_csv = |p: &PathBuf| p.extension().is_some_and(|e| e == "csv");
    let start = Instant::now();
    let mut cells = 0usize;
    for path in files.iter().filter(|p| !is_csv(p)) {
        let mut book = calamine::open_workbook_auto(path).expect("the workbook opens");
        for name in book.sheet_names() {
            let range = book.worksheet_range(&name).expect("the sheet reads");
            cells += range.used_cells().count();
        }
    }
    let workbooks = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let mut fields = 0usize;
    for path in files.iter().filter(|p| is_csv(p)) {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(path)
            .expect("the CSV opens");
        for record in reader.records() {
            fields += record.expect("the record reads").len();
        }
    }
    let csvs = start.elapsed().as_secs_f64();
    assert!(cells > 0 && fields > 0, "the floor read something");
    (workbooks, csvs)
}

/// Sets the process's peak resident memory back to its current size
/// (Linux: `5` written to /proc/self/clear_refs); elsewhere does nothing.
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The process's peak resident memory since the last reset, in MB, from
/// `VmHWM` in /proc/self/status; `None` where that is not available.
fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// ` , peak 123 MB` when the peak is known.
fn peak() -> String {
    peak_memory_mb().map_or_else(String::new, |mb| format!(", peak {mb:.0} MB"))
}

/// One line of worker time per stage, as shares of their sum.
fn print_stages() {
    let stages = ghgcheck::stage_timing::take();
    let total: f64 = stages.iter().map(|(_, d)| d.as_secs_f64()).sum();
    let parts: Vec<String> = stages
        .iter()
        .map(|(stage, d)| {
            format!(
                "{} {:.2} s ({:.0} %)",
                stage.name(),
                d.as_secs_f64(),
                100.0 * d.as_secs_f64() / total.max(f64::MIN_POSITIVE)
            )
        })
        .collect();
    println!("  time per stage: {}", parts.join(", "));
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
        ghgcheck::stage_timing::enable();
        reset_peak_memory();
        let (seconds, inventories) = time(&paths, jobs, out);
        println!(
            "{label:<26} {files} files ({inventories} inventories) in {seconds:.2} s: {:.0} files/s ({cores} cores){}",
            files as f64 / seconds,
            peak()
        );
        if jobs == 1 {
            print_stages();
        }
    }
    let (workbooks, csvs) = floor(&paths);
    println!(
        "floor, 1 thread: calamine reads the {} workbooks in {workbooks:.2} s, the csv crate the {} CSVs in {csvs:.3} s",
        paths.len().div_ceil(2),
        paths.len() / 2
    );
    time_long_tables(dir.path());
}
