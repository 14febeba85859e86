//! The wire format of a finding: one serde struct that the JSON report,
//! `findings.csv` and `findings.jsonl` all write, so the three never drift
//! apart. Fields are declared in alphabetical order, the order the JSON
//! report has always had; `row` and `column` are 1-based as a spreadsheet
//! shows them.

use std::borrow::Cow;

use serde::Serialize;

use super::catalogue;
use crate::diagnostic::{Args, Finding, Severity};

/// One finding as machines read it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FindingRecord<'a> {
    /// The message's named arguments (`{"value": "about 8000", ...}`).
    pub args: &'a Args,
    pub cell: Option<String>,
    pub code: &'static str,
    pub column: Option<u32>,
    pub field: Option<&'a str>,
    /// The submitted file; `None` for a batch finding about several files.
    pub file: Option<Cow<'a, str>>,
    pub help: Option<String>,
    /// The inventory's id, `None` for the file as a whole.
    pub inventory: Option<&'a str>,
    pub message: String,
    pub name: &'static str,
    pub pointer: Option<&'a str>,
    pub row: Option<u32>,
    pub severity: Severity,
    pub sheet: Option<&'a str>,
    pub value: Option<&'a str>,
}

impl<'a> FindingRecord<'a> {
    pub fn new(
        file: Option<Cow<'a, str>>,
        finding: &'a Finding,
        inventory: Option<&'a str>,
    ) -> Self {
        let cell = finding.cell.as_ref();
        let catalogue = catalogue::active();
        FindingRecord {
            args: &finding.args,
            cell: cell.map(|c| c.a1()),
            code: finding.code.id(),
            column: cell.map(|c| c.col + 1),
            field: finding.field.as_deref(),
            file,
            help: catalogue.help(finding),
            inventory,
            message: catalogue.message(finding),
            name: finding.code.info().name,
            pointer: finding.pointer.as_deref(),
            row: cell.map(|c| c.row + 1),
            severity: finding.severity,
            sheet: cell.and_then(|c| c.sheet.as_deref()),
            value: finding.value.as_deref(),
        }
    }
}
