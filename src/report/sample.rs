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
            Finding::new(
                Code::TextInNumberCell,
                "`CO2 (tCO2e)` must be a number, found text",
            )
            .at(Some(CellRef::new(Some("Emissions"), 2, 6)))
            .field(Some("CO2 (tCO2e)".into()))
            .value(Some("about 8000".into()))
            .help("enter the number alone"),
            Finding::new(Code::RecommendedFactMissing, "the country is not stated")
                .at(Some(CellRef::new(Some("City"), 2, 1)))
                .field(Some("Country (ISO 3166-1 alpha-2)".into()))
                .help("write the ISO 3166-1 two-letter code, e.g. BR"),
        ],
    };
    let batch = vec![BatchFinding {
        finding: Finding::new(
            Code::SameCityAndYearDiffer,
            "Testville 2022 in b.csv (br-testville-2022-2) is also in a.xlsx (br-testville-2022), \
             but their totals differ: BASIC 250 tCO2e here, 100 tCO2e there",
        )
        .help("find out which file is current and remove the other from the batch"),
        inventory: Some("br-testville-2022-2".into()),
    }];
    let mut summary = Summary::default();
    summary.add(&report);
    summary.add_batch(&batch);
    (report, batch, summary)
}
