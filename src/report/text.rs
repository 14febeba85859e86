//! The human report for the terminal, drawn by miette: one block per file;
//! in it, per inventory, a heading (city, year, country, status), its
//! totals (recomputed beside reported, see [`super::totals_table`]) and
//! its findings, each showing its cell in its row under the column headers
//! ([`super::snippet`]) with the fix; a closing summary by status and by
//! code. Repeated findings are grouped and findings in multi-inventory
//! files name their inventory (see [`super::grouping`]). With `ascii` the
//! report draws with ASCII only; [`Style::Narrated`] gives sentences for
//! screen readers ([`super::narrated`]). This is the only module that
//! knows about miette.

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};

use miette::{GraphicalReportHandler, GraphicalTheme, ThemeCharacters, ThemeStyles};

use super::chrome::{self, Glyphs};
use super::closing;
pub use super::closing::{render_by_code, render_statistics, render_summary};
use super::grouping::{self, DEFAULT_MAX_PER_RULE, InventoryName};
use super::narrated;
use super::renderer::Renderer;
use super::snippet::FindingDiagnostic;
use super::summary::Summary;
use super::totals_table;
use crate::diagnostic::{BatchFinding, Code, Counts, Finding, Severity};
use crate::outcome::{FileReport, InventorySummary, Status};

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
    /// `--statistics` and the summary by code.
    tally: BTreeMap<(Code, Severity), usize>,
    /// Inventories read: (valid, invalid), for the closing summary.
    inventories: (usize, usize),
    style: Style,
    glyphs: Glyphs,
    colour: bool,
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

/// How the findings are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// miette diagnostics, box drawing (or ASCII) and colour.
    Graphical,
    /// Plain sentences for screen readers (`--format narrated`).
    Narrated,
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
        let by_code = self.detail == Detail::Findings;
        let text = closing::lines(summary, self.inventories, by_code.then_some(&self.tally));
        self.out.write_all(text.as_bytes())?;
        if let Some(reason) = summary.failure_reason() {
            writeln!(self.out, "{reason}")?;
        }
        self.out.flush()
    }
}

impl<W: Write> TextRenderer<W> {
    pub fn new(out: W, colour: bool) -> Self {
        TextRenderer {
            handler: handler(colour, false),
            out,
            max_per_rule: DEFAULT_MAX_PER_RULE,
            detail: Detail::Findings,
            tally: BTreeMap::new(),
            inventories: (0, 0),
            style: Style::Graphical,
            glyphs: Glyphs::UNICODE,
            colour,
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

    /// Draws with ASCII characters only (`--ascii`, or a terminal whose
    /// locale is not UTF-8).
    pub fn with_ascii(mut self, ascii: bool) -> Self {
        self.glyphs = if ascii {
            Glyphs::ASCII
        } else {
            Glyphs::UNICODE
        };
        self.handler = handler(self.colour, ascii);
        self
    }

    /// Writes sentences for screen readers instead of drawn diagnostics.
    pub fn with_style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }

    /// The block for one file: a heading line, then its inventories, each
    /// with its heading, totals and findings, grouped.
    pub fn render_file(&self, report: &FileReport) -> String {
        if self.style == Style::Narrated {
            return narrated::file(report, self.max_per_rule);
        }
        let counts = report.counts();
        let layout = report.layout.map_or_else(
            || chrome::text("text-unknown-layout", &[]),
            |l| l.name().to_owned(),
        );
        let inventories = match report.inventories.len() {
            0 | 1 => String::new(),
            n => format!(
                "{}; ",
                chrome::text("text-inventories", &[("count", n.into())])
            ),
        };
        let mut out = format!(
            "{}: {} ({layout}; {inventories}{})\n",
            report.path.display(),
            chrome::status(report.status),
            chrome::counts(&counts)
        );
        let names = grouping::inventory_names(report);
        let groups = grouping::group(&report.findings, |f| f, self.max_per_rule);
        if report.inventories.len() < 2 {
            if let Some(inventory) = report.inventories.first() {
                out.push_str(&self.inventory_heading(inventory, None, counts));
            }
            for group in &groups {
                for finding in &group.shown {
                    out.push_str(&self.render_finding(finding, None));
                }
                if !group.rest.is_empty() {
                    let places = group.rest_places(|f| grouping::place(f, &names));
                    out.push_str(&self.more_like_this(&places));
                }
            }
            return out;
        }
        // Several inventories: the file's own findings, then each inventory
        // with a finding shown under its heading, then the lines naming the
        // findings not shown in full.
        let shown: HashSet<*const Finding> = groups
            .iter()
            .flat_map(|g| g.shown.iter().map(|f| *f as *const Finding))
            .collect();
        let is_shown = |f: &&Finding| shown.contains(&(*f as *const Finding));
        for finding in report.findings.iter().filter(is_shown) {
            if finding.inventory.is_none() {
                out.push_str(&self.render_finding(finding, None));
            }
        }
        let (mut valid, mut invalid) = (0usize, 0usize);
        for (index, inventory) in report.inventories.iter().enumerate() {
            let own: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.inventory == Some(index))
                .collect();
            if !own.iter().any(is_shown) {
                match inventory.status {
                    Status::Valid => valid += 1,
                    _ => invalid += 1,
                }
                continue;
            }
            let counts = Counts::of(own.iter().copied());
            out.push_str(&self.inventory_heading(inventory, names.get(index), counts));
            for finding in own.into_iter().filter(is_shown) {
                let name = grouping::inventory_of(finding, &names);
                out.push_str(&self.render_finding(finding, name));
            }
        }
        for group in groups.iter().filter(|g| !g.rest.is_empty()) {
            let places = group.rest_places(|f| grouping::place(f, &names));
            let lead = chrome::text(
                "text-more-of-code",
                &[
                    ("count", group.rest.len().into()),
                    ("code", group.shown[0].code.id().into()),
                ],
            );
            out.push_str(
                &self
                    .glyphs
                    .plain(&grouping::more_line(&lead, &places, WIDTH)),
            );
        }
        if valid + invalid > 0 {
            out.push_str(&chrome::text(
                "text-inventories-not-shown",
                &[
                    ("count", (valid + invalid).into()),
                    ("valid", valid.into()),
                    ("invalid", invalid.into()),
                ],
            ));
            out.push_str("\n\n");
        }
        out
    }

    /// `── Testville 2021 (BR), row 5: INVALID (1 error, 0 warnings)` and
    /// the inventory's totals.
    fn inventory_heading(
        &self,
        inventory: &InventorySummary,
        name: Option<&InventoryName>,
        counts: Counts,
    ) -> String {
        // Only an inventory of several in a file is named with its rows.
        let title = InventoryName::title(inventory, name);
        let mut out = format!(
            "{} {}\n",
            self.glyphs.rule,
            chrome::text(
                "text-inventory-heading",
                &[
                    ("name", title.into()),
                    ("status", chrome::status(inventory.status).into()),
                    ("counts", chrome::counts(&counts).into()),
                ],
            )
        );
        out.push_str(&totals_table::render(inventory, self.glyphs));
        out.push('\n');
        out
    }

    /// `+N more like this: ...` naming the places of the findings not shown.
    fn more_like_this(&self, places: &[String]) -> String {
        let lead = chrome::text("text-more-like-this", &[("count", places.len().into())]);
        self.glyphs
            .plain(&grouping::more_line(&lead, places, WIDTH))
    }

    /// The findings about the batch as a whole, under their own heading;
    /// nothing when there are none.
    pub fn render_batch(&self, findings: &[BatchFinding]) -> String {
        if self.style == Style::Narrated {
            return narrated::batch(findings, self.max_per_rule);
        }
        if findings.is_empty() {
            return String::new();
        }
        let counts = Counts::of(findings.iter().map(|f| &f.finding));
        let infos = match counts.infos {
            0 => String::new(),
            n => format!(", {}", chrome::text("text-infos", &[("infos", n.into())])),
        };
        let mut out = format!(
            "{} ({}{infos})\n",
            chrome::text("text-batch-heading", &[]),
            chrome::counts(&counts)
        );
        for group in grouping::group(findings, |f| &f.finding, self.max_per_rule) {
            for finding in &group.shown {
                out.push_str(&self.render_finding(&finding.finding, None));
            }
            if !group.rest.is_empty() {
                let places = group.rest_places(grouping::batch_place);
                out.push_str(&self.more_like_this(&places));
            }
        }
        out
    }

    /// One finding in full; `inventory` names the inventory it is about
    /// when its file holds several.
    fn render_finding(&self, finding: &Finding, inventory: Option<&InventoryName>) -> String {
        let diagnostic = FindingDiagnostic::new(finding, inventory, self.glyphs);
        let mut block = String::new();
        if self.handler.render_report(&mut block, &diagnostic).is_err() {
            block = format!("{}: {}\n", finding.code.id(), diagnostic.message);
        }
        block.push('\n');
        block
    }
}

/// The miette handler: box drawing or ASCII, in colour or not.
fn handler(colour: bool, ascii: bool) -> GraphicalReportHandler {
    let theme = match (ascii, colour) {
        (false, true) => GraphicalTheme::unicode(),
        (false, false) => GraphicalTheme::unicode_nocolor(),
        (true, true) => GraphicalTheme::ascii(),
        (true, false) => GraphicalTheme {
            characters: ThemeCharacters::ascii(),
            styles: ThemeStyles::none(),
        },
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(WIDTH)
        .with_links(false)
        .without_primary_span_start()
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

    #[test]
    fn an_inventory_shows_its_heading_totals_and_rows_under_their_headers() {
        let out = text(None, &sample::with_rows(), &[]);
        insta::assert_snapshot!(out);
        assert!(
            out.contains("── Testville 2021 (BR): INVALID (1 error, 1 warning)\n"),
            "{out}"
        );
        assert!(out.contains("  reported     12,000     800≠"), "{out}");
        // The header row and the finding's row, each numbered with its row.
        assert!(
            out.contains(" 1 │ Sector            │… GPC ref │ Scope 1    │ Scope 2\n"),
            "{out}"
        );
        assert!(
            out.contains(" 17 │ Stationary energy │… I.1.1   │ about 8000 │ 120\n"),
            "{out}"
        );
        // A row right below its header is one snippet.
        let one = out.find(" 1 │ City      │ Country │ Year\n").unwrap();
        let two = out.find(" 2 │ Testville │ (empty) │ 2021\n").unwrap();
        assert!(!out[one..two].contains("╭"), "{out}");
    }

    #[test]
    fn the_ascii_form_draws_with_ascii_only() {
        let mut renderer = TextRenderer::new(Vec::new(), false).with_ascii(true);
        let (_, batch, summary) = sample::run();
        renderer.file(&sample::with_rows()).unwrap();
        renderer.file(&sample::repeated()).unwrap();
        renderer.batch(&batch).unwrap();
        renderer.finish(&summary).unwrap();
        let out = String::from_utf8(renderer.out).unwrap();
        assert!(out.is_ascii(), "{out}");
        assert!(out.contains("-- Testville 2021 (BR): INVALID"), "{out}");
        assert!(out.contains("800!="), "{out}");
        insta::assert_snapshot!(out);
    }

    #[test]
    fn the_narrated_form_is_sentences_without_drawing() {
        let mut renderer = TextRenderer::new(Vec::new(), true).with_style(Style::Narrated);
        let (report, batch, summary) = sample::run();
        renderer.file(&report).unwrap();
        renderer.file(&sample::with_rows()).unwrap();
        renderer.file(&sample::multi_inventory()).unwrap();
        renderer.batch(&batch).unwrap();
        renderer.finish(&summary).unwrap();
        let out = String::from_utf8(renderer.out).unwrap();
        for drawn in ['│', '╭', '─', '\u{1b}', '×', '☞'] {
            assert!(!out.contains(drawn), "{drawn:?} in {out}");
        }
        assert!(
            out.contains(
                "Error X001 text-in-number-cell at sheet Emissions cell G3: `CO2 (tCO2e)` must be \
                 a number, found text. The cell reads about 8000. How to fix: "
            ),
            "{out}"
        );
        assert!(
            out.contains("Warning B002 same-city-and-year-differ at the batch: "),
            "{out}"
        );
        assert!(
            out.contains("Inventory Testville 2021 (BR): invalid, 1 error, 1 warning.\n"),
            "{out}"
        );
        assert!(
            out.contains(
                "Totals in tonnes CO2e: scope 1 12,000 recomputed, 12,000 reported; \
                 scope 2 500 recomputed, 800 reported, which differs;"
            ),
            "{out}"
        );
        insta::assert_snapshot!(out);
    }

    #[test]
    fn the_summary_names_the_most_frequent_codes() {
        let mut tally = BTreeMap::new();
        for (i, code) in [
            Code::NotationKeyUnexplained,
            Code::TextInNumberCell,
            Code::NoEmissions,
            Code::RecommendedFactMissing,
            Code::SameCityAndYear,
            Code::ScopeMismatch,
            Code::NoInventoryRow,
        ]
        .into_iter()
        .enumerate()
        {
            tally.insert((code, Severity::Warning), 10 - i);
        }
        tally.insert((Code::NotationKeyUnexplained, Severity::Error), 5);
        assert_eq!(
            render_by_code(&tally).unwrap(),
            "by code: N002 15, X001 9, S007 8, F001 7, B001 6, and 2 more codes\n"
        );
        assert_eq!(render_by_code(&BTreeMap::new()), None);
    }

    #[test]
    fn a_table_of_inventories_heads_each_with_a_finding_shown() {
        let out = text(None, &sample::multi_inventory(), &[]);
        let headings: Vec<&str> = out.lines().filter(|l| l.starts_with("── ")).collect();
        assert_eq!(
            headings,
            [
                "── Testville 2020, row 2: INVALID (1 error, 1 warning)",
                "── Sampleton 2019, row 3: valid (0 errors, 1 warning)",
                "── Exampleburg, row 4: INVALID (1 error, 1 warning)",
                "── Demo City 2018, row 5: INVALID (1 error, 1 warning)",
            ]
        );
        assert!(
            out.contains("  +1 more S007 like this: V6 (Mockford 2020)\n"),
            "{out}"
        );
        assert!(
            out.ends_with("1 more inventory with no finding shown above: 0 valid, 1 invalid\n\n"),
            "{out}"
        );
    }
}
