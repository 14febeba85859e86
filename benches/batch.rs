//! The benchmark of issue 13, every figure in one run:
//! `cargo bench --bench batch`.
//!
//! Writes the seeded corpus (`tests/support/corpus.rs`, seed 13) into a
//! temporary folder: 10,000 workbooks (eCRF-like and template xlsx,
//! alternately), 1,000 small CSVs (CityCatalyst-like and template CSV) and
//! the long multi-city table of 1,000,000 rows with its mapping. Then, on
//! those same files, it times:
//!
//! - `validate` over the first 1,000 workbooks, over all 10,000, and over
//!   the 1,000 CSVs, with 1 worker and with 2 (and with 1 per core where
//!   that is not 2): files/s, the speed-up from 1 to 2 workers, and the
//!   worker time per stage (`ghgcheck::stage_timing`) on 1 worker;
//! - the floors, on one thread: calamine alone opening each workbook and
//!   reading every sheet, the csv crate alone reading every record of the
//!   CSVs and of the long table; every ghgcheck time also as a ratio to its
//!   floor's;
//! - Frictionless (`frictionless validate --parallel`, a Table Schema per
//!   kind of CSV) on the same CSVs when the command is installed, and the
//!   ghgcheck/Frictionless speed ratio (both on every core);
//! - the 1,000 workbooks and 1,000 CSVs once more on 1 worker with the
//!   `--out` datasets written, so that the outputs stage is timed too;
//! - the long table on 1 worker, read with its mapping, in a fresh process
//!   (so that its memory is not measured on top of the earlier runs'):
//!   rows/s, the stages, and the memory it adds per row;
//! - then each target of issue 13 beside its figure, `met` or `not met`.
//!
//! Every run prints the process's peak resident memory during it (Linux,
//! where /proc lets the peak be reset). Nothing here asserts a time.
//!
//! Scale it down for a quick try with environment variables:
//! `GHGCHECK_BENCH_WORKBOOKS` (default 10000; the smaller run takes the
//! first tenth), `GHGCHECK_BENCH_CSVS` (default 1000), `GHGCHECK_BENCH_ROWS`
//! (default 1000000) and `GHGCHECK_BENCH_FRICTIONLESS=0` to leave
//! Frictionless out. Helpers: `benches/support/` (memory and stages, the
//! floors, Frictionless).

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::print_stderr)]

#[path = "../tests/support/mod.rs"]
mod support;

#[path = "support/floor.rs"]
mod floor;
#[path = "support/frictionless.rs"]
mod frictionless;
#[path = "support/measure.rs"]
mod measure;

use std::path::{Path, PathBuf};
use std::time::Instant;

use ghgcheck::layout::mapped::Mapping;
use ghgcheck::layout::{Layout, MappingRef};
use ghgcheck::output::{DatasetOptions, Datasets};
use ghgcheck::pipeline::{Options, check_file};
use ghgcheck::stage_timing::{Stage, time};
use measure::{Run, measure, ratio, stage_line, thousands, verdict};
use support::corpus::{Counts, write_corpus};

/// The speed-up from 1 to 2 workers that counts as near-linear.
const NEAR_LINEAR: f64 = 1.8;

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|n| n.replace(['_', ','], "").parse().ok())
        .unwrap_or(default)
}

/// Checks `files` on `jobs` workers (0 = one per core), writing the
/// datasets into `out` when given; returns the run and the inventories read.
fn batch(files: &[PathBuf], jobs: usize, stages: bool, out: Option<&Path>) -> (Run, usize) {
    measure(stages, || {
        let mut inventories = 0;
        let mut datasets = Datasets::new(DatasetOptions::default());
        let pool = ghgcheck::batch::pool(jobs).expect("the thread pool starts");
        ghgcheck::batch::run(files, pool, &Options::default(), |report| {
            inventories += report.inventories.len();
            if out.is_some() {
                time(Stage::Outputs, || datasets.add(&report));
            }
        });
        if let Some(out) = out {
            time(Stage::Outputs, || {
                datasets.write(out, &[]).expect("datasets are written");
            });
        }
        inventories
    })
}

/// `  label    1,000 files in 1.52 s: 658 files/s, peak 45 MB`
fn line(label: &str, count: usize, unit: &str, run: &Run) -> String {
    format!(
        "  {label:<34} {:>9} {unit} in {:>6.2} s: {:>9} {unit}/s{}",
        thousands(count as f64),
        run.seconds,
        thousands(count as f64 / run.seconds),
        run.peak()
    )
}

/// What a set of files measured: the ratio of ghgcheck on 1 worker to the
/// floor, the speed-up from 1 to 2 workers, and ghgcheck's best run.
struct SetFigures {
    to_floor: f64,
    speed_up: f64,
    fastest: f64,
}

/// Times `files` against `floor` (already measured), with 1 and 2 workers
/// and 1 per core where that is not 2, and prints a line for each.
fn scaling(title: &str, files: &[PathBuf], floor: (&str, Run), cores: usize) -> SetFigures {
    println!("\n{title}");
    let n = files.len();
    let (label, floor) = floor;
    println!(
        "{}",
        line(&format!("floor: {label}, 1 thread"), n, "files", &floor)
    );
    let mut runs = vec![(1, "ghgcheck, 1 worker".to_owned())];
    runs.push((2, "ghgcheck, 2 workers".to_owned()));
    if cores != 2 {
        runs.push((0, format!("ghgcheck, 1 worker per core ({cores})")));
    }
    let mut times = Vec::new();
    for (jobs, label) in runs {
        let (run, inventories) = batch(files, jobs, jobs == 1, None);
        let mut text = line(&label, n, "files", &run);
        text.push_str(&format!(
            "; {} the floor's time, {inventories} inventories",
            ratio(run.seconds / floor.seconds)
        ));
        if jobs == 2 {
            text.push_str(&format!(
                "; speed-up {} from 1 to 2 workers",
                ratio(times[0] / run.seconds)
            ));
        }
        println!("{text}");
        if jobs == 1 {
            println!("{}", stage_line());
        }
        times.push(run.seconds);
    }
    SetFigures {
        to_floor: times[0] / floor.seconds,
        speed_up: times[0] / times[1],
        fastest: times.iter().copied().fold(f64::INFINITY, f64::min),
    }
}

/// Checks the long table on one worker with its mapping; prints rows/s,
/// the stages and the memory per row against the csv floor; returns
/// (rows/s, ratio to the floor, bytes a row).
fn long_table(table: &Path, rows: usize) -> (f64, f64, Option<f64>) {
    let (floor_run, records) = measure(false, || floor::csv(&[table.to_owned()]));
    let mapping_path = table.with_extension("toml");
    let text = std::fs::read_to_string(&mapping_path).expect("the mapping is written");
    let mapping = Mapping::parse(&text, "long-table.toml").expect("the corpus mapping is valid");
    let options = Options {
        layout: Some(Layout::Mapped(MappingRef(Box::leak(Box::new(mapping))))),
        ..Options::default()
    };
    let (run, report) = measure(true, || check_file(table, &options));
    let read = report
        .inventories
        .iter()
        .map(|i| i.inventory.records().len())
        .sum::<usize>();
    assert_eq!(read, rows, "every row is read as a record");
    let per_row = run.growth_bytes().map(|b| b / rows.max(1) as f64);
    drop(report);
    println!(
        "\nlong table: {} rows, one file read with its mapping (long-table.toml)",
        thousands(rows as f64)
    );
    // The header is a record to the csv crate, not a row.
    let records = records - 1;
    println!(
        "{}",
        line("floor: csv crate, 1 thread", records, "rows", &floor_run)
    );
    println!(
        "{}; {} the floor's time",
        line("ghgcheck, 1 worker", rows, "rows", &run),
        ratio(run.seconds / floor_run.seconds)
    );
    println!("{}", stage_line());
    if let (Some(before), Some(per_row)) = (run.before_mb, per_row) {
        println!(
            "      memory: {before:.0} MB before the run, {} bytes a row at the peak",
            thousands(per_row)
        );
    }
    (
        rows as f64 / run.seconds,
        run.seconds / floor_run.seconds,
        per_row,
    )
}

/// Set in the child process that checks the long table: `PATH ROWS`.
const CHILD: &str = "GHGCHECK_BENCH_LONG_TABLE";

/// Runs [`long_table`] in a fresh process (this benchmark again, with
/// [`CHILD`] set), so that its memory is measured from a clean start rather
/// than on top of what the earlier runs left allocated; passes its lines
/// on and returns its figures.
fn long_table_apart(table: &Path, rows: usize) -> (f64, f64, Option<f64>) {
    let exe = std::env::current_exe().expect("the benchmark knows its path");
    let out = std::process::Command::new(exe)
        .env(CHILD, format!("{} {rows}", table.display()))
        .stderr(std::process::Stdio::inherit())
        .output()
        .expect("the long-table run starts");
    assert!(out.status.success(), "the long-table run failed");
    let text = String::from_utf8(out.stdout).expect("the output is text");
    let mut figures = None;
    for line in text.lines() {
        match line.strip_prefix("figures ") {
            Some(rest) => {
                let f: Vec<f64> = rest.split(' ').map(|x| x.parse().unwrap()).collect();
                figures = Some((f[0], f[1], (f[2] >= 0.0).then_some(f[2])));
            }
            None => println!("{line}"),
        }
    }
    figures.expect("the long-table run reports its figures")
}

/// The child process of [`long_table_apart`]: prints the lines of the long
/// table and then `figures ROWS_PER_S TO_FLOOR BYTES_A_ROW` (-1 unknown).
fn long_table_child(arg: &str) {
    let (path, rows) = arg.rsplit_once(' ').expect("PATH ROWS");
    let rows = rows.parse().expect("ROWS is a number");
    let (rows_per_s, to_floor, per_row) = long_table(Path::new(path), rows);
    println!(
        "figures {rows_per_s} {to_floor} {}",
        per_row.unwrap_or(-1.0)
    );
}

fn main() {
    if let Ok(arg) = std::env::var(CHILD) {
        return long_table_child(&arg);
    }
    let started = Instant::now();
    let large = env_count("GHGCHECK_BENCH_WORKBOOKS", 10_000);
    let counts = Counts {
        workbooks: large,
        csvs: env_count("GHGCHECK_BENCH_CSVS", 1_000),
        rows: env_count("GHGCHECK_BENCH_ROWS", 1_000_000),
    };
    let small = large.div_ceil(10);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "ghgcheck {} batch benchmark (issue 13), {cores} cores",
        env!("CARGO_PKG_VERSION")
    );
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path();
    let (run, written) = measure(false, || write_corpus(root, 13, counts));
    let written = written.expect("the corpus is written");
    println!(
        "corpus (seed 13): {} workbooks, {} CSVs, a long table of {} rows, written in {:.1} s",
        thousands(counts.workbooks as f64),
        thousands(counts.csvs as f64),
        thousands(counts.rows as f64),
        run.seconds
    );
    let kind = |ext: &str| -> Vec<PathBuf> {
        written
            .iter()
            .filter(|w| !w.layout.starts_with("mapping:"))
            .filter(|w| w.path.extension().is_some_and(|e| e == ext))
            .map(|w| w.path.clone())
            .collect()
    };
    let (workbooks, csvs) = (kind("xlsx"), kind("csv"));

    let mut sets = Vec::new();
    for n in [small, large] {
        let files = &workbooks[..n];
        let (floor, _) = measure(false, || floor::calamine(files));
        let title = format!(
            "workbooks: {} (eCRF-like and template xlsx)",
            thousands(n as f64)
        );
        sets.push((n, scaling(&title, files, ("calamine", floor), cores)));
    }
    let (floor, _) = measure(false, || floor::csv(&csvs));
    let title = format!(
        "CSVs: {} (CityCatalyst-like and template CSV)",
        thousands(csvs.len() as f64)
    );
    let csv_set = scaling(&title, &csvs, ("csv crate", floor), cores);
    let frictionless = frictionless_run(root, &written, &csv_set);

    let both: Vec<PathBuf> = workbooks[..small].iter().chain(&csvs).cloned().collect();
    let (run, _) = batch(&both, 1, true, Some(&root.join("out")));
    println!(
        "\nwith the --out datasets written: {} workbooks and {} CSVs",
        thousands(small as f64),
        thousands(csvs.len() as f64)
    );
    println!("{}", line("ghgcheck, 1 worker", both.len(), "files", &run));
    println!("{}", stage_line());

    let (rows_per_s, long_to_floor, per_row) =
        long_table_apart(&root.join("long-table.csv"), counts.rows);

    println!("\ntargets of issue 13");
    let target = |what: &str, figure: String, met: Option<bool>| {
        let verdict = met.map_or("not measured", verdict);
        println!("  {what:<46} {figure:<40} {verdict}");
    };
    let figures: Vec<String> = sets
        .iter()
        .map(|(n, s)| format!("{}: {}", thousands(*n as f64), ratio(s.to_floor)))
        .collect();
    let met = sets.iter().all(|(_, s)| s.to_floor <= 1.5);
    target(
        "workbooks <= 1.5x the calamine floor",
        figures.join(", "),
        Some(met),
    );
    target(
        "long table >= 500,000 rows/s on one core",
        format!("{} rows/s", thousands(rows_per_s)),
        Some(rows_per_s >= 500_000.0),
    );
    target(
        "long table <= 3x the csv floor",
        ratio(long_to_floor),
        Some(long_to_floor <= 3.0),
    );
    match frictionless {
        Some(speed) => target(
            "CSVs >= 50x faster than Frictionless",
            format!("{} faster", ratio(speed)),
            Some(speed >= 50.0),
        ),
        None => target("CSVs >= 50x faster than Frictionless", "-".into(), None),
    }
    let mut speed_ups: Vec<String> = sets
        .iter()
        .map(|(n, s)| format!("{}: {}", thousands(*n as f64), ratio(s.speed_up)))
        .collect();
    speed_ups.push(format!("CSVs: {}", ratio(csv_set.speed_up)));
    let near_linear = sets
        .iter()
        .map(|(_, s)| s.speed_up)
        .chain([csv_set.speed_up])
        .all(|s| s >= NEAR_LINEAR);
    target(
        "near-linear 1 -> 2 workers (>= 1.8x)",
        speed_ups.join(", "),
        (cores >= 2).then_some(near_linear),
    );
    target(
        "long table < 1 KB a row (peak - before)",
        per_row.map_or("-".into(), |b| format!("{} bytes a row", thousands(b))),
        per_row.map(|b| b < 1024.0),
    );
    let took = started.elapsed().as_secs();
    println!("\nthe whole run took {} min {:02} s", took / 60, took % 60);
}

/// Frictionless on the same CSVs, when installed and not turned off;
/// returns how many times faster ghgcheck's best run was.
fn frictionless_run(
    root: &Path,
    written: &[support::corpus::Written],
    ghgcheck: &SetFigures,
) -> Option<f64> {
    if std::env::var("GHGCHECK_BENCH_FRICTIONLESS").is_ok_and(|v| v == "0") {
        println!("  Frictionless: left out (GHGCHECK_BENCH_FRICTIONLESS=0)");
        return None;
    }
    let Some(version) = frictionless::version() else {
        println!(
            "  Frictionless: skipped, the `frictionless` command is not installed (pip install frictionless==5.21.0)"
        );
        return None;
    };
    let csvs: Vec<(&Path, &str)> = written
        .iter()
        .filter(|w| w.path.parent().is_some_and(|p| p.ends_with("csvs")))
        .map(|w| (w.path.as_path(), w.layout))
        .collect();
    let (seconds, valid) = frictionless::validate(root, &csvs);
    let speed = seconds / ghgcheck.fastest;
    println!(
        "  {:<34} {:>9} files in {seconds:>6.2} s: {:>9} files/s, {}; ghgcheck {} faster",
        format!("Frictionless {version}, --parallel"),
        thousands(csvs.len() as f64),
        thousands(csvs.len() as f64 / seconds),
        if valid { "all valid" } else { "found errors" },
        ratio(speed)
    );
    Some(speed)
}
