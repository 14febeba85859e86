//! The closing lines of the text report: the summary by status (files,
//! and the inventories in them) and severity, the most frequent codes,
//! and `--statistics`' count per code.

use std::collections::BTreeMap;

use super::chrome;
use super::summary::Summary;
use crate::diagnostic::{Code, Counts, Severity};

/// How many codes the closing summary names.
const CODES_NAMED: usize = 5;

/// The summary line (with the inventories, valid and invalid, when any
/// were read) and, given the tally, the line by code.
pub fn lines(
    summary: &Summary,
    inventories: (usize, usize),
    tally: Option<&BTreeMap<(Code, Severity), usize>>,
) -> String {
    let mut parts = vec![files(summary)];
    if inventories != (0, 0) {
        let (valid, invalid) = inventories;
        parts.push(chrome::text(
            "text-summary-inventories",
            &[
                ("count", (valid + invalid).into()),
                ("valid", valid.into()),
                ("invalid", invalid.into()),
            ],
        ));
    }
    parts.push(severities(summary));
    let mut text = parts.join("; ");
    text.push('\n');
    if let Some(line) = tally.and_then(render_by_code) {
        text.push_str(&line);
    }
    text
}

fn files(summary: &Summary) -> String {
    chrome::text(
        "text-summary-files",
        &[
            ("files", summary.files.into()),
            ("valid", summary.valid.into()),
            ("invalid", summary.invalid.into()),
            ("unreadable", summary.unreadable.into()),
        ],
    )
}

fn severities(summary: &Summary) -> String {
    chrome::counts(&Counts {
        errors: summary.errors,
        warnings: summary.warnings,
        infos: summary.infos,
    })
}

/// The closing line of a run, by files and severities (the GitHub
/// renderer's notice too).
pub fn render_summary(summary: &Summary) -> String {
    format!("{}; {}\n", files(summary), severities(summary))
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

/// The closing line by code: the most frequent few with their counts
/// (`by code: N002 15, C001 8 and 2 more codes`); none without findings.
pub fn render_by_code(tally: &BTreeMap<(Code, Severity), usize>) -> Option<String> {
    let mut counts: BTreeMap<Code, usize> = BTreeMap::new();
    for (&(code, _), &n) in tally {
        *counts.entry(code).or_default() += n;
    }
    if counts.is_empty() {
        return None;
    }
    let mut rows: Vec<(Code, usize)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let named: Vec<String> = rows
        .iter()
        .take(CODES_NAMED)
        .map(|(code, n)| format!("{} {n}", code.id()))
        .collect();
    let mut codes = named.join(", ");
    if rows.len() > CODES_NAMED {
        codes.push_str(", ");
        codes.push_str(&chrome::text(
            "text-by-code-more",
            &[("count", (rows.len() - CODES_NAMED).into())],
        ));
    }
    let mut line = chrome::text("text-by-code", &[("codes", codes.into())]);
    line.push('\n');
    Some(line)
}
