//! CSV reader: UTF-8 with or without a byte-order mark, the delimiter (`,`
//! `;` or tab) detected from the header line. Positions are what a
//! spreadsheet shows when it opens the file: the header is row 1 and every
//! record is one row, even when a quoted cell spans several lines.

use super::cell::{Cell, Sheet, Workbook};
use crate::report::finding::Finding;
use crate::rules::registry::Code;

pub(super) fn read(bytes: &[u8]) -> Result<Workbook, Box<Finding>> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(text).map_err(|e| {
        Finding::new(
            Code::NotUtf8,
            format!("the CSV is not UTF-8 text (first bad byte at offset {})", e.valid_up_to()),
        )
        .help("save the file again choosing the encoding \"CSV UTF-8\" (Excel) or \"Unicode (UTF-8)\" (LibreOffice)")
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(detect_delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            Finding::new(Code::CorruptFile, format!("the CSV cannot be parsed: {e}"))
                .help("check the quoting around the reported line: every opening quote needs a closing one")
        })?;
        rows.push(
            record
                .iter()
                .map(|field| {
                    if field.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(field.to_owned())
                    }
                })
                .collect(),
        );
    }
    Ok(Workbook {
        sheets: vec![Sheet::new(None, (0, 0), rows)],
    })
}

/// The most frequent of `,` `;` and tab outside quotes on the first line.
fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut in_quotes = false;
    for byte in text.bytes() {
        match byte {
            b'"' => in_quotes = !in_quotes,
            b'\n' | b'\r' if !in_quotes => break,
            _ if !in_quotes => {
                if let Some(entry) = counts.iter_mut().find(|(d, _)| *d == byte) {
                    entry.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_semicolons_and_tabs() {
        assert_eq!(detect_delimiter("a;b;\"c,d\"\n1;2;3"), b';');
        assert_eq!(detect_delimiter("a\tb\n"), b'\t');
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
    fn latin1_bytes_are_a_finding() {
        let err = read(b"City\nS\xE3o Paulo\n").unwrap_err();
        assert_eq!(err.code, Code::NotUtf8);
    }
}
