//! `report.html`: one self-contained page (inline CSS, inline SVG, no
//! script) for people who read a whole batch: the summary, a table of
//! inventories × rules that fail, the findings that could not be tied to
//! one file, the files that could not be read, and per file and inventory
//! its findings (the first [`DEFAULT_MAX_PER_RULE`] of each code, then
//! "+N more"), its totals by sector and scope beside the reported ones and
//! a bar chart of emissions by sector.
//!
//! Files arrive one by one: each file's section is written into a buffer as
//! it comes, and the page is put together in `finish`, when the summary and
//! the matrix's columns are known. However large the batch, the page stays
//! quick to open (see `budget` and docs/reports.md): findings shown in full
//! and the sections' size have a budget, and the browser lays out only the
//! parts in view (`content-visibility`). Every fixed word comes from
//! the catalogue (`html-*` ids); every other text is escaped.

mod budget;
mod chart;
mod inventory;
mod matrix;
mod page;
mod summary;
#[cfg(test)]
mod tests;
mod totals;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::catalogue;
use super::renderer::Renderer;
use super::summary::Summary;
use crate::diagnostic::{Arg, Args, BatchFinding, Code, Finding, Severity};
use crate::outcome::{FileReport, Status};

pub use matrix::Row;

/// How many findings of one code an inventory's section shows.
pub const DEFAULT_MAX_PER_RULE: usize = 20;

/// How many findings the whole page shows in full: past them, a section
/// only counts its findings per code ("+N more"), so that a batch of many
/// inventories each with many findings still opens quickly.
pub const DEFAULT_MAX_SHOWN: usize = 5000;

/// Roughly how many elements the files' sections may have: past them,
/// files and inventories get no section (the matrix still counts their
/// findings).
pub const DEFAULT_MAX_ELEMENTS: usize = 50_000;

/// How many inventories' sections are open when the page loads; the
/// others are folded (`<details>`) and open with a click.
pub const OPEN_SECTIONS: usize = 10;

/// Findings of one code over the batch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeTally {
    pub findings: usize,
    /// The most serious severity the code was given.
    pub severity: Option<Severity>,
}

/// Streams `report.html` into `out` (written whole in `finish`).
pub struct HtmlRenderer<W: Write> {
    out: W,
    max_per_rule: usize,
    /// Findings the page may still show in full.
    budget: budget::Budget,
    /// The files' sections, in input order.
    sections: String,
    /// The sections of files that could not be read.
    unreadable: String,
    /// The batch findings' section.
    batch: String,
    /// One row per inventory, and per file with findings of its own.
    rows: Vec<Row>,
    codes: BTreeMap<Code, CodeTally>,
    inventories_valid: usize,
    inventories_invalid: usize,
    /// Inventories (and unreadable files) numbered for anchors.
    anchors: usize,
}

impl<W: Write> HtmlRenderer<W> {
    pub fn new(out: W) -> Self {
        HtmlRenderer {
            out,
            max_per_rule: DEFAULT_MAX_PER_RULE,
            budget: budget::Budget::new(DEFAULT_MAX_SHOWN, DEFAULT_MAX_ELEMENTS),
            sections: String::new(),
            unreadable: String::new(),
            batch: String::new(),
            rows: Vec::new(),
            codes: BTreeMap::new(),
            inventories_valid: 0,
            inventories_invalid: 0,
            anchors: 0,
        }
    }

    /// Shows at most `max` findings of one code per inventory (0: all).
    pub fn with_max_per_rule(mut self, max: usize) -> Self {
        self.max_per_rule = max;
        self
    }

    /// Shows at most `findings` findings in full over the whole page, and
    /// sections of about `elements` elements in all.
    pub fn with_budget(mut self, findings: usize, elements: usize) -> Self {
        self.budget = budget::Budget::new(findings, elements);
        self
    }

    /// The writer, once the page is finished.
    pub fn into_inner(self) -> W {
        self.out
    }

    fn tally(&mut self, finding: &Finding) {
        let tally = self.codes.entry(finding.code).or_default();
        tally.findings += 1;
        tally.severity = Some(match tally.severity {
            Some(s) => s.min(finding.severity),
            None => finding.severity,
        });
    }

    fn next_anchor(&mut self) -> String {
        self.anchors += 1;
        format!("i{}", self.anchors)
    }
}

impl<W: Write> Renderer for HtmlRenderer<W> {
    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        for finding in &report.findings {
            self.tally(finding);
        }
        if report.status == Status::Unreadable {
            let anchor = self.next_anchor();
            self.rows.push(Row::of_file(report, &anchor));
            inventory::unreadable(&mut self.unreadable, report, &anchor);
            return Ok(());
        }
        let seen = self.inventories_valid + self.inventories_invalid;
        let open: Vec<bool> = (0..report.inventories.len())
            .map(|k| seen + k < OPEN_SECTIONS)
            .collect();
        for inv in &report.inventories {
            match inv.status {
                Status::Invalid => self.inventories_invalid += 1,
                _ => self.inventories_valid += 1,
            }
        }
        let file_anchor = self.next_anchor();
        let anchors: Vec<String> = report
            .inventories
            .iter()
            .map(|_| self.next_anchor())
            .collect();
        let first = self.rows.len();
        self.rows
            .extend(matrix::rows(report, &file_anchor, &anchors));
        let shown = inventory::file(
            &mut self.sections,
            report,
            &inventory::Anchors {
                file: &file_anchor,
                inventories: &anchors,
                open: &open,
            },
            self.max_per_rule,
            &mut self.budget,
        );
        // The file's row (when it has one), then its inventories' in order.
        let mut inventories = shown.inventories.iter();
        for row in &mut self.rows[first..] {
            row.linked = match row.id {
                Some(_) => inventories.next().copied().unwrap_or(false),
                None => shown.file,
            };
        }
        Ok(())
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        for finding in findings {
            self.tally(&finding.finding);
            matrix::add_batch_finding(&mut self.rows, finding);
        }
        self.batch.clear();
        inventory::batch(&mut self.batch, findings, self.max_per_rule);
        Ok(())
    }

    fn finish(&mut self, run: &Summary) -> io::Result<()> {
        let mut html = String::with_capacity(self.sections.len() + 64 * 1024);
        let mut nav = vec![("summary", "html-summary"), ("matrix", "html-matrix")];
        if !self.batch.is_empty() {
            nav.push(("batch", "html-batch-heading"));
        }
        if !self.unreadable.is_empty() {
            nav.push(("unreadable", "html-unreadable-heading"));
        }
        if !self.sections.is_empty() {
            nav.push(("files", "html-files-heading"));
        }
        page::head(&mut html, &nav);
        summary::write(
            &mut html,
            &summary::Counts {
                run,
                inventories_valid: self.inventories_valid,
                inventories_invalid: self.inventories_invalid,
            },
            &self.codes,
            &self.rows,
        );
        matrix::write(&mut html, &self.rows);
        html.push_str(&self.batch);
        inventory::unreadable_section(&mut html, &self.unreadable);
        if !self.sections.is_empty() {
            html.push_str("<h2 id=\"files\">");
            html.push_str(&word("html-files-heading"));
            html.push_str("</h2>\n");
            if self.budget.omitted > 0 {
                let _ = writeln!(
                    html,
                    "<p class=\"note\">{}</p>",
                    words("html-omitted", &[("count", Arg::from(self.budget.omitted))])
                );
            }
            if self.budget.spent() {
                let _ = writeln!(
                    html,
                    "<p class=\"note\">{}</p>",
                    words("html-budget", &[("shown", Arg::from(self.budget.shown))])
                );
            }
            html.push_str(&self.sections);
        }
        page::foot(&mut html);
        self.out.write_all(html.as_bytes())?;
        self.out.flush()
    }
}

/// Text made safe for HTML content and attribute values (as for XML).
pub use super::markup::escape;

/// A fixed word of the page, escaped.
fn word(id: &'static str) -> String {
    escape(&catalogue::active().text(id, &Args::default()))
}

/// A fixed sentence of the page with its arguments, escaped.
fn words(id: &'static str, args: &[(&'static str, Arg)]) -> String {
    let mut all = Args::default();
    for (name, value) in args {
        all.set(name, value.clone());
    }
    escape(&catalogue::active().text(id, &all))
}

/// A severity's word.
fn severity_word(severity: Severity) -> String {
    word(match severity {
        Severity::Error => "html-severity-error",
        Severity::Warning => "html-severity-warning",
        Severity::Info => "html-severity-info",
    })
}

/// A severity's CSS class: `e`, `w` or `i`.
fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "e",
        Severity::Warning => "w",
        Severity::Info => "i",
    }
}

/// Tonnes as people read them: whole tonnes from 100 t up, else at most
/// two decimals; thousands set apart by a thin space.
pub fn tonnes(value: f64) -> String {
    let text = if value.abs() >= 100.0 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    };
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("\u{2212}", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push('\u{202F}');
        }
        grouped.push(c);
    }
    let sign = if grouped == "0" && fraction.is_none() {
        ""
    } else {
        sign
    };
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// The inventory a finding belongs to: its own, or the only one of its
/// file; `None` for the file as a whole.
fn owner(report: &FileReport, finding: &Finding) -> Option<usize> {
    finding
        .inventory
        .or((report.inventories.len() == 1).then_some(0))
}
