//! V001: negative values. Emissions, gases and activity data are never
//! negative, except in AFOLU land (V.2), where carbon stored in soils and
//! trees can outweigh what is emitted; a stated total may be negative only
//! when it includes V.2 (scope 1, BASIC+, AFOLU, the whole inventory).

use super::context::{RecordAt, RuleContext};
use crate::diagnostic::{Code, Finding};
use crate::model::{
    EmissionRecord, Field, Gas, GasPart, RecordField, ReportedField, ReportedTotal, Scope,
};
use crate::normalize::sector::{LabelMatch, resolve_label, sector_number};

/// The one GPC cell whose values may be negative.
const LAND: &str = "V.2";

pub fn check(ctx: &RuleContext<'_>, out: &mut Vec<Finding>) {
    for (index, record) in ctx.inventory.records().iter().enumerate() {
        record_signs(ctx, RecordAt { index, record }, out);
    }
    for (index, total) in ctx.inventory.reported_totals().iter().enumerate() {
        let Some(value) = total.value else {
            continue;
        };
        if value >= 0.0 || includes_land(total) {
            continue;
        }
        let field = Field::ReportedTotal(index, ReportedField::Value);
        let finding = match total.label.as_deref() {
            Some(label) => ctx
                .finding(Code::NegativeValue, "v001-negative-stated-total", field)
                .arg("label", label),
            None => ctx.finding(Code::NegativeValue, "v001-negative-unlabelled-total", field),
        };
        out.push(
            finding
                .arg("value", value)
                .arg("unit", total.unit.as_deref().unwrap_or("tCO2e"))
                .value(Some(value.to_string()))
                .help("v001-negative-stated-total-help"),
        );
    }
}

/// The negative figures of one record outside V.2: its total, or (when the
/// total is not negative itself) each negative gas; its biogenic CO2; its
/// activity amount.
fn record_signs(ctx: &RuleContext<'_>, at: RecordAt<'_>, out: &mut Vec<Finding>) {
    let record = at.record;
    if record.gpc().is_some_and(|c| c.as_str() == LAND) || cell_unknown(ctx, at) {
        return;
    }
    let mut push = |id: &'static str, field: Field, value: f64, gas: Option<Gas>| {
        let finding = ctx.finding(Code::NegativeValue, id, field);
        let finding = match gas {
            Some(gas) => finding.arg("gas", gas.symbol()),
            None => finding,
        };
        out.push(
            finding
                .arg("value", value)
                .value(Some(value.to_string()))
                .help("v001-negative-value-help"),
        );
    };
    match record.total {
        Some(total) if total < 0.0 => {
            push(
                "v001-negative-total",
                at.field(RecordField::Total),
                total,
                None,
            );
        }
        _ => {
            for (gas, part, value) in negative_gases(record) {
                let id = match part {
                    GasPart::MassT => "v001-negative-gas-mass",
                    _ => "v001-negative-gas",
                };
                push(id, at.gas(gas, part), value, Some(gas));
            }
        }
    }
    if let Some(value) = record.biogenic_co2.filter(|v| *v < 0.0) {
        let field = at.field(RecordField::BiogenicCo2);
        push("v001-negative-biogenic-co2", field, value, None);
    }
    if let Some(value) = record.activity.as_ref().and_then(|a| a.amount)
        && value < 0.0
    {
        let field = at.field(RecordField::ActivityAmount);
        push("v001-negative-activity", field, value, None);
    }
}

/// A record whose cell could not be read (its ref already has a finding)
/// may be V.2: its signs are not judged.
fn cell_unknown(ctx: &RuleContext<'_>, at: RecordAt<'_>) -> bool {
    at.record.gpc().is_none() && ctx.is_reported(at.field(RecordField::GpcRef))
}

/// Each negative gas figure of a record, in CO2e or as a mass.
fn negative_gases(record: &EmissionRecord) -> Vec<(Gas, GasPart, f64)> {
    let mut negative = Vec::new();
    for gas in Gas::CRF_ORDER {
        let Some(amount) = record.gas(gas) else {
            continue;
        };
        for (part, value) in [
            (GasPart::Tco2e, amount.tco2e),
            (GasPart::MassT, amount.mass_t),
        ] {
            if let Some(value) = value.filter(|v| *v < 0.0) {
                negative.push((gas, part, value));
            }
        }
    }
    negative
}

/// True when a stated total includes AFOLU land (V.2): a scope-1 or
/// whole-inventory total, BASIC+, the AFOLU sector or its land row. BASIC,
/// scope 2 and 3 totals and the totals of other sectors do not.
fn includes_land(total: &ReportedTotal) -> bool {
    if matches!(total.scope, Some(Scope::Two | Scope::Three)) {
        return false;
    }
    let label = total.label.as_deref().unwrap_or_default();
    let lower = label.to_lowercase();
    if lower.contains("basic") && !lower.contains("basic+") && !lower.contains("basic plus") {
        return false;
    }
    match resolve_label(None, label) {
        LabelMatch::SubSector(sub) => sub == LAND,
        LabelMatch::Total(of) => of == "V" || of == "inventory",
        LabelMatch::Combined(_) | LabelMatch::CrfOnly(_) | LabelMatch::Territorial(_) => false,
        LabelMatch::Unknown { .. } => match total.sector.as_deref() {
            None => true,
            Some(sector) => sector_number(sector).is_none_or(|number| number == "V"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{Case, cell, record_at, with_gases};
    use super::*;
    use crate::model::{Activity, Inventory, StatedRef};

    fn at(reference: &str, mut record: EmissionRecord) -> EmissionRecord {
        record.gpc_ref = Some(StatedRef::Cell(cell(reference)));
        record
    }

    fn where_(found: &[Finding]) -> Vec<(&'static str, Option<Field>)> {
        found
            .iter()
            .map(|f| {
                (
                    f.message,
                    f.pointer.as_deref().and_then(Field::from_pointer),
                )
            })
            .collect()
    }

    #[test]
    fn negative_land_passes_and_other_negatives_are_reported_at_their_cell() {
        let land = at("V.2", with_gases(Some(-28_651.4), &[(Gas::Co2, -28_651.4)]));
        let stationary = at("I.1.1", with_gases(Some(-50.0), &[(Gas::Co2, -50.0)]));
        let gas_only = at(
            "V.3",
            with_gases(Some(10.0), &[(Gas::Co2, 12.0), (Gas::Ch4, -2.0)]),
        );
        let activity = at(
            "II.1.1",
            EmissionRecord {
                total: Some(3.0),
                activity: Some(Activity {
                    amount: Some(-1000.0),
                    unit: Some("l".to_owned()),
                    ..Default::default()
                }),
                ..Default::default()
            },
        );
        let positive = at("I.1.2", with_gases(Some(5.0), &[(Gas::Co2, 5.0)]));
        let case = Case::records(vec![land, stationary, gas_only, activity, positive]).cell(
            record_at(1, RecordField::Total),
            "Emissions",
            "N3",
            "Total (tCO2e)",
        );
        let found = case.run_inventory(check);
        assert_eq!(
            where_(&found),
            [
                (
                    "v001-negative-total",
                    Some(record_at(1, RecordField::Total))
                ),
                (
                    "v001-negative-gas",
                    Some(Field::Gas(2, Gas::Ch4, GasPart::Tco2e))
                ),
                (
                    "v001-negative-activity",
                    Some(record_at(3, RecordField::ActivityAmount))
                ),
            ]
        );
        assert_eq!(found[0].code, Code::NegativeValue);
        assert_eq!(found[0].cell.as_ref().unwrap().a1(), "N3");
        assert_eq!(found[0].args.pairs(), ["value=-50"]);
        assert_eq!(found[1].args.pairs(), ["gas=CH4", "value=-2"]);
    }

    #[test]
    fn a_record_whose_cell_is_unreadable_is_not_judged() {
        let mut unknown = with_gases(Some(-5.0), &[]);
        unknown.gpc_ref = Some(StatedRef::NoCell);
        let case = Case::records(vec![unknown.clone()]).reported(record_at(0, RecordField::GpcRef));
        assert!(case.run_inventory(check).is_empty());
        // A row that names no cell on purpose is judged.
        assert_eq!(Case::records(vec![unknown]).run_inventory(check).len(), 1);
    }

    fn stated(label: &str, sector: Option<&str>, scope: Option<Scope>) -> ReportedTotal {
        ReportedTotal {
            label: Some(label.to_owned()),
            sector: sector.map(str::to_owned),
            scope,
            value: Some(-100.0),
            ..Default::default()
        }
    }

    #[test]
    fn stated_totals_may_be_negative_only_when_they_include_land() {
        let allowed = [
            stated("AFOLU > Land use", Some("AFOLU"), Some(Scope::One)),
            stated("Total AFOLU", Some("Total AFOLU"), Some(Scope::One)),
            stated(
                "Total Emissions (excluding generation of grid-supplied energy)",
                Some("Total Emissions (excluding generation of grid-supplied energy)"),
                Some(Scope::One),
            ),
            stated("Total Scope 1 emissions", None, Some(Scope::One)),
            stated("Total BASIC+ emissions", None, None),
            stated("Total city-wide emissions", None, None),
        ];
        let refused = [
            stated("AFOLU > Livestock", Some("AFOLU"), Some(Scope::One)),
            stated(
                "Stationary energy > Residential buildings",
                Some("Stationary energy"),
                Some(Scope::One),
            ),
            stated("Total Scope 2 emissions", None, Some(Scope::Two)),
            stated("Total BASIC emissions", None, None),
            stated("Total Waste", Some("Total Waste"), Some(Scope::One)),
        ];
        let mut totals = allowed.to_vec();
        totals.extend(refused.iter().cloned());
        let case = Case::of(Inventory {
            reported_totals: Some(totals),
            ..Default::default()
        });
        let found = case.run_inventory(check);
        let labels: Vec<String> = found
            .iter()
            .map(|f| f.args.get("label").unwrap().to_string())
            .collect();
        assert_eq!(
            labels,
            [
                "AFOLU > Livestock",
                "Stationary energy > Residential buildings",
                "Total Scope 2 emissions",
                "Total BASIC emissions",
                "Total Waste"
            ]
        );
        assert_eq!(
            found[0].pointer.as_deref().and_then(Field::from_pointer),
            Some(Field::ReportedTotal(allowed.len(), ReportedField::Value))
        );
        assert_eq!(found[0].message, "v001-negative-stated-total");
    }
}
