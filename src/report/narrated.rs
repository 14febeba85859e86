//! The report for screen readers (`--format narrated`): plain sentences,
//! one a line, no box drawing, no colour, no table drawn with characters.
//! `File X: invalid, 1 error, 0 warnings.`, `Inventory Testville 2021:
//! invalid, ...`, `Error X001 text-in-number-cell at sheet Emissions cell
//! G3: ...`. Repeated findings are grouped as in the text report.

use super::chrome;
use super::grouping::{self, InventoryName};
use super::totals_table;
use crate::diagnostic::{Arg, BatchFinding, Counts, Finding};
use crate::outcome::{FileReport, InventorySummary};

/// One file's sentences.
pub fn file(report: &FileReport, max_per_rule: usize) -> String {
    let layout = report.layout.map_or_else(
        || chrome::text("text-unknown-layout", &[]),
        |l| l.name().to_owned(),
    );
    let mut out = chrome::text(
        "narrated-file",
        &[
            (
                "path",
                format!("{} ({layout})", report.path.display()).into(),
            ),
            (
                "status",
                chrome::status(report.status).to_lowercase().into(),
            ),
            ("counts", chrome::counts(&report.counts()).into()),
        ],
    );
    out.push('\n');
    let names = grouping::inventory_names(report);
    let groups = grouping::group(&report.findings, |f| f, max_per_rule);
    let mut shown: Vec<&Finding> = groups.iter().flat_map(|g| g.shown.clone()).collect();
    shown.sort_by_key(|f| report.findings.iter().position(|g| std::ptr::eq(*f, g)));
    if report.inventories.len() < 2 {
        // One inventory: its heading, then every finding of the file.
        if let Some(inventory) = report.inventories.first() {
            out.push_str(&heading(inventory, None, report.counts()));
        }
        for finding in &shown {
            out.push_str(&self::finding(finding, None));
        }
    } else {
        for finding in shown.iter().filter(|f| f.inventory.is_none()) {
            out.push_str(&self::finding(finding, None));
        }
        for (index, inventory) in report.inventories.iter().enumerate() {
            let own: Vec<&&Finding> = shown
                .iter()
                .filter(|f| f.inventory == Some(index))
                .collect();
            if own.is_empty() {
                continue;
            }
            let counts = Counts::of(
                report
                    .findings
                    .iter()
                    .filter(|f| f.inventory == Some(index)),
            );
            out.push_str(&heading(inventory, names.get(index), counts));
            for finding in own {
                out.push_str(&self::finding(finding, None));
            }
        }
    }
    for group in groups.iter().filter(|g| !g.rest.is_empty()) {
        let places = group.rest_places(|f| grouping::place(f, &names));
        out.push_str(&more(group.shown[0], &places));
    }
    out.push('\n');
    out
}

/// The findings about the batch as a whole.
pub fn batch(findings: &[BatchFinding], max_per_rule: usize) -> String {
    if findings.is_empty() {
        return String::new();
    }
    let counts = Counts::of(findings.iter().map(|f| &f.finding));
    let mut out = chrome::text(
        "narrated-batch",
        &[("counts", chrome::counts(&counts).into())],
    );
    out.push('\n');
    for group in grouping::group(findings, |f| &f.finding, max_per_rule) {
        for finding in &group.shown {
            out.push_str(&self::finding(&finding.finding, Some("narrated-the-batch")));
        }
        if !group.rest.is_empty() {
            let places = group.rest_places(grouping::batch_place);
            out.push_str(&more(&group.shown[0].finding, &places));
        }
    }
    out.push('\n');
    out
}

/// `Inventory Testville 2021 (BR), row 5: invalid, 1 error, 0 warnings.`
/// (the row only for one inventory of several) and its totals.
fn heading(inventory: &InventorySummary, name: Option<&InventoryName>, counts: Counts) -> String {
    let name = InventoryName::title(inventory, name);
    let mut out = chrome::text(
        "narrated-inventory",
        &[
            ("name", name.into()),
            (
                "status",
                chrome::status(inventory.status).to_lowercase().into(),
            ),
            ("counts", chrome::counts(&counts).into()),
        ],
    );
    out.push('\n');
    let totals: Vec<String> = totals_table::columns(inventory)
        .iter()
        .map(|c| {
            let recomputed = c.recomputed.map(totals_table::tonnes);
            match (recomputed, c.reported) {
                (None, Some(reported)) => chrome::text(
                    "narrated-total-reported",
                    &[
                        ("name", c.name.clone().into()),
                        ("reported", totals_table::tonnes(reported).into()),
                    ],
                ),
                (Some(recomputed), Some(reported)) => chrome::text(
                    "narrated-total",
                    &[
                        ("name", c.name.clone().into()),
                        ("recomputed", recomputed.into()),
                        ("reported", totals_table::tonnes(reported).into()),
                        ("differs", if c.differs() { "yes" } else { "no" }.into()),
                    ],
                ),
                (recomputed, None) => chrome::text(
                    "narrated-total-recomputed",
                    &[
                        ("name", c.name.clone().into()),
                        ("recomputed", recomputed.unwrap_or_default().into()),
                    ],
                ),
            }
        })
        .collect();
    if !totals.is_empty() {
        out.push_str(&chrome::text(
            "narrated-totals",
            &[("totals", totals.join("; ").into())],
        ));
        out.push('\n');
    }
    out
}

/// `Error X001 text-in-number-cell at sheet Emissions cell G3: ... How to
/// fix: ...`
/// `nowhere` names the place of a finding without a cell or field (the
/// file, or the batch).
fn finding(finding: &Finding, nowhere: Option<&'static str>) -> String {
    let catalogue = crate::report::catalogue::active();
    let mut out = chrome::text(
        "narrated-finding",
        &[
            ("severity", chrome::severity(finding.severity).into()),
            ("code", finding.code.id().into()),
            ("name", finding.code.info().name.into()),
            ("place", spoken_place(finding, nowhere).into()),
            ("message", catalogue.message(finding).into()),
        ],
    );
    if let Some(value) = &finding.value {
        out.push(' ');
        out.push_str(&chrome::text("narrated-value", &[("value", value.into())]));
    }
    if let Some(help) = catalogue.help(finding) {
        out.push(' ');
        out.push_str(&chrome::text("narrated-help", &[("help", help.into())]));
    }
    out.push('\n');
    out
}

/// `sheet eCRF_2 cell B7`, `cell B7` (a CSV file), `field /city/name`, or
/// the file.
fn spoken_place(finding: &Finding, nowhere: Option<&'static str>) -> String {
    match (&finding.cell, &finding.pointer) {
        (Some(cell), _) => match &cell.sheet {
            Some(sheet) => chrome::text(
                "narrated-sheet-cell",
                &[("sheet", sheet.into()), ("cell", cell.a1().into())],
            ),
            None => chrome::text("narrated-cell", &[("cell", cell.a1().into())]),
        },
        (None, Some(pointer)) => chrome::text("narrated-field", &[("field", pointer.into())]),
        (None, None) => chrome::text(nowhere.unwrap_or("narrated-the-file"), &[]),
    }
}

fn more(first: &Finding, places: &[String]) -> String {
    let mut distinct: Vec<&String> = Vec::new();
    for place in places {
        if !distinct.contains(&place) {
            distinct.push(place);
        }
    }
    let listed: Vec<&str> = distinct
        .iter()
        .take(grouping::PLACES_LISTED)
        .map(|s| s.as_str())
        .collect();
    let mut out = chrome::text(
        "narrated-more",
        &[
            ("count", Arg::from(places.len())),
            ("code", first.code.id().into()),
            ("places", listed.join("; ").into()),
        ],
    );
    out.push('\n');
    out
}
