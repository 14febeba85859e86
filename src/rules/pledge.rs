//! K001: the inventory's targets meet the pledge of the network whose
//! profile is applied (EU Covenant of Mayors, Carbon Neutral Cities
//! Alliance, US Mayors Climate Protection Agreement, C40). A network's
//! pledge is a list of alternatives; a target that meets any one of them
//! meets the pledge. An inventory that states no target is not judged
//! here: most layouts carry none, and the pledge is then checked where the
//! targets are filed.

use serde::Deserialize;

use super::context::RuleContext;
use crate::diagnostic::{Code, Finding};
use crate::model::{Field, Target, TargetField, TargetKind};

/// One way of meeting a network's pledge.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Pledge {
    /// At least this reduction, in percent ...
    pub reduction_percent: Option<f64>,
    /// ... measured from this base year (any base year when absent) ...
    pub base_year: Option<i64>,
    /// ... or carbon neutrality / net zero ...
    #[serde(default)]
    pub neutrality: bool,
    /// ... by this year at the latest.
    pub by: i64,
}

impl Pledge {
    /// True when `target` meets this alternative. Carbon neutrality and
    /// net zero are taken as one commitment.
    pub fn is_met_by(&self, target: &Target) -> bool {
        let Some(year) = target.target_year else {
            return false;
        };
        if year > self.by {
            return false;
        }
        let neutral = matches!(
            target.kind,
            Some(TargetKind::CarbonNeutral | TargetKind::NetZero)
        );
        if self.neutrality {
            return neutral;
        }
        let Some(wanted) = self.reduction_percent else {
            return false;
        };
        let base_year_fits = self.base_year.is_none_or(|b| target.base_year == Some(b));
        neutral || (base_year_fits && target.reduction_percent.is_some_and(|r| r >= wanted))
    }

    /// The alternative in words, e.g. `-20 % by 2020` or `-7 % against 1990 by 2012`.
    pub fn describe(&self) -> String {
        if self.neutrality {
            return format!("carbon neutrality or net zero by {}", self.by);
        }
        let reduction = self.reduction_percent.unwrap_or_default();
        match self.base_year {
            Some(base) => format!("-{reduction} % against {base} by {}", self.by),
            None => format!("-{reduction} % by {}", self.by),
        }
    }

    /// Why the pledge cannot be used, if it cannot.
    pub fn problem(&self) -> Option<&'static str> {
        match (self.neutrality, self.reduction_percent) {
            (true, Some(_)) => Some("a pledge is a reduction or neutrality, not both"),
            (false, None) => Some("a pledge needs reduction-percent or neutrality = true"),
            (false, Some(r)) if !(0.0..=100.0).contains(&r) => {
                Some("reduction-percent must be between 0 and 100")
            }
            _ => None,
        }
    }
}

/// The pledge of one network: the profile that carries it and its
/// alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct Commitment {
    /// The profile's title, e.g. `EU Covenant of Mayors`.
    pub network: String,
    pub alternatives: Vec<Pledge>,
}

impl Commitment {
    fn describe(&self) -> String {
        let ways: Vec<String> = self.alternatives.iter().map(Pledge::describe).collect();
        ways.join(", or ")
    }
}

pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    let targets = ctx.inventory.targets();
    if targets.is_empty() {
        return;
    }
    for commitment in ctx.commitments {
        let met = targets
            .iter()
            .any(|t| commitment.alternatives.iter().any(|p| p.is_met_by(t)));
        if !met {
            // At the first target's reduction, where the pledge is read.
            let at = Field::Target(0, TargetField::ReductionPercent);
            out.push(
                ctx.finding(Code::PledgeNotMet, "k001-pledge-not-met", at)
                    .arg("network", commitment.network.as_str())
                    .arg("pledge", commitment.describe())
                    .arg("targets", targets.len())
                    .help("k001-pledge-not-met-help"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::Case;
    use super::*;
    use crate::diagnostic::Arg;
    use crate::model::Inventory;

    fn target(kind: TargetKind, base: Option<i64>, year: i64, reduction: Option<f64>) -> Target {
        Target {
            kind: Some(kind),
            base_year: base,
            target_year: Some(year),
            reduction_percent: reduction,
            ..Default::default()
        }
    }

    fn eu_com() -> Commitment {
        Commitment {
            network: "EU Covenant of Mayors".to_owned(),
            alternatives: vec![
                Pledge {
                    reduction_percent: Some(20.0),
                    base_year: None,
                    neutrality: false,
                    by: 2020,
                },
                Pledge {
                    reduction_percent: Some(40.0),
                    base_year: None,
                    neutrality: false,
                    by: 2030,
                },
            ],
        }
    }

    fn run(targets: Vec<Target>, commitments: &[Commitment]) -> Vec<Finding> {
        let mut case = Case::of(Inventory {
            targets: Some(targets),
            ..Default::default()
        });
        case.commitments = commitments.to_vec();
        case.run_inventory(check)
    }

    #[test]
    fn a_target_meeting_one_alternative_meets_the_pledge() {
        let twenty = target(TargetKind::BaseYear, Some(2005), 2020, Some(20.0));
        let forty = target(TargetKind::BaseYear, Some(1990), 2030, Some(45.0));
        let neutral = target(TargetKind::NetZero, None, 2030, None);
        for met in [twenty, forty, neutral] {
            assert!(run(vec![met.clone()], &[eu_com()]).is_empty(), "{met:?}");
        }
    }

    #[test]
    fn targets_short_of_every_alternative_are_one_finding() {
        let short = target(TargetKind::BaseYear, Some(2005), 2020, Some(15.0));
        let late = target(TargetKind::BaseYear, Some(2005), 2035, Some(50.0));
        let found = run(vec![short, late], &[eu_com()]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::PledgeNotMet);
        assert_eq!(
            found[0].args.get("pledge"),
            Some(&Arg::from("-20 % by 2020, or -40 % by 2030".to_owned()))
        );
        assert_eq!(found[0].args.get("targets"), Some(&Arg::from(2usize)));
    }

    #[test]
    fn a_base_year_pledge_wants_that_base_year() {
        let us_mayors = Commitment {
            network: "US Mayors Climate Protection Agreement".to_owned(),
            alternatives: vec![Pledge {
                reduction_percent: Some(7.0),
                base_year: Some(1990),
                neutrality: false,
                by: 2012,
            }],
        };
        let from_1990 = target(TargetKind::BaseYear, Some(1990), 2012, Some(7.0));
        let from_2000 = target(TargetKind::BaseYear, Some(2000), 2012, Some(10.0));
        assert!(run(vec![from_1990], std::slice::from_ref(&us_mayors)).is_empty());
        assert_eq!(run(vec![from_2000], &[us_mayors]).len(), 1);
    }

    #[test]
    fn no_target_or_no_network_is_not_judged() {
        assert!(run(Vec::new(), &[eu_com()]).is_empty());
        let short = target(TargetKind::BaseYear, Some(2005), 2020, Some(5.0));
        assert!(run(vec![short], &[]).is_empty());
    }

    #[test]
    fn pledges_are_checked_for_sense() {
        let both = Pledge {
            reduction_percent: Some(80.0),
            base_year: None,
            neutrality: true,
            by: 2050,
        };
        assert!(both.problem().is_some());
        assert!(eu_com().alternatives[0].problem().is_none());
    }
}
