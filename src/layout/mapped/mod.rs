//! Tables described by a mapping file: the user's own (`--mapping FILE`)
//! or one shipped in `schemas/mappings/` for a known public layout (CDP
//! open data). A shipped mapping is chosen when the table has every column
//! it needs.

mod answers;
mod keys;
mod labels;
mod periods;
mod pivot;
mod records;
mod rows;
mod shapes;
pub mod spec;
mod wide;

use std::sync::OnceLock;

pub use spec::{Mapping, MappingError, Shape};

use super::builder::Extraction;
use super::header::Header;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::normalize::clean::DecimalMark;
use crate::normalize::units;
use crate::read::{Sheet, Workbook};

/// Mappings shipped with ghgcheck, embedded in the binary.
const SHIPPED: &[(&str, &str)] = &[
    (
        "schemas/mappings/cdp-citywide.toml",
        include_str!("../../../schemas/mappings/cdp-citywide.toml"),
    ),
    (
        "schemas/mappings/gpc-wide.toml",
        include_str!("../../../schemas/mappings/gpc-wide.toml"),
    ),
    (
        "schemas/mappings/cdp-citywide-long.toml",
        include_str!("../../../schemas/mappings/cdp-citywide-long.toml"),
    ),
];

/// The shipped mappings, parsed once.
pub fn shipped() -> &'static [Mapping] {
    static MAPPINGS: OnceLock<Vec<Mapping>> = OnceLock::new();
    MAPPINGS.get_or_init(|| {
        SHIPPED
            .iter()
            .map(|(origin, text)| Mapping::parse(text, origin).expect("shipped mappings are valid"))
            .collect()
    })
}

/// The sheet a mapping reads: the one it names, else the first whose header
/// row holds every column the mapping needs (a dashboard export puts a
/// cover sheet before its data), else the first sheet (whose missing
/// columns the findings then name).
fn sheet<'a>(mapping: &Mapping, book: &'a Workbook) -> Option<&'a Sheet> {
    match &mapping.table.sheet {
        Some(name) => book.sheet(name),
        None => book
            .sheets
            .iter()
            .find(|s| fits(mapping, s))
            .or_else(|| book.sheets.first()),
    }
}

/// True when the sheet's header row has everything the mapping needs (for
/// a wide mapping, also at least one GPC-ref column).
fn fits(mapping: &Mapping, sheet: &Sheet) -> bool {
    header(mapping, sheet).is_some_and(|h| {
        missing_columns(mapping, &h).is_empty()
            && (!mapping.table.gpc_ref_columns || !wide::ref_columns(sheet, &h).is_empty())
    })
}

/// The sheets a mapping without a `sheet` looked through, when the
/// workbook has several: their names, quoted, for a finding to list.
fn sheets_tried(mapping: &Mapping, book: &Workbook) -> Option<String> {
    if mapping.table.sheet.is_some() || book.sheets.len() < 2 {
        return None;
    }
    let names: Vec<String> = book
        .sheets
        .iter()
        .map(|s| format!("'{}'", s.name.as_deref().unwrap_or("")))
        .collect();
    Some(names.join(", "))
}

/// Every column spelling the mapping reads.
fn spellings(mapping: &Mapping) -> Vec<&str> {
    mapping
        .facts
        .iter()
        .chain(&mapping.record_fields)
        .flat_map(|f| f.spec.columns.iter())
        .chain(mapping.totals.iter().flat_map(|t| t.columns.iter()))
        .chain(answer_columns(mapping))
        .chain(mapping.labels.iter().flat_map(|l| l.columns.iter()))
        .map(|c| c.get_ref().as_str())
        .collect()
}

/// The row, column and answer columns of an `answers` table.
fn answer_columns(mapping: &Mapping) -> impl Iterator<Item = &toml::Spanned<String>> {
    mapping
        .answers
        .iter()
        .flat_map(|a| a.columns())
        .flat_map(|columns| columns.iter())
}

fn header(mapping: &Mapping, sheet: &Sheet) -> Option<Header> {
    let spellings = spellings(mapping);
    match &mapping.table.header_row {
        Some(rows) => Header::spanning(sheet, &rows.zero_based()),
        None => Header::find(sheet, &spellings),
    }
}

/// The columns the mapping needs that the table lacks: (line, what).
fn missing_columns(mapping: &Mapping, header: &Header) -> Vec<(usize, String)> {
    let lacks = |columns: &[toml::Spanned<String>]| {
        columns.iter().all(|c| header.column(c.get_ref()).is_none())
    };
    let facts = mapping
        .facts
        .iter()
        .chain(&mapping.record_fields)
        .filter(|f| !f.spec.optional && f.spec.constant.is_none() && lacks(&f.spec.columns))
        .map(|f| (f.line, names(&f.spec.columns)));
    let totals = mapping
        .totals
        .iter()
        .filter(|t| !t.optional && lacks(&t.columns))
        .map(|t| {
            (
                t.columns.first().map_or(1, |c| mapping.line(c.span())),
                names(&t.columns),
            )
        });
    let answers = mapping
        .answers
        .iter()
        .flat_map(|a| a.required())
        .filter(|columns| lacks(columns))
        .map(|columns| {
            (
                columns.first().map_or(1, |c| mapping.line(c.span())),
                names(columns),
            )
        });
    let labels = mapping
        .labels
        .iter()
        .filter(|l| !l.columns.is_empty() && lacks(&l.columns))
        .map(|l| (mapping.line(l.columns[0].span()), names(&l.columns)));
    facts.chain(totals).chain(answers).chain(labels).collect()
}

fn names(columns: &[toml::Spanned<String>]) -> String {
    columns
        .iter()
        .map(|c| format!("`{}`", c.get_ref()))
        .collect::<Vec<_>>()
        .join(" or ")
}

/// True when the workbook has everything the mapping needs (for a wide
/// mapping, also at least one GPC-ref column).
pub fn matches(mapping: &Mapping, book: &Workbook) -> bool {
    sheet(mapping, book).is_some_and(|s| fits(mapping, s))
}

/// The inventories of a table, and findings about the file as a whole.
pub fn extract(mapping: &Mapping, book: &Workbook) -> (Vec<Extraction>, Vec<Finding>) {
    let Some(sheet) = sheet(mapping, book) else {
        let name = mapping.table.sheet.clone().unwrap_or_default();
        return (
            Vec::new(),
            vec![
                Finding::new(Code::MissingSheet, "r006-workbook-lacks-sheet")
                    .arg("sheet", name)
                    .arg("mapping", mapping.origin.as_str())
                    .help("r006-mapping-sheet-help"),
            ],
        );
    };
    let tried = sheets_tried(mapping, book);
    let Some(header) = header(mapping, sheet) else {
        let finding = match &tried {
            Some(sheets) => {
                Finding::new(Code::MissingColumn, "r007-no-mapped-header-row-in-sheets")
                    .arg("sheets", sheets.as_str())
            }
            None => Finding::new(Code::MissingColumn, "r007-no-mapped-header-row"),
        };
        return (
            Vec::new(),
            vec![
                finding
                    .arg("mapping", mapping.origin.as_str())
                    .help("r007-no-mapped-header-row-help"),
            ],
        );
    };
    let missing: Vec<Finding> = missing_columns(mapping, &header)
        .into_iter()
        .map(|(line, columns)| {
            let finding = match &tried {
                Some(sheets) => Finding::new(
                    Code::MappingColumnMissing,
                    "m001-mapping-column-missing-in-sheets",
                )
                .arg("sheets", sheets.as_str()),
                None => Finding::new(Code::MappingColumnMissing, "m001-mapping-column-missing"),
            };
            finding
                .arg("columns", columns)
                .arg("mapping", mapping.origin.as_str())
                .arg("line", line)
                .at(Some(sheet.cell_ref(header.row, 0)))
                .help("m001-mapping-column-missing-help")
        })
        .collect();
    if !missing.is_empty() {
        return (Vec::new(), missing);
    }
    // Decided once for the file, not once per inventory of the table.
    let mark = DecimalMark::of_sheets(&book.sheets);
    let (inventories, mut findings) = match mapping.table.shape {
        Shape::InventoryRows => rows::extract(mapping, sheet, &header, mark),
        Shape::Records => records::extract(mapping, sheet, &header, mark),
        Shape::Answers => answers::extract(mapping, sheet, &header, mark),
        Shape::YearColumns | Shape::Matrix => pivot::extract(mapping, sheet, &header, mark),
    };
    let mut read = summary(mapping, sheet, &header, &inventories, &findings);
    if tried.is_some() {
        // Found by its headers among several sheets: say which was read.
        read = read
            .arg("sheet", sheet.name.as_deref().unwrap_or(""))
            .at(Some(sheet.cell_ref(header.row, 0)))
            .value(sheet.get(header.row, 0).display())
            .help("x004-sheet-found-by-headers-help");
    }
    findings.push(read);
    findings.extend(periods::derived_years(&inventories));
    findings.extend(header.duplicates(sheet, &spellings(mapping)));
    findings.extend(ambiguous_units(mapping));
    (inventories, findings)
}

/// A warning for each unit the mapping spells ambiguously (`MTCO2e`: US
/// metric tonnes or SI megatonnes), saying how it is read.
fn ambiguous_units(mapping: &Mapping) -> Vec<Finding> {
    let fields = mapping
        .record_fields
        .iter()
        .filter_map(|f| f.spec.unit.as_ref().map(|u| u.get_ref().as_str()));
    let totals = mapping.totals.iter().map(|t| t.unit.as_str());
    let mut spellings: Vec<&str> = std::iter::once(mapping.table.records_unit.as_str())
        .chain(fields)
        .chain(totals)
        .collect();
    spellings.sort_unstable();
    spellings.dedup();
    spellings
        .into_iter()
        .filter_map(|written| match units::lookup(written) {
            units::Lookup::Ambiguous { unit, why } => Some(
                Finding::new(Code::AmbiguousUnit, "u005-ambiguous-mapping-unit")
                    .arg("unit", written)
                    .arg("mapping", mapping.origin.as_str())
                    .arg("read_as", unit.symbol)
                    .arg("why", why)
                    .value(Some(written.to_owned()))
                    .help("u005-ambiguous-mapping-unit-help"),
            ),
            _ => None,
        })
        .collect()
}

/// Rows read, inventories made, rows left out, and the columns no field of
/// the mapping uses.
fn summary(
    mapping: &Mapping,
    sheet: &Sheet,
    header: &Header,
    inventories: &[Extraction],
    left_out: &[Finding],
) -> Finding {
    let rows = (header.row + 1..sheet.row_end())
        .filter(|r| !sheet.row_is_blank(*r))
        .count();
    let skipped = left_out
        .iter()
        .filter(|f| f.code == Code::NoInventoryRow)
        .map(rows::rows_left_out)
        .sum::<usize>();
    let used: Vec<&str> = mapping
        .facts
        .iter()
        .chain(&mapping.record_fields)
        .flat_map(|f| f.spec.columns.iter())
        .chain(mapping.totals.iter().flat_map(|t| t.columns.iter()))
        .chain(mapping.skip.iter().flat_map(|s| s.columns.iter()))
        .chain(answer_columns(mapping))
        .chain(mapping.labels.iter().flat_map(|l| l.columns.iter()))
        .map(|c| c.get_ref().as_str())
        .collect();
    let ref_columns: Vec<u32> = match mapping.table.gpc_ref_columns {
        true => wide::all_ref_columns(sheet, header)
            .into_iter()
            .map(|(col, _, _)| col)
            .collect(),
        false => shapes::read_columns(mapping, sheet, header),
    };
    let unused = header.unused_except(&used, &ref_columns);
    let code = Code::ExtractionSummary;
    let finding = match (skipped, unused.is_empty()) {
        (0, true) => Finding::new(code, "x004-table-rows-read"),
        (_, true) => Finding::new(code, "x004-table-rows-read-left-out").arg("left_out", skipped),
        (0, false) => Finding::new(code, "x004-table-rows-read-unused-columns")
            .arg("columns", unused.join(", ")),
        _ => Finding::new(code, "x004-table-rows-read-left-out-unused-columns")
            .arg("left_out", skipped)
            .arg("columns", unused.join(", ")),
    };
    finding
        .arg("rows", rows)
        .arg("inventories", inventories.len())
        .arg("mapping", mapping.origin.as_str())
}
