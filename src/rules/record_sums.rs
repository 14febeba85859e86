//! T001: a record's stated total must equal the sum of the gases it states
//! in CO2e (CO2, CH4, N2O, HFCs, PFCs, SF6, NF3), within the total tolerance
//! of the rule options (0.5 % of the larger or 1 t, whichever is more).
//! A total that disagrees with its gases usually means a unit slip (a
//! `Mt CO2e` total beside gases in t) or a gas left out of the sum.

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::totals::to_the_gram;
use crate::model::{Gas, RecordField};

pub fn check(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let Some(total) = at.record.total else {
        return;
    };
    // A total that adds the biogenic CO2 is A002's, which says so.
    if super::biogenic::total_counts_biogenic(at.record) {
        return;
    }
    let gases: Vec<f64> = Gas::CRF_ORDER
        .iter()
        .filter_map(|&gas| at.record.tco2e(gas))
        .collect();
    if gases.is_empty() {
        return;
    }
    let sum: f64 = gases.iter().sum();
    if ctx.options.agree(total, sum) {
        return;
    }
    let rounded = to_the_gram(sum);
    out.push(
        ctx.finding(
            Code::TotalDiffersFromGases,
            "t001-total-differs-from-gases",
            at.field(RecordField::Total),
        )
        .arg("total", total)
        .arg("sum", rounded)
        .value(Some(total.to_string()))
        .help("t001-total-differs-from-gases-help"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, with_gases};
    use super::*;

    #[test]
    fn a_total_matching_its_gases_passes_and_a_unit_slip_does_not() {
        let good = with_gases(
            Some(7780.453),
            &[(Gas::Co2, 7734.622), (Gas::Ch4, 3.696), (Gas::N2o, 42.135)],
        );
        assert!(Case::records(vec![good]).run_records(check).is_empty());
        let slip = with_gases(Some(47_619_000.0), &[(Gas::Co2, 47.619)]);
        let found = Case::records(vec![slip]).run_records(check);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::TotalDiffersFromGases);
        assert_eq!(found[0].message, "t001-total-differs-from-gases");
        assert_eq!(found[0].args.get("total").unwrap().to_string(), "47619000");
        assert_eq!(found[0].args.get("sum").unwrap().to_string(), "47.619");
    }

    #[test]
    fn differences_within_the_tolerance_are_not_findings() {
        // 0.5 % of 1000 t is 5 t: 1004 beside 1000 agrees, 1006 does not.
        let close = with_gases(Some(1004.0), &[(Gas::Co2, 1000.0)]);
        assert!(Case::records(vec![close]).run_records(check).is_empty());
        let far = with_gases(Some(1006.0), &[(Gas::Co2, 1000.0)]);
        assert_eq!(Case::records(vec![far]).run_records(check).len(), 1);
        // Below 200 t the tolerance is 1 t.
        let small = with_gases(Some(10.9), &[(Gas::Co2, 10.0)]);
        assert!(Case::records(vec![small]).run_records(check).is_empty());
        let mut strict = Case::records(vec![with_gases(Some(10.9), &[(Gas::Co2, 10.0)])]);
        strict.options.total_tolerance_tonnes = 0.5;
        assert_eq!(strict.run_records(check).len(), 1);
    }

    #[test]
    fn a_total_without_gases_is_not_checked() {
        let bare = with_gases(Some(5.0), &[]);
        assert!(Case::records(vec![bare]).run_records(check).is_empty());
    }
}
