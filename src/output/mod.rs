//! Dataset writers for `validate --out DIR`: the validated emission
//! records, the inventories, the findings (CSV, JSON Lines, one XLSX
//! workbook), a Frictionless `datapackage.json` describing the CSVs, and
//! each inventory document as JSON. Rows keep the batch's input order, so
//! equal inputs give byte-identical files.

pub mod annotate;
mod csv_writer;
mod datapackage;
mod emissions;
mod findings;
mod findings_csv;
mod inventories;
mod jsonl_writer;
mod neutralise;
mod out_dir;
mod swap;
mod table;
mod xlsx_writer;

use std::path::{Path, PathBuf};

pub use findings_csv::CsvRenderer;
pub use neutralise::neutralise;
pub use out_dir::OutDir;
pub use swap::STAGING_PREFIX;

use crate::diagnostic::BatchFinding;
use crate::outcome::{FileReport, Status};
use table::Field;

/// What goes into the datasets and how CSVs are written.
#[derive(Clone, Copy, Debug, Default)]
pub struct DatasetOptions {
    /// Also put inventories with errors into `emissions.*` and
    /// `inventories/` (with their status).
    pub include_invalid: bool,
    /// Start each CSV with a UTF-8 byte-order mark (for Excel).
    pub csv_bom: bool,
}

/// A dataset could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("cannot write in {dir}: {source}")]
    Io {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {file}: {message}")]
    Encode { file: &'static str, message: String },
}

/// The datasets of a batch, collected report by report. Each inventory's
/// document is written into the staging folder as its report comes in, so
/// the documents are never held together; the table rows are kept until
/// the end, where the CSV, JSON Lines and XLSX forms are written from them.
pub struct Datasets {
    options: DatasetOptions,
    dir: PathBuf,
    /// Made at the first file, in the output folder.
    staging: Option<swap::Staging>,
    /// The first failure to write while the batch ran, reported at the end.
    failed: Option<std::io::Error>,
    emissions: Vec<Vec<Field>>,
    inventories: Vec<Vec<Field>>,
    findings: Vec<Vec<Field>>,
}

impl Datasets {
    /// The datasets of a run whose outputs go into `dir`.
    pub fn new(dir: &Path, options: DatasetOptions) -> Self {
        Datasets {
            options,
            dir: dir.to_owned(),
            staging: None,
            failed: None,
            emissions: Vec::new(),
            inventories: Vec::new(),
            findings: Vec::new(),
        }
    }

    fn staging(&mut self) -> std::io::Result<&mut swap::Staging> {
        swap::Staging::made_in(&mut self.staging, &self.dir)
    }

    /// Creates a file among the outputs (e.g. `report.json`) to be written
    /// as the batch runs and placed with the datasets.
    pub fn create(&mut self, name: &str) -> std::io::Result<std::fs::File> {
        self.staging()?.create(name)
    }

    /// Adds one file's inventories, records and findings.
    pub fn add(&mut self, report: &FileReport) {
        for (index, inventory) in report.inventories.iter().enumerate() {
            self.inventories
                .push(inventories::row(report, index, inventory));
            if inventory.status == Status::Valid || self.options.include_invalid {
                self.emissions.extend(emissions::rows(report, inventory));
                let mut json = serde_json::to_vec_pretty(&inventory.inventory.to_json())
                    .expect("a JSON value serialises");
                json.push(b'\n');
                let name = format!("inventories/{}.json", inventory.id);
                if let Err(error) = self.staging().and_then(|s| s.write(&name, &json)) {
                    self.failed.get_or_insert(error);
                }
            }
        }
        self.findings.extend(findings::rows(report));
    }

    /// Adds the findings about the batch as a whole.
    pub fn add_batch(&mut self, findings: &[BatchFinding]) {
        self.findings.extend(findings::batch_rows(findings));
    }

    /// Writes every dataset into the output folder, once, at the end of
    /// the run (staged, then swapped in), plus the extra files given (e.g.
    /// `report.html`); returns the paths placed.
    pub fn write(&mut self, extra: &[(&str, Vec<u8>)]) -> Result<Vec<PathBuf>, OutputError> {
        let dir = self.dir.clone();
        let io = |source| OutputError::Io {
            dir: dir.clone(),
            source,
        };
        if let Some(error) = self.failed.take() {
            return Err(io(error));
        }
        let bom = self.options.csv_bom;
        let emissions = emissions::table(std::mem::take(&mut self.emissions));
        let inventories = inventories::table(std::mem::take(&mut self.inventories));
        let findings = findings::table(std::mem::take(&mut self.findings));
        let tables = [&emissions, &inventories, &findings];
        let mut staging = match self.staging.take() {
            Some(staging) => staging,
            None => swap::Staging::new(&dir).map_err(io)?,
        };
        for table in tables {
            let csv = csv_writer::csv_bytes(table, bom).map_err(|e| OutputError::Encode {
                file: table.name,
                message: e.to_string(),
            })?;
            staging
                .write(&format!("{}.csv", table.name), &csv)
                .map_err(io)?;
        }
        staging
            .write("emissions.jsonl", &jsonl_writer::jsonl_bytes(&emissions))
            .map_err(io)?;
        staging
            .write("findings.jsonl", &jsonl_writer::jsonl_bytes(&findings))
            .map_err(io)?;
        let xlsx = xlsx_writer::xlsx_bytes(&tables).map_err(|e| OutputError::Encode {
            file: "datasets.xlsx",
            message: e.to_string(),
        })?;
        staging.write("datasets.xlsx", &xlsx).map_err(io)?;
        let package = datapackage::descriptor(&tables, bom);
        let package = serde_json::to_vec_pretty(&package).expect("a JSON value serialises");
        staging.write("datapackage.json", &package).map_err(io)?;
        // The folder is always written, so an earlier run's documents go.
        staging.folder("inventories").map_err(io)?;
        for (name, bytes) in extra {
            staging.write(name, bytes).map_err(io)?;
        }
        staging.commit().map_err(io)
    }
}
