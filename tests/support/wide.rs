//! A multi-city GPC table as networks' dashboards export it: a cover sheet
//! first, then a data sheet with a title row above its header, one row per
//! city inventory and one column per GPC reference number, roll-up
//! columns (BASIC, BASIC+, territorial, scope 2 and 3, AFOLU) and facts
//! (population, area, GDP, level, boundary). Every quirk of such exports:
//! combined keys (`NO; IE`, `NE; NE`), `IE (I.1.1)`, numbers as text with
//! tabs and trailing spaces, negative AFOLU values, a column for a cell the
//! GPC does not have (`II.5.3`) whose figure the table's own totals count,
//! and years written as periods and fiscal years.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

/// The committed fixture, under fixtures/.
pub const WIDE: &str = "mapped/gpc-dashboard-export.xlsx";

/// The data sheet's name.
pub const DATA_SHEET: &str = "GPC data";

#[derive(Clone, Copy)]
enum V {
    N(f64),
    T(&'static str),
    B,
}

use V::{B, N, T};

/// The data sheet's header (row 3).
pub const HEADER: [&str; 26] = [
    "City",
    "Country",
    "Inventory year",
    "Population",
    "Area (km2)",
    "GDP (million USD)",
    "GPC level",
    "Boundary",
    "GWP set",
    "I.1.1",
    "I.1.2",
    "I.2.1",
    "II.1.1",
    "II.1.3",
    "II.5.3",
    "III.1.1",
    "III.1.2",
    "V.1",
    "V.2",
    "V.3",
    "BASIC",
    "BASIC+",
    "Territorial (Scope 1)",
    "Scope 2",
    "Scope 3",
    "AFOLU",
];

/// One row per inventory (rows 4 to 10 of the data sheet).
fn rows() -> Vec<[V; 26]> {
    vec![
        // Consistent; `NE; NE`; a removal in V.2 (negative, allowed).
        [
            T("Alphaville"),
            T("BR"),
            N(2019.0),
            N(1000.0),
            N(120.5),
            N(5400.0),
            T("BASIC+"),
            T("Municipality"),
            T("AR5"),
            N(1000.0),
            N(500.0),
            N(200.0),
            N(800.0),
            N(100.0),
            B,
            N(300.0),
            T("NE; NE"),
            N(50.0),
            N(-40.0),
            N(20.0),
            N(2800.0),
            N(2930.0),
            N(2330.0),
            N(500.0),
            N(100.0),
            N(30.0),
        ],
        // A fiscal period; `IE (I.1.1)`; numbers as text with a tab and
        // trailing spaces; 120 t in II.5.3 that the table's BASIC+ and
        // scope 3 count.
        [
            T("Betatown"),
            T("AU"),
            T("01 July 2015-30 June 2016"),
            N(1000.0),
            N(45.0),
            N(2100.0),
            T("BASIC+"),
            T("Municipality"),
            T("AR5"),
            T("1500\t "),
            T("700  "),
            T("IE (I.1.1)"),
            N(900.0),
            N(150.0),
            N(120.0),
            T("NO"),
            N(60.0),
            T("NO"),
            T("NE"),
            T("NO"),
            N(3160.0),
            N(3430.0),
            N(2400.0),
            N(700.0),
            N(330.0),
            B,
        ],
        // Months of two years; `NO; IE` (IE, no place named: N004); a
        // confidential cell; NE in II.5.3 (says nothing); a negative
        // livestock figure (V001).
        [
            T("Gammaburg"),
            T("GB"),
            T("2013 Apr - 2014 Mar"),
            N(500.0),
            N(80.0),
            N(9000.0),
            T("BASIC+"),
            T("Municipality"),
            T("AR5"),
            N(800.0),
            N(400.0),
            T("NO; IE"),
            N(600.0),
            T("C"),
            T("NE"),
            N(100.0),
            N(20.0),
            N(-5.0),
            N(-30.0),
            N(60.0),
            N(1920.0),
            N(1945.0),
            N(1525.0),
            N(400.0),
            N(20.0),
            N(25.0),
        ],
        // `FY2016`; a territorial total that its records do not give (T002).
        [
            T("Deltaville"),
            T("US"),
            T("FY2016"),
            N(1000.0),
            N(150.0),
            N(15_000.0),
            T("BASIC+"),
            T("Municipality"),
            T("AR5"),
            N(2000.0),
            N(1000.0),
            N(500.0),
            N(1500.0),
            N(200.0),
            B,
            T("NE"),
            N(100.0),
            T("NO"),
            T("NO"),
            T("NO"),
            N(5100.0),
            N(5300.0),
            N(4400.0),
            N(1000.0),
            N(300.0),
            B,
        ],
        // A doubled dash, a tab and trailing spaces in the period; a
        // number with leading spaces; `NO, NE` (NE).
        [
            T("Epsilon City"),
            T("ZA"),
            T("01 July 2014-- 30 June 2015\t "),
            N(300.0),
            N(60.0),
            N(3000.0),
            T("BASIC"),
            T("Municipality"),
            T("AR5"),
            T("  300"),
            N(150.0),
            T("NO, NE"),
            N(400.0),
            B,
            B,
            N(50.0),
            N(10.0),
            B,
            B,
            B,
            N(910.0),
            B,
            N(750.0),
            N(150.0),
            N(10.0),
            B,
        ],
        // Two years joined by a dash.
        [
            T("Zetaburg"),
            T("PT"),
            T("2013-2014"),
            N(100.0),
            N(40.0),
            N(1500.0),
            T("BASIC"),
            T("Municipality"),
            T("AR5"),
            N(100.0),
            N(50.0),
            N(25.0),
            N(75.0),
            B,
            B,
            N(5.0),
            N(5.0),
            B,
            B,
            B,
            N(260.0),
            B,
            B,
            B,
            B,
            B,
        ],
        // A fiscal year written with a space.
        [
            T("Etaville"),
            T("NZ"),
            T("FY 2022"),
            N(100.0),
            N(30.0),
            N(1200.0),
            T("BASIC"),
            T("Municipality"),
            T("AR5"),
            N(90.0),
            N(40.0),
            N(20.0),
            N(60.0),
            B,
            B,
            N(4.0),
            N(6.0),
            B,
            B,
            B,
            N(220.0),
            B,
            B,
            B,
            B,
            B,
        ],
    ]
}

/// The workbook: a cover sheet, then the data sheet.
pub fn dashboard_export() -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new().set_creation_datetime(&ExcelDateTime::from_ymd(2024, 1, 1)?),
    );
    let cover = book.add_worksheet().set_name("About")?;
    cover.write_string(0, 0, "GHG inventories of the network's cities")?;
    cover.write_string(1, 0, "Dashboard export; figures in tonnes CO2e")?;
    // A legend whose labels are column names of the data sheet.
    cover.write_string(3, 0, "Column")?;
    cover.write_string(3, 1, "Meaning")?;
    for (row, (column, meaning)) in [
        ("City", "Name of the city"),
        ("Inventory year", "Year or period of the inventory"),
        ("BASIC", "Total of the BASIC cells"),
    ]
    .iter()
    .enumerate()
    {
        cover.write_string(row as u32 + 4, 0, *column)?;
        cover.write_string(row as u32 + 4, 1, *meaning)?;
    }
    let data = book.add_worksheet().set_name(DATA_SHEET)?;
    data.write_string(
        0,
        0,
        "City-wide GHG emissions by GPC reference number (tCO2e)",
    )?;
    for (col, header) in HEADER.iter().enumerate() {
        data.write_string(2, col as u16, *header)?;
    }
    for (index, row) in rows().iter().enumerate() {
        for (col, value) in row.iter().enumerate() {
            let (row, col) = (index as u32 + 3, col as u16);
            match value {
                N(n) => {
                    data.write_number(row, col, *n)?;
                }
                T(text) => {
                    data.write_string(row, col, *text)?;
                }
                B => {}
            }
        }
    }
    book.save_to_buffer()
}
