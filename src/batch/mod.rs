//! Runs a batch: files are checked in parallel on a rayon pool, and their
//! reports are handed out in input order as soon as each is ready, so a
//! large batch is never held in memory as a whole (no worker runs more
//! than a few files ahead of the next report handed out: [`window`]) and
//! `--jobs 1` and `--jobs N` give the same output. Inventory ids are made unique here, in
//! input order. After the last file the batch rules run over what the
//! inventories say of themselves, for findings about the batch as a whole.
//! A caller whose readers went away stops the run early ([`run_until`]).

mod window;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostic::BatchFinding;
use crate::outcome::FileReport;
use crate::pipeline::{Options, check_bytes, check_file};
use crate::rules::batch::{self, BatchEntry};
use crate::rules::year_on_year::{EarlierInventory, History, city_key};

/// How many files each worker may check ahead of the next report handed
/// out: enough to keep every worker busy behind one slow file, few enough
/// that the reports waiting stay a handful.
const REORDER_WINDOW_PER_WORKER: usize = 4;

/// The worker threads of a batch: `jobs` of them (0 = one per core). Made
/// before any output starts, so that a failure leaves none half-written.
pub fn pool(jobs: usize) -> Result<rayon::ThreadPool, rayon::ThreadPoolBuildError> {
    rayon::ThreadPoolBuilder::new().num_threads(jobs).build()
}

/// One submission of a batch: a file, or content already in memory (read
/// from stdin) under the name the report gives it.
#[derive(Clone, Debug)]
pub enum Submission {
    File(PathBuf),
    Bytes { name: PathBuf, bytes: Arc<[u8]> },
}

impl Submission {
    fn check(&self, options: &Options) -> FileReport {
        match self {
            Submission::File(path) => check_file(path, options),
            Submission::Bytes { name, bytes } => check_bytes(name, bytes, options),
        }
    }
}

/// Checks `files` on `pool`, calls `on_report` once per file, in the order
/// of `files`, and returns the findings about the batch as a whole, with
/// the settings applied.
pub fn run(
    files: &[PathBuf],
    pool: rayon::ThreadPool,
    options: &Options,
    on_report: impl FnMut(FileReport),
) -> Vec<BatchFinding> {
    let submissions: Vec<Submission> = files.iter().cloned().map(Submission::File).collect();
    run_submissions(&submissions, pool, options, on_report)
}

/// [`run`] over submissions that may include one read from stdin.
pub fn run_submissions(
    files: &[Submission],
    pool: rayon::ThreadPool,
    options: &Options,
    mut on_report: impl FnMut(FileReport),
) -> Vec<BatchFinding> {
    run_until(files, pool, options, |report| {
        on_report(report);
        true
    })
    .unwrap_or_default()
}

/// As [`run`], but stops when `on_report` returns false (nobody reads the
/// reports any more, e.g. `ghgcheck validate ... | head` closed its pipe):
/// files not yet started are skipped, those being checked are dropped,
/// and there are no batch findings (`None`).
pub fn run_until(
    files: &[Submission],
    pool: rayon::ThreadPool,
    options: &Options,
    mut on_report: impl FnMut(FileReport) -> bool,
) -> Option<Vec<BatchFinding>> {
    let mut ids = IdAssigner::default();
    let mut entries = Vec::new();
    let window = REORDER_WINDOW_PER_WORKER * pool.current_num_threads();
    let completed = window::in_order(
        &pool,
        files.len(),
        window,
        |index| files[index].check(options),
        |_, mut report| {
            let base_ids = ids.assign(&mut report);
            entries.extend(batch_entries(&report, base_ids));
            on_report(report)
        },
    );
    if !completed {
        return None;
    }
    let mut findings = batch::check(&entries);
    options.config.settings_for(None).apply_batch(&mut findings);
    Some(findings)
}

/// The earlier inventories of `files` (`--history`), checked like any
/// submission on `pool`, in file order; inventories without a city or a
/// year are left out, as they cannot be matched.
pub fn history(files: &[PathBuf], pool: &rayon::ThreadPool, options: &Options) -> History {
    // Each report is boiled down to what history needs as soon as it is
    // made, so that only the earlier totals are held, never the reports.
    let per_file: Vec<Vec<EarlierInventory>> = pool.install(|| {
        files
            .par_iter()
            .map(|path| earlier_inventories(&check_file(path, options)))
            .collect()
    });
    let inventories = per_file.into_iter().flatten().collect();
    History { inventories }
}

/// The inventories of an earlier report that can be matched (they have a
/// city and a year).
fn earlier_inventories(report: &FileReport) -> Vec<EarlierInventory> {
    let file = report.path.display().to_string();
    report
        .inventories
        .iter()
        .filter_map(|summary| {
            Some(EarlierInventory {
                city_key: city_key(&summary.inventory.city)?,
                year: summary.year?,
                file: file.clone(),
                totals: summary.totals,
                reported: summary.reported_totals,
            })
        })
        .collect()
}

/// What the batch rules need of a file's inventories.
fn batch_entries(report: &FileReport, base_ids: Vec<String>) -> Vec<BatchEntry> {
    let file = report.path.display().to_string();
    report
        .inventories
        .iter()
        .zip(base_ids)
        .map(|(inventory, base_id)| BatchEntry {
            id: inventory.id.clone(),
            base_id,
            file: file.clone(),
            city: inventory.city.clone(),
            year: inventory.year,
            totals: inventory.totals,
            reported: inventory.reported_totals,
        })
        .collect()
}

/// Gives a suffix (`-2`, `-3`, ...) to an id already used in the batch.
#[derive(Default)]
struct IdAssigner {
    used: HashSet<String>,
    /// The last suffix tried for each base id, so that many repeats of one
    /// id do not each count up from `-2`.
    last_suffix: HashMap<String, usize>,
}

impl IdAssigner {
    /// Makes the report's ids unique; returns the ids as they were.
    fn assign(&mut self, report: &mut FileReport) -> Vec<String> {
        let mut bases = Vec::new();
        for inventory in &mut report.inventories {
            let base = inventory.id.clone();
            bases.push(base.clone());
            let mut candidate = base.clone();
            let n = self.last_suffix.entry(base.clone()).or_insert(1);
            while !self.used.insert(candidate.clone()) {
                *n += 1;
                candidate = format!("{base}-{n}");
            }
            inventory.id = candidate;
        }
        bases
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::{InventorySummary, Status};
    use std::path::PathBuf;

    fn report(id: &str) -> FileReport {
        FileReport {
            path: PathBuf::from("x"),
            format: None,
            layout: None,
            status: Status::Valid,
            inventories: vec![InventorySummary {
                id: id.to_owned(),
                city: None,
                country: None,
                year: None,
                totals: Default::default(),
                fact_sources: Default::default(),
                status: Status::Valid,
                reported_totals: Default::default(),
                inventory: Default::default(),
                reported: Default::default(),
                sources: Default::default(),
                rules_checked: Vec::new(),
            }],
            findings: vec![],
        }
    }

    #[test]
    fn colliding_ids_get_suffixes_that_are_themselves_unique() {
        let mut ids = IdAssigner::default();
        let got: Vec<String> = ["a", "a-2", "a", "a"]
            .iter()
            .map(|id| {
                let mut r = report(id);
                ids.assign(&mut r);
                r.inventories[0].id.clone()
            })
            .collect();
        assert_eq!(got, ["a", "a-2", "a-3", "a-4"]);
    }

    #[test]
    fn a_run_stops_when_its_reader_goes_away() {
        let file =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/template/broken-cells.csv");
        let files = vec![Submission::File(file); 40];
        let mut seen = 0;
        let findings = run_until(&files, pool(2).unwrap(), &Options::default(), |_| {
            seen += 1;
            seen < 3
        });
        assert_eq!(seen, 3);
        assert!(findings.is_none());
        let mut all = 0;
        let findings = run_until(&files[..5], pool(2).unwrap(), &Options::default(), |_| {
            all += 1;
            true
        });
        assert_eq!(all, 5);
        assert!(findings.is_some());
    }
}
