//! CSV reader: UTF-8 with or without a byte-order mark, the delimiter (`,`
//! `;` or tab) detected from the header line. Positions are what a
//! spreadsheet shows when it opens the file: the header is row 1, every
//! record is one row, even when a quoted cell spans several lines, and a
//! blank line is an empty row.

use super::cell::{Cell, Sheet, Workbook};
use super::extent::Extent;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;

pub(super) fn read(bytes: &[u8]) -> Result<Workbook, Box<Finding>> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(text).map_err(|e| {
        Finding::new(Code::NotUtf8, "r010-not-utf8")
            .arg("offset", e.valid_up_to())
            .help("r010-not-utf8-help")
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(detect_delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // The number of fields of each record, by row.
    let mut widths: Vec<(u32, usize)> = Vec::new();
    let mut extent = Extent::default();
    let lines = Lines::of(text);
    // The first byte of the previous record.
    let mut previous_start = None;
    for record in reader.records() {
        let record = record.map_err(|e| {
            Finding::new(Code::CorruptFile, "r002-csv-syntax")
                .arg("error", e.to_string())
                .help("r002-csv-syntax-help")
        })?;
        // The csv crate skips blank lines; a spreadsheet shows each as an
        // empty row, so they are kept to keep row numbers right.
        if let Some(position) = record.position() {
            let start = lines.record_start(position.byte() as usize);
            rows.extend((0..lines.blank_lines_before(start, previous_start)).map(|_| Vec::new()));
            previous_start = Some(start);
        }
        let row = rows.len() as u32;
        widths.push((row, record.len()));
        rows.push(
            record
                .iter()
                .enumerate()
                .map(|(col, field)| {
                    if field.is_empty() {
                        Cell::Empty
                    } else {
                        extent.add(row, col as u32);
                        Cell::Text(field.to_owned())
                    }
                })
                .collect(),
        );
    }
    // The rows already hold what the file holds; the budget bounds the
    // rectangle layouts walk (one long line of commas widens every row).
    extent.check(None)?;
    let sheet = Sheet::new(None, (0, 0), rows);
    let notes = shape_notes(&sheet, &widths);
    Ok(Workbook {
        sheets: vec![sheet],
        notes,
    })
}

/// The rows whose number of fields differs from the table's (the number
/// most rows have), each at its first cell past the shorter of the two,
/// and the blank lines between the table's first and last row, in one
/// note. Lines with one field above the table (titles) are not rows of it.
fn shape_notes(sheet: &Sheet, widths: &[(u32, usize)]) -> Vec<Finding> {
    let mut counts = std::collections::BTreeMap::new();
    for (_, width) in widths {
        *counts.entry(*width).or_insert(0usize) += 1;
    }
    let Some((&table, _)) = counts.iter().max_by_key(|(width, n)| (**n, **width)) else {
        return Vec::new();
    };
    let Some(first) = widths.iter().position(|(_, w)| *w == table) else {
        return Vec::new();
    };
    let last = widths
        .iter()
        .rposition(|(_, w)| *w == table)
        .unwrap_or(first);
    let mut notes: Vec<Finding> = widths[first..]
        .iter()
        .filter(|(row, width)| *width != table && !sheet.row_is_blank(*row))
        .map(|&(row, width)| {
            Finding::new(Code::RaggedRow, "x010-ragged-row")
                .arg("row", row + 1)
                .arg("fields", width)
                .arg("table", table)
                .at(Some(sheet.cell_ref(row, width.min(table) as u32)))
                .help("x010-ragged-row-help")
        })
        .collect();
    let (start, end) = (widths[first].0, widths[last].0);
    let blank: Vec<u32> = (start..end).filter(|&r| sheet.row_is_blank(r)).collect();
    if let Some(&at) = blank.first() {
        let shown: Vec<String> = blank.iter().take(10).map(|r| (r + 1).to_string()).collect();
        notes.push(
            Finding::new(Code::BlankRowsInData, "x011-blank-rows-in-data")
                .arg("count", blank.len())
                .arg("rows", shown.join(", "))
                .arg("more", blank.len().saturating_sub(10))
                .at(Some(sheet.cell_ref(at, 0)))
                .help("x011-blank-rows-in-data-help"),
        );
    }
    notes
}

/// Line breaks of the text (`\n`, `\r\n` or a lone `\r`), to count the
/// blank lines between records.
struct Lines<'a> {
    text: &'a [u8],
    /// Offset of the last byte of each line break.
    breaks: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn of(text: &'a str) -> Self {
        let text = text.as_bytes();
        let breaks = (0..text.len())
            .filter(|&i| text[i] == b'\n' || (text[i] == b'\r' && text.get(i + 1) != Some(&b'\n')))
            .collect();
        Lines { text, breaks }
    }

    fn is_break(&self, i: usize) -> bool {
        matches!(self.text[i], b'\r' | b'\n')
    }

    /// 0-based line of a byte.
    fn line_at(&self, byte: usize) -> usize {
        self.breaks.partition_point(|&b| b < byte)
    }

    /// The first byte of the record the csv crate reports at `position`,
    /// which may point at the line breaks before it.
    fn record_start(&self, position: usize) -> usize {
        (position..self.text.len())
            .find(|&i| !self.is_break(i))
            .unwrap_or(self.text.len())
    }

    /// Blank lines between the previous record (which ends at the last
    /// byte before `start` that is not a line break) and the record
    /// starting at `start`.
    fn blank_lines_before(&self, start: usize, previous_start: Option<usize>) -> usize {
        let start_line = self.line_at(start);
        let Some(previous_start) = previous_start else {
            return start_line;
        };
        let previous_end = (previous_start..start)
            .rev()
            .find(|&i| !self.is_break(i))
            .unwrap_or(previous_start);
        start_line.saturating_sub(self.line_at(previous_end) + 1)
    }
}

/// Lines looked at to choose the delimiter (title lines may come first).
const DELIMITER_LINES: usize = 20;

/// The delimiter (`,` `;` or tab) that one line of the first non-blank
/// lines uses most, counted outside quotes: the header line usually has the
/// most, so a title line above it (`Emissions, 2021`) does not decide.
fn detect_delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let mut best = [0usize; 3];
    let mut line = [0usize; 3];
    let mut lines = 0;
    let mut in_quotes = false;
    for byte in text.bytes() {
        match byte {
            b'"' => in_quotes = !in_quotes,
            b'\n' | b'\r' if !in_quotes => {
                if line.iter().any(|&n| n > 0) || lines > 0 {
                    lines += 1;
                }
                for (b, n) in best.iter_mut().zip(line) {
                    *b = (*b).max(n);
                }
                line = [0; 3];
                if lines >= DELIMITER_LINES {
                    break;
                }
            }
            _ if !in_quotes => {
                if let Some(i) = CANDIDATES.iter().position(|&d| d == byte) {
                    line[i] += 1;
                }
            }
            _ => {}
        }
    }
    for (b, n) in best.iter_mut().zip(line) {
        *b = (*b).max(n);
    }
    // Ties go to the earlier candidate (comma first).
    let (index, count) = best
        .iter()
        .enumerate()
        .fold((0, 0), |acc, (i, &n)| if n > acc.1 { (i, n) } else { acc });
    if count == 0 { b',' } else { CANDIDATES[index] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Arg;

    #[test]
    fn detects_semicolons_and_tabs() {
        assert_eq!(detect_delimiter("a;b;\"c,d\"\n1;2;3"), b';');
        assert_eq!(detect_delimiter("a\tb\n"), b'\t');
        // A title line above the header does not decide.
        assert_eq!(
            detect_delimiter("Emissions, 2021\n\nCity;Year;Total;Notes\nA;1;2;3"),
            b';'
        );
        assert_eq!(detect_delimiter("Title only\r\nCity;Year\r\n"), b';');
        assert_eq!(detect_delimiter("no delimiter at all"), b',');
        assert_eq!(detect_delimiter("single"), b',');
    }

    #[test]
    fn a_multiline_cell_stays_one_row() {
        let book = read("\u{FEFF}h1,h2\n\"two\nlines\",x\nlast,y\n".as_bytes()).unwrap();
        let sheet = &book.sheets[0];
        assert_eq!(sheet.get(0, 0), &Cell::Text("h1".into()));
        assert_eq!(sheet.get(1, 0), &Cell::Text("two\nlines".into()));
        assert_eq!(sheet.get(2, 1), &Cell::Text("y".into()));
        assert!(sheet.name.is_none());
    }

    #[test]
    fn blank_lines_are_empty_rows() {
        let book = read(b"Title\r\n\r\nh1,h2\r\n\"a\r\nb\",1\r\n\r\nlast,2\r\n").unwrap();
        let sheet = &book.sheets[0];
        assert_eq!(sheet.get(0, 0), &Cell::Text("Title".to_owned()));
        assert!(sheet.row_is_blank(1));
        assert_eq!(sheet.get(2, 1), &Cell::Text("h2".to_owned()));
        assert_eq!(sheet.get(3, 1), &Cell::Text("1".to_owned()));
        assert!(sheet.row_is_blank(4));
        assert_eq!(sheet.get(5, 0), &Cell::Text("last".to_owned()));
        assert_eq!(sheet.row_end(), 6);
    }

    #[test]
    fn a_table_stretched_past_the_budget_is_a_finding() {
        // A value in column ALL of the first line and one on line 20,001:
        // 20,001 rows by 1,000 columns, just over the budget.
        let text = format!("City{}x{}last\n", ",".repeat(999), "\n".repeat(20_000));
        let finding = read(text.as_bytes()).unwrap_err();
        assert_eq!(finding.code, Code::SheetTooLarge);
        assert_eq!(
            finding.cell.clone().map(|c| c.to_string()).as_deref(),
            Some("ALL1")
        );
        assert_eq!(finding.message, "r011-value-far-outside");
        assert_eq!(finding.args.get("place"), Some(&Arg::from("table")));
        assert_eq!(finding.args.get("sheet"), None);
        assert_eq!(finding.args.get("span"), Some(&Arg::from("A1:ALL20001")));
        assert_eq!(finding.args.get("cells"), Some(&Arg::from(20_001_000i64)));
        assert_eq!(finding.args.get("values"), Some(&Arg::from(3i64)));
    }

    #[test]
    fn latin1_bytes_are_a_finding() {
        let err = read(b"City\nS\xE3o Paulo\n").unwrap_err();
        assert_eq!(err.code, Code::NotUtf8);
        assert_eq!(err.message, "r010-not-utf8");
        assert_eq!(err.args.get("offset"), Some(&Arg::from(6i64)));
    }
}
