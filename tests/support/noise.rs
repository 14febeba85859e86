//! Small submissions for the "no noise" rules (issue 10), written into a
//! test's temporary folder: a CityCatalyst export with notation keys, a CDP
//! table with rows that hold no inventory, template CSVs with IE keys and
//! with `{{...}}` fields, and an eCRF workbook whose eCRF_2 keys are
//! explained in column H or stand where the GPC has no cell.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Workbook, XlsxError};

use super::fixtures;

/// Writes `text` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A CityCatalyst export: one row with emissions, two with notation keys
/// (the format has no explanation column).
pub const CITYCATALYST: &str = "\
\"Inventory Reference\",\"GPC Reference Number\",\"Subsector name\",\"Notation Key\",\"Total Emissions\",\"Total Emission Units\"
\"r-01\",\"I.1.1\",\"Residential buildings\",,\"1000.5\",\"t CO2e\"
\"r-02\",\"I.2.1\",\"Commercial buildings\",\"NE\",,
\"r-03\",\"II.2.1\",\"Railways\",\"NO\",,
";

/// A CDP city-wide table (the 2019 headers). Row 2 states an inventory
/// with totals; row 3 states one without totals; row 4 says none is
/// intended and row 5 leaves the column blank (both left out); row 6 is in
/// progress but states a total, and leaves its population blank.
pub const CDP: &str = "\
Year Reported to CDP,Account Number,Organization,City,Country,City-wide Emissions Inventory,Accounting Year,Inventory Boundary,Primary Protocol,Gases Included,Total Scope 1 Emissions (metric tonnes CO2e),Total Scope 2 Emissions (metric tonnes CO2e),Total Scope 3 emissions (metric tonnes CO2e),Total BASIC Emissions (GPC),Total BASIC+ Emissions (GPC),Reason for change,Land area (in square km),Population,Population Year
2019,1,City of Aville,Aville,Brazil,Yes,2017,Same – covers entire city and nothing else,Other,CO2,1000,500,,1400,1500,,10,250000,2017
2019,2,City of Bville,Bville,Brazil,Yes,2017,Same – covers entire city and nothing else,Other,CO2,,,,,,,10,30000,2017
2019,3,City of Cville,Cville,Brazil,Not intending to undertake,,,,,,,,,,,10,1000,2017
2019,4,City of Dville,Dville,Brazil,,,,,,,,,,,,10,2000,2017
2019,5,City of Eville,Eville,Brazil,In progress,2018,Same – covers entire city and nothing else,Other,CO2,700,,,,,,10,,
";

/// The bundled valid template CSV with its emission rows replaced by
/// `rows`: (GPC ref, scope, total, notation key, explanation).
pub fn template_csv(rows: &[(&str, &str, &str, &str, &str)]) -> String {
    let valid = std::fs::read_to_string(fixtures().join("template/valid-city.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(valid.as_bytes());
    let header = reader.headers().unwrap().clone();
    let first = reader.records().next().unwrap().unwrap();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    for (gpc_ref, scope, total, key, explanation) in rows {
        let mut record: Vec<String> = first.iter().map(str::to_owned).collect();
        for (i, value) in record.iter_mut().enumerate() {
            if i < at("City") {
                value.clear();
            }
        }
        record[at("GPC ref")] = (*gpc_ref).to_owned();
        record[at("Scope")] = (*scope).to_owned();
        record[at("Total (tCO2e)")] = (*total).to_owned();
        record[at("Notation key")] = (*key).to_owned();
        record[at("Notation key explanation")] = (*explanation).to_owned();
        writer.write_record(&record).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// The template CSV header with one row of `{{...}}` fields, as a mail
/// merge template leaves them.
pub fn placeholder_csv() -> String {
    let valid = std::fs::read_to_string(fixtures().join("template/valid-city.csv")).unwrap();
    let header = valid.lines().next().unwrap();
    let row: Vec<String> = header
        .split(',')
        .enumerate()
        .map(|(i, name)| match i {
            0 => "I.1.1".to_owned(),
            _ => format!("{{{{{}}}}}", name.to_lowercase().replace(' ', "_")),
        })
        .collect();
    format!("{header}\n{}\n", row.join(","))
}

/// A small eCRF workbook: eCRF_2 row 4 `IPPU > Industrial process` with NE
/// in scope 1 (explained in H4) and in scope 3 (the GPC has no such cell),
/// row 5 `Transportation > Rail` with NO in scopes 1 and 2 and no
/// explanation, row 6 `Waste > Wastewater` with a value; eCRF_3 one row of
/// rail with NO and one of wastewater with its value.
pub fn ecrf_keys() -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let facts = book.add_worksheet().set_name("eCRF_1")?;
    facts.write(1, 1, "Name of city")?;
    facts.write(1, 2, "Keysville")?;
    facts.write(2, 1, "Country")?;
    facts.write(2, 2, "Brazil")?;
    facts.write(6, 1, "Inventory year")?;
    facts.write(6, 2, 2022)?;
    let summary = book.add_worksheet().set_name("eCRF_2")?;
    summary.write(0, 0, 2022)?;
    let header = [
        "Sectors and Sub-Sectors",
        "Direct Emissions",
        "",
        "Indirect emissions from the use of grid-supplied energy",
        "",
        "Emissions occurring outside the city boundary",
        "",
        "Please explain any excluded sources, identify any emissions covered under an ETS and provide any other comments",
    ];
    for (col, text) in header.iter().enumerate() {
        if !text.is_empty() {
            summary.write(1, col as u16, *text)?;
        }
    }
    for col in [1u16, 3, 5] {
        summary.write(2, col, "Emissions in tCO2e")?;
        summary.write(2, col + 1, "Notation key (if needed)")?;
    }
    summary.write(3, 0, "IPPU > Industrial process")?;
    summary.write(3, 2, "NE")?;
    summary.write(3, 6, "NE")?;
    summary.write(3, 7, "no industry data yet")?;
    summary.write(4, 0, "Transportation > Rail")?;
    summary.write(4, 2, "NO")?;
    summary.write(4, 4, "NO")?;
    summary.write(5, 0, "Waste > Wastewater")?;
    summary.write(5, 1, 120.5)?;
    let activities = book.add_worksheet().set_name("eCRF_3")?;
    let headers = [
        &super::ecrf::ACTIVITY_HEADERS[..7],
        &["GHGs (metric tonnes CO2e) - Total CO2e"],
    ]
    .concat();
    for (col, text) in headers.iter().enumerate() {
        activities.write(0, col as u16, *text)?;
    }
    let rows: [[&str; 7]; 2] = [
        [
            "2022",
            "II.2.1",
            "Transportation",
            "Rail",
            "Direct emissions",
            "Diesel oil",
            "NO",
        ],
        [
            "2022",
            "III.4.1",
            "Waste",
            "Wastewater",
            "Direct emissions",
            "Domestic wastewater",
            "",
        ],
    ];
    for (row, cells) in rows.iter().enumerate() {
        for (col, text) in cells.iter().enumerate() {
            if !text.is_empty() {
                activities.write(row as u32 + 1, col as u16, *text)?;
            }
        }
    }
    activities.write(2, 7, 120.5)?;
    book.save_to_buffer()
}
