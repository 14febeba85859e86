//! `inspect`: what a file holds, for a person about to describe it in a
//! mapping file: its sheets, the row that most likely holds the headers,
//! each column with sample values and the field it probably holds, and a
//! starter mapping written from those guesses.

pub mod context;
mod emit;
mod guess;
mod profile;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

pub use emit::starter_mapping;
pub use guess::{Basis, Guess, unit_in_header};
pub use profile::{ColumnProfile, header_row_candidates, header_rows, profile_columns};

use crate::diagnostic::Finding;
use crate::layout::{self, mapped::Shape};
use crate::read::{FileFormat, Input, Sheet, read_file};

/// What one file holds.
#[derive(Debug, Serialize)]
pub struct Inspection {
    pub file: String,
    pub format: FileFormat,
    /// The layout `validate` would read the file as, if it knows one.
    pub layout: Option<String>,
    pub sheets: Vec<SheetInspection>,
}

/// One sheet (a CSV file has one, without a name).
#[derive(Debug, Serialize)]
pub struct SheetInspection {
    pub name: Option<String>,
    /// Rows holding any value.
    pub rows: usize,
    /// The likely header row, 1-based (the last one when the header spans
    /// several).
    pub header_row: Option<u32>,
    /// All rows of the header, 1-based: two when group titles stand above
    /// the column headers.
    pub header_rows: Vec<u32>,
    /// Other rows that could hold the header, 1-based.
    pub other_header_rows: Vec<u32>,
    /// Probable shape: one row per inventory, or one row per record.
    pub shape: Shape,
    /// Whether columns are headed by GPC reference numbers (a wide table).
    pub gpc_ref_columns: bool,
    pub columns: Vec<InspectedColumn>,
    /// What a `[skip]` on the column that says whether a row holds an
    /// inventory would leave out. Never applied: the starter mapping
    /// offers it as a comment.
    pub skip_suggestion: Option<SkipSuggestion>,
}

/// The rows a `[skip]` on a Yes/No "inventory" column would leave out.
#[derive(Debug, Serialize)]
pub struct SkipSuggestion {
    /// Column letters and header of the flag column.
    pub column: String,
    pub header: String,
    /// The answers other than Yes, with how many rows give each.
    pub values: Vec<(String, usize)>,
    /// Rows leaving the column blank.
    pub blank_rows: usize,
    /// Rows with data below the header.
    pub rows: usize,
    /// Rows it would leave out (those stating a total are read anyway).
    pub dropped: usize,
    /// Of the rows it would leave out, those stating emissions (a number
    /// in a column guessed as emissions or a total): inventories after all.
    pub dropped_with_emissions: usize,
    /// The first of those rows, 1-based.
    pub first_rows: Vec<u32>,
}

/// One column with its probable field.
#[derive(Debug, Serialize)]
pub struct InspectedColumn {
    #[serde(flatten)]
    pub profile: ColumnProfile,
    pub guess: Option<Guess>,
    pub basis: Option<Basis>,
    /// Spelling rank among a field's known headers (lower first).
    #[serde(skip)]
    pub rank: usize,
    /// False when another column is the better candidate for the same field.
    pub preferred: bool,
}

/// Why a file cannot be inspected.
#[derive(Debug, thiserror::Error)]
pub enum InspectError {
    #[error("{}", crate::report::catalogue::active().message(.0))]
    Unreadable(Box<Finding>),
    #[error("the workbook has no sheet '{wanted}'; its sheets are: {}", .sheets.join(", "))]
    NoSuchSheet { wanted: String, sheets: Vec<String> },
}

/// Reads a file and describes its sheets (only `sheet` when given).
pub fn inspect(path: &Path, sheet: Option<&str>) -> Result<Inspection, InspectError> {
    let (format, input) = read_file(path).map_err(InspectError::Unreadable)?;
    let layout = layout::detect(&input).ok().map(|l| l.name().to_owned());
    let sheets = match &input {
        Input::Json(_) => Vec::new(),
        Input::Cells(book) => {
            let chosen: Vec<&Sheet> = match sheet {
                Some(wanted) => {
                    vec![
                        book.sheet(wanted)
                            .ok_or_else(|| InspectError::NoSuchSheet {
                                wanted: wanted.to_owned(),
                                sheets: book.sheets.iter().filter_map(|s| s.name.clone()).collect(),
                            })?,
                    ]
                }
                None => book.sheets.iter().filter(|s| !s.is_empty()).collect(),
            };
            chosen.into_iter().map(inspect_sheet).collect()
        }
    };
    Ok(Inspection {
        file: path.display().to_string(),
        format,
        layout,
        sheets,
    })
}

/// Describes one sheet.
pub fn inspect_sheet(sheet: &Sheet) -> SheetInspection {
    let candidates = header_row_candidates(sheet);
    let header_row = candidates.first().copied();
    let rows = header_row.map_or_else(Vec::new, |row| header_rows(sheet, row));
    let profiles = profile_columns(sheet, &rows);
    let (shape, wide) = guess::table_shape(&profiles);
    let mut columns: Vec<InspectedColumn> = profiles
        .into_iter()
        .map(|profile| {
            let ranked = guess::guess(&profile, shape, wide);
            InspectedColumn {
                profile,
                basis: ranked.as_ref().map(|r| r.basis),
                rank: ranked.as_ref().map_or(0, |r| r.rank),
                guess: ranked.map(|r| r.guess),
                preferred: true,
            }
        })
        .collect();
    forget_repeated_headers(&mut columns);
    prefer_best_basis(&mut columns);
    let skip_suggestion = rows
        .last()
        .and_then(|&header| skip_suggestion(sheet, header, &columns));
    SheetInspection {
        name: sheet.name.clone(),
        rows: (0..sheet.row_end())
            .filter(|&r| !sheet.row_is_blank(r))
            .count(),
        header_row: rows.last().map(|r| r + 1),
        header_rows: rows.iter().map(|r| r + 1).collect(),
        other_header_rows: candidates
            .iter()
            .skip(1)
            .filter(|r| !rows.contains(r))
            .map(|r| r + 1)
            .collect(),
        shape,
        gpc_ref_columns: wide,
        columns,
        skip_suggestion,
    }
}

/// Counts what a `[skip]` on the preferred inventory-flag column would
/// leave out: rows not answering Yes (blank ones too when some are blank).
fn skip_suggestion(
    sheet: &Sheet,
    header: u32,
    columns: &[InspectedColumn],
) -> Option<SkipSuggestion> {
    let flag = columns
        .iter()
        .find(|c| c.preferred && c.guess == Some(Guess::InventoryFlag))?;
    let of = |wanted: fn(&Guess) -> bool| -> Vec<u32> {
        columns
            .iter()
            .filter(|c| c.guess.as_ref().is_some_and(wanted))
            .map(|c| c.profile.index)
            .collect()
    };
    // A row stating a mapped total is read whatever the flag says.
    let totals = of(|g| matches!(g, Guess::Total { .. }));
    let amounts = of(|g| match g {
        Guess::GpcCell { .. } => true,
        Guess::RecordField { field } => guess::is_co2e_amount(field),
        _ => false,
    });
    let number = |row: u32, col: u32| match sheet.get(row, col) {
        crate::read::Cell::Number(_) => true,
        cell => cell.display().is_some_and(|t| {
            matches!(
                crate::normalize::clean::number(&t),
                crate::normalize::clean::Cleaned::Value(_)
            )
        }),
    };
    let mut suggestion = SkipSuggestion {
        column: flag.profile.column.clone(),
        header: flag.profile.header.clone().unwrap_or_default(),
        values: Vec::new(),
        blank_rows: 0,
        rows: 0,
        dropped: 0,
        dropped_with_emissions: 0,
        first_rows: Vec::new(),
    };
    for row in (header + 1..sheet.row_end()).filter(|&r| !sheet.row_is_blank(r)) {
        suggestion.rows += 1;
        let stated = |col: &u32| {
            sheet
                .get(row, *col)
                .display()
                .is_some_and(|t| !crate::normalize::clean::is_null_word(&t))
        };
        let answer = sheet.get(row, flag.profile.index).display();
        match &answer {
            Some(a) if a.trim().eq_ignore_ascii_case("yes") => continue,
            Some(a) => match suggestion.values.iter_mut().find(|(v, _)| v == a) {
                Some((_, n)) => *n += 1,
                None => suggestion.values.push((a.clone(), 1)),
            },
            None if flag.profile.has_blanks => suggestion.blank_rows += 1,
            None => continue,
        }
        if totals.iter().any(stated) {
            continue;
        }
        suggestion.dropped += 1;
        if amounts.iter().any(|&col| number(row, col)) {
            suggestion.dropped_with_emissions += 1;
        }
        if suggestion.first_rows.len() < 5 {
            suggestion.first_rows.push(row + 1);
        }
    }
    Some(suggestion)
}

/// A mapping names columns by their header, so of two columns with the
/// same header only the first can be read: the others get no guess.
fn forget_repeated_headers(columns: &mut [InspectedColumn]) {
    let mut seen = std::collections::HashSet::new();
    for column in columns.iter_mut() {
        let Some(header) = &column.profile.header else {
            continue;
        };
        if !seen.insert(crate::layout::header::header_key(header)) {
            column.guess = None;
            column.basis = None;
        }
    }
}

/// Several columns may look like one field: those guessed on the most
/// trusted basis stay preferred, the others are marked.
fn prefer_best_basis(columns: &mut [InspectedColumn]) {
    let mut best: BTreeMap<String, Basis> = BTreeMap::new();
    for column in columns.iter() {
        if let (Some(field), Some(basis)) =
            (column.guess.as_ref().and_then(Guess::slot), column.basis)
        {
            let entry = best.entry(field.to_owned()).or_insert(basis);
            *entry = (*entry).min(basis);
        }
    }
    for column in columns.iter_mut() {
        if let (Some(field), Some(basis)) =
            (column.guess.as_ref().and_then(Guess::slot), column.basis)
        {
            column.preferred = best.get(field) == Some(&basis);
        }
    }
}
