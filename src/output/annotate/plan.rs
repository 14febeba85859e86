//! What the copy marks, decided before anything is written: each flagged
//! cell's fill (its most severe finding) and its note (every finding on
//! it: code, severity, message and help).

use std::collections::BTreeMap;

use crate::diagnostic::{Finding, Severity};
use crate::report::catalogue;

use super::super::xlsx_writer::fit;

/// One flagged cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The most severe of the cell's findings: the fill.
    pub severity: Severity,
    /// The note: each finding in the file's order, separated by a blank line.
    pub note: String,
}

/// The marks of one file, by sheet (`None`: a CSV's one sheet), then by
/// 0-based (row, column).
pub type Plan = BTreeMap<Option<String>, BTreeMap<(u32, u32), Mark>>;

fn rank(severity: Severity) -> u8 {
    match severity {
        Severity::Error => 2,
        Severity::Warning => 1,
        Severity::Info => 0,
    }
}

/// The note text of one finding: `CODE severity: message`, then the help.
pub fn note_text(finding: &Finding) -> String {
    let catalogue = catalogue::active();
    let mut text = format!(
        "{} {}: {}",
        finding.code.id(),
        finding.severity.as_str(),
        catalogue.message(finding)
    );
    if let Some(help) = catalogue.help(finding) {
        text.push_str("\nHelp: ");
        text.push_str(&help);
    }
    text
}

/// The marks of the findings that name a cell.
pub fn plan(findings: &[Finding]) -> Plan {
    let mut plan = Plan::new();
    for finding in findings {
        let Some(cell) = &finding.cell else { continue };
        let text = note_text(finding);
        let mark = plan
            .entry(cell.sheet.clone())
            .or_default()
            .entry((cell.row, cell.col))
            .or_insert_with(|| Mark {
                severity: finding.severity,
                note: String::new(),
            });
        if rank(finding.severity) > rank(mark.severity) {
            mark.severity = finding.severity;
        }
        if !mark.note.is_empty() {
            mark.note.push_str("\n\n");
        }
        mark.note.push_str(&text);
    }
    for marks in plan.values_mut() {
        for mark in marks.values_mut() {
            if let std::borrow::Cow::Owned(cut) = fit(&mark.note) {
                mark.note = cut;
            }
        }
    }
    plan
}
