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
use crate::model::{EmissionRecord, Field, Gas, GasPart, RecordField};
use crate::normalize::units::{self, Lookup};

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
    let co2_or_none = matches!(factor_unit_read.gas, None | Some(Gas::Co2));
    if factor_unit_read.ambiguity.is_some() || !same_kind || !co2_or_none {
        return;
    }
    let Some(comparison) = comparison(at) else {
        return;
    };
    if ctx.is_reported(comparison.field)
        || ctx.is_reported(at.field(RecordField::Activity))
        || ctx.is_reported(at.field(RecordField::EmissionFactor))
    {
        return;
    }
    let expected = units::to_base(activity, activity_unit_read)
        * comparison.factor
        * factor_unit_read.to_base_factor();
    let stated = comparison.stated;
    let larger = expected.abs().max(stated.abs());
    if (stated - expected).abs() <= (larger * SHARE).max(ctx.options.total_tolerance_tonnes) {
        return;
    }
    let slip = slip(stated, expected);
    let finding = ctx
        .finding(
            Code::ActivityTimesFactor,
            "a003-activity-times-factor",
            comparison.field,
        )
        .arg("activity", activity)
        .arg("activity_unit", activity_unit)
        .arg("factor", comparison.factor)
        .arg("factor_unit", factor_unit)
        .arg("expected", to_the_gram(expected))
        .arg("stated", stated)
        .value(Some(stated.to_string()));
    out.push(match slip {
        Some(slip) => finding.arg("slip", slip).help("a003-slip-help"),
        None => finding.help("a003-activity-times-factor-help"),
    });
}

/// The factor and stated amount to compare: the total factor with the
/// record's total, else the CO2 factor with the record's CO2.
fn comparison(at: RecordAt<'_>) -> Option<Comparison> {
    let record: &EmissionRecord = at.record;
    let factor = record.emission_factor.as_ref()?;
    if let (Some(total_factor), Some(total)) = (factor.total, record.total) {
        return Some(Comparison {
            factor: total_factor,
            stated: total,
            field: at.field(RecordField::Total),
        });
    }
    let co2_factor = factor.values.as_ref()?.co2?;
    let co2 = record.gas(Gas::Co2)?;
    let (stated, part) = match (co2.tco2e, co2.mass_t) {
        (Some(tco2e), _) => (tco2e, GasPart::Tco2e),
        (None, Some(mass)) => (mass, GasPart::MassT),
        (None, None) => return None,
    };
    Some(Comparison {
        factor: co2_factor,
        stated,
        field: at.gas(Gas::Co2, part),
    })
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
            Some(Field::Record(0, RecordField::Total).pointer())
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
        let co2 = Field::Gas(0, Gas::Co2, GasPart::Tco2e);
        assert_eq!(found[0].pointer, Some(co2.pointer()));
        assert_eq!(found[0].args.get("slip").unwrap().to_string(), "÷ 3.6");
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
