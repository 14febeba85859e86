//! The floors of the batch benchmark: what reading the same files costs
//! with nothing else done, on one thread. calamine alone opens each
//! workbook and reads every sheet's cells; the csv crate alone reads every
//! record of each CSV (into one reused `StringRecord`, so the text is
//! checked as UTF-8, as ghgcheck must).

use std::path::PathBuf;

/// Opens every workbook with calamine and reads every sheet; returns the
/// cells read.
pub fn calamine(files: &[PathBuf]) -> usize {
    use calamine::Reader;
    let mut cells = 0;
    for path in files {
        let mut book = calamine::open_workbook_auto(path).expect("the workbook opens");
        for name in book.sheet_names() {
            let range = book.worksheet_range(&name).expect("the sheet reads");
            cells += range.used_cells().count();
        }
    }
    assert!(cells > 0 || files.is_empty(), "calamine read something");
    cells
}

/// Reads every record of every CSV with the csv crate; returns the records
/// read (header rows included).
pub fn csv(files: &[PathBuf]) -> usize {
    let mut records = 0;
    let mut record = csv::StringRecord::new();
    for path in files {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(path)
            .expect("the CSV opens");
        while reader.read_record(&mut record).expect("the record reads") {
            records += 1;
        }
    }
    assert!(
        records > 0 || files.is_empty(),
        "the csv crate read something"
    );
    records
}
