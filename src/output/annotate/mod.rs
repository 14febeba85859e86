//! The annotated workbooks of `validate --annotate DIR` (and of `--out DIR`,
//! in `annotated/`): each submission read as cells (xlsx, xlsm, xlsb, xls,
//! ods, csv) copied as xlsx with the same sheets and values, every flagged
//! cell filled by severity with a note, and a first sheet `Issues` listing
//! the findings and the totals. A file that could not be read, or a JSON
//! document, gets no copy (its findings are in the reports).
//!
//! The cells are read again from the file when its report arrives, so the
//! checking pipeline keeps no workbook in memory; the copies are made on
//! threads of their own ([`workers`]). Copies are staged in the folder and
//! moved into place when the batch is done.

mod copy;
mod issues;
mod names;
mod plan;
#[cfg(test)]
mod tests;
mod workers;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

use super::swap::Staging;
use crate::diagnostic::BatchFinding;
use crate::outcome::{FileReport, Status};
use crate::read::FileFormat;
use crate::report::Renderer;
use crate::report::summary::Summary;
use names::{FileNames, SheetNames};

pub use plan::{Mark, Plan, plan};

/// The folder `--out DIR` puts the annotated workbooks in.
pub const ANNOTATED: &str = "annotated";

/// The annotated copy of a file read as `workbook` with the findings of
/// `report`.
pub fn workbook_bytes(
    report: &FileReport,
    workbook: &crate::read::Workbook,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2024, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let plan = plan(&report.findings);
    let mut names = SheetNames::new(&[issues::ISSUES]);
    let fallback = report
        .path
        .file_stem()
        .map_or("Data".to_owned(), |s| s.to_string_lossy().into_owned());
    let sheet_names: Vec<String> = workbook
        .sheets
        .iter()
        .map(|sheet| names.add(sheet.name.as_deref(), &fallback))
        .collect();
    book.add_worksheet();
    let mut outside = 0;
    for (sheet, name) in workbook.sheets.iter().zip(&sheet_names) {
        let ws = book.add_worksheet();
        ws.set_name(name)?;
        outside += copy::copy_sheet(ws, sheet, plan.get(&sheet.name))?;
    }
    let ws = book.worksheet_from_index(0)?;
    issues::write_issues(ws, report, &names, outside)?;
    book.save_to_buffer()
}

/// A renderer writing each readable submission's annotated copy into a
/// folder.
pub struct Annotator {
    /// The folder staged in.
    root: PathBuf,
    /// `annotated` inside `--out DIR`, replaced as a whole; `None` for
    /// `--annotate DIR`, where only the copies' own names are replaced.
    folder: Option<&'static str>,
    staging: Option<Staging>,
    names: FileNames,
    /// The submission read from stdin (`validate -`): its name in the
    /// reports and its content, which cannot be read again.
    stdin: Option<(PathBuf, Arc<[u8]>)>,
    /// Started at the first copy.
    workers: Option<workers::Workers>,
}

impl Annotator {
    /// Copies written straight into `dir` (`--annotate DIR`).
    pub fn new(dir: PathBuf) -> Self {
        Annotator {
            root: dir,
            folder: None,
            staging: None,
            names: FileNames::default(),
            stdin: None,
            workers: None,
        }
    }

    /// Annotates the submission named `name` (read from stdin) from
    /// `bytes` instead of reading a file; `-` gives the copy `stdin.xlsx`.
    pub fn with_stdin(mut self, name: PathBuf, bytes: Arc<[u8]>) -> Self {
        self.stdin = Some((name, bytes));
        self
    }

    /// Copies in `annotated/` inside the `--out` folder.
    pub fn in_out_dir(dir: PathBuf) -> Self {
        Annotator {
            folder: Some(ANNOTATED),
            ..Annotator::new(dir)
        }
    }

    fn staging(&mut self) -> io::Result<&mut Staging> {
        Staging::made_in(&mut self.staging, &self.root)
    }
}

fn encode_error(path: &Path, error: XlsxError) -> io::Error {
    io::Error::other(format!(
        "cannot write the annotated copy of {}: {error}",
        path.display()
    ))
}

impl Renderer for Annotator {
    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        // A JSON document has no cells to copy.
        if report.status == Status::Unreadable || report.format == Some(FileFormat::Json) {
            return Ok(());
        }
        let (stdin, name) = match &self.stdin {
            Some((name, bytes)) if *name == report.path => {
                let copy_name = if name == Path::new("-") {
                    Path::new("stdin")
                } else {
                    name
                };
                (Some(Arc::clone(bytes)), copy_name.to_owned())
            }
            _ => (None, report.path.clone()),
        };
        let name = self.names.name(&name);
        let name = match self.folder {
            Some(folder) => format!("{folder}/{name}"),
            None => name,
        };
        let target = self.staging()?.reserve(&name)?;
        let job = workers::Job {
            report: workers::slim(report),
            stdin,
            target,
        };
        self.workers
            .get_or_insert_with(workers::Workers::start)
            .send(job)
    }

    fn batch(&mut self, _findings: &[BatchFinding]) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        if let Some(workers) = self.workers.take() {
            workers.finish()?;
        }
        if let Some(folder) = self.folder {
            // Always written, so an earlier run's copies go.
            self.staging()?.folder(folder)?;
        }
        match self.staging.take() {
            Some(staging) => staging.commit().map(|_| ()),
            None => std::fs::create_dir_all(&self.root),
        }
    }
}
