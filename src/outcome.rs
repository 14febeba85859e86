//! What checking produced: each file's status, its inventories and its
//! findings. The pipeline builds these; renderers and dataset writers read
//! them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diagnostic::{Code, Counts, Finding};
use crate::layout::Layout;
use crate::model::source_map::SourceMap;
use crate::model::totals::Totals;
use crate::model::{Inventory, ReportedTotals};
use crate::read::FileFormat;

/// The outcome of one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Read and checked, no error (warnings allowed).
    Valid,
    /// Read and checked, with at least one error.
    Invalid,
    /// Could not be read or its layout is unknown.
    Unreadable,
}

impl Status {
    /// The name reports use: `valid`, `invalid` or `unreadable`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Invalid => "invalid",
            Status::Unreadable => "unreadable",
        }
    }
}

/// What a file's inventory looks like in a report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InventorySummary {
    /// Stable within and across runs, unique within a batch (see [`crate::batch`]).
    pub id: String,
    pub city: Option<String>,
    pub country: Option<String>,
    pub year: Option<i64>,
    pub totals: Totals,
    /// Facts that do not come from the file itself, by JSON pointer, with
    /// their origin (`file-name`, `sidecar`, `command-line`).
    pub fact_sources: BTreeMap<String, &'static str>,
    /// Invalid when this inventory, or its file as a whole, has an error.
    pub status: Status,
    /// The whole-inventory totals the submission states.
    #[serde(skip)]
    pub reported_totals: ReportedTotals,
    /// The inventory, normalised, for the dataset writers.
    #[serde(skip)]
    pub inventory: Inventory,
    /// The inventory as extracted, before CO2e weighting and restatement:
    /// the reported figures the datasets show beside the normalised ones.
    #[serde(skip)]
    pub reported: Inventory,
    /// Where each field of the inventory came from.
    #[serde(skip)]
    pub sources: SourceMap,
    /// The codes of the methodology rules (`rules::RULES`) the settings ran
    /// on this inventory, in code order: what a JUnit report lists as
    /// passed when they found nothing.
    #[serde(skip)]
    pub rules_checked: Vec<Code>,
}

/// Everything known about one checked file.
#[derive(Clone, Debug)]
pub struct FileReport {
    pub path: PathBuf,
    pub format: Option<FileFormat>,
    pub layout: Option<Layout>,
    pub status: Status,
    pub inventories: Vec<InventorySummary>,
    /// In canonical order (see [`crate::diagnostic::sort_findings`]).
    pub findings: Vec<Finding>,
}

impl FileReport {
    pub fn counts(&self) -> Counts {
        Counts::of(&self.findings)
    }

    /// A file that could not be read: its one finding says why.
    pub fn unreadable(path: &Path, format: Option<FileFormat>, finding: Finding) -> Self {
        FileReport {
            path: path.to_owned(),
            format,
            layout: None,
            status: Status::Unreadable,
            inventories: Vec::new(),
            findings: vec![finding],
        }
    }
}
