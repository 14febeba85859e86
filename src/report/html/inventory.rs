//! The sections of the page that list findings: per file (its findings of
//! its own, then per inventory a folding section with its totals, chart
//! and findings), the files that could not be read, and the findings about
//! the batch as a whole. Findings are grouped by code, most serious first;
//! each group shows its first `max` findings, then "+N more".

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::budget::Budget;
use super::{chart, escape, owner, severity_class, severity_word, totals, word, words};
use crate::diagnostic::{Arg, BatchFinding, Code, Counts, Finding, Severity};
use crate::outcome::{FileReport, InventorySummary, Status};
use crate::report::catalogue;

/// Where a file's sections go on the page, and which are open.
pub struct Anchors<'a> {
    pub file: &'a str,
    pub inventories: &'a [String],
    pub open: &'a [bool],
}

/// A finding and what the third column says of it: its cell, or the
/// inventory a batch finding is about.
struct Line<'a> {
    finding: &'a Finding,
    place: Option<String>,
}

fn status_badge(html: &mut String, status: Status) {
    let (class, id) = match status {
        Status::Valid => ("ok", "html-status-valid"),
        Status::Invalid => ("e", "html-status-invalid"),
        Status::Unreadable => ("e", "html-status-unreadable"),
    };
    let _ = write!(html, "<span class=\"badge {class}\">{}</span>", word(id));
}

/// Findings grouped by code, in a table whose third column is `place`:
/// the first `max` of each code (0: all) as the budget allows.
fn table(html: &mut String, lines: &[Line], place: &'static str, max: usize, budget: &mut Budget) {
    let mut groups: BTreeMap<(Severity, Code), Vec<&Line>> = BTreeMap::new();
    for line in lines {
        groups
            .entry((line.finding.severity, line.finding.code))
            .or_default()
            .push(line);
    }
    html.push_str("<table class=\"findings\"><thead><tr>");
    for id in [
        "html-col-code",
        "html-col-severity",
        place,
        "html-col-message",
        "html-col-help",
    ] {
        let _ = write!(html, "<th>{}</th>", word(id));
    }
    html.push_str("</tr></thead><tbody>\n");
    let catalogue = catalogue::active();
    for ((severity, code), group) in groups {
        let wanted = if max == 0 {
            group.len()
        } else {
            max.min(group.len())
        };
        let shown = budget.take(wanted);
        for line in &group[..shown] {
            let finding = line.finding;
            let help = catalogue.help(finding).unwrap_or_default();
            let _ = writeln!(
                html,
                "<tr><td class=\"{}\">{}</td><td>{}</td><td class=\"cell\">{}</td><td>{}</td><td class=\"help\">{}</td></tr>",
                severity_class(severity),
                code.id(),
                severity_word(severity),
                escape(line.place.as_deref().unwrap_or("")),
                escape(&catalogue.message(finding)),
                escape(&help)
            );
        }
        let rest = group.len() - shown;
        if rest > 0 {
            let _ = writeln!(
                html,
                "<tr class=\"more\"><td colspan=\"5\">{}</td></tr>",
                words(
                    "html-more",
                    &[("count", Arg::from(rest)), ("code", Arg::from(code.id()))]
                )
            );
        }
    }
    html.push_str("</tbody></table>\n");
}

fn cell_lines<'a>(findings: impl Iterator<Item = &'a Finding>) -> Vec<Line<'a>> {
    findings
        .map(|finding| Line {
            finding,
            place: finding.cell.as_ref().map(ToString::to_string),
        })
        .collect()
}

/// What of a file the page shows.
pub struct Shown {
    pub file: bool,
    pub inventories: Vec<bool>,
}

/// One file's section, and each inventory's in it, while the budget has
/// room.
pub fn file(
    html: &mut String,
    report: &FileReport,
    anchors: &Anchors,
    max: usize,
    budget: &mut Budget,
) -> Shown {
    let mut shown = Shown {
        file: false,
        inventories: vec![false; report.inventories.len()],
    };
    if !budget.has_room() {
        budget.omitted += report.inventories.len();
        return shown;
    }
    shown.file = true;
    let mut head = String::new();
    let _ = write!(
        head,
        "<section class=\"file\" id=\"{}\"><h3>{}</h3><p class=\"meta\">",
        anchors.file,
        escape(&report.path.display().to_string())
    );
    status_badge(&mut head, report.status);
    if let Some(format) = report.format {
        let _ = write!(head, " {}", format!("{format:?}").to_lowercase());
    }
    if let Some(layout) = report.layout {
        let _ = write!(head, " \u{b7} {}", escape(layout.name()));
    }
    head.push_str("</p>\n");
    let mut own = Vec::new();
    let mut mine: Vec<Vec<&Finding>> = vec![Vec::new(); report.inventories.len()];
    for finding in &report.findings {
        match owner(report, finding).and_then(|i| mine.get_mut(i)) {
            Some(list) => list.push(finding),
            None => own.push(finding),
        }
    }
    if !own.is_empty() {
        let _ = writeln!(head, "<h4>{}</h4>", word("html-file-findings"));
        table(
            &mut head,
            &cell_lines(own.into_iter()),
            "html-col-cell",
            max,
            budget,
        );
    }
    if report.inventories.is_empty() {
        let _ = writeln!(head, "<p>{}</p>", word("html-no-inventory"));
    }
    budget.spend(&head);
    html.push_str(&head);
    for (index, inventory) in report.inventories.iter().enumerate() {
        if !budget.has_room() {
            budget.omitted += 1;
            continue;
        }
        let anchor = anchors.inventories.get(index).map_or("", String::as_str);
        let open = anchors.open.get(index).copied().unwrap_or(false);
        let lines = cell_lines(mine[index].iter().copied());
        let mut part = String::new();
        section(&mut part, inventory, &lines, (anchor, open), max, budget);
        budget.spend(&part);
        html.push_str(&part);
        shown.inventories[index] = true;
    }
    html.push_str("</section>\n");
    shown
}

/// One inventory's folding section.
fn section(
    html: &mut String,
    inventory: &InventorySummary,
    lines: &[Line],
    (anchor, open): (&str, bool),
    max: usize,
    budget: &mut Budget,
) {
    let _ = write!(
        html,
        "<details class=\"inventory\" id=\"{anchor}\"{}><summary>",
        if open { " open" } else { "" }
    );
    status_badge(html, inventory.status);
    match &inventory.city {
        Some(city) => {
            let _ = write!(html, " <b>{}</b>", escape(city));
        }
        None => {
            let _ = write!(html, " <b>{}</b>", word("html-city-unknown"));
        }
    }
    if let Some(year) = inventory.year {
        let _ = write!(html, " {year}");
    }
    let counts = Counts::of(lines.iter().map(|l| l.finding));
    let _ = writeln!(
        html,
        " <code>{}</code> <span class=\"counts\">{}</span></summary>",
        escape(&inventory.id),
        words(
            "html-counts",
            &[
                ("errors", Arg::from(counts.errors)),
                ("warnings", Arg::from(counts.warnings)),
                ("infos", Arg::from(counts.infos)),
            ]
        )
    );
    let sectors = totals::by_sector(inventory);
    let mut figures = String::new();
    if !sectors.is_empty() {
        totals::sectors(&mut figures, &sectors);
    }
    totals::whole(&mut figures, inventory);
    chart::write(&mut figures, &sectors);
    if !figures.is_empty() {
        let _ = writeln!(html, "<div class=\"figures\">{figures}</div>");
        totals::note(html);
    }
    if lines.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", word("html-no-findings"));
    } else {
        table(html, lines, "html-col-cell", max, budget);
    }
    html.push_str("</details>\n");
}

/// A file that could not be read: an item of that section's list.
pub fn unreadable(html: &mut String, report: &FileReport, anchor: &str) {
    let catalogue = catalogue::active();
    let _ = write!(
        html,
        "<li id=\"{anchor}\"><b>{}</b>",
        escape(&report.path.display().to_string())
    );
    for finding in &report.findings {
        let _ = write!(
            html,
            "<br><span class=\"{}\">{}</span> {}",
            severity_class(finding.severity),
            finding.code.id(),
            escape(&catalogue.message(finding))
        );
        if let Some(help) = catalogue.help(finding) {
            let _ = write!(html, " <small>{}</small>", escape(&help));
        }
    }
    html.push_str("</li>\n");
}

/// The section of files that could not be read, around their items.
pub fn unreadable_section(html: &mut String, items: &str) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(
        html,
        "<h2 id=\"unreadable\">{}</h2>\n<ul class=\"unreadable\">",
        word("html-unreadable-heading")
    );
    html.push_str(items);
    html.push_str("</ul>\n");
}

/// The section of findings about the batch as a whole.
pub fn batch(html: &mut String, findings: &[BatchFinding], max: usize) {
    if findings.is_empty() {
        return;
    }
    let _ = writeln!(html, "<h2 id=\"batch\">{}</h2>", word("html-batch-heading"));
    let lines: Vec<Line> = findings
        .iter()
        .map(|f| Line {
            finding: &f.finding,
            place: f.inventory.clone(),
        })
        .collect();
    // The batch's findings come first on the page: they have a budget of
    // their own.
    table(
        html,
        &lines,
        "html-col-inventory",
        max,
        &mut Budget::unlimited(),
    );
}
