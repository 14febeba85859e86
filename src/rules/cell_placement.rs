//! G003 and G006: where a record sits among the GPC cells. The extractor
//! keeps what the file says (the stated ref, and the cell the row's labels
//! point to when they contradict it, as `implied_gpc_ref`); these rules
//! judge it.

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::{RecordField, StatedRef};

/// G003: the stated ref and the row's labels name different cells.
pub fn ref_conflicts(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let (Some(stated), Some(implied)) = (at.record.gpc(), at.record.implied_elsewhere()) else {
        return;
    };
    let field = at.field(RecordField::GpcRef);
    let code = Code::RefConflictsWithLabels;
    let finding = match (at.record.label.as_deref(), at.record.scope) {
        (Some(label), Some(scope)) => ctx
            .finding(code, "g003-ref-conflicts-with-labels", field)
            .arg("scope", scope.to_string())
            .arg("label", label),
        (Some(label), None) => ctx
            .finding(code, "g003-ref-conflicts-with-label", field)
            .arg("label", label),
        (None, _) => ctx.finding(code, "g003-ref-conflicts", field),
    };
    out.push(
        finding
            .arg("stated", stated.as_str())
            .arg("implied", implied.as_str())
            .value(Some(stated.as_str().to_owned()))
            .help("g003-ref-conflicts-with-labels-help"),
    );
}

/// G006: a record that names no GPC cell on purpose (a CRF row such as
/// local renewable generation, a template row without a ref). A record whose
/// missing cell already has a finding (labels that name no cell) is not one.
pub fn no_cell(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    if at.record.gpc_ref != Some(StatedRef::NoCell)
        || ctx.is_reported(at.field(RecordField::GpcRef))
    {
        return;
    }
    // Without a label the schema already asks for one (S001).
    let Some(label) = at.record.label.as_deref() else {
        return;
    };
    out.push(
        ctx.finding(
            Code::CrfOnlyRow,
            "g006-crf-only-row",
            at.field(RecordField::Whole),
        )
        .arg("label", label),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, cell};
    use super::*;
    use crate::model::{EmissionRecord, Field, Scope};

    fn record(stated: &str, implied: Option<&str>, scope: Option<Scope>) -> EmissionRecord {
        record_with_label(
            stated,
            implied,
            scope,
            Some("Stationary Energy > Residential Buildings"),
        )
    }

    fn record_with_label(
        stated: &str,
        implied: Option<&str>,
        scope: Option<Scope>,
        label: Option<&str>,
    ) -> EmissionRecord {
        EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell(stated))),
            implied_gpc_ref: implied.map(|r| StatedRef::Cell(cell(r))),
            label: label.map(str::to_owned),
            scope,
            ..Default::default()
        }
    }

    /// The field a finding is about.
    fn at(finding: &Finding) -> Option<Field> {
        finding.pointer.as_deref().and_then(Field::from_pointer)
    }

    #[test]
    fn a_ref_the_labels_contradict_is_reported_at_the_ref() {
        let case = Case::records(vec![
            record("I.1.1", Some("I.1.2"), Some(Scope::Two)),
            record("I.1.1", None, Some(Scope::One)),
            record("I.2.1", Some("I.2.2"), None),
            // The labels agree with the ref: nothing to say.
            record("I.1.1", Some("I.1.1"), Some(Scope::One)),
            record_with_label("I.4.1", Some("I.4.4"), Some(Scope::One), None),
        ]);
        let found = case.run_records(ref_conflicts);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].message, "g003-ref-conflicts-with-labels");
        assert_eq!(
            found[0].args.pairs(),
            [
                "scope=2",
                "label=Stationary Energy > Residential Buildings",
                "stated=I.1.1",
                "implied=I.1.2"
            ]
        );
        assert_eq!(at(&found[0]), Some(Field::Record(0, RecordField::GpcRef)));
        assert_eq!(found[0].value.as_deref(), Some("I.1.1"));
        assert_eq!(found[1].message, "g003-ref-conflicts-with-label");
        assert_eq!(at(&found[1]), Some(Field::Record(2, RecordField::GpcRef)));
        assert_eq!(found[2].message, "g003-ref-conflicts");
        assert_eq!(found[2].args.pairs(), ["stated=I.4.1", "implied=I.4.4"]);
    }

    #[test]
    fn a_record_without_a_cell_is_an_info_unless_its_place_is_already_a_finding() {
        let crf_row = EmissionRecord {
            gpc_ref: Some(StatedRef::NoCell),
            label: Some("Local renewable generation".to_owned()),
            ..Default::default()
        };
        let unlabelled = EmissionRecord {
            gpc_ref: Some(StatedRef::NoCell),
            ..Default::default()
        };
        let case = Case::records(vec![crf_row.clone(), unlabelled, crf_row])
            .reported(Field::Record(2, RecordField::GpcRef));
        let found = case.run_records(no_cell);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "g006-crf-only-row");
        assert_eq!(found[0].args.pairs(), ["label=Local renewable generation"]);
        assert_eq!(at(&found[0]), Some(Field::Record(0, RecordField::Whole)));
    }
}
