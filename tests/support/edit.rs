//! Planting one error in a copy of a submission: a workbook is read with
//! calamine and written again with rust_xlsxwriter (values only, which is
//! all ghgcheck reads), a CSV table is read and written with the csv
//! crate. Cells are found by their labels, so that the same plant works on
//! the project's fixtures and on the real files in ../shared/formats.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, open_workbook_auto};

/// The folder of real public submissions, when this checkout has it.
pub fn real_formats() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/formats");
    dir.is_dir().then_some(dir)
}

/// A1 name of a zero-based cell.
pub fn a1(row: u32, col: u32) -> String {
    let mut letters = String::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

/// A value at its absolute (row, column).
pub type Placed = (u32, u32, Data);

/// The values of a workbook, sheet by sheet.
pub struct Book {
    pub sheets: Vec<(String, Vec<Placed>)>,
}

impl Book {
    pub fn open(path: &Path) -> Book {
        let mut book = open_workbook_auto(path).unwrap();
        let names = book.sheet_names().to_vec();
        let sheets = names
            .into_iter()
            .map(|name| {
                let range = book.worksheet_range(&name).unwrap();
                let (row0, col0) = range.start().unwrap_or((0, 0));
                let cells = range
                    .used_cells()
                    .map(|(r, c, v)| (row0 + r as u32, col0 + c as u32, v.clone()))
                    .collect();
                (name, cells)
            })
            .collect();
        Book { sheets }
    }

    fn cells(&self, sheet: &str) -> &[Placed] {
        self.sheets
            .iter()
            .find(|(name, _)| name == sheet)
            .map(|(_, cells)| cells.as_slice())
            .unwrap_or_else(|| panic!("no sheet {sheet}"))
    }

    /// The value at a cell.
    pub fn get(&self, sheet: &str, row: u32, col: u32) -> Option<&Data> {
        self.cells(sheet)
            .iter()
            .find(|(r, c, _)| (*r, *c) == (row, col))
            .map(|(_, _, v)| v)
    }

    /// The first cell (row, col) whose text, trimmed, satisfies `matches`.
    pub fn find(&self, sheet: &str, matches: impl Fn(&str) -> bool) -> Option<(u32, u32)> {
        let mut cells: Vec<&Placed> = self.cells(sheet).iter().collect();
        cells.sort_by_key(|(r, c, _)| (*r, *c));
        cells.into_iter().find_map(|(r, c, v)| match v {
            Data::String(s) if matches(s.trim()) => Some((*r, *c)),
            _ => None,
        })
    }

    /// The column of a header cell whose text satisfies `matches`.
    pub fn column(&self, sheet: &str, matches: impl Fn(&str) -> bool) -> Option<u32> {
        self.find(sheet, matches).map(|(_, col)| col)
    }

    /// Sets (or, with `Data::Empty`, clears) a cell.
    pub fn set(&mut self, sheet: &str, row: u32, col: u32, value: Data) {
        let cells = &mut self
            .sheets
            .iter_mut()
            .find(|(name, _)| name == sheet)
            .unwrap()
            .1;
        cells.retain(|(r, c, _)| (*r, *c) != (row, col));
        if value != Data::Empty {
            cells.push((row, col, value));
        }
    }

    /// The number at a cell (numbers stored as text are read too).
    pub fn number(&self, sheet: &str, row: u32, col: u32) -> Option<f64> {
        match self.get(sheet, row, col)? {
            Data::Float(f) => Some(*f),
            Data::Int(i) => Some(*i as f64),
            Data::String(s) => s.trim().replace(',', ".").parse().ok(),
            _ => None,
        }
    }

    /// Copies the rows `from` to the row after the last of `sheet`.
    pub fn duplicate_row(&mut self, sheet: &str, from: u32) -> u32 {
        let cells = self.cells(sheet);
        let last = cells.iter().map(|(r, _, _)| *r).max().unwrap_or(0);
        let copies: Vec<Placed> = cells
            .iter()
            .filter(|(r, _, _)| *r == from)
            .map(|(_, c, v)| (last + 1, *c, v.clone()))
            .collect();
        let target = &mut self
            .sheets
            .iter_mut()
            .find(|(name, _)| name == sheet)
            .unwrap()
            .1;
        target.extend(copies);
        last + 1
    }

    pub fn save(&self, path: &Path) {
        let mut book = rust_xlsxwriter::Workbook::new();
        for (name, cells) in &self.sheets {
            let sheet = book.add_worksheet();
            sheet.set_name(name).unwrap();
            for (row, col, value) in cells {
                let col = u16::try_from(*col).unwrap();
                match value {
                    Data::Float(f) => sheet.write_number(*row, col, *f).map(|_| ()),
                    Data::Int(i) => sheet.write_number(*row, col, *i as f64).map(|_| ()),
                    Data::String(s) => sheet.write_string(*row, col, s).map(|_| ()),
                    Data::Bool(b) => sheet.write_boolean(*row, col, *b).map(|_| ()),
                    Data::DateTime(d) => sheet.write_number(*row, col, d.as_f64()).map(|_| ()),
                    Data::DateTimeIso(s) | Data::DurationIso(s) => {
                        sheet.write_string(*row, col, s).map(|_| ())
                    }
                    Data::Error(_) | Data::Empty => Ok(()),
                }
                .unwrap();
            }
        }
        book.save(path).unwrap();
    }
}

/// A CSV table as text cells, header included (row 0).
pub struct Table {
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn open(path: &Path) -> Table {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(path)
            .unwrap();
        let rows = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        Table { rows }
    }

    /// The column whose header, trimmed of spaces and U+200B, satisfies `matches`.
    pub fn column(&self, matches: impl Fn(&str) -> bool) -> Option<usize> {
        self.rows[0]
            .iter()
            .position(|h| matches(h.trim_matches(|c: char| c.is_whitespace() || c == '\u{200b}')))
    }

    /// The first data row (1-based index into `rows`) that satisfies `matches`.
    pub fn row(&self, matches: impl Fn(&[String]) -> bool) -> Option<usize> {
        (1..self.rows.len()).find(|&i| matches(&self.rows[i]))
    }

    pub fn save(&self, path: &Path) {
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .from_path(path)
            .unwrap();
        for row in &self.rows {
            writer.write_record(row).unwrap();
        }
        writer.flush().unwrap();
    }
}
