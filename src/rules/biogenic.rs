//! A002: biogenic CO2 counted inside a record's total. The GPC reports
//! biogenic CO2 beside the scopes, never in them: a total that is the sum
//! of the record's gases plus its biogenic CO2 (or, for a record that gives
//! no gases, equal to its biogenic CO2) counts it. Judged with the
//! closeness T001 uses for a total and its gases.

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::{EmissionRecord, Gas, RecordField};

/// True when `a` and `b` agree as a total and the sum of its gases must.
pub fn same_sum(a: f64, b: f64) -> bool {
    (a - b).abs() <= (a.abs() * 1e-4).max(1e-6)
}

/// The sum of the record's gases in CO2e, when it states any.
fn gases_sum(record: &EmissionRecord) -> Option<f64> {
    let gases: Vec<f64> = Gas::CRF_ORDER
        .iter()
        .filter_map(|&gas| record.tco2e(gas))
        .collect();
    (!gases.is_empty()).then(|| gases.iter().sum())
}

/// True when the record's total is its gases plus its biogenic CO2 (or
/// its biogenic CO2 alone, when it gives no gases) and not its gases.
pub fn total_counts_biogenic(record: &EmissionRecord) -> bool {
    let (Some(total), Some(biogenic)) = (record.total, record.biogenic_co2) else {
        return false;
    };
    if biogenic <= 0.0 {
        return false;
    }
    match gases_sum(record) {
        Some(sum) => !same_sum(total, sum) && same_sum(total, sum + biogenic),
        None => same_sum(total, biogenic),
    }
}

pub fn check(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let field = at.field(RecordField::Total);
    if !total_counts_biogenic(at.record) || ctx.is_reported(field) {
        return;
    }
    let (Some(total), Some(biogenic)) = (at.record.total, at.record.biogenic_co2) else {
        return;
    };
    out.push(
        ctx.finding(
            Code::BiogenicCo2InTotal,
            "a002-biogenic-co2-in-total",
            field,
        )
        .arg("total", total)
        .arg("biogenic", biogenic)
        .arg(
            "without",
            crate::model::totals::to_the_gram(total - biogenic),
        )
        .value(Some(total.to_string()))
        .help("a002-biogenic-co2-in-total-help"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, with_gases};
    use super::*;

    fn record(total: f64, gases: &[(Gas, f64)], biogenic: Option<f64>) -> EmissionRecord {
        EmissionRecord {
            biogenic_co2: biogenic,
            ..with_gases(Some(total), gases)
        }
    }

    #[test]
    fn a_total_that_adds_the_biogenic_co2_is_a_finding() {
        let wood = record(130.0, &[(Gas::Ch4, 20.0), (Gas::N2o, 10.0)], Some(100.0));
        let found = Case::records(vec![wood]).run_records(check);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::BiogenicCo2InTotal);
        let total = crate::model::Field::Record(0, RecordField::Total);
        assert_eq!(found[0].pointer, Some(total.pointer()));
        assert_eq!(
            found[0].args.pairs(),
            ["total=130", "biogenic=100", "without=30"]
        );
        let alone = record(100.0, &[], Some(100.0));
        assert_eq!(Case::records(vec![alone]).run_records(check).len(), 1);
    }

    #[test]
    fn biogenic_co2_beside_the_total_is_silent() {
        let wood = record(30.0, &[(Gas::Ch4, 20.0), (Gas::N2o, 10.0)], Some(100.0));
        let none = record(30.0, &[(Gas::Ch4, 20.0), (Gas::N2o, 10.0)], None);
        let other = record(55.0, &[(Gas::Ch4, 20.0), (Gas::N2o, 10.0)], Some(100.0));
        let bare = record(40.0, &[], Some(100.0));
        let found = Case::records(vec![wood, none, other, bare]).run_records(check);
        assert!(found.is_empty(), "{found:?}");
    }
}
