//! Extracts an inventory from the workbook form of the template (xlsx, ods,
//! ...): City and Inventory as label/value rows, Emissions and Targets as
//! tables.

use std::collections::HashMap;

use super::emissions::read_emissions;
use super::spec::{
    CITY_FACTS, FACT_LABEL_COL, FACT_VALUE_COL, FactRow, INVENTORY_FACTS, SHEET_CITY,
    SHEET_EMISSIONS, SHEET_INVENTORY, SHEET_TARGETS, TARGET_COLUMNS,
};
use super::table::read_records;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::layout::builder::Extraction;
use crate::layout::header::{Header, header_key};
use crate::normalize::clean::DecimalMark;
use crate::read::{Sheet, Workbook};

pub fn extract(book: &Workbook) -> Extraction {
    let mut out = Extraction::reading(DecimalMark::of_sheets(&book.sheets));
    for (name, facts) in [(SHEET_CITY, CITY_FACTS), (SHEET_INVENTORY, INVENTORY_FACTS)] {
        match book.sheet(name) {
            Some(sheet) => read_facts(&mut out, sheet, facts),
            None => {
                // One finding for the sheet, not one more for each of its facts.
                facts
                    .iter()
                    .for_each(|fact| out.sources.mark_reported(fact.pointer));
                out.findings.push(missing_sheet(name));
            }
        }
    }
    match book.sheet(SHEET_EMISSIONS) {
        Some(sheet) => read_emissions(&mut out, sheet),
        None => {
            out.sources.mark_reported("/emissions");
            out.findings.push(missing_sheet(SHEET_EMISSIONS));
        }
    }
    if let Some(sheet) = book.sheet(SHEET_TARGETS)
        && let Some(header) = Header::find(sheet, &[TARGET_COLUMNS[0].header])
    {
        read_records(&mut out, sheet, &header, TARGET_COLUMNS, "/targets");
    }
    out
}

/// Finds each fact by its label in column A, so inserted or reordered rows
/// still read. A fact whose label row was deleted is simply absent.
fn read_facts(out: &mut Extraction, sheet: &Sheet, facts: &[FactRow]) {
    let rows_by_label: HashMap<String, u32> = (0..sheet.row_end())
        .filter_map(|row| {
            let label = sheet.get(row, FACT_LABEL_COL).display()?;
            Some((header_key(label.trim_end_matches('*')), row))
        })
        .collect();
    for fact in facts {
        if let Some(&row) = rows_by_label.get(&header_key(fact.label)) {
            out.put(
                fact.pointer,
                sheet,
                row,
                FACT_VALUE_COL,
                fact.label,
                fact.kind,
            );
        }
    }
}

fn missing_sheet(name: &str) -> Finding {
    Finding::new(Code::MissingSheet, "r006-workbook-lacks-sheet")
        .arg("sheet", name)
        .field(Some(name.to_owned()))
        .help("r006-template-sheet-help")
}
