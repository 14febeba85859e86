//! The human report for the terminal, drawn by miette: one block per file,
//! one diagnostic per finding showing `Sheet!B7`, the field, the value as
//! written and the fix, and a closing summary line. This is the only module
//! that knows about miette.

use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan,
};

use super::catalogue;
use super::renderer::Renderer;
use super::summary::Summary;
use crate::diagnostic::{BatchFinding, Counts, Finding, Severity};
use crate::outcome::{FileReport, Status};

/// Renders reports into `out`; `colour` is decided by the caller
/// (terminal, NO_COLOR).
pub struct TextRenderer<W: Write> {
    handler: GraphicalReportHandler,
    out: W,
}

impl<W: Write> Renderer for TextRenderer<W> {
    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        let block = self.render_file(report);
        self.out.write_all(block.as_bytes())?;
        self.out.flush()
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        let block = self.render_batch(findings);
        self.out.write_all(block.as_bytes())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        let line = render_summary(summary);
        self.out.write_all(line.as_bytes())?;
        self.out.flush()
    }
}

impl<W: Write> TextRenderer<W> {
    pub fn new(out: W, colour: bool) -> Self {
        let theme = if colour {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        TextRenderer {
            handler: GraphicalReportHandler::new_themed(theme)
                .with_width(100)
                .with_links(false)
                .without_primary_span_start(),
            out,
        }
    }

    /// The block for one file: a heading line, then its findings.
    pub fn render_file(&self, report: &FileReport) -> String {
        let counts = report.counts();
        let layout = report.layout.map_or("unknown layout", |l| l.name());
        let mut out = format!(
            "{}: {} ({layout}; {})\n",
            report.path.display(),
            status_word(report.status),
            counts_words(&counts)
        );
        for finding in &report.findings {
            out.push_str(&self.render_finding(finding));
        }
        out
    }

    /// The findings about the batch as a whole, under their own heading;
    /// nothing when there are none.
    pub fn render_batch(&self, findings: &[BatchFinding]) -> String {
        if findings.is_empty() {
            return String::new();
        }
        let counts = Counts::of(findings.iter().map(|f| &f.finding));
        let infos = match counts.infos {
            0 => String::new(),
            n => format!(", {n} info{}", plural(n)),
        };
        let mut out = format!("the batch as a whole ({}{infos})\n", counts_words(&counts));
        for finding in findings {
            out.push_str(&self.render_finding(&finding.finding));
        }
        out
    }

    fn render_finding(&self, finding: &Finding) -> String {
        let diagnostic = FindingDiagnostic::new(finding);
        let mut block = String::new();
        if self.handler.render_report(&mut block, &diagnostic).is_err() {
            block = format!("{}: {}\n", finding.code.id(), diagnostic.message);
        }
        block.push('\n');
        block
    }
}

/// The closing line of a run.
pub fn render_summary(summary: &Summary) -> String {
    format!(
        "{} file{} checked: {} valid, {} invalid, {} unreadable; {} error{}, {} warning{}\n",
        summary.files,
        plural(summary.files),
        summary.valid,
        summary.invalid,
        summary.unreadable,
        summary.errors,
        plural(summary.errors),
        summary.warnings,
        plural(summary.warnings)
    )
}

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Valid => "valid",
        Status::Invalid => "INVALID",
        Status::Unreadable => "UNREADABLE",
    }
}

fn counts_words(counts: &Counts) -> String {
    format!(
        "{} error{}, {} warning{}",
        counts.errors,
        plural(counts.errors),
        counts.warnings,
        plural(counts.warnings)
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A finding dressed as a miette diagnostic. Its "source" is named after the
/// cell (`Sheet!B7`, or the JSON pointer) and holds one line, `Field = value`,
/// with the value underlined.
struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    message: String,
    help: Option<String>,
    code: String,
    source: Option<NamedSource<String>>,
    span: Option<SourceSpan>,
}

impl<'a> FindingDiagnostic<'a> {
    fn new(finding: &'a Finding) -> Self {
        let place = finding
            .cell
            .as_ref()
            .map(ToString::to_string)
            .or_else(|| finding.pointer.clone());
        let (source, span) = match place {
            Some(place) => {
                let field = finding.field.as_deref().unwrap_or("");
                let value = finding.value.as_deref().unwrap_or("(empty)");
                let prefix = if field.is_empty() {
                    String::new()
                } else {
                    format!("{field} = ")
                };
                let line = format!("{prefix}{value}");
                let span = SourceSpan::from((prefix.len(), value.len().max(1)));
                (Some(NamedSource::new(place, line)), Some(span))
            }
            None => (None, None),
        };
        let code = format!("{} {}", finding.code.id(), finding.code.info().name);
        let catalogue = catalogue::english();
        FindingDiagnostic {
            finding,
            message: catalogue.message(finding),
            help: catalogue.help(finding),
            code,
            source,
            span,
        }
    }
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
        let span = self.span?;
        let label = if self.finding.value.is_some() {
            "here"
        } else if self.finding.cell.is_none() {
            // A layout without a place for the field (a CSV export, JSON).
            "not in the file"
        } else {
            "fill this cell"
        };
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(label.to_owned()),
            span,
        ))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn renders_a_file_block_the_batch_and_the_summary() {
        let (report, batch, summary) = sample::run();
        let mut renderer = TextRenderer::new(Vec::new(), false);
        renderer.begin().unwrap();
        renderer.file(&report).unwrap();
        renderer.batch(&batch).unwrap();
        renderer.finish(&summary).unwrap();
        insta::assert_snapshot!(String::from_utf8(renderer.out).unwrap());
    }
}
