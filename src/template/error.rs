//! The error type of the template writer.

use std::path::PathBuf;

/// Why the template could not be written.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("cannot build the xlsx template: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),

    #[error("cannot build the ods template: {0}")]
    Ods(#[from] spreadsheet_ods::OdsError),

    #[error("cannot build the csv template: {0}")]
    Csv(#[from] csv::Error),

    #[error("cannot write the template to {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A pointer in a `Filling` that the template spec does not know: a
    /// programming error in the caller (typically a test fixture).
    #[error("unknown {table} pointer `{pointer}` in the template filling")]
    UnknownPointer {
        /// Which list of the spec was searched, e.g. "emission column".
        table: &'static str,
        pointer: String,
    },
}
