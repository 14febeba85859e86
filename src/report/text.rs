//! The human report for the terminal, drawn by miette: one block per file,
//! one diagnostic per finding showing `Sheet!B7`, the field, the value as
//! written and the fix, and a closing summary line. Repeated findings are
//! grouped and findings in multi-inventory files name their inventory (see
//! [`super::grouping`]). This is the only module that knows about miette.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan,
};

use super::catalogue;
use super::grouping::{self, DEFAULT_MAX_PER_RULE, InventoryName};
use super::renderer::Renderer;
use super::summary::Summary;
use crate::diagnostic::{BatchFinding, Code, Counts, Finding, Severity};
use crate::outcome::{FileReport, Status};

/// Renders reports into `out`; `colour` is decided by the caller
/// (terminal, NO_COLOR).
pub struct TextRenderer<W: Write> {
    handler: GraphicalReportHandler,
    out: W,
    /// Findings of one code and message shown in full per file; 0: all.
    max_per_rule: usize,
    /// What is shown besides the closing summary.
    detail: Detail,
    /// Findings per code and severity (as the settings made it), for
    /// `--statistics`.
    tally: BTreeMap<(Code, Severity), usize>,
    /// Inventories read: (valid, invalid), for the closing summary.
    inventories: (usize, usize),
}

/// How much of the report the text shows before its closing summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Every file's findings (grouped).
    Findings,
    /// One line per finding code with its count, most frequent first
    /// (`--statistics`).
    Statistics,
    /// Nothing (`--quiet`).
    Quiet,
}

/// The width the report is wrapped to.
const WIDTH: usize = 100;

impl<W: Write> Renderer for TextRenderer<W> {
    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        for finding in &report.findings {
            *self
                .tally
                .entry((finding.code, finding.severity))
                .or_default() += 1;
        }
        for inventory in &report.inventories {
            match inventory.status {
                Status::Valid => self.inventories.0 += 1,
                _ => self.inventories.1 += 1,
            }
        }
        if self.detail != Detail::Findings {
            return Ok(());
        }
        let block = self.render_file(report);
        self.out.write_all(block.as_bytes())?;
        self.out.flush()
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        for BatchFinding { finding, .. } in findings {
            *self
                .tally
                .entry((finding.code, finding.severity))
                .or_default() += 1;
        }
        if self.detail != Detail::Findings {
            return Ok(());
        }
        let block = self.render_batch(findings);
        self.out.write_all(block.as_bytes())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        if self.detail == Detail::Statistics {
            self.out
                .write_all(render_statistics(&self.tally).as_bytes())?;
        }
        let line = render_summary(summary);
        let line = match self.inventories {
            (0, 0) => line,
            (valid, invalid) => line.replacen(
                "; ",
                &format!(
                    "; {} inventor{}: {valid} valid, {invalid} invalid; ",
                    valid + invalid,
                    if valid + invalid == 1 { "y" } else { "ies" }
                ),
                1,
            ),
        };
        self.out.write_all(line.as_bytes())?;
        if let Some(reason) = summary.failure_reason() {
            writeln!(self.out, "{reason}")?;
        }
        self.out.flush()
    }
}

/// One line per finding code: its count, id, name and severity, the most
/// frequent first (ties in id order).
pub fn render_statistics(tally: &BTreeMap<(Code, Severity), usize>) -> String {
    let mut rows: Vec<(&(Code, Severity), &usize)> = tally.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let width = rows.first().map_or(1, |(_, n)| n.to_string().len());
    rows.iter()
        .map(|((code, severity), count)| {
            format!(
                "{count:>width$}  {}  {} ({})\n",
                code.id(),
                code.info().name,
                severity.as_str()
            )
        })
        .collect()
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
                .with_width(WIDTH)
                .with_links(false)
                .without_primary_span_start(),
            out,
            max_per_rule: DEFAULT_MAX_PER_RULE,
            detail: Detail::Findings,
            tally: BTreeMap::new(),
            inventories: (0, 0),
        }
    }

    /// Shows every file's findings (the default), only counts per code, or
    /// nothing before the closing summary.
    pub fn with_detail(mut self, detail: Detail) -> Self {
        self.detail = detail;
        self
    }

    /// Shows at most `max` findings of one code and message per file in
    /// full, and one line naming the places of the others; 0 shows every
    /// finding in full, in the file's order.
    pub fn with_max_per_rule(mut self, max: usize) -> Self {
        self.max_per_rule = max;
        self
    }

    /// The block for one file: a heading line, then its findings, grouped.
    pub fn render_file(&self, report: &FileReport) -> String {
        let counts = report.counts();
        let layout = report.layout.map_or("unknown layout", |l| l.name());
        let inventories = match report.inventories.len() {
            0 | 1 => String::new(),
            n => format!("{n} inventories; "),
        };
        let mut out = format!(
            "{}: {} ({layout}; {inventories}{})\n",
            report.path.display(),
            status_word(report.status),
            counts_words(&counts)
        );
        let names = grouping::inventory_names(report);
        for group in grouping::group(&report.findings, |f| f, self.max_per_rule) {
            for finding in group.shown {
                let inventory = grouping::inventory_of(finding, &names);
                out.push_str(&self.render_finding(finding, inventory));
            }
            if !group.rest.is_empty() {
                let places: Vec<String> = group
                    .rest
                    .iter()
                    .map(|f| grouping::place(f, &names))
                    .collect();
                out.push_str(&grouping::more_line(&places, WIDTH));
            }
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
        for group in grouping::group(findings, |f| &f.finding, self.max_per_rule) {
            for finding in group.shown {
                out.push_str(&self.render_finding(&finding.finding, None));
            }
            if !group.rest.is_empty() {
                let places: Vec<String> = group
                    .rest
                    .iter()
                    .map(|f| grouping::batch_place(f))
                    .collect();
                out.push_str(&grouping::more_line(&places, WIDTH));
            }
        }
        out
    }

    /// One finding in full; `inventory` names the inventory it is about
    /// when its file holds several.
    fn render_finding(&self, finding: &Finding, inventory: Option<&InventoryName>) -> String {
        let diagnostic = FindingDiagnostic::new(finding, inventory);
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
    fn new(finding: &'a Finding, inventory: Option<&InventoryName>) -> Self {
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

    fn text(max_per_rule: Option<usize>, report: &FileReport, batch: &[BatchFinding]) -> String {
        let mut renderer = TextRenderer::new(Vec::new(), false);
        if let Some(max) = max_per_rule {
            renderer = renderer.with_max_per_rule(max);
        }
        let mut out = renderer.render_file(report);
        out.push_str(&renderer.render_batch(batch));
        out
    }

    #[test]
    fn repeated_findings_show_the_first_three_then_their_cells() {
        let report = sample::repeated();
        insta::assert_snapshot!(text(None, &report, &[]));
    }

    #[test]
    fn max_per_rule_sets_how_many_are_shown_in_full() {
        let report = sample::repeated();
        insta::assert_snapshot!(text(Some(1), &report, &[]));
    }

    #[test]
    fn max_per_rule_zero_shows_every_finding_in_the_files_order() {
        let report = sample::repeated();
        let all = text(Some(0), &report, &[]);
        assert!(!all.contains("more like this"), "{all}");
        let cells: Vec<&str> = all
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("╭─["))
            .collect();
        assert_eq!(
            cells,
            ["D17]", "D18]", "G19]", "D19]", "D20]", "D21]", "D22]"]
        );
    }

    #[test]
    fn findings_of_a_table_of_inventories_name_their_inventory() {
        let report = sample::multi_inventory();
        insta::assert_snapshot!(text(None, &report, &[]));
    }

    #[test]
    fn repeated_batch_findings_are_grouped_by_inventory() {
        let (report, _, _) = sample::run();
        let out = text(None, &report, &sample::repeated_batch());
        let batch = &out[out.find("the batch as a whole").unwrap()..];
        insta::assert_snapshot!(batch);
    }
}
