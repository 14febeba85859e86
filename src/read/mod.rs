//! Readers: turn a file into either a workbook of positioned cells
//! (spreadsheets and CSV) or a JSON document. A file that cannot be read
//! becomes a [`Finding`] on that file, never a panic.

mod cell;
mod csv_file;
mod extent;
mod ods_extent;
mod sniff;
mod spreadsheet;
mod xls_extent;

use std::path::Path;

pub use cell::{Cell, Sheet, Workbook, clean_text, format_number};
pub use extent::SHEET_CELL_BUDGET;
pub use sniff::{FileFormat, KNOWN_EXTENSIONS};

use crate::diagnostic::Code;
use crate::diagnostic::Finding;

/// What a readable file holds.
#[derive(Debug)]
pub enum Input {
    /// Sheets of cells (a spreadsheet, or a CSV as one nameless sheet).
    Cells(Workbook),
    /// A JSON document, expected to be the inventory document itself.
    Json(serde_json::Value),
}

/// Reads one file. `Err` is the finding that says why it cannot be read.
pub fn read_file(path: &Path) -> Result<(FileFormat, Input), Box<Finding>> {
    let bytes = std::fs::read(path).map_err(|e| {
        Finding::new(Code::UnreadableFile, "r008-cannot-open")
            .arg("error", e.to_string())
            .help("r008-cannot-open-help")
    })?;
    read_bytes(path, &bytes)
}

/// Reads a file's content; `path` only informs the format guess and messages.
pub fn read_bytes(path: &Path, bytes: &[u8]) -> Result<(FileFormat, Input), Box<Finding>> {
    if bytes.is_empty() {
        return Err(Box::new(
            Finding::new(Code::EmptyFile, "r005-empty-file").help("r005-empty-file-help"),
        ));
    }
    let format = sniff::detect(path, bytes)?;
    let input = match format {
        FileFormat::Csv => Input::Cells(csv_file::read(bytes)?),
        FileFormat::Json => Input::Json(read_json(bytes)?),
        spreadsheet_format => Input::Cells(spreadsheet::read(spreadsheet_format, bytes)?),
    };
    if let Input::Cells(workbook) = &input
        && workbook.is_empty()
    {
        return Err(Box::new(
            Finding::new(Code::EmptyFile, "r005-no-cells-with-data")
                .help("r005-no-cells-with-data-help"),
        ));
    }
    Ok((format, input))
}

fn read_json(bytes: &[u8]) -> Result<serde_json::Value, Box<Finding>> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::from_slice(text).map_err(|e| {
        Box::new(
            Finding::new(Code::CorruptFile, "r002-json-syntax")
                .arg("error", e.to_string())
                .help("r002-json-syntax-help"),
        )
    })
}
