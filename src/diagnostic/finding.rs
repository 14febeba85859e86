//! The one finding model every stage produces and every renderer reads.

use serde::Serialize;

use super::code::{Code, Severity};
use super::location::CellRef;
use super::message::{Arg, Args};
use super::row_context::RowContext;

/// One problem (or remark) about a submission, with where a person fixes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    /// The id of the message in the catalogue (`report::catalogue`).
    pub message: &'static str,
    /// The named arguments of the message and of its help.
    pub args: Args,
    /// The cell to fix, when the problem sits in a sheet or CSV.
    pub cell: Option<CellRef>,
    /// The column header or row label of that cell, e.g. `CO2 (tCO2e)`.
    pub field: Option<String>,
    /// JSON pointer into the inventory document, when the finding concerns a field.
    pub pointer: Option<String>,
    /// The offending value as the submitter wrote it.
    pub value: Option<String>,
    /// The id of the help message (how to fix it), written with `args`.
    pub help: Option<&'static str>,
    /// Index of the inventory within its file, for files holding several.
    pub inventory: Option<usize>,
    /// The cell's row and column headers as text, for the text report's
    /// snippet; set after extraction for findings at a cell of a sheet.
    pub context: Option<Box<RowContext>>,
}

impl Finding {
    /// A finding with the code's default severity and the message `id`
    /// of the catalogue.
    pub fn new(code: Code, id: &'static str) -> Self {
        Finding {
            code,
            severity: code.severity(),
            message: id,
            args: Args::default(),
            cell: None,
            field: None,
            pointer: None,
            value: None,
            help: None,
            inventory: None,
            context: None,
        }
    }

    pub fn at(mut self, cell: Option<CellRef>) -> Self {
        self.cell = cell;
        self
    }

    pub fn field(mut self, field: Option<String>) -> Self {
        self.field = field;
        self
    }

    pub fn pointer(mut self, pointer: impl Into<String>) -> Self {
        self.pointer = Some(pointer.into());
        self
    }

    pub fn value(mut self, value: Option<String>) -> Self {
        self.value = value;
        self
    }

    /// Points the finding at a field: its cell (or the cell where it would
    /// be written), its label and its pointer in the document.
    pub fn placed(mut self, place: Option<(CellRef, String)>, pointer: &str) -> Self {
        if let Some((cell, field)) = place {
            self.cell = Some(cell);
            self.field = Some(field);
        }
        self.pointer = Some(pointer.to_owned());
        self
    }

    /// Sets an argument of the message and its help.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.set(name, value.into());
        self
    }

    /// Sets the help message (how to fix it) by id.
    pub fn help(mut self, id: &'static str) -> Self {
        self.help = Some(id);
        self
    }

    /// Sort key that gives the same order whatever order findings were made in:
    /// file-level findings first, then by sheet, row and column, then by field
    /// pointer (the only position JSON submissions have), code, message and
    /// arguments.
    fn sort_key(&self) -> impl Ord + '_ {
        (
            self.cell
                .as_ref()
                .map(|c| (c.sheet.as_deref(), c.row, c.col)),
            &self.pointer,
            self.code,
            self.message,
            &self.args,
        )
    }
}

/// A finding about the batch as a whole rather than one file, e.g. two
/// files holding the same city and year. `inventory` is the id of the
/// inventory it concerns, when there is one.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchFinding {
    pub finding: Finding,
    pub inventory: Option<String>,
}

/// Puts findings into their canonical order, and drops duplicates: exact
/// ones, and those saying the same thing about the same cell of the same
/// inventory (several eCRF_3 rows missing the explanation that one eCRF_2
/// cell should give are one thing to fix).
pub fn sort_findings(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup();
    let mut seen = std::collections::HashSet::new();
    findings.retain(|f| match &f.cell {
        Some(cell) => seen.insert((cell.clone(), f.code, f.message, f.args.clone(), f.inventory)),
        None => true,
    });
}

/// Counts used by summaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Counts {
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Self {
        let mut counts = Counts::default();
        for f in findings {
            match f.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_finding_per_cell_and_message_is_kept() {
        let at = |pointer: &str| {
            Finding::new(
                Code::NotationKeyUnexplained,
                "n002-notation-key-unexplained",
            )
            .arg("key", "NE")
            .at(Some(CellRef::new(Some("eCRF_2"), 4, 7)))
            .pointer(pointer)
        };
        let elsewhere = Finding::new(
            Code::NotationKeyUnexplained,
            "n002-notation-key-unexplained",
        )
        .arg("key", "NE")
        .at(Some(CellRef::new(Some("eCRF_2"), 5, 7)));
        let mut findings = vec![at("/emissions/7"), elsewhere, at("/emissions/3")];
        sort_findings(&mut findings);
        let kept: Vec<(u32, Option<&str>)> = findings
            .iter()
            .map(|f| (f.cell.as_ref().unwrap().row, f.pointer.as_deref()))
            .collect();
        assert_eq!(kept, vec![(4, Some("/emissions/3")), (5, None)]);
    }
}
