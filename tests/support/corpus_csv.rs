//! The CSV parts of the benchmark corpus ([`super::corpus`]):
//! CityCatalyst-like exports (the 66 rows of a real export's shape: GPC refs
//! I.1.1 to V.3, notation keys, gases in kgCO2e adding up to the total in
//! tCO2e) and one long multi-city table, one row per emission record,
//! grouped by city and year, streamed to disk, with its mapping.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use super::corpus::{Rng, Written, city_name};

/// One row of a CityCatalyst export: GPC ref, sub-sector, notation key
/// (empty when the row has figures), emission-factor unit, and which gases
/// (CO2, CH4, N2O) it has.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    [bool; 3],
);

const RES: &str = "Residential buildings";
const COM: &str = "Commercial and institutional buildings and facilities";
const MAN: &str = "Manufacturing industries and construction";
const ENE: &str = "Energy industries";
const AGR: &str = "Agriculture, forestry and fishing activities";
const NON: &str = "Non-specified sources";
const ROAD: &str = "On-road transportation";
const RAIL: &str = "Railways";
const WATER: &str = "Waterborne navigation";
const AIR: &str = "Aviation";
const OFF: &str = "Off-road transportation";
const SOLID: &str = "Solid waste disposal";
const BIO: &str = "Biological treatment of waste";
const INC: &str = "Incineration and open burning";
const WW: &str = "Wastewater treatment and discharge";
const STOCK: &str = "Emissions from livestock within the city boundary";
const LAND: &str = "Emissions from land within the city boundary";
const AGG: &str = "Emissions from aggregate sources and non-CO2 emission sources on land within the city boundary";

const ALL: [bool; 3] = [true, true, true];
const CO2: [bool; 3] = [true, false, false];
const CO2_CH4: [bool; 3] = [true, true, false];
const CH4: [bool; 3] = [false, true, false];
const CH4_N2O: [bool; 3] = [false, true, true];
const N2O: [bool; 3] = [false, false, true];
const NONE: [bool; 3] = [false, false, false];

#[rustfmt::skip]
const ROWS: [Row; 66] = [
    ("I.1.1", RES, "", "kg/m3", ALL), ("I.1.2", RES, "", "kg/TJ", CO2),
    ("I.1.3", RES, "", "kg/TJ", CO2), ("I.2.1", COM, "", "kg/m3", ALL),
    ("I.2.1", COM, "", "kg/m3", CO2_CH4), ("I.2.2", COM, "", "kg/TJ", CO2),
    ("I.2.3", COM, "", "kg/TJ", CO2), ("I.3.1", MAN, "", "kg/m3", ALL),
    ("I.3.1", MAN, "", "kg/m3", ALL), ("I.3.1", MAN, "", "kg/m3", CO2_CH4),
    ("I.3.1", MAN, "", "kg/m3", ALL), ("I.3.1", MAN, "", "kg/m3", ALL),
    ("I.3.1", MAN, "", "kg/m3", CO2_CH4), ("I.3.1", MAN, "", "kg/m3", ALL),
    ("I.3.3", MAN, "", "kg/TJ", CO2), ("I.4.1", ENE, "NO", "", NONE),
    ("I.4.2", ENE, "NO", "", NONE), ("I.4.3", ENE, "NO", "", NONE),
    ("I.5.1", AGR, "", "kg/m3", ALL), ("I.5.1", AGR, "", "kg/m3", CO2),
    ("I.5.2", AGR, "", "kg/TJ", CO2), ("I.5.3", AGR, "", "kg/TJ", CO2),
    ("I.6.1", NON, "NE", "", NONE), ("I.6.2", NON, "NE", "", NONE),
    ("I.6.3", NON, "NE", "", NONE),
    ("I.7.1", "Fugitive emissions from mining, processing, storage, and transportation of coal", "NO", "", NONE),
    ("I.8.1", "Fugitive emissions from oil and natural gas systems", "NO", "", NONE),
    ("II.1.1", ROAD, "", "kg/m3", ALL), ("II.1.1", ROAD, "", "kg/m3", ALL),
    ("II.1.2", ROAD, "NE", "", NONE), ("II.1.3", ROAD, "NE", "", NONE),
    ("II.2.1", RAIL, "NO", "", NONE), ("II.2.2", RAIL, "NO", "", NONE),
    ("II.2.3", RAIL, "NO", "", NONE), ("II.3.1", WATER, "NE", "", NONE),
    ("II.3.2", WATER, "NE", "", NONE), ("II.3.3", WATER, "", "kg/TJ", ALL),
    ("II.4.1", AIR, "NE", "", NONE), ("II.4.2", AIR, "NE", "", NONE),
    ("II.4.3", AIR, "", "kg/TJ", ALL), ("II.5.1", OFF, "NE", "", NONE),
    ("II.5.2", OFF, "NE", "", NONE), ("III.1.1", SOLID, "NO", "", NONE),
    ("III.1.2", SOLID, "", "", CH4), ("III.2.1", BIO, "", "", CH4_N2O),
    ("III.2.3", BIO, "NO", "", NONE), ("III.3.1", INC, "NO", "", NONE),
    ("III.3.3", INC, "NO", "", NONE), ("III.4.1", WW, "", "", CH4_N2O),
    ("III.4.2", WW, "NO", "", NONE),
    ("IV.1", "Emissions from industrial processes occurring within the city boundary", "NE", "", NONE),
    ("IV.2", "Emissions from product use occurring within the city boundary", "NE", "", NONE),
    ("V.1", STOCK, "", "", CH4_N2O), ("V.1", STOCK, "", "", CH4),
    ("V.2", LAND, "", "", CO2), ("V.2", LAND, "", "", CO2),
    ("V.2", LAND, "", "", CO2), ("V.2", LAND, "", "", CO2),
    ("V.3", AGG, "", "", N2O), ("V.3", AGG, "", "", CO2),
    ("V.3", AGG, "", "", N2O), ("V.3", AGG, "", "", N2O),
    ("V.3", AGG, "", "", N2O), ("V.3", AGG, "", "", N2O),
    ("V.3", AGG, "", "", CH4), ("V.3", AGG, "", "", ALL),
];

const SOURCES: [&str; 4] = [
    "Sistema de Estimativa de Emissões",
    "Empresa de Pesquisa Energética",
    "Municipal utility records",
    "National waste survey",
];

const HEADER: &str = "\"Inventory Reference\",\"GPC Reference Number\",\"Subsector name\",\"Notation Key\",\"Total Emissions\",\"Total Emission Units\",\"Activity type\",\"Activity Value\",\"Activity Units\",\"Emission Factor - CO2\",\"Emission Factor - CH4\",\"Emission Factor - N2O\",\"Emission Factor - Unit\",\"CO2 Emissions\",\"CH4 Emissions\",\"N2O Emissions\",\"Datasource ID\",\"DataSource name\"\n";

/// A UUID-like reference.
fn reference(rng: &mut Rng) -> String {
    let (a, b) = (rng.next(), rng.next());
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

/// A three-character UN/LOCODE place for file `i`: letters and digits, so
/// that names stay distinct for the first 46,656 files.
fn place(i: u64) -> String {
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let n = i % 46_656;
    [n / 1296, n / 36 % 36, n % 36]
        .iter()
        .map(|d| DIGITS[*d as usize] as char)
        .collect()
}

/// Writes `inventory-BR <place>-<year>.csv` (city and year are in the file
/// name only, as CityCatalyst writes them).
pub fn citycatalyst(dir: &Path, i: usize, offset: u64, rng: &mut Rng) -> io::Result<Written> {
    let year = rng.year();
    let path = dir.join(format!(
        "inventory-BR {}-{year}.csv",
        place(i as u64 + offset)
    ));
    let scale = rng.between(0.2, 20.0);
    let mut text = String::from(HEADER);
    for (gpc_ref, sub_sector, key, ef_unit, gases) in ROWS {
        let id = reference(rng);
        if !key.is_empty() {
            text.push_str(&format!(
                "\"N/A\",\"{gpc_ref}\",\"{sub_sector}\",\"{key}\",,\"t CO2e\",,,,,,,,\"0\",\"0\",\"0\",,\n"
            ));
            continue;
        }
        let kg: Vec<u64> = gases
            .iter()
            .zip([5_000_000.0, 40_000.0, 60_000.0])
            .map(|(has, typical)| {
                if *has {
                    (rng.between(0.05, 2.0) * typical * scale) as u64
                } else {
                    0
                }
            })
            .collect();
        let total = kg.iter().sum::<u64>() as f64 / 1000.0;
        let source = rng.below(SOURCES.len() as u64) as usize;
        text.push_str(&format!(
            "\"{id}\",\"{gpc_ref}\",\"{sub_sector}\",,\"{total}\",\"t CO2e\",,,,,,,\"{ef_unit}\",\"{}\",\"{}\",\"{}\",\"ds-{source}\",\"{}\"\n",
            kg[0], kg[1], kg[2], SOURCES[source]
        ));
    }
    std::fs::write(&path, text)?;
    Ok(Written {
        path,
        layout: "citycatalyst-csv",
    })
}

/// The mapping of the long table: the shape of
/// `fixtures/mapped/long-records.toml`.
pub const LONG_MAPPING: &str = r#"# The long multi-city table of the benchmark corpus (examples/corpus.rs):
# one row per emission record, the city and year repeated on every row,
# rows grouped by city and year.
[table]
id = "corpus-long-table"
name = "One row per emission record: city, year, GPC ref, scope, total"
shape = "records"
records_unit = "tCO2e"

[facts]
"city.name" = { columns = ["City"] }
"inventory.year" = { columns = ["Year"] }

[record_fields]
"gpc_ref" = { columns = ["GPC ref"] }
"scope" = { columns = ["Scope"] }
"total_tco2e" = { columns = ["Total (tCO2e)"] }
"#;

/// The scope of a GPC ref of [`ROWS`]: the last digit of sectors I and II
/// (1 in the city, 2 grid energy, 3 outside), waste treated outside the city
/// is scope 3, the rest scope 1.
fn scope(gpc_ref: &str) -> u8 {
    let last = gpc_ref.rsplit('.').next().unwrap_or("1");
    match (gpc_ref.split('.').next(), last) {
        (Some("I" | "II"), "2") => 2,
        (Some("I" | "II" | "III"), "3") => 3,
        (Some("III"), "2") => 3,
        _ => 1,
    }
}

/// Streams `rows` rows to `long-table.csv` in `dir` (each city and year
/// the records of [`ROWS`] that carry figures) and writes its mapping
/// `long-table.toml` beside it.
pub fn long_table(dir: &Path, rows: usize, offset: u64, rng: &mut Rng) -> io::Result<Written> {
    std::fs::write(dir.join("long-table.toml"), LONG_MAPPING)?;
    let path = dir.join("long-table.csv");
    let mut out = BufWriter::with_capacity(1 << 16, std::fs::File::create(&path)?);
    out.write_all(b"City,Year,GPC ref,Scope,Total (tCO2e)\n")?;
    let records: Vec<(&str, u8)> = ROWS
        .iter()
        .filter(|r| r.2.is_empty())
        .map(|r| (r.0, scope(r.0)))
        .collect();
    let (mut written, mut city, mut year) = (0, 0u64, 2016);
    let mut name = city_name(0, offset);
    while written < rows {
        let scale = rng.between(0.1, 5.0);
        for (gpc_ref, scope) in records.iter().take(rows - written) {
            let total = super::corpus::cents(rng.between(10.0, 50_000.0) * scale);
            writeln!(out, "{name},{year},{gpc_ref},{scope},{total}")?;
        }
        written += records.len().min(rows - written);
        // Each city reports eight years, then the next city follows.
        year += 1;
        if year == 2024 {
            (city, year) = (city + 1, 2016);
            name = city_name(city, offset);
        }
    }
    out.flush()?;
    Ok(Written {
        path,
        layout: "mapping:corpus-long-table",
    })
}
