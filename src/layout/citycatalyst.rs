//! CityCatalyst inventory CSV exports: one row per GPC ref and fuel, total
//! in t CO2e, per-gas columns in kg of CO2e, notation keys, emission-factor
//! units and data-source names. The files carry no city, year or population;
//! those come from the file name or the command line (see `facts`).
//!
//! Hierarchical exports also carry subtotal rows, whose GPC reference is a
//! sector or sub-sector (`I`, `I.1`, `I.7`): each is read as a stated total
//! of that sector or sub-sector in all its scopes, at its `Total Emissions`
//! cell and in its row's unit, for the totals rules to check against the
//! rows below it. A subtotal row with no value (a notation key alone) states
//! no total and is left out.

use serde_json::{Value, json};

use super::builder::Extraction;
use super::header::Header;
use super::template::spec::{Kind, ListName};
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::document::set_at;
use crate::model::gpc;
use crate::model::source_map::WrittenAmount;
use crate::normalize::clean::DecimalMark;
use crate::read::Sheet;

/// One column of the export: the field it fills, its header spellings, its
/// kind and, for amounts, the unit its numbers are in (gas columns are in
/// kg CO2e; the total's unit is in a column of its own).
struct Column {
    pointer: &'static str,
    headers: &'static [&'static str],
    kind: Kind,
    unit: &'static str,
}

const fn col(pointer: &'static str, headers: &'static [&'static str], kind: Kind) -> Column {
    Column {
        pointer,
        headers,
        kind,
        unit: "tCO2e",
    }
}

/// The unit of the per-gas columns.
const GAS_UNIT: &str = "kgCO2e";

const REF_HEADERS: &[&str] = &["GPC Reference Number", "GPC Ref", "GPC ref. no."];
const UNIT_HEADERS: &[&str] = &["Total Emission Units", "Total Emissions Units"];

const COLUMNS: &[Column] = &[
    col("/gpc_ref", REF_HEADERS, Kind::Text),
    col(
        "/sub_sector",
        &["Subsector name", "Sub-sector name", "Subsector"],
        Kind::Text,
    ),
    col(
        "/notation_key",
        &["Notation Key", "Notation Keys"],
        Kind::Choice(ListName::NotationKey),
    ),
    col("/total_tco2e", &["Total Emissions"], Kind::Number),
    col(
        "/activity_label",
        &["Activity type", "Activity Type"],
        Kind::Text,
    ),
    col(
        "/activity/amount",
        &["Activity Value", "Activity Amount"],
        Kind::Number,
    ),
    col(
        "/activity/unit",
        &["Activity Units", "Activity Unit"],
        Kind::Text,
    ),
    col(
        "/emission_factor/values/co2",
        &["Emission Factor - CO2"],
        Kind::Number,
    ),
    col(
        "/emission_factor/values/ch4",
        &["Emission Factor - CH4"],
        Kind::Number,
    ),
    col(
        "/emission_factor/values/n2o",
        &["Emission Factor - N2O"],
        Kind::Number,
    ),
    col(
        "/emission_factor/unit",
        &["Emission Factor - Unit", "Emission Factor Unit"],
        Kind::Text,
    ),
    Column {
        pointer: "/gases/co2/tco2e",
        headers: &["CO2 Emissions"],
        kind: Kind::Number,
        unit: GAS_UNIT,
    },
    Column {
        pointer: "/gases/ch4/tco2e",
        headers: &["CH4 Emissions"],
        kind: Kind::Number,
        unit: GAS_UNIT,
    },
    Column {
        pointer: "/gases/n2o/tco2e",
        headers: &["N2O Emissions"],
        kind: Kind::Number,
        unit: GAS_UNIT,
    },
    col(
        "/activity/source",
        &["DataSource name", "Data source name", "Datasource name"],
        Kind::Text,
    ),
];

/// True when the header row looks like a CityCatalyst export.
pub fn matches(sheet: &Sheet) -> bool {
    Header::find(sheet, REF_HEADERS).is_some_and(|h| {
        h.column("Total Emissions").is_some()
            && h.first_column(&["Subsector name", "Notation Key"])
                .is_some()
    })
}

pub fn extract(sheet: &Sheet) -> Extraction {
    let mut out = Extraction::reading(DecimalMark::of_sheets([sheet]));
    let Some(header) = Header::find(sheet, REF_HEADERS) else {
        out.findings.push(Header::missing(sheet, 0, REF_HEADERS[0]));
        return out;
    };
    let located: Vec<(&Column, u32)> = COLUMNS
        .iter()
        .filter_map(|c| header.first_column(c.headers).map(|col| (c, col)))
        .collect();
    let unit_col = header.first_column(UNIT_HEADERS);
    out.anchor(
        "/emissions",
        sheet,
        header.first_data_row(sheet),
        header.first_column(&["Total Emissions"]).unwrap_or(0),
        "Total Emissions",
    );
    let ref_col = header.first_column(REF_HEADERS).unwrap_or(0);
    let subtotals = Subtotals::of(&header);
    let (mut read, mut subtotal_rows) = (0, 0);
    for row in header.row + 1..sheet.row_end() {
        if sheet.row_is_blank(row) {
            continue;
        }
        read += 1;
        if let Some(reference) = subtotal_of(sheet, row, ref_col) {
            subtotals.read(&mut out, sheet, row, reference);
            subtotal_rows += 1;
            continue;
        }
        let base = format!("/emissions/{}", out.push_record("/emissions"));
        read_row(&mut out, sheet, row, &base, &located, unit_col);
    }
    let ref_header = header.name(ref_col).unwrap_or(REF_HEADERS[0]).to_owned();
    out.next_record(sheet, ref_col, &ref_header);
    let known = known_headers();
    out.findings.extend(header.duplicates(sheet, &known));
    out.findings
        .push(summary(&header, &known, read, subtotal_rows));
    out
}

/// The GPC sector or sub-sector a subtotal row names in its GPC reference
/// cell (`I`, `I.1`), as the GPC table spells it; `None` for any other row.
fn subtotal_of(sheet: &Sheet, row: u32, ref_col: u32) -> Option<&'static str> {
    let written = sheet.get(row, ref_col).display()?;
    gpc::table().parent(written.trim())
}

/// The columns a subtotal row is read from.
struct Subtotals {
    total: Option<(u32, String)>,
    name: Option<u32>,
    unit: Option<u32>,
}

impl Subtotals {
    fn of(header: &Header) -> Self {
        let named = |headers: &[&str]| {
            header
                .first_column(headers)
                .map(|col| (col, header.name(col).unwrap_or(headers[0]).to_owned()))
        };
        let name_headers = COLUMNS
            .iter()
            .find(|c| c.pointer == "/sub_sector")
            .map_or(&[][..], |c| c.headers);
        Subtotals {
            total: named(&["Total Emissions"]),
            name: header.first_column(name_headers),
            unit: header.first_column(UNIT_HEADERS),
        }
    }

    /// Reads one subtotal row as a reported total of `reference`, all
    /// scopes, when it states a value.
    fn read(&self, out: &mut Extraction, sheet: &Sheet, row: u32, reference: &str) {
        let Some((col, field)) = &self.total else {
            return;
        };
        if sheet.get(row, *col).is_blank() {
            return;
        }
        let base = format!("/reported_totals/{}", out.push_record("/reported_totals"));
        out.anchor(&base, sheet, row, *col, field);
        let pointer = format!("{base}/value");
        if let Some(Value::Number(n)) = out.put(&pointer, sheet, row, *col, field, Kind::Number)
            && let Some(value) = n.as_f64()
        {
            out.sources.push_written(WrittenAmount {
                pointer,
                value,
                as_written: sheet.get(row, *col).display().unwrap_or_default(),
                field: field.clone(),
                unit: self.unit.and_then(|c| sheet.get(row, c).display()),
                unit_cell: self.unit.map(|c| sheet.cell_ref(row, c)),
                unit_field: UNIT_HEADERS[0].to_owned(),
            });
        }
        let name = self
            .name
            .and_then(|c| sheet.get(row, c).display())
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty());
        let label = match name {
            Some(name) => format!("{reference} {name}"),
            None => reference.to_owned(),
        };
        let sector = reference.split('.').next().unwrap_or(reference);
        for (key, value) in [
            ("framework", json!("gpc")),
            ("label", json!(label)),
            ("sector", json!(sector)),
            ("gpc_ref", json!(reference)),
            ("column", json!(field)),
            // The written amount is converted to tonnes CO2e.
            ("unit", json!("tCO2e")),
        ] {
            set_at(&mut out.document, &format!("{base}/{key}"), value);
        }
    }
}

/// The headers this layout reads.
fn known_headers() -> Vec<&'static str> {
    COLUMNS
        .iter()
        .flat_map(|c| c.headers.iter().copied())
        .chain(UNIT_HEADERS.iter().copied())
        .collect()
}

/// How many rows were read (and how many of them were subtotal rows), and
/// which columns ghgcheck does not use.
fn summary(header: &Header, known: &[&str], read: usize, subtotals: usize) -> Finding {
    let unused = header.unused(known);
    let id = match (unused.is_empty(), subtotals) {
        (true, 0) => "x004-rows-read",
        (false, 0) => "x004-rows-read-unused-columns",
        (true, _) => "x004-rows-read-with-subtotals",
        (false, _) => "x004-rows-read-with-subtotals-unused-columns",
    };
    let finding = Finding::new(Code::ExtractionSummary, id).arg("rows", read);
    let finding = match subtotals {
        0 => finding,
        n => finding.arg("subtotals", n),
    };
    match unused.is_empty() {
        true => finding,
        false => finding.arg("columns", unused.join(", ")),
    }
}

fn read_row(
    out: &mut Extraction,
    sheet: &Sheet,
    row: u32,
    base: &str,
    located: &[(&Column, u32)],
    unit_col: Option<u32>,
) {
    for (column, col) in located {
        if column.pointer == "/gpc_ref" {
            out.anchor(base, sheet, row, *col, column.headers[0]);
        }
        // The export has no explanation column, so no place is recorded for
        // one: a key without explanation is not this file's omission.
    }
    for (column, col) in located {
        let pointer = format!("{base}{}", column.pointer);
        let Some(Value::Number(n)) =
            out.put(&pointer, sheet, row, *col, column.headers[0], column.kind)
        else {
            continue;
        };
        // Amounts of CO2e are kept as written, in their unit; they are
        // converted to tonnes (or refused) by `normalize::written`.
        let Some(value) = n.as_f64().filter(|_| column.pointer.ends_with("tco2e")) else {
            continue;
        };
        let (unit, unit_cell) = match (column.pointer, unit_col) {
            ("/total_tco2e", Some(unit_col)) => (
                sheet.get(row, unit_col).display(),
                Some(sheet.cell_ref(row, unit_col)),
            ),
            _ => (Some(column.unit.to_owned()), None),
        };
        out.sources.push_written(WrittenAmount {
            pointer,
            value,
            as_written: sheet.get(row, *col).display().unwrap_or_default(),
            field: column.headers[0].to_owned(),
            unit,
            unit_cell,
            unit_field: UNIT_HEADERS[0].to_owned(),
        });
    }
    complete_from_gpc_table(&mut out.document, base);
    drop_zeros_beside_notation_key(&mut out.document, base);
}

/// The export has no scope or sector column: both follow from the GPC ref.
fn complete_from_gpc_table(document: &mut Value, base: &str) {
    let reference = document
        .pointer(&format!("{base}/gpc_ref"))
        .and_then(Value::as_str)
        .map(str::trim);
    let Some(cell) = reference.and_then(|r| gpc::table().get(r)) else {
        return;
    };
    set_at(document, &format!("{base}/scope"), json!(cell.scope));
    set_at(document, &format!("{base}/sector"), json!(cell.sector));
}

/// CityCatalyst writes 0 in the gas columns of NE and NO rows: that is not a
/// measured zero, so the gases are dropped when a notation key is present.
fn drop_zeros_beside_notation_key(document: &mut Value, base: &str) {
    let Some(record) = document.pointer_mut(base).and_then(Value::as_object_mut) else {
        return;
    };
    if !record.contains_key("notation_key") {
        return;
    }
    let all_zero = record
        .get("gases")
        .and_then(Value::as_object)
        .is_some_and(|gases| {
            gases
                .values()
                .all(|g| g.get("tco2e").and_then(Value::as_f64) == Some(0.0))
        });
    if all_zero {
        record.remove("gases");
    }
}
