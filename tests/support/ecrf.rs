//! A small eCRF workbook written for the tests, showing the quirks of the
//! real GCoM eCRF exports: labels with doubled and trailing spaces and line
//! breaks, "Please select" placeholders, a country written in full, numbers
//! stored as text with decimal commas, an empty GPC ref column resolved from
//! labels, a stated ref its scope words contradict, a misspelt ref, a CRF-only
//! row, a template placeholder row, the `gCO₂e/MJ` unit and a sheet that
//! declares 500 x 1024 cells.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// One cell value of the fixture.
pub enum V {
    S(&'static str),
    N(f64),
}

fn put(sheet: &mut Worksheet, row: u32, col: u16, value: &V) -> Result<(), XlsxError> {
    match value {
        V::S(text) => sheet.write_string(row, col, *text).map(|_| ()),
        V::N(number) => sheet.write_number(row, col, *number).map(|_| ()),
    }
}

fn write_rows(sheet: &mut Worksheet, rows: &[(u32, Vec<(u16, V)>)]) -> Result<(), XlsxError> {
    for (row, cells) in rows {
        for (col, value) in cells {
            put(sheet, *row, *col, value)?;
        }
    }
    Ok(())
}

/// eCRF_3 headers, A to AC.
pub const ACTIVITY_HEADERS: &[&str] = &[
    "Inventory year",
    "GPC ref. no.",
    "CRF - Sector",
    "CRF - Sub-sector",
    "Scope",
    "Fuel type or activity",
    "Notation key",
    "Activity data - Amount",
    "Activity data - Unit",
    "Activity data - Description",
    "Activity data - Source",
    "Activity data - Data Quality",
    "Emission factor - Unit",
    "Emission factor - CO2",
    "Emission factor - CH4",
    "Emission factor - N2O",
    "Emission factor - Total CO2e",
    "Emission factor - Biogenic CO2",
    "Oxidation factor",
    "Emission factor - Year",
    "Emission factor - Scale",
    "Emission factor - Description",
    "Emission factor - Source",
    "Emission factor - Data Quality",
    "GHGs (metric tonnes CO2e) - CO2",
    "GHGs (metric tonnes CO2e) - CH4",
    "GHGs (metric tonnes CO2e) - N2O",
    "GHGs (metric tonnes CO2e) - Total CO2e",
    "GHGs (metric tonnes CO2e) - Biogenic CO2",
];

/// Column index of an eCRF_3 header.
pub fn col(header: &str) -> u16 {
    ACTIVITY_HEADERS
        .iter()
        .position(|h| *h == header)
        .expect("known header") as u16
}

/// An eCRF_3 row: ref, sector, sub-sector, scope words, fuel, then other
/// cells by header.
fn activity(
    row: u32,
    gpc_ref: &'static str,
    labels: [&'static str; 4],
    more: Vec<(&str, V)>,
) -> (u32, Vec<(u16, V)>) {
    let mut cells = vec![(0, V::N(2022.0)), (1, V::S(gpc_ref))];
    for (i, label) in labels.into_iter().enumerate() {
        cells.push((2 + i as u16, V::S(label)));
    }
    cells.extend(more.into_iter().map(|(header, value)| (col(header), value)));
    (row, cells)
}

pub fn ecrf_workbook() -> Result<Vec<u8>, XlsxError> {
    ecrf_workbook_changed(|_, _| Ok(()))
}

/// The eCRF fixture with `change` applied to each sheet (named) before the
/// workbook is saved: copies with one planted error.
pub fn ecrf_workbook_changed(
    change: impl Fn(&str, &mut Worksheet) -> Result<(), XlsxError>,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new().set_creation_datetime(&ExcelDateTime::from_ymd(2024, 1, 1)?),
    );
    let facts = book.add_worksheet().set_name("eCRF_1")?;
    write_rows(
        facts,
        &[
            (0, vec![(1, V::S("Type"))]),
            (
                1,
                vec![
                    (0, V::S("Boundary")),
                    (1, V::S("Name of city")),
                    (2, V::S("Testville")),
                ],
            ),
            (2, vec![(1, V::S("Country")), (2, V::S("Brazil"))]),
            (3, vec![(1, V::S("Region")), (2, V::S("Please select"))]),
            (
                4,
                vec![(1, V::S("City ID (GeoNames)")), (2, V::N(1_234_567.0))],
            ),
            (6, vec![(1, V::S("Inventory year")), (2, V::N(2022.0))]),
            (
                7,
                vec![
                    (1, V::S("Geographic boundary")),
                    (2, V::S("City / Municipality")),
                ],
            ),
            (
                10,
                vec![
                    (1, V::S("Land area (km2) within city boundary")),
                    (2, V::S("1.234,5")),
                ],
            ),
            (
                11,
                vec![
                    (1, V::S("Resident population  within city boundary ")),
                    (2, V::S("250 000")),
                ],
            ),
            (
                17,
                vec![
                    (0, V::S("Inventory")),
                    (1, V::S("GPC reporting level")),
                    (2, V::S("BASIC")),
                ],
            ),
            (
                18,
                vec![
                    (1, V::S("Greenhouse gases included in inventory")),
                    (2, V::S("CO₂, CH4, N20")),
                ],
            ),
            (
                19,
                vec![(1, V::S("Global Warming Potential ")), (2, V::S("AR5"))],
            ),
            (
                20,
                vec![(
                    1,
                    V::S("Please explain your choice of GWP \n(if not AR4 or AR5)"),
                )],
            ),
            (
                24,
                vec![
                    (
                        1,
                        V::S("Has the inventory been audited or verified by a third party?"),
                    ),
                    (2, V::S("Please select")),
                ],
            ),
        ],
    )?;
    let summary = book.add_worksheet().set_name("eCRF_2")?;
    write_rows(
        summary,
        &[
            (0, vec![(0, V::N(2022.0))]),
            (
                1,
                vec![
                    (0, V::S("Sectors and Sub-Sectors")),
                    (1, V::S("Direct Emissions")),
                    (
                        3,
                        V::S(
                            "Indirect emissions from the use of grid-supplied electricity, heat, steam and/or cooling",
                        ),
                    ),
                    (
                        5,
                        V::S(
                            "Emissions occurring outside the city boundary as a result of in-city activities",
                        ),
                    ),
                ],
            ),
            (
                2,
                vec![
                    (1, V::S("Emissions in tCO2e")),
                    (2, V::S("Notation key (if needed)")),
                    (3, V::S("Emissions in tCO2e")),
                    (4, V::S("Notation Key (if needed)")),
                    (5, V::S("Emissions in tCO2e")),
                    (6, V::S("Notation key (if needed)")),
                ],
            ),
            (
                3,
                vec![
                    (0, V::S("Stationary energy > Residential buildings")),
                    (1, V::N(1000.5)),
                    (3, V::N(3200.25)),
                ],
            ),
            (
                4,
                vec![
                    (
                        0,
                        V::S("Stationary energy > Institutional buildings & facilities"),
                    ),
                    (2, V::S("IE")),
                    (4, V::S("IE")),
                    (6, V::S("IE")),
                ],
            ),
            (
                5,
                vec![
                    (0, V::S("Total Stationary Energy")),
                    (1, V::N(1000.5)),
                    (3, V::N(3200.25)),
                ],
            ),
            (
                6,
                vec![(0, V::S("Transportation > On-road")), (1, V::S("1.500,75"))],
            ),
            (
                7,
                vec![
                    (
                        0,
                        V::S("Generation of grid-supplied energy > Local renewable generation"),
                    ),
                    (2, V::S("NE")),
                    (7, V::S("Rooftop solar is not metered yet")),
                ],
            ),
            (
                8,
                vec![
                    (
                        0,
                        V::S("Total Emissions (excluding generation of grid-supplied energy)"),
                    ),
                    (1, V::N(2501.25)),
                    (3, V::N(3200.25)),
                ],
            ),
        ],
    )?;
    let activities = book.add_worksheet().set_name("eCRF_3")?;
    let header: Vec<(u16, V)> = ACTIVITY_HEADERS
        .iter()
        .enumerate()
        .map(|(i, h)| (i as u16, V::S(h)))
        .collect();
    let total = "GHGs (metric tonnes CO2e) - Total CO2e";
    write_rows(
        activities,
        &[
            (0, header),
            activity(
                1,
                "",
                [
                    "Stationary Energy",
                    "Residential Buildings",
                    "Direct emissions",
                    "Natural gas",
                ],
                vec![
                    ("Activity data - Amount", V::N(18_000.0)),
                    ("Activity data - Unit", V::S("GJ")),
                    ("Activity data - Data Quality", V::S("High")),
                    ("Emission factor - Unit", V::S("gCO₂e/MJ")),
                    ("Emission factor - CO2", V::N(55.0)),
                    ("Emission factor - CH4", V::N(0.25)),
                    ("Emission factor - N2O", V::N(0.3333)),
                    ("Emission factor - Total CO2e", V::N(55.5833)),
                    ("GHGs (metric tonnes CO2e) - CO2", V::N(990.0)),
                    ("GHGs (metric tonnes CO2e) - CH4", V::N(4.5)),
                    ("GHGs (metric tonnes CO2e) - N2O", V::N(6.0)),
                    (total, V::N(1000.5)),
                ],
            ),
            activity(
                2,
                "I.1.1",
                [
                    "Stationary Energy",
                    "Residential Buildings",
                    "Indirect emissions",
                    "Electricity",
                ],
                vec![(total, V::N(3200.25))],
            ),
            activity(
                3,
                "",
                [
                    "Stationary Energy",
                    "Institutional buildings & facilities",
                    "Direct emissions",
                    "Diesel",
                ],
                vec![("Notation key", V::S("IE"))],
            ),
            activity(
                4,
                "",
                [
                    "Transportation",
                    "On-road > Passenger car",
                    "Direct emissions",
                    "Gasoline",
                ],
                vec![(total, V::S("1.500,75"))],
            ),
            activity(
                5,
                "II.5.3",
                ["Transportation", "Off-road", "Outside city boundary", ""],
                vec![("Notation key", V::S("NE"))],
            ),
            activity(
                6,
                "",
                [
                    "Generation of grid-supplied energy",
                    "Local renewable generation",
                    "Direct emissions",
                    "Solar",
                ],
                vec![("Notation key", V::S("NE"))],
            ),
            activity(
                7,
                "I.63",
                [
                    "Stationary Energy",
                    "Non Specified Sources",
                    "Outside city boundary",
                    "Electricity T&D losses",
                ],
                vec![(total, V::N(12.0))],
            ),
            activity(
                9,
                "",
                [
                    "Waste",
                    "Solid waste disposal",
                    "Outside city boundary",
                    "Municipal solid waste",
                ],
                vec![(total, V::N(700.0))],
            ),
        ],
    )?;
    // Like the real exports, eCRF_3 declares 500 x 1024 cells but fills a few rows.
    activities.write_blank(499, 1023, &Format::new().set_bold())?;
    for name in ["eCRF_1", "eCRF_2", "eCRF_3"] {
        change(name, book.worksheet_from_name(name)?)?;
    }
    book.save_to_buffer()
}
