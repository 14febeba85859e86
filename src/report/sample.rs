//! A small run for the renderers' snapshot tests: one file with two
//! findings, one batch finding, and their summary.

use std::path::PathBuf;

use super::summary::Summary;
use crate::diagnostic::{BatchFinding, CellRef, Code, Finding};
use crate::layout::Layout;
use crate::outcome::{FileReport, Status};
use crate::read::FileFormat;

pub fn run() -> (FileReport, Vec<BatchFinding>, Summary) {
    let report = FileReport {
        path: PathBuf::from("submissions/testville.xlsx"),
        format: Some(FileFormat::Xlsx),
        layout: Some(Layout::Template),
        status: Status::Invalid,
        inventories: vec![],
        findings: vec![
            Finding::new(Code::TextInNumberCell, "x001-text-in-number-cell")
                .arg("field", "CO2 (tCO2e)")
                .at(Some(CellRef::new(Some("Emissions"), 2, 6)))
                .field(Some("CO2 (tCO2e)".into()))
                .value(Some("about 8000".into()))
                .help("x001-text-in-number-cell-help"),
            Finding::new(Code::RecommendedFactMissing, "f001-country-missing")
                .at(Some(CellRef::new(Some("City"), 2, 1)))
                .field(Some("Country (ISO 3166-1 alpha-2)".into()))
                .help("f001-country-missing-help"),
        ],
    };
    let batch = vec![BatchFinding {
        finding: Finding::new(Code::SameCityAndYearDiffer, "b002-totals-differ")
            .arg("total", "BASIC")
            .arg("here", 250.0)
            .arg("there", 100.0)
            .arg("city", "Testville")
            .arg("year", 2022i64)
            .arg("file", "b.csv")
            .arg("id", "br-testville-2022-2")
            .arg("first_file", "a.xlsx")
            .arg("first_id", "br-testville-2022")
            .help("b002-totals-differ-help"),
        inventory: Some("br-testville-2022-2".into()),
    }];
    let mut summary = Summary::default();
    summary.add(&report);
    summary.add_batch(&batch);
    (report, batch, summary)
}
