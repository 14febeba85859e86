//! Layout detection and one extractor per known layout. A layout turns the
//! cells of a file into the common inventory document plus a source map.

mod builder;
pub mod citycatalyst;
pub mod ecrf;
pub mod facts;
pub mod file_name;
pub mod header;
mod refs;
pub mod template;

use serde::Serialize;

pub use builder::Extraction;

use crate::read::{Input, Workbook};
use crate::report::finding::Finding;
use crate::rules::registry::Code;
use template::spec;

/// The layouts ghgcheck reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Layout {
    /// ghgcheck's submission workbook (`ghgcheck template`).
    #[serde(rename = "ghgcheck-template")]
    Template,
    /// The CSV form of the submission template (`ghgcheck template --format csv`).
    #[serde(rename = "ghgcheck-template-csv")]
    TemplateCsv,
    /// A GCoM eCRF workbook (sheets eCRF_1, eCRF_2, eCRF_3).
    #[serde(rename = "gcom-ecrf")]
    Ecrf,
    /// A CityCatalyst inventory CSV export.
    #[serde(rename = "citycatalyst-csv")]
    CityCatalystCsv,
    /// A JSON document following `schemas/inventory.schema.json`.
    #[serde(rename = "inventory-json")]
    InventoryJson,
}

impl Layout {
    pub const ALL: [Layout; 4] = [
        Layout::Template,
        Layout::TemplateCsv,
        Layout::CityCatalystCsv,
        Layout::InventoryJson,
    ];

    /// The layout of a name as `--layout` takes it.
    pub fn from_name(name: &str) -> Option<Layout> {
        Layout::ALL
            .into_iter()
            .find(|l| l.name().eq_ignore_ascii_case(name.trim()))
    }

    /// Layouts whose files state their city and year only in the file name.
    pub fn names_facts_in_file_name(self) -> bool {
        self == Layout::CityCatalystCsv
    }

    pub fn name(self) -> &'static str {
        match self {
            Layout::Template => "ghgcheck-template",
            Layout::TemplateCsv => "ghgcheck-template-csv",
            Layout::Ecrf => "gcom-ecrf",
            Layout::CityCatalystCsv => "citycatalyst-csv",
            Layout::InventoryJson => "inventory-json",
        }
    }
}

/// Recognises the layout from sheet names and headers.
pub fn detect(input: &Input) -> Result<Layout, Box<Finding>> {
    match input {
        Input::Json(_) => Ok(Layout::InventoryJson),
        Input::Cells(book) if is_template_workbook(book) => Ok(Layout::Template),
        Input::Cells(book) if ecrf::matches(book) => Ok(Layout::Ecrf),
        Input::Cells(book) if is_template_csv(book) => Ok(Layout::TemplateCsv),
        Input::Cells(book) if single_table(book).is_some_and(citycatalyst::matches) => {
            Ok(Layout::CityCatalystCsv)
        }
        Input::Cells(book) => Err(Box::new(unknown_layout(book))),
    }
}

/// Extracts the inventory documents of a file whose layout is known: one
/// for most layouts, one per inventory for tables that hold many.
pub fn extract(layout: Layout, input: &Input) -> Vec<Extraction> {
    let mut out = extract_layout(layout, input);
    refs::normalise(&mut out);
    vec![out]
}

fn extract_layout(layout: Layout, input: &Input) -> Extraction {
    match (layout, input) {
        (_, Input::Json(value)) => Extraction {
            document: value.clone(),
            ..Extraction::default()
        },
        (Layout::TemplateCsv, Input::Cells(book)) => template::csv_form::extract(&book.sheets[0]),
        (Layout::CityCatalystCsv, Input::Cells(book)) => citycatalyst::extract(&book.sheets[0]),
        (Layout::Ecrf, Input::Cells(book)) => ecrf::extract(book),
        (_, Input::Cells(book)) => template::workbook::extract(book),
    }
}

fn is_template_workbook(book: &Workbook) -> bool {
    let marked = book
        .sheet(spec::SHEET_README)
        .is_some_and(|s| s.get(0, 0).display().as_deref() == Some(spec::README_MARKER));
    let known = [
        spec::SHEET_CITY,
        spec::SHEET_INVENTORY,
        spec::SHEET_EMISSIONS,
    ]
    .iter()
    .filter(|name| book.sheet(name).is_some())
    .count();
    marked || known >= 2
}

fn is_template_csv(book: &Workbook) -> bool {
    let [sheet] = book.sheets.as_slice() else {
        return false;
    };
    if sheet.name.is_some() {
        return false;
    }
    let headers: Vec<String> = (0..sheet.col_end())
        .filter_map(|col| sheet.get(0, col).display().map(|h| header::header_key(&h)))
        .collect();
    spec::CSV_SIGNATURE
        .iter()
        .filter(|h| headers.contains(&header::header_key(h)))
        .count()
        >= 2
}

/// The one sheet of a CSV file (or of a single-sheet workbook).
fn single_table(book: &Workbook) -> Option<&crate::read::Sheet> {
    match book.sheets.as_slice() {
        [sheet] => Some(sheet),
        _ => None,
    }
}

fn unknown_layout(book: &Workbook) -> Finding {
    let seen = match book.sheets.as_slice() {
        [sheet] if sheet.name.is_none() => {
            let headers: Vec<String> = (0..sheet.col_end().min(6))
                .filter_map(|c| sheet.get(0, c).display())
                .collect();
            format!("a table with the headers {}", headers.join(", "))
        }
        sheets => format!(
            "the sheets {}",
            sheets
                .iter()
                .filter_map(|s| s.name.clone())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Finding::new(
        Code::UnknownLayout,
        format!("the layout is not one ghgcheck knows: found {seen}"),
    )
    .help("fill in the ghgcheck template (`ghgcheck template -o inventory.xlsx`) and submit that")
}
