//! N004 and N005: the notation key IE (included elsewhere) must say where
//! the emissions are included, and that place must hold them. The place is
//! written beside the key (`IE (I.1.1)`, kept as `included_in`) or in the
//! key's explanation (`included in I.2.1`, `included in stationary
//! energy`): a GPC cell, sub-sector or sector.

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::gpc::GpcTable;
use crate::model::{Field, Inventory, NotationKey, RecordField, ReportedField};

/// Sector names as explanations write them, and their GPC numeral.
const SECTOR_WORDS: &[(&str, &str)] = &[
    ("stationary energy", "I"),
    ("transportation", "II"),
    ("transport", "II"),
    ("waste", "III"),
    ("ippu", "IV"),
    ("industrial process", "IV"),
    ("afolu", "V"),
    ("agriculture, forestry", "V"),
    ("land use", "V"),
];

/// One IE key of the inventory: where it says its emissions are, and the
/// fields to point at.
struct IeKey<'a> {
    included_in: Option<&'a str>,
    explanation: Option<&'a str>,
    /// The key's own cell.
    key: Field,
    /// Where its explanation is written, or would be.
    explanation_field: Field,
    /// The record's own GPC cell, which cannot be the place it points to.
    own: Option<&'static str>,
}

fn ie_keys(inventory: &Inventory) -> Vec<IeKey<'_>> {
    let ie = Some(NotationKey::IncludedElsewhere);
    let records = inventory
        .records()
        .iter()
        .enumerate()
        .filter(|(_, r)| r.notation_key == ie)
        .map(|(i, r)| IeKey {
            included_in: r.included_in.as_deref(),
            explanation: r.notation_explanation.as_deref(),
            key: Field::Record(i, RecordField::NotationKey),
            explanation_field: Field::Record(i, RecordField::NotationExplanation),
            own: r.gpc().map(|c| c.as_str()),
        });
    let totals = inventory
        .reported_totals()
        .iter()
        .enumerate()
        .filter(|(_, t)| t.notation_key == ie)
        .map(|(i, t)| IeKey {
            included_in: t.included_in.as_deref(),
            explanation: t.notation_explanation.as_deref(),
            key: Field::ReportedTotal(i, ReportedField::NotationKey),
            explanation_field: Field::ReportedTotal(i, ReportedField::NotationExplanation),
            own: None,
        });
    records.chain(totals).collect()
}

/// The GPC places a text names: cells and sub-sectors by reference number
/// (`I.1.1`, `II.1`), sectors by number after the word sector (`sector
/// II`) or by name (`stationary energy`). In the order written.
pub fn places_in(text: &str, table: &GpcTable) -> Vec<String> {
    let mut places = Vec::new();
    let words: Vec<String> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .map(|w| w.trim_end_matches('.').to_ascii_uppercase())
        .filter(|w| !w.is_empty())
        .collect();
    for (i, word) in words.iter().enumerate() {
        let after_sector = i > 0 && words[i - 1] == "SECTOR";
        let is_place = match word.contains('.') {
            true => table
                .cells()
                .iter()
                .any(|c| c.reference == *word || c.reference.starts_with(&format!("{word}."))),
            false => after_sector && table.cells().iter().any(|c| c.sector_number == *word),
        };
        if is_place && !places.contains(word) {
            places.push(word.clone());
        }
    }
    let lower = text.to_lowercase();
    for (name, numeral) in SECTOR_WORDS {
        if lower.contains(name) && !places.iter().any(|p| p == numeral) {
            places.push((*numeral).to_owned());
        }
    }
    places
}

/// True when a record of the inventory in `place` (a cell, or every cell
/// under a sub-sector or sector) states an amount.
fn holds_value(inventory: &Inventory, place: &str) -> bool {
    let prefix = format!("{place}.");
    inventory.records().iter().any(|r| {
        r.amount().is_some()
            && r.gpc()
                .is_some_and(|c| c.as_str() == place || c.as_str().starts_with(&prefix))
    })
}

/// N004: an IE key that names no place. It is reported where the place is
/// best written: the key's explanation cell when the file has one (the
/// keys of one eCRF_2 row share column H, so they are one finding), else
/// the key's own cell (`IE (I.1.1)`).
pub fn place_not_named(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for ie in ie_keys(ctx.inventory) {
        if !named_places(ctx, &ie).is_empty() || ctx.is_reported(ie.key) {
            continue;
        }
        let at = match ctx.locations.source_of(ie.explanation_field) {
            Some(_) => ie.explanation_field,
            None => ie.key,
        };
        out.push(
            ctx.finding(Code::IePlaceNotNamed, "n004-ie-place-not-named", at)
                .value(Some("IE".to_owned()))
                .help("n004-ie-place-not-named-help"),
        );
    }
}

/// N005: the place an IE key names holds no amount. Judged only when the
/// inventory has records with amounts: a file of totals alone (CDP) cannot
/// tell.
pub fn place_empty(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    if !ctx.inventory.records().iter().any(|r| r.amount().is_some()) {
        return;
    }
    for ie in ie_keys(ctx.inventory) {
        let places = named_places(ctx, &ie);
        let others: Vec<&String> = places
            .iter()
            .filter(|p| ie.own != Some(p.as_str()))
            .collect();
        if others.is_empty() || others.iter().any(|p| holds_value(ctx.inventory, p)) {
            continue;
        }
        let place = others
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        out.push(
            ctx.finding(Code::IePlaceEmpty, "n005-ie-place-holds-no-value", ie.key)
                .arg("place", place)
                .value(Some("IE".to_owned()))
                .help("n005-ie-place-holds-no-value-help"),
        );
    }
}

/// The places written beside the key, else those its explanation names.
fn named_places(ctx: &RuleContext<'_>, ie: &IeKey<'_>) -> Vec<String> {
    let beside = ie
        .included_in
        .map(|t| places_in(t, ctx.tables.gpc))
        .unwrap_or_default();
    if !beside.is_empty() {
        return beside;
    }
    ie.explanation
        .map(|t| places_in(t, ctx.tables.gpc))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, cell};
    use super::*;
    use crate::diagnostic::CellRef;
    use crate::model::{EmissionRecord, StatedRef, gpc};

    fn ie(at: &str, included_in: Option<&str>, explanation: Option<&str>) -> EmissionRecord {
        EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell(at))),
            notation_key: Some(NotationKey::IncludedElsewhere),
            included_in: included_in.map(str::to_owned),
            notation_explanation: explanation.map(str::to_owned),
            ..Default::default()
        }
    }

    fn valued(at: &str, total: f64) -> EmissionRecord {
        EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell(at))),
            total: Some(total),
            ..Default::default()
        }
    }

    #[test]
    fn places_are_cells_sub_sectors_and_sectors() {
        let table = gpc::table();
        assert_eq!(places_in("I.1.1", table), ["I.1.1"]);
        assert_eq!(
            places_in("included in i.2.1 and II.1.", table),
            ["I.2.1", "II.1"]
        );
        assert_eq!(places_in("in sector III", table), ["III"]);
        assert_eq!(places_in("reported under Stationary Energy", table), ["I"]);
        assert!(places_in("see note", table).is_empty());
        assert!(places_in("I think it is elsewhere", table).is_empty());
        assert!(places_in("II.5.3 or I.9", table).is_empty());
    }

    #[test]
    fn an_ie_key_names_its_place_beside_the_key_or_in_its_explanation() {
        let case = Case::records(vec![
            ie("I.2.1", Some("I.1.1"), None),
            ie("I.2.1", None, Some("included in stationary energy")),
            ie("II.4.1", None, Some("see note")),
            ie("II.4.3", None, None),
            valued("I.1.1", 5.0),
        ])
        .cell(
            Field::Record(2, RecordField::NotationKey),
            "Emissions",
            "O9",
            "Notation key",
        );
        let found = case.run_inventory(place_not_named);
        let got: Vec<(Code, Option<String>, Option<Field>)> = found
            .iter()
            .map(|f| {
                let at = f.pointer.as_deref().and_then(Field::from_pointer);
                (f.code, f.cell.as_ref().map(CellRef::a1), at)
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    Code::IePlaceNotNamed,
                    Some("O9".to_owned()),
                    Some(Field::Record(2, RecordField::NotationKey))
                ),
                (
                    Code::IePlaceNotNamed,
                    None,
                    Some(Field::Record(3, RecordField::NotationKey))
                ),
            ]
        );
    }

    #[test]
    fn an_ie_key_with_an_explanation_cell_is_told_there() {
        let case = Case::records(vec![ie("I.2.1", None, None)])
            .cell(
                Field::Record(0, RecordField::NotationKey),
                "eCRF_2",
                "C5",
                "Notation key",
            )
            .cell(
                Field::Record(0, RecordField::NotationExplanation),
                "eCRF_2",
                "H5",
                "Please explain",
            );
        let found = case.run_inventory(place_not_named);
        let cells: Vec<Option<String>> = found
            .iter()
            .map(|f| f.cell.as_ref().map(CellRef::a1))
            .collect();
        assert_eq!(cells, [Some("H5".to_owned())]);
    }

    #[test]
    fn the_place_must_hold_an_amount() {
        let case = Case::records(vec![
            ie("I.2.1", Some("I.1.1"), None),
            ie("I.3.1", None, Some("included in I.1")),
            ie("II.4.1", Some("II.1.1"), None),
            valued("I.1.1", 5.0),
            EmissionRecord {
                gpc_ref: Some(StatedRef::Cell(cell("II.1.1"))),
                notation_key: Some(NotationKey::NotEstimated),
                ..Default::default()
            },
        ])
        .cell(
            Field::Record(2, RecordField::NotationKey),
            "Emissions",
            "O12",
            "Notation key",
        );
        let found = case.run_inventory(place_empty);
        let got: Vec<(Code, Option<String>, String)> = found
            .iter()
            .map(|f| {
                (
                    f.code,
                    f.cell.as_ref().map(CellRef::a1),
                    f.args.get("place").unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [(
                Code::IePlaceEmpty,
                Some("O12".to_owned()),
                "II.1.1".to_owned()
            )]
        );
    }

    #[test]
    fn totals_alone_cannot_tell_whether_the_place_holds_emissions() {
        let case = Case::records(vec![ie("I.2.1", Some("I.1.1"), None)]);
        assert!(case.run_inventory(place_empty).is_empty());
    }
}
