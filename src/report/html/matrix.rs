//! The table of inventories × rules that fail: a row per inventory (file,
//! city, year) with errors or warnings, and per file with such findings of
//! its own; a column per code that fires anywhere in the batch with an
//! error or a warning; a cell counts that code's findings in that row,
//! coloured by their most serious severity (information is left out).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::{escape, owner, severity_class, word, words};
use crate::diagnostic::{BatchFinding, Code, Finding, Severity};
use crate::outcome::FileReport;
use crate::report::catalogue::{self, DocPart};

/// One cell of the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    pub count: usize,
    pub severity: Severity,
}

/// One row of the matrix: an inventory, or a file as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub file: String,
    pub city: Option<String>,
    pub year: Option<i64>,
    /// The inventory's id; `None` for the file as a whole.
    pub id: Option<String>,
    /// Where its section is on the page.
    pub anchor: String,
    /// False when the page has no section for it.
    pub linked: bool,
    /// Findings by code (the matrix shows errors and warnings).
    pub cells: BTreeMap<Code, Cell>,
}

impl Row {
    fn new(report: &FileReport, anchor: &str) -> Self {
        Row {
            file: report.path.display().to_string(),
            city: None,
            year: None,
            id: None,
            anchor: anchor.to_owned(),
            linked: true,
            cells: BTreeMap::new(),
        }
    }

    /// The row of a file as a whole, with every finding it has.
    pub fn of_file(report: &FileReport, anchor: &str) -> Self {
        let mut row = Row::new(report, anchor);
        report.findings.iter().for_each(|f| row.add(f));
        row
    }

    /// Counts a finding.
    fn add(&mut self, finding: &Finding) {
        let cell = self.cells.entry(finding.code).or_insert(Cell {
            count: 0,
            severity: finding.severity,
        });
        cell.count += 1;
        cell.severity = cell.severity.min(finding.severity);
    }

    /// True when the row has an error or a warning.
    pub fn fails(&self) -> bool {
        self.cells.values().any(Cell::fails)
    }
}

impl Cell {
    /// True for errors and warnings.
    fn fails(&self) -> bool {
        self.severity != Severity::Info
    }
}

/// The rows of a file that was read: one per inventory (each with its
/// anchor), and one for the file as a whole when findings belong to no
/// inventory.
pub fn rows(report: &FileReport, file_anchor: &str, anchors: &[String]) -> Vec<Row> {
    let mut file = Row::new(report, file_anchor);
    let mut inventories: Vec<Row> = report
        .inventories
        .iter()
        .zip(anchors)
        .map(|(inventory, anchor)| Row {
            city: inventory.city.clone(),
            year: inventory.year,
            id: Some(inventory.id.clone()),
            ..Row::new(report, anchor)
        })
        .collect();
    for finding in &report.findings {
        match owner(report, finding).and_then(|i| inventories.get_mut(i)) {
            Some(row) => row.add(finding),
            None => file.add(finding),
        }
    }
    let mut rows = Vec::with_capacity(inventories.len() + 1);
    if !file.cells.is_empty() {
        rows.push(file);
    }
    rows.append(&mut inventories);
    rows
}

/// Counts a batch finding in the row of the inventory it names.
pub fn add_batch_finding(rows: &mut [Row], finding: &BatchFinding) {
    let Some(id) = &finding.inventory else {
        return;
    };
    if let Some(row) = rows.iter_mut().find(|r| r.id.as_ref() == Some(id)) {
        row.add(&finding.finding);
    }
}

/// Column widths in CSS pixels.
const FILE_WIDTH: usize = 240;
const CITY_WIDTH: usize = 190;
const YEAR_WIDTH: usize = 52;
const CODE_WIDTH: usize = 50;

/// Rows per chunk of the matrix.
const CHUNK: usize = 200;

/// The matrix section.
pub fn write(html: &mut String, rows: &[Row]) {
    let _ = writeln!(html, "<h2 id=\"matrix\">{}</h2>", word("html-matrix"));
    let failing: Vec<&Row> = rows.iter().filter(|r| r.fails()).collect();
    let quiet = rows.iter().filter(|r| !r.fails() && r.id.is_some()).count();
    if failing.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", word("html-matrix-none"));
        return;
    }
    let codes: BTreeSet<Code> = failing
        .iter()
        .flat_map(|r| r.cells.iter())
        .filter(|(_, cell)| cell.fails())
        .map(|(code, _)| *code)
        .collect();
    let _ = writeln!(html, "<p>{}</p>", word("html-matrix-intro"));
    // Fixed widths, and the rows in chunks of tables of the same columns
    // that the browser lays out only when they come into view: thousands
    // of rows open quickly.
    let width = FILE_WIDTH + CITY_WIDTH + YEAR_WIDTH + CODE_WIDTH * codes.len();
    let table = format!(
        "<table class=\"matrix\" style=\"width:{width}px\">\
         <colgroup><col style=\"width:{FILE_WIDTH}px\"><col style=\"width:{CITY_WIDTH}px\">\
         <col style=\"width:{YEAR_WIDTH}px\"><col span=\"{}\" style=\"width:{CODE_WIDTH}px\"></colgroup>",
        codes.len()
    );
    let _ = write!(
        html,
        "<div class=\"scroll\"><div class=\"chunk\">{table}\n<thead><tr>"
    );
    for id in ["html-col-file", "html-col-city", "html-col-year"] {
        let _ = write!(html, "<th>{}</th>", word(id));
    }
    for code in &codes {
        let info = code.info();
        let _ = write!(
            html,
            "<th class=\"code\" title=\"{} {}\">{}</th>",
            info.id,
            escape(&catalogue::active().doc(info, DocPart::Title)),
            info.id
        );
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (index, row) in failing.into_iter().enumerate() {
        if index > 0 && index % CHUNK == 0 {
            let _ = writeln!(
                html,
                "</tbody></table></div><div class=\"chunk\">{table}<tbody>"
            );
        }
        // The file's name, its path on hover: paths repeat down the table.
        let name = std::path::Path::new(&row.file)
            .file_name()
            .map_or(row.file.clone(), |n| n.to_string_lossy().into_owned());
        if row.linked {
            let _ = write!(
                html,
                "<tr><td><a href=\"#{}\" title=\"{}\">{}</a></td>",
                row.anchor,
                escape(&row.file),
                escape(&name)
            );
        } else {
            let _ = write!(
                html,
                "<tr><td title=\"{}\">{}</td>",
                escape(&row.file),
                escape(&name)
            );
        }
        match (&row.id, &row.city) {
            (None, _) => {
                let _ = write!(html, "<td class=\"whole\">{}</td>", word("html-whole-file"));
            }
            (Some(_), Some(city)) => {
                let _ = write!(html, "<td>{}</td>", escape(city));
            }
            (Some(_), None) => html.push_str("<td>\u{2014}</td>"),
        }
        match row.year {
            Some(year) => {
                let _ = write!(html, "<td>{year}</td>");
            }
            None => html.push_str("<td>\u{2014}</td>"),
        }
        for code in &codes {
            match row.cells.get(code).filter(|cell| cell.fails()) {
                Some(cell) => {
                    let _ = write!(
                        html,
                        "<td class=\"n {}\">{}</td>",
                        severity_class(cell.severity),
                        cell.count
                    );
                }
                None => html.push_str("<td></td>"),
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table></div></div>\n");
    if quiet > 0 {
        let _ = writeln!(
            html,
            "<p>{}</p>",
            words("html-matrix-rest", &[("count", quiet.into())])
        );
    }
}
