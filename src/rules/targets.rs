//! P001-P004: the city's mitigation targets.
//!
//! - P001: a target year after the base year;
//! - P002: a reduction that reduces something and is not a fraction
//!   written for a percentage (`0.4` for 40 %); a reduction below 0 or above
//!   100 % is the schema's (S004) and not judged again;
//! - P003: a base-year target states its base year and base-year emissions;
//! - P004: a carbon-neutral or net-zero target states its year.

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::{Field, Target, TargetField, TargetKind};

/// The targets with their index, for those whose fields have no finding yet.
fn targets<'a>(ctx: &'a RuleContext<'_>) -> impl Iterator<Item = (usize, &'a Target)> {
    ctx.inventory
        .targets()
        .iter()
        .enumerate()
        .filter(|(index, _)| !ctx.is_reported(Field::Target(*index, TargetField::Whole)))
}

/// A field of a target, when it holds no finding yet.
fn field(ctx: &RuleContext<'_>, index: usize, field: TargetField) -> Option<Field> {
    let field = Field::Target(index, field);
    (!ctx.is_reported(field)).then_some(field)
}

/// P001: the target year is not after the base year.
pub fn target_after_base(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for (index, target) in targets(ctx) {
        let (Some(base), Some(year)) = (target.base_year, target.target_year) else {
            continue;
        };
        if year > base || field(ctx, index, TargetField::BaseYear).is_none() {
            continue;
        }
        let Some(at) = field(ctx, index, TargetField::TargetYear) else {
            continue;
        };
        out.push(
            ctx.finding(Code::TargetNotAfterBase, "p001-target-not-after-base", at)
                .value(Some(year.to_string()))
                .arg("target_year", year)
                .arg("base_year", base)
                .help("p001-target-not-after-base-help"),
        );
    }
}

/// P002: a reduction of nothing, or a fraction written for a percentage.
pub fn reduction(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for (index, target) in targets(ctx) {
        let Some(percent) = target.reduction_percent else {
            continue;
        };
        let Some(at) = field(ctx, index, TargetField::ReductionPercent) else {
            continue;
        };
        let finding = if percent == 0.0 {
            ctx.finding(Code::ImplausibleReduction, "p002-reduction-of-nothing", at)
                .help("p002-reduction-of-nothing-help")
        } else if percent > 0.0 && percent < 1.0 {
            ctx.finding(Code::ImplausibleReduction, "p002-reduction-as-fraction", at)
                .arg("percent", percent)
                .arg("as_percent", (percent * 1000.0).round() / 10.0)
                .help("p002-reduction-as-fraction-help")
        } else {
            continue;
        };
        out.push(finding.value(Some(percent.to_string())));
    }
}

/// P003: a base-year target without its base year or base-year emissions.
pub fn base_year_stated(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for (index, target) in targets(ctx) {
        if target.kind != Some(TargetKind::BaseYear) {
            continue;
        }
        let missing = if target.base_year.is_none() {
            Some((TargetField::BaseYear, "p003-base-year-missing"))
        } else if target.base_year_emissions.is_none() {
            Some((
                TargetField::BaseYearEmissions,
                "p003-base-year-emissions-missing",
            ))
        } else {
            None
        };
        let Some((missing, message)) = missing else {
            continue;
        };
        if let Some(at) = field(ctx, index, missing) {
            let finding = ctx.finding(Code::BaseYearTargetIncomplete, message, at);
            let finding = match target.base_year {
                Some(year) => finding.arg("base_year", year),
                None => finding,
            };
            out.push(finding.help("p003-base-year-target-incomplete-help"));
        }
    }
}

/// P004: a carbon-neutral or net-zero target without a year.
pub fn neutrality_year(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for (index, target) in targets(ctx) {
        let kind = match target.kind {
            Some(TargetKind::CarbonNeutral) => "carbon-neutral",
            Some(TargetKind::NetZero) => "net-zero",
            _ => continue,
        };
        if target.target_year.is_some() {
            continue;
        }
        if let Some(at) = field(ctx, index, TargetField::TargetYear) {
            out.push(
                ctx.finding(
                    Code::NeutralityTargetWithoutYear,
                    "p004-neutrality-target-without-year",
                    at,
                )
                .arg("kind", kind)
                .help("p004-neutrality-target-without-year-help"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::Case;
    use super::*;
    use crate::diagnostic::CellRef;
    use crate::model::Inventory;

    fn with_targets(targets: Vec<Target>) -> Case {
        Case::of(Inventory {
            targets: Some(targets),
            ..Default::default()
        })
    }

    fn base_year_target() -> Target {
        Target {
            kind: Some(TargetKind::BaseYear),
            base_year: Some(2015),
            base_year_emissions: Some(100_000.0),
            target_year: Some(2030),
            reduction_percent: Some(50.0),
            coverage: None,
        }
    }

    #[test]
    fn a_complete_base_year_target_passes_every_rule() {
        let case = with_targets(vec![base_year_target()]);
        for check in [
            target_after_base,
            reduction,
            base_year_stated,
            neutrality_year,
        ] {
            assert!(case.run_inventory(check).is_empty());
        }
    }

    #[test]
    fn a_target_year_before_its_base_year_is_a_finding_at_the_target_year() {
        let target = Target {
            target_year: Some(2010),
            ..base_year_target()
        };
        let case = with_targets(vec![base_year_target(), target]).cell(
            Field::Target(1, TargetField::TargetYear),
            "Targets",
            "D3",
            "Target year",
        );
        let found = case.run_inventory(target_after_base);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::TargetNotAfterBase);
        assert_eq!(
            found[0].cell.as_ref().map(CellRef::a1).as_deref(),
            Some("D3")
        );
        assert_eq!(
            found[0].args.pairs(),
            ["target_year=2010".to_owned(), "base_year=2015".to_owned()]
        );
    }

    #[test]
    fn a_fraction_or_a_zero_reduction_is_a_finding() {
        let fraction = Target {
            reduction_percent: Some(0.4),
            ..base_year_target()
        };
        let zero = Target {
            reduction_percent: Some(0.0),
            ..base_year_target()
        };
        let beyond = Target {
            reduction_percent: Some(140.0),
            ..base_year_target()
        };
        let found = with_targets(vec![fraction, zero, beyond]).run_inventory(reduction);
        let got: Vec<(&str, Option<String>, Vec<String>)> = found
            .iter()
            .map(|f| (f.message, f.pointer.clone(), f.args.pairs()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "p002-reduction-as-fraction",
                    Some(Field::Target(0, TargetField::ReductionPercent).pointer()),
                    vec!["percent=0.4".to_owned(), "as_percent=40".to_owned()]
                ),
                (
                    "p002-reduction-of-nothing",
                    Some(Field::Target(1, TargetField::ReductionPercent).pointer()),
                    vec![]
                ),
            ]
        );
    }

    #[test]
    fn a_base_year_target_needs_its_base_year_and_emissions() {
        let no_emissions = Target {
            base_year_emissions: None,
            ..base_year_target()
        };
        let no_year = Target {
            base_year: None,
            ..base_year_target()
        };
        let fixed = Target {
            kind: Some(TargetKind::FixedLevel),
            base_year_emissions: None,
            ..base_year_target()
        };
        let found =
            with_targets(vec![no_emissions, no_year, fixed]).run_inventory(base_year_stated);
        let got: Vec<(&str, Option<String>)> = found
            .iter()
            .map(|f| (f.message, f.pointer.clone()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "p003-base-year-emissions-missing",
                    Some(Field::Target(0, TargetField::BaseYearEmissions).pointer())
                ),
                (
                    "p003-base-year-missing",
                    Some(Field::Target(1, TargetField::BaseYear).pointer())
                ),
            ]
        );
    }

    #[test]
    fn a_net_zero_target_needs_a_year() {
        let net_zero = Target {
            kind: Some(TargetKind::NetZero),
            ..Default::default()
        };
        let dated = Target {
            kind: Some(TargetKind::CarbonNeutral),
            target_year: Some(2050),
            ..Default::default()
        };
        let found = with_targets(vec![net_zero, dated]).run_inventory(neutrality_year);
        assert_eq!(found.len(), 1);
        let year = Field::Target(0, TargetField::TargetYear);
        assert_eq!(found[0].pointer, Some(year.pointer()));
        assert_eq!(found[0].args.pairs(), ["kind=net-zero".to_owned()]);
    }
}
