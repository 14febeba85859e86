//! A003: activity × emission factor should give the record's emissions,
//! after unit conversion. Judged only where every unit is known: the
//! activity's (`MJ`, `kWh`, `m3`), the factor's (`gCO2e/MJ`, `kg/TJ`) with
//! a denominator of the activity's kind, and a stated amount to compare:
//! the total factor with the record's total, else the CO2 factor with its
//! CO2. Anything else is silent. A difference within 5 % (oxidation
//! factors, rounded factors) or the total tolerance in tonnes is no
//! finding; a larger one names the likely slip when the ratio is one
//! (× 1000 for kg written as t, × 3.6 for kWh written as MJ, ...).

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::totals::to_the_gram;
use crate::model::{EmissionRecord, Field, Gas, GasPart, GwpSet, RecordField};
use crate::normalize::units::{self, Dimension, Lookup};

/// The share two amounts may differ by and still agree.
const SHARE: f64 = 0.05;

/// Ratios of a stated amount to the computed one that are unit slips,
/// with how the message writes them.
const SLIPS: &[(f64, &str)] = &[
    (1e3, "× 1000"),
    (1e-3, "÷ 1000"),
    (1e6, "× 10⁶"),
    (1e-6, "÷ 10⁶"),
    (1e9, "× 10⁹"),
    (1e-9, "÷ 10⁹"),
    (3.6, "× 3.6"),
    (1.0 / 3.6, "÷ 3.6"),
    (3.6e3, "× 3600"),
    (1.0 / 3.6e3, "÷ 3600"),
];

/// What a record's factor says and what it is compared with.
struct Comparison {
    /// The factor as written, in the factor's unit.
    factor: f64,
    /// The GWP the gas's mass is weighed with (1 for CO2, totals in CO2e
    /// and masses of gas), and the gas when it is not 1.
    gwp: f64,
    gas: Option<Gas>,
    /// The stated amount in tonnes (CO2e) and its field.
    stated: f64,
    field: Field,
}

pub fn check(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let record = at.record;
    let (Some(activity), Some(activity_unit), Some(factor_unit)) = (
        record.activity.as_ref().and_then(|a| a.amount),
        record.activity_unit(),
        record.factor_unit(),
    ) else {
        return;
    };
    let Some(factor_unit_read) = units::emission_factor(factor_unit) else {
        return;
    };
    let Lookup::Known(activity_unit_read) = units::lookup(activity_unit) else {
        return;
    };
    let same_kind = activity_unit_read.dimension == factor_unit_read.denominator.dimension;
    let reported = ctx.is_reported(at.field(RecordField::Activity))
        || ctx.is_reported(at.field(RecordField::EmissionFactor));
    if factor_unit_read.ambiguity.is_some() || !same_kind || reported {
        return;
    }
    let activity_base = units::to_base(activity, activity_unit_read);
    let per_base = factor_unit_read.to_base_factor();
    // One finding a record: the first amount that disagrees.
    let disagreeing = comparisons(ctx, at, &factor_unit_read)
        .into_iter()
        .filter(|c| !ctx.is_reported(c.field))
        .map(|c| {
            let expected = activity_base * c.factor * per_base * c.gwp;
            (c, expected)
        })
        .find(|(c, expected)| {
            let larger = expected.abs().max(c.stated.abs());
            let allowed = (larger * SHARE).max(ctx.options.total_tolerance_tonnes);
            (c.stated - expected).abs() > allowed
        });
    let Some((comparison, expected)) = disagreeing else {
        return;
    };
    let stated = comparison.stated;
    let gwp = gwp_slip(ctx, &comparison, expected);
    // A gas weighed with the wrong GWP is a slip of that gas's figure: the
    // finding sits there. Otherwise it sits at the activity amount, the
    // first term of the product (a slip of the activity lands where it was
    // made), and the message names the emissions it disagrees with.
    let at_field = match gwp {
        Some(_) if slip(stated, expected).is_none() => comparison.field,
        _ => at.field(RecordField::ActivityAmount),
    };
    let finding = ctx
        .finding(
            Code::ActivityTimesFactor,
            "a003-activity-times-factor",
            at_field,
        )
        .arg("activity", activity)
        .arg("activity_unit", activity_unit)
        .arg("factor", comparison.factor)
        .arg("factor_unit", factor_unit)
        .arg("expected", to_the_gram(expected))
        .arg("stated", stated)
        .value(Some(stated.to_string()));
    let finding = match comparison.gas {
        Some(gas) => finding.arg("gas", gas.symbol()).arg("gwp", comparison.gwp),
        None => finding,
    };
    out.push(match (slip(stated, expected), gwp) {
        (Some(slip), _) => finding.arg("slip", slip).help("a003-slip-help"),
        (None, Some(GwpSlip::Unweighted)) => finding.help("a003-unweighted-help"),
        (None, Some(GwpSlip::OtherSet(set, gwp))) => finding
            .arg("other", set.name())
            .arg("other_gwp", gwp)
            .help("a003-other-gwp-help"),
        (None, None) => finding.help("a003-activity-times-factor-help"),
    });
}

/// The amounts a record's factor can be compared with: the total factor
/// with the total and the CO2 factor with the CO2, for factors in CO2e or
/// in a mass of CO2 (or of no gas named); the CH4 and N2O factors with
/// their gases, for factors in a mass (of no gas named, or of that gas),
/// weighed with the inventory's GWP set.
fn comparisons(
    ctx: &RuleContext<'_>,
    at: RecordAt<'_>,
    unit: &units::EmissionFactorUnit,
) -> Vec<Comparison> {
    let record: &EmissionRecord = at.record;
    let Some(factor) = record.emission_factor.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if matches!(unit.gas, None | Some(Gas::Co2)) {
        if let (Some(total_factor), Some(total)) = (factor.total, record.total) {
            out.push(Comparison {
                factor: total_factor,
                gwp: 1.0,
                gas: None,
                stated: total,
                field: at.field(RecordField::Total),
            });
        }
        let co2_factor = factor.values.as_ref().and_then(|v| v.co2);
        if let Some(c) = co2_factor.and_then(|f| gas_comparison(at, Gas::Co2, f, Some(1.0))) {
            out.push(c);
        }
    }
    if unit.numerator.dimension == Dimension::Mass {
        let set = ctx.inventory.facts.gwp_set;
        for (gas, value) in [
            (Gas::Ch4, factor.values.as_ref().and_then(|v| v.ch4)),
            (Gas::N2o, factor.values.as_ref().and_then(|v| v.n2o)),
        ] {
            if unit.gas.is_some_and(|named| named != gas) {
                continue;
            }
            let gwp = set.and_then(|set| ctx.tables.gwp(set, gas));
            if let Some(c) = value.and_then(|f| gas_comparison(at, gas, f, gwp)) {
                out.push(c);
            }
        }
    }
    out
}

/// A gas's factor against the gas: its CO2e (weighed with `gwp`, which
/// must then be known), else its mass.
fn gas_comparison(at: RecordAt<'_>, gas: Gas, factor: f64, gwp: Option<f64>) -> Option<Comparison> {
    let amount = at.record.gas(gas)?;
    let (stated, part, gwp) = match (amount.tco2e, amount.mass_t) {
        (Some(tco2e), _) => (tco2e, GasPart::Tco2e, gwp?),
        (None, Some(mass)) => (mass, GasPart::MassT, 1.0),
        (None, None) => return None,
    };
    Some(Comparison {
        factor,
        gwp,
        gas: (gwp != 1.0).then_some(gas),
        stated,
        field: at.gas(gas, part),
    })
}

/// How a gas's CO2e went wrong, when its GWP explains it.
enum GwpSlip {
    /// The mass of the gas written as its CO2e.
    Unweighted,
    /// Weighed with another set's GWP.
    OtherSet(GwpSet, f64),
}

fn gwp_slip(ctx: &RuleContext<'_>, comparison: &Comparison, expected: f64) -> Option<GwpSlip> {
    let gas = comparison.gas?;
    let mass = expected / comparison.gwp;
    let close = |amount: f64| (comparison.stated - amount).abs() <= amount.abs() * 0.02;
    if close(mass) {
        return Some(GwpSlip::Unweighted);
    }
    GwpSet::ALL
        .into_iter()
        .filter_map(|set| Some((set, ctx.tables.gwp(set, gas)?)))
        .filter(|(_, gwp)| *gwp != comparison.gwp)
        .find(|(_, gwp)| close(mass * gwp))
        .map(|(set, gwp)| GwpSlip::OtherSet(set, gwp))
}

/// The unit slip that turns `expected` into `stated`, if one does.
fn slip(stated: f64, expected: f64) -> Option<&'static str> {
    if expected == 0.0 || stated == 0.0 || stated.signum() != expected.signum() {
        return None;
    }
    let ratio = stated / expected;
    SLIPS
        .iter()
        .find(|(slip, _)| (ratio / slip - 1.0).abs() <= 0.02)
        .map(|(_, written)| *written)
}

#[cfg(test)]
mod tests {
    use super::super::testing::Case;
    use super::*;
    use crate::model::{Activity, EmissionFactor, FactorValues};

    /// A record of `amount` `unit` at `factor` `factor_unit` (total
    /// factor), stating `total`.
    fn record(
        amount: f64,
        unit: &str,
        factor: f64,
        factor_unit: &str,
        total: f64,
    ) -> EmissionRecord {
        EmissionRecord {
            activity: Some(Activity {
                amount: Some(amount),
                unit: Some(unit.to_owned()),
                ..Default::default()
            }),
            emission_factor: Some(EmissionFactor {
                unit: Some(factor_unit.to_owned()),
                total: Some(factor),
                ..Default::default()
            }),
            total: Some(total),
            ..Default::default()
        }
    }

    #[test]
    fn the_ecrf_rows_of_real_files_agree() {
        // Abaiara eCRF_3 row 2 and A. Kothapalle row 14.
        let lpg = record(31384.622800612, "MJ", 63.1545, "gCO₂e/MJ", 1.9820801606613);
        let wood = record(27684909.0, "MJ", 0.034, "gCO₂e/MJ", 0.941286906);
        let found = Case::records(vec![lpg, wood]).run_records(check);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn activity_times_a_thousand_names_the_slip() {
        let diesel = record(553370696.66498, "MJ", 74.343, "gCO₂e/MJ", 41.139237702165);
        let found = Case::records(vec![diesel]).run_records(check);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::ActivityTimesFactor);
        assert_eq!(
            found[0].pointer,
            Some(Field::Record(0, RecordField::ActivityAmount).pointer())
        );
        assert_eq!(found[0].help, Some("a003-slip-help"));
        assert_eq!(
            found[0].args.pairs(),
            [
                "activity=553370696.66498",
                "activity_unit=MJ",
                "factor=74.343",
                "factor_unit=gCO₂e/MJ",
                "expected=41139.237702",
                "stated=41.139237702165",
                "slip=÷ 1000"
            ]
        );
    }

    #[test]
    fn kwh_read_as_mj_and_the_co2_factor_are_compared() {
        // 1000 kWh = 3.6 GJ; 56.1 kg CO2/GJ gives 0.20196 t, stated as if
        // the kWh were MJ (0.0561 t).
        let mut gas = record(1000.0, "kWh", 0.0, "kg/GJ", 0.0);
        gas.total = None;
        gas.emission_factor = Some(EmissionFactor {
            unit: Some("kg/GJ".to_owned()),
            values: Some(FactorValues {
                co2: Some(56.1),
                ..Default::default()
            }),
            ..Default::default()
        });
        gas.gases = Some(
            [(
                Gas::Co2,
                crate::model::GasAmount {
                    tco2e: Some(0.0561),
                    mass_t: None,
                },
            )]
            .into_iter()
            .collect(),
        );
        let mut case = Case::records(vec![gas]);
        case.options.total_tolerance_tonnes = 0.0;
        let found = case.run_records(check);
        assert_eq!(found.len(), 1, "{found:?}");
        let activity = Field::Record(0, RecordField::ActivityAmount);
        assert_eq!(found[0].pointer, Some(activity.pointer()));
        assert_eq!(found[0].args.get("slip").unwrap().to_string(), "÷ 3.6");
    }

    #[test]
    fn a_ch4_factor_in_kilograms_names_a_gwp_slip() {
        // 1000 TJ at 10 kg CH4/TJ is 10 t of CH4: 280 tCO2e in AR5.
        let with_ch4 = |tco2e: f64| EmissionRecord {
            activity: Some(Activity {
                amount: Some(1000.0),
                unit: Some("TJ".to_owned()),
                ..Default::default()
            }),
            emission_factor: Some(EmissionFactor {
                unit: Some("kg/TJ".to_owned()),
                values: Some(FactorValues {
                    ch4: Some(10.0),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            gases: Some(
                [(
                    Gas::Ch4,
                    crate::model::GasAmount {
                        tco2e: Some(tco2e),
                        mass_t: None,
                    },
                )]
                .into_iter()
                .collect(),
            ),
            ..Default::default()
        };
        let mut case = Case::records(vec![with_ch4(280.0), with_ch4(250.0), with_ch4(10.0)]);
        case.inventory.facts.gwp_set = Some(GwpSet::Ar5);
        let found = case.run_records(check);
        let got: Vec<(Option<Field>, Option<&str>)> = found
            .iter()
            .map(|f| (f.pointer.as_deref().and_then(Field::from_pointer), f.help))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some(Field::Gas(1, Gas::Ch4, GasPart::Tco2e)),
                    Some("a003-other-gwp-help")
                ),
                (
                    Some(Field::Gas(2, Gas::Ch4, GasPart::Tco2e)),
                    Some("a003-unweighted-help")
                )
            ]
        );
        assert_eq!(found[0].args.get("other").unwrap().to_string(), "AR4");
        // Without a GWP set the CO2e of CH4 cannot be computed: silent.
        case.inventory.facts.gwp_set = None;
        assert!(case.run_records(check).is_empty());
    }

    #[test]
    fn unknown_or_mismatched_units_are_silent() {
        let unknown = record(1000.0, "buckets", 2.0, "kg/TJ", 1.0e9);
        let mismatch = record(1000.0, "m3", 2.0, "kg/TJ", 1.0e9);
        let no_factor_unit = EmissionRecord {
            emission_factor: Some(EmissionFactor {
                total: Some(2.0),
                ..Default::default()
            }),
            ..record(1000.0, "MJ", 2.0, "kg/TJ", 1.0e9)
        };
        let found = Case::records(vec![unknown, mismatch, no_factor_unit]).run_records(check);
        assert!(found.is_empty(), "{found:?}");
    }
}
