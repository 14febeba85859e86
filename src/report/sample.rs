//! Small runs for the renderers' snapshot tests: one file with two
//! findings, one batch finding, and their summary; a file with repeated
//! findings; a file of several inventories; a batch with repeated
//! findings; one inventory with its totals and findings whose rows were
//! kept.

use std::path::PathBuf;

use super::summary::Summary;
use crate::diagnostic::{BatchFinding, CellRef, Code, ContextCell, Finding, RowContext};
use crate::layout::Layout;
use crate::model::source_map::{Source, SourceMap};
use crate::model::totals::Totals;
use crate::outcome::{FileReport, InventorySummary, Status};
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

/// One inventory with six findings of one code and message (notation keys
/// without an explanation, D17 to D22) around one other finding.
pub fn repeated() -> FileReport {
    let unexplained = |row: u32| {
        Finding::new(
            Code::NotationKeyUnexplained,
            "n002-notation-key-unexplained",
        )
        .arg("key", "NO")
        .at(Some(CellRef::new(None, row, 3)))
        .field(Some("Notation Key".into()))
        .help("n002-explain-no-help")
    };
    let mut findings: Vec<Finding> = (16..22).map(unexplained).collect();
    findings.insert(
        2,
        Finding::new(Code::TextInNumberCell, "x001-text-in-number-cell")
            .arg("field", "Total (tCO2e)")
            .at(Some(CellRef::new(None, 18, 6)))
            .field(Some("Total (tCO2e)".into()))
            .value(Some("n/d".into()))
            .help("x001-text-in-number-cell-help"),
    );
    FileReport {
        path: PathBuf::from("submissions/inventory-BR TST-2022.csv"),
        format: Some(FileFormat::Csv),
        layout: Some(Layout::CityCatalystCsv),
        status: Status::Invalid,
        inventories: vec![],
        findings,
    }
}

/// A table of five inventories, one a row (CSV rows 2 to 6), and a row
/// without one (row 7): every inventory lacks its GWP set (a finding
/// without a cell), four have no emissions (at their V cell).
pub fn multi_inventory() -> FileReport {
    let cities = [
        ("Testville", Some(2020)),
        ("Sampleton", Some(2019)),
        ("Exampleburg", None),
        ("Demo City", Some(2018)),
        ("Mockford", Some(2020)),
    ];
    let mut inventories = Vec::new();
    let mut findings = Vec::new();
    for (index, (city, year)) in cities.into_iter().enumerate() {
        let row = index as u32 + 1;
        let mut sources = SourceMap::default();
        for (pointer, col) in [("/city/name", 0), ("/inventory/year", 8)] {
            let source = Source {
                cell: CellRef::new(None, row, col),
                field: pointer.into(),
                value: None,
            };
            sources.insert(pointer, source);
        }
        inventories.push(InventorySummary {
            id: format!("xx-{}", city.to_lowercase().replace(' ', "-")),
            city: Some(city.into()),
            country: None,
            year,
            totals: Default::default(),
            fact_sources: Default::default(),
            // Every inventory but Sampleton's has an error (S007).
            status: if index == 1 {
                Status::Valid
            } else {
                Status::Invalid
            },
            reported_totals: Default::default(),
            inventory: Default::default(),
            reported: Default::default(),
            sources,
            rules_checked: vec![Code::NoEmissions, Code::RecommendedFactMissing],
        });
        let mut gwp = Finding::new(Code::RecommendedFactMissing, "f001-boundary-missing")
            .pointer("/city/boundary")
            .help("f001-boundary-missing-help");
        gwp.inventory = Some(index);
        findings.push(gwp);
        if index != 1 {
            let mut none = Finding::new(Code::NoEmissions, "s007-no-emissions")
                .at(Some(CellRef::new(None, row, 21)))
                .field(Some("Total Scope 1 Emissions (metric tonnes CO2e)".into()))
                .help("s007-no-emissions-help");
            none.inventory = Some(index);
            findings.push(none);
        }
    }
    findings.push(
        Finding::new(Code::NoInventoryRow, "x005-rows-hold-no-inventory")
            .arg("count", 1i64)
            .arg("rows", "7")
            .arg("more", 0i64)
            .arg("reason", "`City-wide Emissions Inventory` does not say Yes")
            .at(Some(CellRef::new(None, 6, 7)))
            .field(Some("City-wide Emissions Inventory".into()))
            .value(Some("In progress".into())),
    );
    crate::diagnostic::sort_findings(&mut findings);
    FileReport {
        path: PathBuf::from("submissions/city-wide.csv"),
        format: Some(FileFormat::Csv),
        layout: Layout::from_name("mapping:cdp-citywide"),
        status: Status::Invalid,
        inventories,
        findings,
    }
}

/// Five inventories of a batch each found again in a second file.
pub fn repeated_batch() -> Vec<BatchFinding> {
    (1..=5)
        .map(|i| BatchFinding {
            finding: Finding::new(Code::SameCityAndYear, "b001-same-city-and-year")
                .arg("city", format!("Town {i}"))
                .arg("year", 2022i64)
                .arg("file", "copy.csv")
                .arg("id", format!("xx-town-{i}-2022-2"))
                .arg("first_file", "original.csv")
                .arg("first_id", format!("xx-town-{i}-2022"))
                .help("b001-same-city-and-year-help"),
            inventory: Some(format!("xx-town-{i}-2022-2")),
        })
        .collect()
}

/// One inventory of a CSV table (Testville 2021, BR) with its totals,
/// a reported scope 2 total that differs, and two findings whose rows
/// were kept: text in a number cell in row 17 (the header in row 1) and
/// a blank cell in row 2, right below the header.
pub fn with_rows() -> FileReport {
    let cell = |col: u32, header: &str, text: &str| ContextCell {
        col,
        header: header.into(),
        text: text.into(),
    };
    let mut text = Finding::new(Code::TextInNumberCell, "x001-text-in-number-cell")
        .arg("field", "Scope 1")
        .at(Some(CellRef::new(None, 16, 3)))
        .field(Some("Scope 1".into()))
        .value(Some("about 8000".into()))
        .help("x001-text-in-number-cell-help");
    text.context = Some(Box::new(RowContext {
        header_row: Some(0),
        row: 16,
        cells: vec![
            cell(0, "Sector", "Stationary energy"),
            cell(2, "GPC ref", "I.1.1"),
            cell(3, "Scope 1", "about 8000"),
            cell(4, "Scope 2", "120"),
        ],
    }));
    let mut blank = Finding::new(Code::RecommendedFactMissing, "f001-country-missing")
        .at(Some(CellRef::new(None, 1, 1)))
        .field(Some("Country".into()))
        .help("f001-country-missing-help");
    blank.context = Some(Box::new(RowContext {
        header_row: Some(0),
        row: 1,
        cells: vec![
            cell(0, "City", "Testville"),
            cell(1, "Country", ""),
            cell(2, "Year", "2021"),
        ],
    }));
    let mut inventory = multi_inventory().inventories.remove(0);
    inventory.city = Some("Testville".into());
    inventory.country = Some("BR".into());
    inventory.year = Some(2021);
    inventory.status = Status::Invalid;
    inventory.totals = Totals {
        scope1: Some(12000.0),
        scope2: Some(500.0),
        scope3: None,
        basic: Some(12500.0),
        basic_plus: Some(12500.0),
    };
    inventory.reported_totals.scopes = [Some(12000.4), Some(800.0), None];
    let mut findings = vec![text, blank];
    crate::diagnostic::sort_findings(&mut findings);
    FileReport {
        path: PathBuf::from("submissions/testville-2021.csv"),
        format: Some(FileFormat::Csv),
        layout: Some(Layout::TemplateCsv),
        status: Status::Invalid,
        inventories: vec![inventory],
        findings,
    }
}
