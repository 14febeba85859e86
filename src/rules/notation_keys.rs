//! N002 and N003: a notation key needs an explanation, and a record holds
//! either numbers or a notation key, never both (GPC notation key rules).
//!
//! An explanation is asked for only where the file has a place for one:
//! where the extractor recorded the cell it would be written in (the
//! template's explanation column, eCRF_2 column H for each key of its
//! row), or anywhere in a JSON document. A CityCatalyst export has no such
//! column, nor has eCRF_3 (its keys are explained on their eCRF_2 row).

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::{Field, NotationKey, RecordField, ReportedField};
use crate::normalize::sector::{LabelMatch, resolve_label};

/// N002: a notation key, of a record or of a reported total, has no
/// explanation where the file has a place for one.
pub fn unexplained(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let records = ctx.inventory.records().iter().enumerate().map(|(i, r)| {
        (
            r.notation_key,
            r.notation_explanation.as_deref(),
            r.included_in.as_deref(),
            Field::Record(i, RecordField::NotationExplanation),
        )
    });
    // A key on a sector or grand total row (eCRF_2 `Total Transport`)
    // sums up the keys of its rows, which are each asked for theirs.
    let totals = ctx
        .inventory
        .reported_totals()
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            !t.label
                .as_deref()
                .is_some_and(|label| matches!(resolve_label(None, label), LabelMatch::Total(_)))
        })
        .map(|(i, t)| {
            (
                t.notation_key,
                t.notation_explanation.as_deref(),
                t.included_in.as_deref(),
                Field::ReportedTotal(i, ReportedField::NotationExplanation),
            )
        });
    for (key, explanation, included_in, field) in records.chain(totals) {
        let Some(key) = key else {
            continue;
        };
        // `IE (I.1.1)` says what an IE key needs to: where the emissions are.
        let written = |text: Option<&str>| text.is_some_and(|t| !t.trim().is_empty());
        let explained =
            written(explanation) || (key == NotationKey::IncludedElsewhere && written(included_in));
        if explained || !has_place(ctx, field) {
            continue;
        }
        out.push(
            ctx.finding(
                Code::NotationKeyUnexplained,
                "n002-notation-key-unexplained",
                field,
            )
            .arg("key", key.code())
            .help(explain_help(key)),
        );
    }
}

/// True when the file has a place for `field`: the extractor recorded its
/// cell (blank or not), or the submission is a JSON document.
pub(super) fn has_place(ctx: &RuleContext<'_>, field: Field) -> bool {
    ctx.locations.has_no_cells() || ctx.locations.source_of(field).is_some()
}

/// N003: the record has a notation key and also emissions.
pub fn with_value(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let (Some(key), Some(amount)) = (at.record.notation_key, at.record.amount()) else {
        return;
    };
    out.push(
        ctx.finding(
            Code::ValueWithNotationKey,
            "n003-value-with-notation-key",
            at.field(RecordField::NotationKey),
        )
        .arg("key", key.code())
        .arg("amount", amount)
        .value(Some(key.code().to_owned()))
        .help("n003-value-with-notation-key-help"),
    );
}

/// The help id for explaining `key`: each key needs its own kind of reason.
fn explain_help(key: NotationKey) -> &'static str {
    match key {
        NotationKey::IncludedElsewhere => "n002-explain-ie-help",
        NotationKey::NotEstimated => "n002-explain-ne-help",
        NotationKey::NotOccurring => "n002-explain-no-help",
        NotationKey::Confidential => "n002-explain-c-help",
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, record_at};
    use super::*;
    use crate::model::{EmissionRecord, Field};

    fn keyed(key: NotationKey, explanation: Option<&str>, total: Option<f64>) -> EmissionRecord {
        EmissionRecord {
            notation_key: Some(key),
            notation_explanation: explanation.map(str::to_owned),
            total,
            ..Default::default()
        }
    }

    #[test]
    fn a_file_without_a_place_for_explanations_is_not_asked_for_one() {
        // A CityCatalyst export: the key has a cell, its explanation none.
        let case = Case::records(vec![keyed(NotationKey::NotEstimated, None, None)]).cell(
            record_at(0, RecordField::NotationKey),
            "Sheet1",
            "F2",
            "Notation Key",
        );
        assert!(case.run_inventory(unexplained).is_empty());
    }

    #[test]
    fn an_ecrf_2_key_is_explained_in_column_h_of_its_row() {
        use crate::diagnostic::CellRef;
        use crate::model::{Inventory, ReportedTotal};
        let total = |explanation: Option<&str>| ReportedTotal {
            label: Some("Transportation > Rail".to_owned()),
            notation_key: Some(NotationKey::NotEstimated),
            notation_explanation: explanation.map(str::to_owned),
            ..Default::default()
        };
        let inventory = Inventory {
            reported_totals: Some(vec![total(None), total(Some("no rail in the city"))]),
            ..Default::default()
        };
        let mut inventory = inventory;
        let mut sector_total = total(None);
        sector_total.label = Some("Total Transport".to_owned());
        inventory
            .reported_totals
            .as_mut()
            .unwrap()
            .push(sector_total);
        let explanation = |i| Field::ReportedTotal(i, ReportedField::NotationExplanation);
        let case = Case::of(inventory)
            .cell(explanation(0), "eCRF_2", "H12", "Please explain")
            .cell(explanation(1), "eCRF_2", "H13", "Please explain")
            .cell(explanation(2), "eCRF_2", "H17", "Please explain");
        let found = case.run_inventory(unexplained);
        let got: Vec<(Code, Option<String>)> = found
            .iter()
            .map(|f| (f.code, f.cell.as_ref().map(CellRef::a1)))
            .collect();
        assert_eq!(
            got,
            [(Code::NotationKeyUnexplained, Some("H12".to_owned()))]
        );
    }

    #[test]
    fn a_key_needs_an_explanation_that_is_not_blank() {
        let case = Case::records(vec![
            keyed(NotationKey::NotEstimated, None, None),
            keyed(NotationKey::NotOccurring, Some("  "), None),
            keyed(NotationKey::IncludedElsewhere, Some("in I.2.1"), None),
            EmissionRecord::default(),
        ]);
        let found = case.run_inventory(unexplained);
        let messages: Vec<(&str, String, Option<&str>)> = found
            .iter()
            .map(|f| (f.message, f.args.get("key").unwrap().to_string(), f.help))
            .collect();
        assert_eq!(
            messages,
            [
                (
                    "n002-notation-key-unexplained",
                    "NE".to_owned(),
                    Some("n002-explain-ne-help")
                ),
                (
                    "n002-notation-key-unexplained",
                    "NO".to_owned(),
                    Some("n002-explain-no-help")
                ),
            ]
        );
    }

    #[test]
    fn a_key_beside_a_number_is_one_finding_with_the_key_as_value() {
        let case = Case::records(vec![keyed(
            NotationKey::Confidential,
            Some("x"),
            Some(12.5),
        )]);
        let found = case.run_records(with_value);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "n003-value-with-notation-key");
        assert_eq!(found[0].args.get("key").unwrap().to_string(), "C");
        assert_eq!(found[0].args.get("amount").unwrap().to_string(), "12.5");
        assert_eq!(found[0].value.as_deref(), Some("C"));
        let at = found[0].pointer.as_deref().and_then(Field::from_pointer);
        assert_eq!(at, Some(record_at(0, RecordField::NotationKey)));
    }
}
