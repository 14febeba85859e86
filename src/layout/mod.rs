//! Layout detection and one extractor per known layout. A layout turns the
//! cells of a file into the common inventory document plus a source map.

mod builder;
pub mod citycatalyst;
pub mod ecrf;
pub mod facts;
pub mod file_name;
pub mod header;
pub mod mapped;
mod refs;
pub mod template;

use serde::{Serialize, Serializer};

pub use builder::Extraction;

use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::read::{Input, Workbook};
use template::spec;

/// The layouts ghgcheck reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// ghgcheck's submission workbook (`ghgcheck template`).
    Template,
    /// The CSV form of the submission template (`ghgcheck template --format csv`).
    TemplateCsv,
    /// A GCoM eCRF workbook (sheets eCRF_1, eCRF_2, eCRF_3).
    Ecrf,
    /// A CityCatalyst inventory CSV export.
    CityCatalystCsv,
    /// A JSON document following `schemas/inventory.schema.json`.
    InventoryJson,
    /// A table described by a mapping file (shipped or the user's).
    Mapped(MappingRef),
}

/// A mapping that lives for the whole run (shipped, or loaded once).
#[derive(Clone, Copy)]
pub struct MappingRef(pub &'static mapped::Mapping);

impl PartialEq for MappingRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for MappingRef {}

impl std::fmt::Debug for MappingRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.layout_name)
    }
}

impl Serialize for Layout {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// What a file yields: its inventories, and findings about the file as a
/// whole (rows left out, columns missing).
#[derive(Debug, Default)]
pub struct Extracted {
    pub inventories: Vec<Extraction>,
    pub findings: Vec<Finding>,
}

impl Layout {
    /// The built-in layouts (mapped layouts come from mapping files).
    pub const ALL: [Layout; 5] = [
        Layout::Template,
        Layout::TemplateCsv,
        Layout::Ecrf,
        Layout::CityCatalystCsv,
        Layout::InventoryJson,
    ];

    /// Every layout `--layout` accepts: the built-in ones and
    /// `mapping:<id>` for each shipped mapping.
    pub fn known() -> impl Iterator<Item = Layout> {
        let shipped = mapped::shipped()
            .iter()
            .map(|m| Layout::Mapped(MappingRef(m)));
        Layout::ALL.into_iter().chain(shipped)
    }

    /// The layout of a name as `--layout` takes it.
    pub fn from_name(name: &str) -> Option<Layout> {
        Layout::known().find(|l| l.name().eq_ignore_ascii_case(name.trim()))
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
            Layout::Mapped(mapping) => mapping.0.layout_name.as_str(),
        }
    }
}

/// Recognises the layout from sheet names and headers.
pub fn detect(input: &Input) -> Result<Layout, Box<Finding>> {
    match input {
        Input::Json(value) => match not_an_inventory(value) {
            None => Ok(Layout::InventoryJson),
            Some(finding) => Err(Box::new(finding)),
        },
        Input::Cells(book) if is_template_workbook(book) => Ok(Layout::Template),
        Input::Cells(book) if ecrf::matches(book) => Ok(Layout::Ecrf),
        Input::Cells(book) if is_template_csv(book) => Ok(Layout::TemplateCsv),
        Input::Cells(book) if single_table(book).is_some_and(citycatalyst::matches) => {
            Ok(Layout::CityCatalystCsv)
        }
        Input::Cells(book) => mapped::shipped()
            .iter()
            .find(|m| mapped::matches(m, book))
            .map(|m| Layout::Mapped(MappingRef(m)))
            .ok_or_else(|| Box::new(unknown_layout(book))),
    }
}

/// The top-level keys of the inventory schema.
const INVENTORY_KEYS: [&str; 6] = [
    "schema_version",
    "city",
    "inventory",
    "emissions",
    "reported_totals",
    "targets",
];

/// Why a JSON document is not an inventory, when it is not one: it is not
/// an object, or it has none of the inventory's top-level keys (a summary
/// or an index file beside the submissions). Only the names of its keys
/// are shown, never the document.
fn not_an_inventory(value: &serde_json::Value) -> Option<Finding> {
    let found = match value {
        serde_json::Value::Object(map) => {
            if map.keys().any(|k| INVENTORY_KEYS.contains(&k.as_str())) {
                return None;
            }
            let mut keys: Vec<String> = map.keys().take(6).map(|k| format!("`{k}`")).collect();
            if map.len() > 6 {
                keys.push(format!("and {} more", map.len() - 6));
            }
            if keys.is_empty() {
                "an empty object".to_owned()
            } else {
                format!("an object with the keys {}", keys.join(", "))
            }
        }
        serde_json::Value::Array(items) => format!("a list of {} items", items.len()),
        other => format!("a single value (`{}`)", excerpt(&other.to_string())),
    };
    Some(
        Finding::new(Code::UnknownLayout, "r009-not-an-inventory-document")
            .arg("found", found)
            .help("r009-not-an-inventory-document-help"),
    )
}

/// At most 40 characters of a text, marked when cut.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// Extracts the inventory documents of a file whose layout is known: one
/// for most layouts, one per inventory for tables that hold many.
pub fn extract(layout: Layout, input: &Input) -> Extracted {
    let mut extracted = extract_layout(layout, input);
    extracted.inventories.iter_mut().for_each(refs::normalise);
    extracted
}

fn extract_layout(layout: Layout, input: &Input) -> Extracted {
    let single = |inventory| Extracted {
        inventories: vec![inventory],
        findings: Vec::new(),
    };
    match (layout, input) {
        (_, Input::Json(value)) => single(Extraction {
            document: value.clone(),
            ..Extraction::default()
        }),
        (Layout::Mapped(mapping), Input::Cells(book)) => {
            let (inventories, findings) = mapped::extract(mapping.0, book);
            Extracted {
                inventories,
                findings,
            }
        }
        (Layout::TemplateCsv, Input::Cells(book)) => {
            single(template::csv_form::extract(&book.sheets[0]))
        }
        (Layout::CityCatalystCsv, Input::Cells(book)) => {
            single(citycatalyst::extract(&book.sheets[0]))
        }
        (Layout::Ecrf, Input::Cells(book)) => single(ecrf::extract(book)),
        (Layout::Template | Layout::InventoryJson, Input::Cells(book)) => {
            single(template::workbook::extract(book))
        }
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
    // The header is the first line that is not blank.
    let first = (0..sheet.row_end())
        .find(|&row| !sheet.row_is_blank(row))
        .unwrap_or(0);
    let headers: Vec<String> = (0..sheet.col_end())
        .filter_map(|col| {
            sheet
                .get(first, col)
                .display()
                .map(|h| header::header_key(&h))
        })
        .collect();
    let has = |h: &str| headers.contains(&header::header_key(h));
    // The emission columns identify the form; City and year alone do not
    // (wide tables have them too).
    spec::CSV_SIGNATURE[..2].iter().any(|h| has(h))
        && spec::CSV_SIGNATURE.iter().filter(|h| has(h)).count() >= 2
}

/// The one sheet of a CSV file (or of a single-sheet workbook).
fn single_table(book: &Workbook) -> Option<&crate::read::Sheet> {
    match book.sheets.as_slice() {
        [sheet] => Some(sheet),
        _ => None,
    }
}

fn unknown_layout(book: &Workbook) -> Finding {
    let finding = match book.sheets.as_slice() {
        [sheet] if sheet.name.is_none() => {
            let headers: Vec<String> = (0..sheet.col_end().min(6))
                .filter_map(|c| sheet.get(0, c).display())
                .collect();
            Finding::new(Code::UnknownLayout, "r009-unknown-table")
                .arg("headers", headers.join(", "))
        }
        sheets => {
            let names: Vec<String> = sheets.iter().filter_map(|s| s.name.clone()).collect();
            Finding::new(Code::UnknownLayout, "r009-unknown-workbook")
                .arg("sheets", names.join(", "))
        }
    };
    finding.help("r009-unknown-layout-help")
}
