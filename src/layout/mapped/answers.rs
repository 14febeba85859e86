//! The `answers` shape: CDP's long open-data tables (2022, 2023), one row
//! per answer of a city's emissions table. A row names the organisation
//! and inventory, the emissions-table row (`TOTAL BASIC emissions`,
//! `Total Stationary Energy`), the column (`Emissions (metric tonnes CO2e)`
//! of the GPC scope table; `Direct emissions (metric tonnes CO2e)^`,
//! indirect and outside-boundary columns of the CRF table) and the answer.
//! Rows of one city and inventory year form one inventory, as in the
//! `records` shape; each figure or notation key is a reported total at its
//! cell, its scope from the column and its meaning from the row.

use serde_json::{Value, json};

use super::records::grouped;
use super::rows::column;
use super::spec::Mapping;
use crate::diagnostic::Finding;
use crate::layout::builder::Extraction;
use crate::layout::header::Header;
use crate::layout::template::spec::{Kind, ListName};
use crate::model::document::set_at;
use crate::normalize::clean::{DecimalMark, is_null_word};
use crate::read::Sheet;

/// The CRF's row for the generation of grid-supplied energy, which no
/// whole-inventory scope total includes.
const GENERATION: &str = "Total generation of grid-supplied energy";

pub(super) fn extract(
    mapping: &Mapping,
    sheet: &Sheet,
    header: &Header,
    mark: DecimalMark,
) -> (Vec<Extraction>, Vec<Finding>) {
    grouped(mapping, sheet, header, mark, |out, row| {
        read_answer(mapping, out, sheet, header, row);
    })
}

/// What one answer states: the reported total's label, framework, sector
/// and scope.
#[derive(Debug, PartialEq)]
struct Meaning {
    label: String,
    framework: &'static str,
    sector: Option<String>,
    scope: Option<u8>,
}

/// The scope of a CRF column (`Direct ...` 1, `Indirect ...` 2,
/// `... outside ...` 3), or `None` for the GPC table's single column.
fn column_scope(column: &str) -> Option<Option<u8>> {
    let lower = column.to_lowercase();
    if lower.contains("outside") {
        Some(Some(3))
    } else if lower.contains("indirect") {
        Some(Some(2))
    } else if lower.contains("direct") {
        Some(Some(1))
    } else if lower.trim_start().starts_with("emissions") {
        Some(None)
    } else {
        None
    }
}

/// The meaning of the answer in table row `row` and column `column`, or
/// `None` for a column that holds no emissions (a comment, a key's
/// explanation).
fn meaning(row: &str, column: &str) -> Option<Meaning> {
    let scope = column_scope(column)?;
    let label = row.trim().to_owned();
    let lower = label.to_lowercase();
    let Some(scope) = scope else {
        // The GPC scope table: BASIC, BASIC+ and the scope totals, the
        // generation of grid energy apart; 2017's detail rows name a
        // sector and scope (`Transportation – Scope 2 (II_X_2)`).
        let generation = lower.contains("from generation of grid");
        let scope = ["scope 1", "scope 2", "scope 3"]
            .iter()
            .position(|s| lower.contains(s))
            .and_then(|i| u8::try_from(i + 1).ok())
            .filter(|_| !lower.contains("basic"));
        let sector = match (generation, sector_of_detail_row(&label), scope) {
            (true, _, _) => Some(GENERATION.to_owned()),
            (false, Some(sector), _) => Some(sector),
            (false, None, Some(_)) => None,
            (false, None, None) => Some(label.clone()),
        };
        return Some(Meaning {
            sector,
            label,
            framework: "gpc",
            scope,
        });
    };
    // The CRF table: a sector, sub-sector or total row in one scope's
    // column; `Sector > Sub-sector` rows belong to their sector.
    let sector = label.split('>').next().unwrap_or(&label).trim().to_owned();
    Some(Meaning {
        label,
        framework: "crf",
        sector: Some(sector),
        scope: Some(scope),
    })
}

/// The sector a GPC detail row names before its sub-sector and scope, when
/// the row ends in a sector-wide reference such as `(I_X_2)` or `(II.X.1)`:
/// `Stationary Energy` of `Stationary Energy: energy use – Scope 2 (I_X_2)`.
fn sector_of_detail_row(label: &str) -> Option<String> {
    let (head, code) = label.trim_end().strip_suffix(')')?.rsplit_once('(')?;
    let code = code.replace('.', "_").to_uppercase();
    if !code.contains("_X_") {
        return None;
    }
    let sector = head.split([':', '–', '-']).next()?.trim();
    (!sector.is_empty()).then(|| sector.to_owned())
}

/// Reads one answer row into its inventory as a reported total.
fn read_answer(mapping: &Mapping, out: &mut Extraction, sheet: &Sheet, header: &Header, row: u32) {
    let Some(spec) = &mapping.answers else {
        return;
    };
    let text_of = |columns| {
        column(header, sheet, row, columns).and_then(|(col, _)| sheet.get(row, col).display())
    };
    let Some(table_row) = text_of(&spec.row) else {
        return;
    };
    let Some((col, name)) = column(header, sheet, row, &spec.value) else {
        return;
    };
    // A table with one answer column names it in its header.
    let Some(table_column) = text_of(&spec.column)
        .or_else(|| (column(header, sheet, row, &spec.column).is_none()).then(|| name.clone()))
    else {
        return;
    };
    let Some(answer) = sheet.get(row, col).display() else {
        return;
    };
    let Some(meaning) = meaning(&table_row, &table_column) else {
        return;
    };
    if is_null_word(&answer) {
        return;
    }
    let base = format!("/reported_totals/{}", out.push_record("/reported_totals"));
    out.anchor(&base, sheet, row, col, &name);
    let is_key = answer.trim().chars().all(|c| c.is_ascii_alphabetic()) && answer.trim().len() <= 2;
    let (pointer, kind) = match is_key {
        true => ("notation_key", Kind::Choice(ListName::NotationKey)),
        false => ("value", Kind::Number),
    };
    out.put(&format!("{base}/{pointer}"), sheet, row, col, &name, kind);
    let Some(Value::Object(total)) = out.document.pointer_mut(&base) else {
        return;
    };
    total.insert("label".into(), json!(meaning.label));
    total.insert("framework".into(), json!(meaning.framework));
    total.insert("column".into(), json!(table_column));
    total.insert("unit".into(), json!("tCO2e"));
    if let Some(scope) = meaning.scope {
        total.insert("scope".into(), json!(scope));
    }
    if let Some(sector) = meaning.sector {
        set_at(&mut out.document, &format!("{base}/sector"), json!(sector));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(row: &str, column: &str) -> Option<(String, &'static str, Option<String>, Option<u8>)> {
        meaning(row, column).map(|m| (m.label, m.framework, m.sector, m.scope))
    }

    #[test]
    fn the_gpc_scope_table_gives_whole_inventory_totals_but_generation() {
        let gpc = "Emissions (metric tonnes CO2e)";
        assert_eq!(
            read("Total Scope 2 emissions", gpc),
            Some(("Total Scope 2 emissions".into(), "gpc", None, Some(2)))
        );
        assert_eq!(
            read("TOTAL BASIC+ emissions", gpc),
            Some((
                "TOTAL BASIC+ emissions".into(),
                "gpc",
                Some("TOTAL BASIC+ emissions".into()),
                None
            ))
        );
        assert_eq!(
            read(
                "Scope 1 emissions from generation of grid-supplied energy",
                gpc
            ),
            Some((
                "Scope 1 emissions from generation of grid-supplied energy".into(),
                "gpc",
                Some(GENERATION.into()),
                Some(1)
            ))
        );
    }

    #[test]
    fn crf_columns_give_the_scope_and_rows_their_sector() {
        assert_eq!(
            read(
                "Stationary Energy > Residential buildings",
                "Indirect emissions from the use of grid-supplied electricity, heat, steam and/or cooling (metric tonnes CO2e)^"
            ),
            Some((
                "Stationary Energy > Residential buildings".into(),
                "crf",
                Some("Stationary Energy".into()),
                Some(2)
            ))
        );
        assert_eq!(
            read(
                "Total Waste",
                "Emissions occurring outside the jurisdiction boundary as a result of in-jurisdiction activities (metric tonnes CO2e)^"
            )
            .map(|m| m.3),
            Some(Some(3))
        );
        assert_eq!(read("Total Waste", "Comment"), None);
    }

    #[test]
    fn detail_rows_of_2017_are_sector_totals_of_one_scope() {
        let gpc = "Emissions (metric tonnes CO2e)";
        assert_eq!(
            read("Transportation – Scope 2 (II_X_2)", gpc),
            Some((
                "Transportation – Scope 2 (II_X_2)".into(),
                "gpc",
                Some("Transportation".into()),
                Some(2)
            ))
        );
        assert_eq!(
            read("Stationary Energy: energy use – Scope 1 (I.X.1)", gpc).map(|m| m.2),
            Some(Some("Stationary Energy".into()))
        );
        assert_eq!(
            read("TOTAL Scope 1 (Territorial) emissions", gpc),
            Some((
                "TOTAL Scope 1 (Territorial) emissions".into(),
                "gpc",
                None,
                Some(1)
            ))
        );
    }
}
