//! Fixtures of the completeness, sign, magnitude and duplicate rules (C001,
//! C002, V001, V002, V003, D001): copies of the valid submission with one
//! planted error each, a CityCatalyst export that has no row for one BASIC
//! cell, and an eCRF workbook whose electricity row holds 184 PJ of
//! activity data and nothing else. Written under `fixtures/rules/`.

use ghgcheck::template::{CellInput, EmissionEntry, Filling};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

use super::complete::keyed_basic_cells;
use super::valid_filling;

fn number(n: f64) -> CellInput {
    CellInput::Number(n)
}

/// The entry of `gpc_ref` in a filling (the first, for I.1.1).
fn entry<'a>(filling: &'a mut Filling, gpc_ref: &str) -> &'a mut EmissionEntry {
    filling
        .emissions
        .iter_mut()
        .find(|e| e.gpc_ref == gpc_ref)
        .expect("the valid filling has the entry")
}

/// Sets `pointer` of an entry to `value`.
fn set(entry: &mut EmissionEntry, pointer: &str, value: CellInput) {
    match entry.values.iter_mut().find(|(p, _)| p == pointer) {
        Some((_, old)) => *old = value,
        None => entry.values.push((pointer.to_owned(), value)),
    }
}

/// The valid submission with the key and explanation of I.2.1 cleared: its
/// template row (Emissions row 5) is blank.
pub fn cleared_basic_cell() -> Filling {
    let mut filling = valid_filling();
    filling.emissions.retain(|e| e.gpc_ref != "I.2.1");
    filling
}

/// The valid submission with a negative stationary value (I.2.2, -6 500 t,
/// row 6) and a negative land value (V.2, -500 t, row 51), which may be.
pub fn negative_stationary_value() -> Filling {
    let mut filling = valid_filling();
    set(
        entry(&mut filling, "I.2.2"),
        "/total_tco2e",
        number(-6_500.0),
    );
    filling.emissions.push(EmissionEntry {
        gpc_ref: "V.2".to_owned(),
        values: vec![("/total_tco2e".to_owned(), number(-500.0))],
    });
    filling
}

/// The valid submission with road transport (II.1.1, row 23) in kg: its
/// CO2 and total are 30 000 000 for a city of 25 000.
pub fn kg_total() -> Filling {
    let mut filling = valid_filling();
    let road = entry(&mut filling, "II.1.1");
    set(road, "/gases/co2/tco2e", number(30_000_000.0));
    set(road, "/total_tco2e", number(30_000_000.0));
    filling
}

/// The valid submission with its population written in thousands (25).
pub fn population_in_thousands() -> Filling {
    let mut filling = valid_filling();
    for (pointer, value) in &mut filling.facts {
        if pointer == "/city/population/value" {
            *value = number(25.0);
        }
    }
    filling
}

/// The valid submission with the II.1.1 row repeated (after the table, row
/// 56).
pub fn duplicated_row() -> Filling {
    let mut filling = valid_filling();
    let road = entry(&mut filling, "II.1.1").clone();
    filling.emissions.push(road);
    filling
}

/// The valid submission with each record that holds a figure written three
/// times (the copies after the table, rows 56 to 69).
pub fn tripled_table() -> Filling {
    let mut filling = valid_filling();
    let keyed: Vec<String> = keyed_basic_cells().into_iter().map(|e| e.gpc_ref).collect();
    let figures: Vec<EmissionEntry> = filling
        .emissions
        .iter()
        .filter(|e| {
            !keyed.contains(&e.gpc_ref) && e.values.iter().all(|(p, _)| p != "/notation_key")
        })
        .cloned()
        .collect();
    for _ in 0..2 {
        filling.emissions.extend(figures.iter().cloned());
    }
    filling
}

/// A CityCatalyst export with every BASIC cell but III.2.2: a figure for
/// I.1.1 and II.1.1, NE for the others (with the zeros the export writes
/// beside a key). Rows 2 to 32; a row for III.2.2 would be row 33.
pub fn citycatalyst_without_a_cell() -> Vec<u8> {
    let mut text = String::from(
        "\"Inventory Reference\",\"GPC Reference Number\",\"Subsector name\",\"Notation Key\",\
         \"Total Emissions\",\"Total Emission Units\",\"Activity type\",\"Activity Value\",\
         \"Activity Units\",\"CO2 Emissions\",\"CH4 Emissions\",\"N2O Emissions\"\n",
    );
    let basic = ghgcheck::model::GpcRef::all()
        .filter(|c| c.level() == ghgcheck::model::gpc::Level::Basic && c.as_str() != "III.2.2");
    for cell in basic {
        let sub = &cell.cell().sub_sector;
        let row = match cell.as_str() {
            "I.1.1" => format!(
                "\"r-1\",\"I.1.1\",\"{sub}\",,\"1000\",\"t CO2e\",\"natural gas\",\"400000\",\"m3\",\"1000000\",\"0\",\"0\""
            ),
            "II.1.1" => format!(
                "\"r-2\",\"II.1.1\",\"{sub}\",,\"3000\",\"t CO2e\",\"diesel\",,,\"3000000\",\"0\",\"0\""
            ),
            other => {
                format!("\"N/A\",\"{other}\",\"{sub}\",\"NE\",,\"t CO2e\",,,,\"0\",\"0\",\"0\"")
            }
        };
        text.push_str(&row);
        text.push('\n');
    }
    text.into_bytes()
}

use super::ecrf::{ACTIVITY_HEADERS, col as column};

/// An eCRF workbook whose electricity row (eCRF_3 row 2) holds 184 PJ
/// (184 000 000 GJ) of activity data and nothing else; beside it an
/// electricity row with its emissions, one with NE, and one with no
/// activity (0 GJ), none of which is a finding.
pub fn ecrf_activity_without_emissions() -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new().set_creation_datetime(&ExcelDateTime::from_ymd(2024, 1, 1)?),
    );
    let facts = book.add_worksheet().set_name("eCRF_1")?;
    let rows: [(&str, CellInput); 6] = [
        ("Name of city", CellInput::Text("Testville".to_owned())),
        ("Country", CellInput::Text("Brazil".to_owned())),
        ("Inventory year", number(2022.0)),
        (
            "Resident population within city boundary",
            number(2_500_000.0),
        ),
        ("GPC reporting level", CellInput::Text("BASIC".to_owned())),
        (
            "Global Warming Potential",
            CellInput::Text("AR5".to_owned()),
        ),
    ];
    for (row, (label, value)) in rows.iter().enumerate() {
        let row = row as u32 + 1;
        facts.write_string(row, 1, *label)?;
        match value {
            CellInput::Number(n) => facts.write_number(row, 2, *n)?,
            CellInput::Text(t) => facts.write_string(row, 2, t)?,
        };
    }
    let summary = book.add_worksheet().set_name("eCRF_2")?;
    summary.write_string(1, 0, "Sectors and Sub-Sectors")?;
    summary.write_string(
        3,
        0,
        "Total Emissions (excluding generation of grid-supplied energy)",
    )?;
    summary.write_number(3, 3, 400.0)?;
    let activities = book.add_worksheet().set_name("eCRF_3")?;
    for (col, header) in ACTIVITY_HEADERS.iter().enumerate() {
        activities.write_string(0, col as u16, *header)?;
    }
    type Row<'a> = (&'a str, &'a str, &'a str, Vec<(&'a str, CellInput)>);
    let electricity: Vec<Row> = vec![
        (
            "I.1.2",
            "Residential Buildings",
            "Electricity",
            vec![
                ("Activity data - Amount", number(184_000_000.0)),
                ("Activity data - Unit", CellInput::Text("GJ".to_owned())),
            ],
        ),
        (
            "I.2.2",
            "Commercial buildings & facilities",
            "Electricity",
            vec![
                ("Activity data - Amount", number(5_000.0)),
                ("Activity data - Unit", CellInput::Text("GJ".to_owned())),
                ("GHGs (metric tonnes CO2e) - Total CO2e", number(400.0)),
            ],
        ),
        (
            "I.3.2",
            "Industrial buildings & facilities",
            "Electricity",
            vec![
                ("Notation key", CellInput::Text("NE".to_owned())),
                ("Activity data - Amount", number(100.0)),
                ("Activity data - Unit", CellInput::Text("GJ".to_owned())),
            ],
        ),
        (
            "I.5.2",
            "Agriculture",
            "Electricity",
            vec![
                ("Activity data - Amount", number(0.0)),
                ("Activity data - Unit", CellInput::Text("GJ".to_owned())),
            ],
        ),
    ];
    for (i, (gpc_ref, sub_sector, fuel, cells)) in electricity.into_iter().enumerate() {
        let row = i as u32 + 1;
        activities.write_number(row, 0, 2022.0)?;
        activities.write_string(row, 1, gpc_ref)?;
        activities.write_string(row, 2, "Stationary Energy")?;
        activities.write_string(row, 3, sub_sector)?;
        activities.write_string(row, 4, "Indirect emissions")?;
        activities.write_string(row, 5, fuel)?;
        for (header, value) in cells {
            match value {
                CellInput::Number(n) => activities.write_number(row, column(header), n)?,
                CellInput::Text(t) => activities.write_string(row, column(header), &t)?,
            };
        }
    }
    book.save_to_buffer()
}
