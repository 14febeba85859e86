//! N002 and N003: a notation key needs an explanation, and a record holds
//! either numbers or a notation key, never both (GPC notation key rules).

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::{NotationKey, RecordField};

/// N002: the record's notation key has no explanation.
pub fn unexplained(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let Some(key) = at.record.notation_key else {
        return;
    };
    let explained = at
        .record
        .notation_explanation
        .as_deref()
        .is_some_and(|text| !text.trim().is_empty());
    if !explained {
        out.push(
            ctx.finding(
                Code::NotationKeyUnexplained,
                "n002-notation-key-unexplained",
                at.field(RecordField::NotationExplanation),
            )
            .arg("key", key.code())
            .help(explain_help(key)),
        );
    }
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
    fn a_key_needs_an_explanation_that_is_not_blank() {
        let case = Case::records(vec![
            keyed(NotationKey::NotEstimated, None, None),
            keyed(NotationKey::NotOccurring, Some("  "), None),
            keyed(NotationKey::IncludedElsewhere, Some("in I.2.1"), None),
            EmissionRecord::default(),
        ]);
        let found = case.run_records(unexplained);
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
