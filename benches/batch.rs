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
//! - the long table on 1 worker, read with its mapping: rows/s, the stages,
//!   and the memory it adds per row;
//! - then each target of issue 13 beside its figure, `met` or `not met`.
//!
//! Every ghgcheck run happens in a fresh process (`support/apart.rs`), and
//! every run prints the peak resident memory of its process during it
//! (Linux, where /proc lets the peak be reset). Nothing asserts a time.
//!
//! Scale it down for a quick try with environment variables:
//! `GHGCHECK_BENCH_WORKBOOKS` (default 10000; the smaller run takes the
//! first tenth), `GHGCHECK_BENCH_CSVS` (default 1000), `GHGCHECK_BENCH_ROWS`
//! (default 1000000) and `GHGCHECK_BENCH_FRICTIONLESS=0` to leave
//! Frictionless out. Helpers: `benches/support/` (fresh processes, memory
//! and stages, the floors, Frictionless).

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::print_stderr)]

#[path = "../tests/support/mod.rs"]
mod support;

#[path = "support/apart.rs"]
mod apart;
#[path = "support/floor.rs"]
mod floor;
#[path = "support/frictionless.rs"]
mod frictionless;
#[path = "support/measure.rs"]
mod measure;
#[path = "support/targets.rs"]
mod targets;

use std::path::{Path, PathBuf};
use std::time::Instant;

use ghgcheck::layout::mapped::Mapping;
use ghgcheck::layout::{Layout, MappingRef};
use ghgcheck::output::{DatasetOptions, Datasets};
use ghgcheck::pipeline::{Options, check_file};
use ghgcheck::stage_timing::{Stage, time};
use measure::{Run, measure, ratio, stage_line, thousands};
use support::corpus::{Counts, write_corpus};
use targets::SetFigures;

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|n| n.replace(['_', ','], "").parse().ok())
        .unwrap_or(default)
}

/// In a child process: `batch JOBS STAGES OUT LIST` checks the files listed
/// in LIST (one a line) on JOBS workers (0 = one per core), with the stages
/// counted when STAGES is 1 and the datasets written into OUT unless it is
/// `-`; `long TABLE MAPPING` checks the long table with its mapping on one
/// worker. Prints the stages, then the result line (count: inventories,
/// or records of the long table).
fn child(args: &[String]) {
    let (run, count) = match args[0].as_str() {
        "batch" => {
            let jobs = args[1].parse().expect("JOBS");
            let stages = args[2] == "1";
            let out = (args[3] != "-").then(|| PathBuf::from(&args[3]));
            let list = std::fs::read_to_string(&args[4]).expect("the list is written");
            let files: Vec<PathBuf> = list.lines().map(PathBuf::from).collect();
            batch(&files, jobs, stages, out.as_deref())
        }
        _ => {
            let text = std::fs::read_to_string(&args[2]).expect("the mapping is written");
            let mapping = Mapping::parse(&text, "long-table.toml").expect("the mapping is valid");
            let options = Options {
                layout: Some(Layout::Mapped(MappingRef(Box::leak(Box::new(mapping))))),
                ..Options::default()
            };
            let (run, report) = measure(true, || check_file(Path::new(&args[1]), &options));
            let records = report.inventories.iter();
            (run, records.map(|i| i.inventory.records().len()).sum())
        }
    };
    if args[0] == "long" || args[2] == "1" {
        println!("{}", stage_line());
    }
    apart::report(&run, count);
}

/// Checks `files` on `jobs` workers (0 = one per core), writing the
/// datasets into `out` when given; returns the run and the inventories read.
fn batch(files: &[PathBuf], jobs: usize, stages: bool, out: Option<&Path>) -> (Run, usize) {
    measure(stages, || {
        let mut inventories = 0;
        let mut datasets = out.map(|dir| Datasets::new(dir, DatasetOptions::default()));
        let pool = ghgcheck::batch::pool(jobs).expect("the thread pool starts");
        ghgcheck::batch::run(files, pool, &Options::default(), |report| {
            inventories += report.inventories.len();
            if let Some(datasets) = &mut datasets {
                time(Stage::Outputs, || datasets.add(&report));
            }
        });
        if let Some(mut datasets) = datasets {
            time(Stage::Outputs, || {
                datasets.write(&[]).expect("datasets are written");
            });
        }
        inventories
    })
}

/// [`batch`] in a fresh process over the files listed in `list`; returns
/// the run, the inventories read, and the stage line when asked for.
fn batch_apart(
    list: &Path,
    jobs: usize,
    stages: bool,
    out: Option<&Path>,
) -> (Run, usize, Vec<String>) {
    let out = out.map_or("-".into(), |o| o.display().to_string());
    let stages = if stages { "1" } else { "0" };
    let args = ["batch", &jobs.to_string(), stages, &out];
    let mut args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    args.push(list.display().to_string());
    apart::run(&args)
}

/// Writes the paths of `files` one a line into `list`.
fn write_list(list: &Path, files: &[PathBuf]) {
    let text: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    std::fs::write(list, text.join("\n")).expect("the list is written");
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

/// Times the files listed in `list` against `floor` (already measured),
/// with 1 and 2 workers and 1 per core where that is not 2, and prints a
/// line for each.
fn scaling(title: &str, list: &Path, n: usize, floor: (&str, Run), cores: usize) -> SetFigures {
    println!("\n{title}{}", measure::load());
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
        let (run, inventories, stages) = batch_apart(list, jobs, jobs == 1, None);
        let mut text = line(&label, n, "files", &run);
        text.push_str(&format!(
            "; {} the floor's time, {} inventories",
            ratio(run.seconds / floor.seconds),
            thousands(inventories as f64)
        ));
        if jobs == 2 {
            let speed_up = ratio(times[0] / run.seconds);
            text.push_str(&format!("; speed-up {speed_up} from 1 to 2 workers"));
        }
        println!("{text}");
        stages.iter().for_each(|l| println!("{l}"));
        times.push(run.seconds);
    }
    SetFigures {
        to_floor: times[0] / floor.seconds,
        speed_up: times[0] / times[1],
        fastest: times.iter().copied().fold(f64::INFINITY, f64::min),
    }
}

/// Checks the long table on one worker (in a fresh process) with its
/// mapping; prints rows/s, the stages and the memory per row against the
/// csv floor; returns (rows/s, ratio to the floor, bytes a row).
fn long_table(table: &Path, rows: usize) -> (f64, f64, Option<f64>) {
    let (floor_run, records) = measure(false, || floor::csv(&[table.to_owned()]));
    let mapping = table.with_extension("toml");
    let args = [
        "long",
        &table.display().to_string(),
        &mapping.display().to_string(),
    ];
    let (run, read, stages) = apart::run(&args.map(str::to_owned));
    assert_eq!(read, rows, "every row is read as a record");
    let per_row = run.growth_bytes().map(|b| b / rows.max(1) as f64);
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
    stages.iter().for_each(|l| println!("{l}"));
    if let (Some(before), Some(per_row)) = (run.before_mb, per_row) {
        println!(
            "      memory: {before:.0} MB before the run, {} bytes a row at the peak",
            thousands(per_row)
        );
    }
    let to_floor = run.seconds / floor_run.seconds;
    (rows as f64 / run.seconds, to_floor, per_row)
}

fn main() {
    if let Some(args) = apart::child_args() {
        return child(&args);
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
        "ghgcheck {} batch benchmark (issue 13), {cores} cores{}",
        env!("CARGO_PKG_VERSION"),
        measure::load()
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
        let list = root.join(format!("workbooks-{n}.txt"));
        write_list(&list, files);
        let (floor, _) = measure(false, || floor::calamine(files));
        let title = format!(
            "workbooks: {} (eCRF-like and template xlsx)",
            thousands(n as f64)
        );
        sets.push((n, scaling(&title, &list, n, ("calamine", floor), cores)));
    }
    let list = root.join("csvs.txt");
    write_list(&list, &csvs);
    let (floor, _) = measure(false, || floor::csv(&csvs));
    let title = format!(
        "CSVs: {} (CityCatalyst-like and template CSV)",
        thousands(csvs.len() as f64)
    );
    let csv_set = scaling(&title, &list, csvs.len(), ("csv crate", floor), cores);
    let frictionless = frictionless::compare(root, &written, csv_set.fastest);

    let both: Vec<PathBuf> = workbooks[..small].iter().chain(&csvs).cloned().collect();
    let list = root.join("both.txt");
    write_list(&list, &both);
    let (run, _, stages) = batch_apart(&list, 1, true, Some(&root.join("out")));
    println!(
        "\nwith the --out datasets written: {} workbooks and {} CSVs",
        thousands(small as f64),
        thousands(csvs.len() as f64)
    );
    println!("{}", line("ghgcheck, 1 worker", both.len(), "files", &run));
    stages.iter().for_each(|l| println!("{l}"));

    let (rows_per_s, long_to_floor, per_row) =
        long_table(&root.join("long-table.csv"), counts.rows);
    targets::print(
        &sets,
        &csv_set,
        frictionless,
        (rows_per_s, long_to_floor, per_row),
        cores,
    );
    let took = started.elapsed().as_secs();
    println!(
        "\nthe whole run took {} min {:02} s{} at the end",
        took / 60,
        took % 60,
        measure::load()
    );
}
