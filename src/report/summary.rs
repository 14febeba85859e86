//! Counts over a whole batch, for the summary line and the JSON summary.

use serde::Serialize;

use super::catalogue;
use crate::diagnostic::{Arg, Args, BatchFinding, Counts};
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
    /// The run fails on warnings too (`--fail-on warning`).
    #[serde(skip)]
    pub fail_on_warnings: bool,
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

    /// Why the run fails when nothing but its warnings fail it (`--fail-on
    /// warning`), as a sentence for the end of the summary: `failed: 3
    /// warnings with --fail-on warning`. `None` when the run passes or
    /// fails for invalid or unreadable files, which the summary says.
    pub fn failure_reason(&self) -> Option<String> {
        let only_warnings = self.fail_on_warnings
            && self.warnings > 0
            && self.errors == 0
            && self.invalid == 0
            && self.unreadable == 0;
        only_warnings.then(|| {
            let mut args = Args::default();
            args.set("warnings", Arg::from(self.warnings));
            catalogue::active().text("cli-failed-by-warnings", &args)
        })
    }

    fn count(&mut self, counts: Counts) {
        self.errors += counts.errors;
        self.warnings += counts.warnings;
        self.infos += counts.infos;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_warnings_with_fail_on_warning_give_a_reason() {
        let mut summary = Summary {
            files: 1,
            valid: 1,
            warnings: 3,
            ..Summary::default()
        };
        assert_eq!(summary.failure_reason(), None);
        summary.fail_on_warnings = true;
        assert_eq!(
            summary.failure_reason().as_deref(),
            Some("failed: 3 warnings with --fail-on warning")
        );
        summary.warnings = 1;
        assert_eq!(
            summary.failure_reason().as_deref(),
            Some("failed: 1 warning with --fail-on warning")
        );
        summary.errors = 1;
        assert_eq!(summary.failure_reason(), None);
    }
}
