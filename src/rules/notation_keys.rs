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
                format!("notation key {key} has no explanation"),
                at.field(RecordField::NotationExplanation),
            )
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
            format!("the record has notation key {key} and also emissions of {amount} tCO2e"),
            at.field(RecordField::NotationKey),
        )
        .value(Some(key.code().to_owned()))
        .help("remove the key if the number is right, or remove the numbers if the key is"),
    );
}

fn explain_help(key: NotationKey) -> &'static str {
    match key {
        NotationKey::IncludedElsewhere => {
            "name the GPC cell where these emissions are included, e.g. `included in I.2.1`"
        }
        NotationKey::NotEstimated => {
            "say why the emissions were not estimated (no data, not significant, ...)"
        }
        NotationKey::NotOccurring => "say why the activity does not occur in the city",
        NotationKey::Confidential => {
            "say why the figure is confidential and where it is aggregated, if anywhere"
        }
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
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "notation key NE has no explanation",
                "notation key NO has no explanation"
            ]
        );
        assert_eq!(
            found[0].help.as_deref(),
            Some("say why the emissions were not estimated (no data, not significant, ...)")
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
        assert_eq!(
            found[0].message,
            "the record has notation key C and also emissions of 12.5 tCO2e"
        );
        assert_eq!(found[0].value.as_deref(), Some("C"));
        let at = found[0].pointer.as_deref().and_then(Field::from_pointer);
        assert_eq!(at, Some(record_at(0, RecordField::NotationKey)));
    }
}
