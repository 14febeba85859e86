//! The batch summary: files, inventories (valid, invalid), files that could
//! not be read, findings by severity; then the findings by code, most
//! serious and most frequent first, with the rule's title and how many
//! inventories (or files) have them.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::matrix::Row;
use super::{CodeTally, escape, severity_class, severity_word, word, words};
use crate::diagnostic::{Arg, Code, Severity};
use crate::report::catalogue::{self, DocPart};
use crate::report::summary::Summary;

/// What the summary counts.
pub struct Counts<'a> {
    pub run: &'a Summary,
    pub inventories_valid: usize,
    pub inventories_invalid: usize,
}

/// One figure of the summary: a number, its label, and a class.
fn stat(html: &mut String, number: usize, id: &'static str, class: &str) {
    let label = words(id, &[("count", Arg::from(number))]);
    let _ = write!(
        html,
        "<div class=\"stat {class}\"><b>{number}</b> {label}</div>"
    );
}

pub fn write(html: &mut String, counts: &Counts, codes: &BTreeMap<Code, CodeTally>, rows: &[Row]) {
    let run = counts.run;
    let _ = writeln!(html, "<h2 id=\"summary\">{}</h2>", word("html-summary"));
    html.push_str("<div class=\"stats\">");
    stat(html, run.files, "html-stat-files", "");
    stat(
        html,
        run.unreadable,
        "html-stat-unreadable",
        if run.unreadable > 0 { "e" } else { "" },
    );
    let inventories = counts.inventories_valid + counts.inventories_invalid;
    stat(html, inventories, "html-stat-inventories", "");
    stat(html, counts.inventories_valid, "html-stat-valid", "ok");
    stat(
        html,
        counts.inventories_invalid,
        "html-stat-invalid",
        if counts.inventories_invalid > 0 {
            "e"
        } else {
            ""
        },
    );
    html.push_str("</div>\n<div class=\"stats\">");
    stat(html, run.errors, "html-stat-errors", "e");
    stat(html, run.warnings, "html-stat-warnings", "w");
    stat(html, run.infos, "html-stat-infos", "i");
    html.push_str("</div>\n");
    if codes.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", word("html-no-findings"));
        return;
    }
    let mut order: Vec<(&Code, &CodeTally)> = codes.iter().collect();
    order.sort_by_key(|(code, tally)| {
        (
            tally.severity.unwrap_or(Severity::Info),
            std::cmp::Reverse(tally.findings),
            **code,
        )
    });
    let _ = writeln!(html, "<h3>{}</h3>", word("html-by-code"));
    html.push_str("<table class=\"codes\">\n<thead><tr>");
    for id in [
        "html-col-code",
        "html-col-severity",
        "html-col-rule",
        "html-col-findings",
        "html-col-inventories",
    ] {
        let _ = write!(html, "<th>{}</th>", word(id));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (code, tally) in order {
        let info = code.info();
        let severity = tally.severity.unwrap_or(info.severity);
        let places = rows.iter().filter(|r| r.cells.contains_key(code)).count();
        let _ = writeln!(
            html,
            "<tr><td class=\"{}\"><b>{}</b> <small>{}</small></td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            severity_class(severity),
            info.id,
            info.name,
            severity_word(severity),
            escape(&catalogue::active().doc(info, DocPart::Title)),
            tally.findings,
            places
        );
    }
    html.push_str("</tbody></table>\n");
}
