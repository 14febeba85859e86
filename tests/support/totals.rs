//! Fixtures of the totals rules (T002-T005): copies of the eCRF fixture with
//! one planted error, an eCRF that states only its summary, and CDP
//! open-data rows whose totals contradict each other.

use rust_xlsxwriter::XlsxError;
use serde_json::Value;

use super::ecrf::ecrf_workbook_changed;

/// The eCRF fixture with one eCRF_2 cell (0-based row and column) holding
/// another number.
/// The committed fixtures, under fixtures/.
pub const SUMMARY_ONLY: &str = "totals/ecrf-summary-only-2022.xlsx";
pub const CDP: &str = "totals/cdp-totals-contradict.csv";

/// The totals codes.
pub const CODES: [&str; 4] = ["T002", "T003", "T004", "T005"];

/// The findings of the totals codes in the first file of a report.
pub fn findings(report: &Value) -> Vec<&Value> {
    report["files"][0]["findings"]
        .as_array()
        .map(|all| {
            all.iter()
                .filter(|f| CODES.iter().any(|c| f["code"] == *c))
                .collect()
        })
        .unwrap_or_default()
}

pub fn ecrf_with_summary_cell(row: u32, col: u16, value: f64) -> Result<Vec<u8>, XlsxError> {
    ecrf_workbook_changed(|name, sheet| {
        if name == "eCRF_2" {
            sheet.write_number(row, col, value)?;
        }
        Ok(())
    })
}

/// The eCRF fixture without its eCRF_3 rows (a summary-only workbook), and
/// with `Total Stationary Energy` (eCRF_2!B6) at 1200.5 where its rows say
/// 1000.5.
pub fn ecrf_summary_only() -> Result<Vec<u8>, XlsxError> {
    ecrf_workbook_changed(|name, sheet| {
        match name {
            "eCRF_2" => {
                sheet.write_number(5, 1, 1200.5)?;
            }
            "eCRF_3" => {
                for row in 1..=9 {
                    for col in 0..29 {
                        sheet.clear_cell(row, col);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    })
}

/// CDP open-data rows (2018-2019 headers): Testville consistent; Zeroville
/// with BASIC+ 0 (row 3); Overville with BASIC above scope 1 + 2 + 3 (row 4);
/// Underville with BASIC+ below BASIC (row 5).
pub const CDP_TOTALS_CSV: &str = "\
Year Reported to CDP,Account Number,Organization,City,Country,City-wide Emissions Inventory,Accounting Year,Primary Protocol,Population,Population Year,Total Scope 1 Emissions (metric tonnes CO2e),Total Scope 2 Emissions (metric tonnes CO2e),Total Scope 3 emissions (metric tonnes CO2e),Total BASIC Emissions (GPC),Total BASIC+ Emissions (GPC)
2019,91001,City of Testville,Testville,Brazil,Yes,2017-01-01 - 2017-12-31,Global Protocol for Community Greenhouse Gas Emissions Inventories (GPC),250000,2017,1000,500,100,1400,1500
2019,91002,City of Zeroville,Zeroville,Argentina,Yes,2017-01-01 - 2017-12-31,Global Protocol for Community Greenhouse Gas Emissions Inventories (GPC),1300000,2017,3451661,1362933,0,4814594,0
2019,91003,City of Overville,Overville,United States of America,Yes,2016-01-01 - 2016-12-31,Global Protocol for Community Greenhouse Gas Emissions Inventories (GPC),110000,2016,383625,789569,21146.7,1484767,1500000
2019,91004,City of Underville,Underville,Australia,Yes,2016-01-01 - 2016-12-31,Global Protocol for Community Greenhouse Gas Emissions Inventories (GPC),210000,2016,802881,1944120,,3091346,281078
";
