//! A seeded, reproducible corpus of submissions for benchmarks
//! (`cargo run --release --example corpus`, issue 13): eCRF-like workbooks
//! (the eCRF fixture of [`super::ecrf`] with another city, year and
//! figures), the template's xlsx and CSV forms (the valid filling, varied
//! likewise), CityCatalyst-like CSVs and one long multi-city table with its
//! mapping ([`super::corpus_csv`]). The same seed gives byte-identical files:
//! every choice comes from [`Rng`], a splitmix64 written here, and nothing
//! reads the clock.

use std::io;
use std::path::{Path, PathBuf};

use ghgcheck::template::{CellInput, TemplateFormat, template_bytes};
use rust_xlsxwriter::Worksheet;

use super::corpus_csv;

/// splitmix64: small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A number in `low..high`.
    pub fn between(&mut self, low: f64, high: f64) -> f64 {
        low + (self.next() >> 11) as f64 / (1u64 << 53) as f64 * (high - low)
    }

    /// An inventory year the rules accept (after the targets' base year
    /// 2015, not in the future).
    pub fn year(&mut self) -> i64 {
        2016 + self.below(8) as i64
    }
}

/// How many files of each kind to write.
#[derive(Clone, Copy, Debug)]
pub struct Counts {
    /// Workbooks: eCRF-like and template xlsx, alternately.
    pub workbooks: usize,
    /// Small CSVs: CityCatalyst-like and template CSV, alternately.
    pub csvs: usize,
    /// Rows of the long multi-city table.
    pub rows: usize,
}

impl Default for Counts {
    fn default() -> Counts {
        Counts {
            workbooks: 1_000,
            csvs: 1_000,
            rows: 1_000_000,
        }
    }
}

/// One file written, with the layout it is meant to be read with.
#[derive(Clone, Debug)]
pub struct Written {
    pub path: PathBuf,
    pub layout: &'static str,
}

const PREFIXES: [&str; 16] = [
    "Porto", "Santa", "Vila", "Nova", "São", "Campo", "Rio", "Serra", "Monte", "Lagoa", "Ponte",
    "Bela", "Alto", "Barra", "Pedra", "Vale",
];
const SUFFIXES: [&str; 16] = [
    "Verde", "Alegre", "Bonita", "do Sul", "Grande", "Azul", "Clara", "Nova", "do Norte", "Velha",
    "Branca", "Formosa", "Dourada", "Serena", "Larga", "Funda",
];

/// The name of city `i` (distinct for the first 256, then numbered),
/// starting at `offset` so that seeds change the names too.
pub fn city_name(i: u64, offset: u64) -> String {
    let n = i + offset;
    let base = format!(
        "{} {}",
        PREFIXES[(n % 16) as usize],
        SUFFIXES[(n / 16 % 16) as usize]
    );
    match i / 256 {
        0 => base,
        k => format!("{base} {}", k + 1),
    }
}

/// Rounds to two decimals, as people type figures.
pub fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Writes the corpus into `dir` (`workbooks/`, `csvs/`, `long-table.csv`
/// and `long-table.toml`) and lists what it wrote, in writing order.
pub fn write_corpus(dir: &Path, seed: u64, counts: Counts) -> io::Result<Vec<Written>> {
    let mut rng = Rng::new(seed);
    let offset = rng.below(256);
    let mut written = Vec::new();
    let books = dir.join("workbooks");
    std::fs::create_dir_all(&books)?;
    for i in 0..counts.workbooks {
        let city = city_name(i as u64, offset);
        let (path, layout, bytes) = if i % 2 == 0 {
            let path = books.join(format!("ecrf-{i:05}.xlsx"));
            (path, "gcom-ecrf", ecrf_bytes(&mut rng, &city)?)
        } else {
            let path = books.join(format!("template-{i:05}.xlsx"));
            let bytes = template(&mut rng, &city, TemplateFormat::Xlsx)?;
            (path, "ghgcheck-template", bytes)
        };
        std::fs::write(&path, bytes)?;
        written.push(Written { path, layout });
    }
    let csvs = dir.join("csvs");
    std::fs::create_dir_all(&csvs)?;
    for i in 0..counts.csvs {
        let written_one = if i % 2 == 0 {
            corpus_csv::citycatalyst(&csvs, i, offset, &mut rng)?
        } else {
            let city = city_name(i as u64, offset);
            let path = csvs.join(format!("template-{i:05}.csv"));
            std::fs::write(&path, template(&mut rng, &city, TemplateFormat::Csv)?)?;
            Written {
                path,
                layout: "ghgcheck-template-csv",
            }
        };
        written.push(written_one);
    }
    written.push(corpus_csv::long_table(dir, counts.rows, offset, &mut rng)?);
    Ok(written)
}

fn invalid(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

/// The valid template filling for `city`, in another year, its figures
/// (and population, so emissions per person stay plausible) scaled alike.
fn template(rng: &mut Rng, city: &str, format: TemplateFormat) -> io::Result<Vec<u8>> {
    let mut filling = super::valid_filling();
    let scale = rng.between(0.3, 6.0);
    let year = rng.year() as f64;
    for (pointer, value) in &mut filling.facts {
        match (pointer.as_str(), &value) {
            ("/city/name", _) => *value = CellInput::Text(city.to_owned()),
            ("/inventory/year" | "/city/population/year", _) => *value = CellInput::Number(year),
            ("/city/population/value", CellInput::Number(n)) => {
                *value = CellInput::Number((n * scale).round());
            }
            _ => {}
        }
    }
    for entry in &mut filling.emissions {
        for (pointer, value) in &mut entry.values {
            if let CellInput::Number(n) = value
                && (pointer.ends_with("tco2e") || pointer == "/activity/amount")
            {
                *value = CellInput::Number(cents(*n * scale));
            }
        }
    }
    // The gases of I.1.1 add up to its total after rounding: the total is
    // their sum.
    for entry in &mut filling.emissions {
        let gas = |p: &str| {
            entry.values.iter().find_map(|(q, v)| match v {
                CellInput::Number(n) if q == p => Some(*n),
                _ => None,
            })
        };
        let parts: Vec<f64> = ["co2", "ch4", "n2o"]
            .iter()
            .filter_map(|g| gas(&format!("/gases/{g}/tco2e")))
            .collect();
        if !parts.is_empty() {
            let sum = cents(parts.iter().sum());
            for (pointer, value) in &mut entry.values {
                if pointer == "/total_tco2e" {
                    *value = CellInput::Number(sum);
                }
            }
        }
    }
    template_bytes(format, &filling).map_err(invalid)
}

/// Formats `x` as the eCRF's text numbers: `1.500,75`.
fn decimal_comma(x: f64) -> String {
    let cents = (x * 100.0).round() as u64;
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{grouped},{:02}", cents % 100)
}

/// The eCRF fixture for `city` in another year, its figures scaled.
fn ecrf_bytes(rng: &mut Rng, city: &str) -> io::Result<Vec<u8>> {
    let scale = rng.between(0.3, 6.0);
    let year = rng.year() as f64;
    let city = city.to_owned();
    let direct = cents(1000.5 * scale);
    let indirect = cents(3200.25 * scale);
    let road = cents(1500.75 * scale);
    let co2 = cents(990.0 * scale);
    let ch4 = cents(4.5 * scale);
    let n2o = cents(direct - co2 - ch4);
    let change = move |name: &str,
                       sheet: &mut Worksheet|
          -> Result<(), rust_xlsxwriter::XlsxError> {
        match name {
            "eCRF_1" => {
                sheet.write_string(1, 2, &city)?;
                sheet.write_number(6, 2, year)?;
            }
            "eCRF_2" => {
                sheet.write_number(0, 0, year)?;
                for row in [3, 5] {
                    sheet.write_number(row, 1, direct)?;
                    sheet.write_number(row, 3, indirect)?;
                }
                sheet.write_string(6, 1, decimal_comma(road))?;
                sheet.write_number(8, 1, cents(direct + road))?;
                sheet.write_number(8, 3, indirect)?;
            }
            _ => {
                for row in [1, 2, 3, 4, 5, 6, 7, 9] {
                    sheet.write_number(row, 0, year)?;
                }
                let col = super::ecrf::col;
                sheet.write_number(1, col("Activity data - Amount"), cents(18_000.0 * scale))?;
                sheet.write_number(1, col("GHGs (metric tonnes CO2e) - CO2"), co2)?;
                sheet.write_number(1, col("GHGs (metric tonnes CO2e) - CH4"), ch4)?;
                sheet.write_number(1, col("GHGs (metric tonnes CO2e) - N2O"), n2o)?;
                let total = col("GHGs (metric tonnes CO2e) - Total CO2e");
                sheet.write_number(1, total, direct)?;
                sheet.write_number(2, total, indirect)?;
                sheet.write_string(4, total, decimal_comma(road))?;
            }
        }
        Ok(())
    };
    super::ecrf::ecrf_workbook_changed(change).map_err(invalid)
}
