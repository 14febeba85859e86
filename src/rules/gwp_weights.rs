//! A001: a gas stated both as a mass and in CO2e whose CO2e was weighted
//! with another assessment report's GWP than the set the inventory is in.
//!
//! The CO2e over the mass is the GWP that was used. When it agrees with
//! the inventory's set (within the total tolerance: AR5's 28 and AR6's 27.9
//! for CH4 are closer than rounding), nothing is said; when it disagrees and
//! matches another set's GWP ten times better, the finding names that set.
//! A ratio that matches no set is left alone: it says nothing about sets.

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::{Gas, GasPart, GwpSet};

pub fn check(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let Some(declared) = ctx.inventory.facts.gwp_set else {
        return;
    };
    for gas in Gas::WEIGHTED {
        if gas == Gas::Co2 {
            continue;
        }
        let Some(amount) = at.record.gas(gas) else {
            continue;
        };
        let (Some(mass), Some(tco2e)) = (amount.mass_t, amount.tco2e) else {
            continue;
        };
        let field = at.gas(gas, GasPart::Tco2e);
        if mass <= 0.0 || tco2e <= 0.0 || ctx.is_reported(field) {
            continue;
        }
        let Some(gwp) = ctx.tables.gwp(declared, gas) else {
            continue;
        };
        let expected = mass * gwp;
        if ctx.options.agree(tco2e, expected) {
            continue;
        }
        let Some((other, other_gwp)) = matching_set(ctx, gas, mass, tco2e, declared) else {
            continue;
        };
        out.push(
            ctx.finding(
                Code::Co2eInAnotherGwpSet,
                "a001-co2e-in-another-gwp-set",
                field,
            )
            .arg("gas", gas.symbol())
            .arg("tco2e", tco2e)
            .arg("mass", mass)
            .arg("declared", declared.name())
            .arg("gwp", gwp)
            .arg("other", other.name())
            .arg("other_gwp", other_gwp)
            .value(Some(tco2e.to_string()))
            .help("a001-co2e-in-another-gwp-set-help"),
        );
    }
}

/// The other set whose GWP for `gas` explains `tco2e` from `mass`, when
/// one does so ten times better than the declared set.
fn matching_set(
    ctx: &RuleContext<'_>,
    gas: Gas,
    mass: f64,
    tco2e: f64,
    declared: GwpSet,
) -> Option<(GwpSet, f64)> {
    let miss = |gwp: f64| (tco2e - mass * gwp).abs();
    let declared_miss = miss(ctx.tables.gwp(declared, gas)?);
    GwpSet::ALL
        .into_iter()
        .filter(|set| *set != declared)
        .filter_map(|set| Some((set, ctx.tables.gwp(set, gas)?)))
        .filter(|(_, gwp)| miss(*gwp) * 10.0 <= declared_miss)
        .min_by(|a, b| miss(a.1).total_cmp(&miss(b.1)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::Case;
    use super::*;
    use crate::model::{EmissionRecord, GasAmount, Gases, Inventory};

    fn ch4(mass_t: f64, tco2e: f64, set: GwpSet) -> Case {
        let gases: Gases = [(
            Gas::Ch4,
            GasAmount {
                mass_t: Some(mass_t),
                tco2e: Some(tco2e),
            },
        )]
        .into_iter()
        .collect();
        let mut inventory = Inventory {
            emissions: Some(vec![EmissionRecord {
                gases: Some(gases),
                ..Default::default()
            }]),
            ..Default::default()
        };
        inventory.facts.gwp_set = Some(set);
        Case::of(inventory)
    }

    #[test]
    fn ch4_weighted_with_ar4_in_an_ar5_inventory_is_a_finding() {
        let found = ch4(100.0, 2500.0, GwpSet::Ar5).run_records(check);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::Co2eInAnotherGwpSet);
        let ch4 = crate::model::Field::Gas(0, Gas::Ch4, GasPart::Tco2e);
        assert_eq!(found[0].pointer, Some(ch4.pointer()));
        assert_eq!(
            found[0].args.pairs(),
            [
                "gas=CH4",
                "tco2e=2500",
                "mass=100",
                "declared=AR5",
                "gwp=28",
                "other=AR4",
                "other_gwp=25"
            ]
        );
    }

    #[test]
    fn the_declared_set_a_close_set_or_no_set_is_silent() {
        assert!(
            ch4(100.0, 2800.0, GwpSet::Ar5)
                .run_records(check)
                .is_empty()
        );
        // AR6's 27.9 is within the tolerance of AR5's 28.
        assert!(
            ch4(100.0, 2790.0, GwpSet::Ar5)
                .run_records(check)
                .is_empty()
        );
        // 30 (fossil CH4 in AR5) is no set's GWP for CH4.
        assert!(
            ch4(100.0, 3000.0, GwpSet::Ar5)
                .run_records(check)
                .is_empty()
        );
        // Rounded to the tonne, still AR5.
        assert!(ch4(0.036, 1.0, GwpSet::Ar5).run_records(check).is_empty());
    }
}
