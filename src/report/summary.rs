//! Counts over a whole batch, for the summary line and the JSON summary.

use serde::Serialize;

use crate::diagnostic::{BatchFinding, Counts};
use crate::outcome::{FileReport, Status};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub valid: usize,
    pub invalid: usize,
    pub unreadable: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        match report.status {
            Status::Valid => self.valid += 1,
            Status::Invalid => self.invalid += 1,
            Status::Unreadable => self.unreadable += 1,
        }
        self.count(report.counts());
    }

    /// Counts the findings about the batch as a whole.
    pub fn add_batch(&mut self, findings: &[BatchFinding]) {
        self.count(Counts::of(findings.iter().map(|f| &f.finding)));
    }

    fn count(&mut self, counts: Counts) {
        self.errors += counts.errors;
        self.warnings += counts.warnings;
        self.infos += counts.infos;
    }
}
