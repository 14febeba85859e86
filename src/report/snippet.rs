//! A finding dressed as a miette diagnostic. At a cell of a table whose row
//! was kept ([`RowContext`]), its source is the header row and the
//! finding's row as text, a few columns each, the cell underlined in both,
//! each line numbered with its row in the sheet. Otherwise (a JSON
//! document, a cell without its row) the source is one line,
//! `Field = value`, with the value underlined. The source is named after
//! the cell (`Sheet!B7`) or the JSON pointer.

use std::fmt;

use miette::{Diagnostic, LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan};

use super::catalogue;
use super::chrome::{self, Glyphs};
use super::grouping::InventoryName;
use crate::diagnostic::{Finding, RowContext, Severity};

/// How many columns a row snippet may take before columns far from the
/// cell are dropped.
const SNIPPET_WIDTH: usize = 84;

pub struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    pub message: String,
    help: Option<String>,
    code: String,
    source: Option<Lines>,
    /// The underlined spans: the cell (labelled), and its header (not).
    spans: Vec<(SourceSpan, bool)>,
}

/// A few lines of text, each standing for a 0-based row of a sheet.
struct Lines {
    name: String,
    text: String,
    /// Each line's byte offset in `text`, length, and row.
    lines: Vec<(usize, usize, u32)>,
}

impl Lines {
    fn push(&mut self, line: &str, row: u32) -> usize {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let start = self.text.len();
        self.text.push_str(line);
        self.lines.push((start, line.len(), row));
        start
    }
}

impl SourceCode for Lines {
    /// The lines the span touches, numbered with their rows: lines that
    /// are not next to each other in the sheet come as separate snippets.
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        _before: usize,
        _after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, MietteError> {
        let start = span.offset();
        let end = start + span.len().max(1) - 1;
        let touched: Vec<&(usize, usize, u32)> = self
            .lines
            .iter()
            .filter(|(at, len, _)| *at <= end && start <= at + len)
            .collect();
        let (Some(first), Some(last)) = (touched.first(), touched.last()) else {
            return Err(MietteError::OutOfBounds);
        };
        let from = first.0;
        let to = last.0 + last.1;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &self.text.as_bytes()[from..to],
            SourceSpan::from((from, to - from)),
            first.2 as usize,
            0,
            touched.len(),
        )))
    }
}

impl<'a> FindingDiagnostic<'a> {
    pub fn new(finding: &'a Finding, inventory: Option<&InventoryName>, glyphs: Glyphs) -> Self {
        let place = finding
            .cell
            .as_ref()
            .map(ToString::to_string)
            .or_else(|| finding.pointer.clone());
        let (source, spans) = match (place, finding.context.as_deref()) {
            (Some(place), Some(context)) => row_snippet(place, finding, context, glyphs),
            (Some(place), None) => field_line(place, finding),
            (None, _) => (None, Vec::new()),
        };
        let mut code = format!("{} {}", finding.code.id(), finding.code.info().name);
        if let Some(inventory) = inventory {
            code.push_str(&format!(" ({})", inventory.full()));
        }
        let catalogue = catalogue::active();
        FindingDiagnostic {
            finding,
            message: catalogue.message(finding),
            help: catalogue.help(finding),
            code,
            source,
            spans,
        }
    }
}

type Snippet = (Option<Lines>, Vec<(SourceSpan, bool)>);

/// `Field = value`, the value underlined.
fn field_line(place: String, finding: &Finding) -> Snippet {
    let field = finding.field.as_deref().unwrap_or("");
    let empty = chrome::text("text-empty", &[]);
    let value = finding.value.as_deref().unwrap_or(&empty);
    let prefix = if field.is_empty() {
        String::new()
    } else {
        format!("{field} = ")
    };
    let mut lines = Lines {
        name: place,
        text: String::new(),
        lines: Vec::new(),
    };
    let row = finding.cell.as_ref().map_or(0, |c| c.row);
    lines.push(&format!("{prefix}{value}"), row);
    let span = SourceSpan::from((prefix.len(), value.len().max(1)));
    (Some(lines), vec![(span, true)])
}

/// The header row and the finding's row, a few columns aligned; the
/// columns farthest from the cell go first when they do not fit.
fn row_snippet(place: String, finding: &Finding, context: &RowContext, glyphs: Glyphs) -> Snippet {
    let col = finding.cell.as_ref().map_or(0, |c| c.col);
    let empty = chrome::text("text-empty", &[]);
    let mut cells: Vec<(u32, String, String)> = context
        .cells
        .iter()
        .map(|c| {
            let text = if c.text.is_empty() && c.col == col {
                empty.clone()
            } else {
                glyphs.plain(&c.text)
            };
            (c.col, glyphs.plain(&c.header), text)
        })
        .collect();
    let width = |cells: &[(u32, String, String)]| -> usize {
        cells
            .iter()
            .map(|(_, h, t)| {
                h.chars().count().max(t.chars().count()) + glyphs.column.chars().count()
            })
            .sum()
    };
    while width(&cells) > SNIPPET_WIDTH && cells.len() > 1 {
        // The first column is the row's label: it goes last.
        let farthest = (1..cells.len())
            .filter(|&i| cells[i].0 != col)
            .max_by_key(|&i| cells[i].0.abs_diff(col));
        match farthest {
            Some(i) => cells.remove(i),
            None => break,
        };
    }
    let header = context
        .header_row
        .filter(|_| cells.iter().any(|(_, h, _)| !h.is_empty()));
    let mut header_line = String::new();
    let mut row_line = String::new();
    let (mut header_span, mut row_span) = ((0, 0), (0, 0));
    for (i, (c, h, t)) in cells.iter().enumerate() {
        if i > 0 {
            // ` │ `, or ` │… ` where columns are left out.
            let separator = if *c > cells[i - 1].0 + 1 {
                format!("{}{} ", glyphs.column.trim_end(), glyphs.ellipsis)
            } else {
                glyphs.column.to_owned()
            };
            header_line.push_str(&separator);
            row_line.push_str(&separator);
        }
        let w = h.chars().count().max(t.chars().count());
        if *c == col {
            header_span = (header_line.len(), h.len().max(1));
            row_span = (row_line.len(), t.len().max(1));
        }
        header_line.push_str(&format!("{h:<w$}"));
        row_line.push_str(&format!("{t:<w$}"));
    }
    let mut lines = Lines {
        name: place,
        text: String::new(),
        lines: Vec::new(),
    };
    let mut spans = Vec::new();
    if let Some(header_row) = header {
        let at = lines.push(header_line.trim_end(), header_row);
        spans.push((SourceSpan::from((at + header_span.0, header_span.1)), false));
    }
    let at = lines.push(row_line.trim_end(), context.row);
    spans.push((SourceSpan::from((at + row_span.0, row_span.1)), true));
    (Some(lines), spans)
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.spans.is_empty() {
            return None;
        }
        let label = if self.finding.value.is_some() {
            "text-label-here"
        } else if self.finding.cell.is_none() {
            // A layout without a place for the field (a CSV export, JSON).
            "text-label-not-in-file"
        } else {
            "text-label-fill"
        };
        let label = chrome::text(label, &[]);
        Some(Box::new(self.spans.iter().map(move |&(span, labelled)| {
            LabeledSpan::new_with_span(labelled.then(|| label.clone()), span)
        })))
    }
}
