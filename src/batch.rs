//! Runs a batch: files are checked in parallel on a rayon pool, and their
//! reports are handed out in input order as soon as each is ready, so a
//! large batch is never held in memory as a whole and `--jobs 1` and
//! `--jobs N` give the same output. Inventory ids are made unique here, in
//! input order.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::mpsc;

use rayon::prelude::*;

use crate::outcome::FileReport;
use crate::pipeline::{Options, check_file};

/// Checks `files` with `jobs` threads (0 = one per core) and calls
/// `on_report` once per file, in the order of `files`.
pub fn run(
    files: &[PathBuf],
    jobs: usize,
    options: &Options,
    mut on_report: impl FnMut(FileReport),
) -> Result<(), rayon::ThreadPoolBuildError> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let mut ids = IdAssigner::default();
    let (sender, receiver) = mpsc::channel::<(usize, FileReport)>();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.install(|| {
                files
                    .par_iter()
                    .enumerate()
                    .for_each_with(sender, |sender, (index, path)| {
                        // The receiver only goes away if the caller stopped early.
                        let _ = sender.send((index, check_file(path, options)));
                    });
            });
        });
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (index, report) in receiver {
            waiting.insert(index, report);
            while let Some(mut report) = waiting.remove(&next) {
                ids.assign(&mut report);
                on_report(report);
                next += 1;
            }
        }
    });
    Ok(())
}

/// Gives a suffix (`-2`, `-3`, ...) to an id already used in the batch.
#[derive(Default)]
struct IdAssigner {
    used: HashSet<String>,
}

impl IdAssigner {
    fn assign(&mut self, report: &mut FileReport) {
        for inventory in &mut report.inventories {
            let base = inventory.id.clone();
            let mut candidate = base.clone();
            let mut n = 1;
            while !self.used.insert(candidate.clone()) {
                n += 1;
                candidate = format!("{base}-{n}");
            }
            inventory.id = candidate;
        }
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
}
