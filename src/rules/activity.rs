//! C002: a record with activity data carries the emissions computed from
//! it, or a notation key. An electricity row with 184 PJ and nothing else
//! leaves scope 2 empty while the inventory looks complete.

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::RecordField;

/// C002: a record with activity data but no emissions and no notation key.
/// An amount of zero is no activity, so it needs no emissions.
pub fn activity_without_emissions(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let record = at.record;
    let Some(amount) = record.activity.as_ref().and_then(|a| a.amount) else {
        return;
    };
    let has_gases = record.gases.as_ref().is_some_and(|g| {
        g.iter()
            .any(|(_, a)| a.tco2e.is_some() || a.mass_t.is_some())
    });
    let reported = [
        RecordField::Total,
        RecordField::Gases,
        RecordField::NotationKey,
        RecordField::BiogenicCo2,
        RecordField::ActivityAmount,
    ]
    .iter()
    .any(|&f| ctx.is_reported(at.field(f)));
    if amount == 0.0
        || record.total.is_some()
        || has_gases
        || record.biogenic_co2.is_some()
        || record.notation_key.is_some()
        || reported
    {
        return;
    }
    let finding = ctx.finding(
        Code::ActivityWithoutEmissions,
        match (record.activity_label.as_deref(), record.activity_unit()) {
            (Some(_), Some(_)) => "c002-activity-without-emissions",
            (Some(_), None) => "c002-activity-without-emissions-no-unit",
            (None, Some(_)) => "c002-unlabelled-activity-without-emissions",
            (None, None) => "c002-unlabelled-activity-without-emissions-no-unit",
        },
        at.field(RecordField::Total),
    );
    let finding = match record.activity_label.as_deref() {
        Some(label) => finding.arg("activity", label),
        None => finding,
    };
    let finding = match record.activity_unit() {
        Some(unit) => finding.arg("unit", unit),
        None => finding,
    };
    out.push(
        finding
            .arg("amount", amount)
            .help("c002-activity-without-emissions-help"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, cell, record_at};
    use super::*;
    use crate::model::{Activity, EmissionRecord, Field, NotationKey, StatedRef};

    /// The field a finding is about.
    fn about(finding: &Finding) -> Option<Field> {
        finding.pointer.as_deref().and_then(Field::from_pointer)
    }

    fn with_activity(amount: f64, unit: Option<&str>) -> EmissionRecord {
        EmissionRecord {
            gpc_ref: Some(StatedRef::Cell(cell("I.1.2"))),
            activity_label: Some("Electricity".to_owned()),
            activity: Some(Activity {
                amount: Some(amount),
                unit: unit.map(str::to_owned),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    #[test]
    fn activity_without_emissions_or_key_is_reported_at_the_total() {
        let bare = with_activity(184_000_000.0, Some("GJ"));
        let mut keyed = with_activity(5.0, Some("GJ"));
        keyed.notation_key = Some(NotationKey::NotEstimated);
        let mut computed = with_activity(5.0, Some("GJ"));
        computed.total = Some(0.4);
        let zero = with_activity(0.0, Some("MJ"));
        let mut unlabelled = with_activity(7.0, None);
        unlabelled.activity_label = None;
        let case = Case::records(vec![bare, keyed, computed, zero, unlabelled]).cell(
            record_at(0, RecordField::Total),
            "eCRF_3",
            "AB2",
            "GHGs (metric tonnes CO2e) - Total CO2e",
        );
        let found = case.run_records(activity_without_emissions);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].code, Code::ActivityWithoutEmissions);
        assert_eq!(found[0].message, "c002-activity-without-emissions");
        assert_eq!(
            found[0].args.pairs(),
            ["activity=Electricity", "unit=GJ", "amount=184000000"]
        );
        assert_eq!(found[0].cell.as_ref().unwrap().a1(), "AB2");
        assert_eq!(
            found[1].message,
            "c002-unlabelled-activity-without-emissions-no-unit"
        );
        assert_eq!(about(&found[1]), Some(record_at(4, RecordField::Total)));
    }
}
