//! Counts over a whole batch, for the summary line and the JSON summary.

use serde::Serialize;

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
        let counts = report.counts();
        self.errors += counts.errors;
        self.warnings += counts.warnings;
        self.infos += counts.infos;
    }
}
