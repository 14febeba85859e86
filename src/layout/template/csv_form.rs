//! Extracts an inventory from the CSV form of the template: the Emissions
//! columns followed by the inventory facts, which every row repeats. A fact
//! is read from the first row that states it; a later row that states a
//! different value is a finding at that cell.

use super::emissions::read_emissions;
use super::spec::CSV_FACTS;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::normalize::clean::DecimalMark;
use crate::read::Sheet;

pub fn extract(sheet: &Sheet) -> Extraction {
    let mut out = Extraction::reading(DecimalMark::of_sheets([sheet]));
    read_emissions(&mut out, sheet);
    let keys: Vec<&str> = CSV_FACTS.iter().map(|fact| fact.header).collect();
    let Some(header) = Header::find(sheet, &keys) else {
        return out;
    };
    let first_data_row = header.first_data_row(sheet);
    for fact in CSV_FACTS {
        let Some(col) = header.column(fact.header) else {
            continue;
        };
        let stated = (first_data_row..sheet.row_end()).find(|row| !sheet.get(*row, col).is_blank());
        let row = stated.unwrap_or(first_data_row);
        out.put(fact.pointer, sheet, row, col, fact.header, fact.kind);
        if let Some(first) = stated {
            report_conflicts(&mut out, sheet, first, col, fact.header);
        }
    }
    out
}

fn report_conflicts(out: &mut Extraction, sheet: &Sheet, first: u32, col: u32, header: &str) {
    let expected = sheet.get(first, col).display();
    for row in first + 1..sheet.row_end() {
        let cell = sheet.get(row, col);
        if cell.is_blank() || cell.display() == expected {
            continue;
        }
        let first_ref = sheet.cell_ref(first, col);
        out.findings.push(
            Finding::new(Code::ConflictingFact, "x002-fact-differs-in-csv")
                .arg("field", header)
                .arg("value", cell.display().unwrap_or_default())
                .arg("first_value", expected.clone().unwrap_or_default())
                .arg("first_cell", first_ref.to_string())
                .at(Some(sheet.cell_ref(row, col)))
                .field(Some(header.to_owned()))
                .value(cell.display())
                .help("x002-fact-differs-in-csv-help"),
        );
    }
}
