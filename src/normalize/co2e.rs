//! CO2e of emission records in one GWP set.
//!
//! - A gas given as a mass (`gases.<gas>.mass_t`) and not in CO2e gets its
//!   CO2e from the inventory's GWP set (`mass × GWP`).
//! - `validate --gwp SET`, for an inventory that declares another set,
//!   restates every gas: from its mass when known, otherwise by the ratio
//!   of the two sets' GWPs (the mass is the CO2e over the declared GWP).
//!   A record's stated total moves by the change of its gases. Records that
//!   give only a total, or HFCs/PFCs (mixtures), cannot be re-weighted; the
//!   inventory then stays in its declared set, with a finding.
//!
//! The declared set is kept as `inventory.declared_gwp_set`.

use super::gwp::gwp_of;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::source_map::{Locate, SourceMap};
use crate::model::totals::to_the_gram;
use crate::model::{EmissionRecord, Field, Gas, GasPart, GwpSet, Inventory, RecordField};

/// Brings the inventory's CO2e figures into one GWP set: `wanted` when
/// given, else the declared one.
pub fn normalise(
    inventory: &mut Inventory,
    sources: &SourceMap,
    wanted: Option<GwpSet>,
) -> Vec<Finding> {
    let declared = inventory.facts.gwp_set;
    let mut findings = Vec::new();
    let target = match (wanted, declared) {
        (Some(wanted), Some(declared)) if wanted != declared => {
            match restate(inventory, sources, declared, wanted) {
                Ok(()) => {
                    findings.push(
                        Finding::new(Code::GwpRestated, "u004-gwp-restated")
                            .arg("from", declared.name())
                            .arg("to", wanted.name()),
                    );
                    Some(wanted)
                }
                Err(finding) => {
                    findings.push(*finding);
                    Some(declared)
                }
            }
        }
        (_, Some(declared)) => Some(declared),
        (wanted, None) => wanted,
    };
    findings.extend(weigh_masses(inventory, sources, target));
    findings
}

/// CO2e for gases given only as a mass.
fn weigh_masses(
    inventory: &mut Inventory,
    sources: &SourceMap,
    set: Option<GwpSet>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, record) in inventory.records_mut().iter_mut().enumerate() {
        let Some(gases) = record.gases.as_mut() else {
            continue;
        };
        for gas in Gas::WEIGHTED {
            let Some(amount) = gases.get_mut(gas) else {
                continue;
            };
            let Some(mass) = amount.mass_t else {
                continue;
            };
            if amount.tco2e.is_some() {
                continue;
            }
            if let Some(factor) = set.and_then(|s| gwp_of(s, gas)) {
                amount.tco2e = Some(to_the_gram(mass * factor));
                continue;
            }
            let finding = match set {
                Some(set) => Finding::new(Code::GasMassWithoutGwp, "u002-set-lacks-gas")
                    .arg("set", set.name())
                    .help("u002-set-lacks-gas-help"),
                None => Finding::new(Code::GasMassWithoutGwp, "u002-no-gwp-set")
                    .help("u002-no-gwp-set-help"),
            };
            findings.push(
                finding
                    .arg("mass", mass)
                    .arg("gas", gas.symbol())
                    .at_field(sources, Field::Gas(index, gas, GasPart::MassT)),
            );
        }
    }
    findings
}

/// Re-weights every gas from `from` to `to`, or says why it cannot.
fn restate(
    inventory: &mut Inventory,
    sources: &SourceMap,
    from: GwpSet,
    to: GwpSet,
) -> Result<(), Box<Finding>> {
    let blocked = inventory
        .records()
        .iter()
        .enumerate()
        .find_map(|(i, record)| blocker(record, from, to).map(|why| (i, record, why)));
    if let Some((index, record, why)) = blocked {
        // `none` selects the catalogue's wording for a record without a ref.
        let reference = record.gpc().map_or("none", |r| r.as_str());
        return Err(Box::new(
            why.finding()
                .arg("from", from.name())
                .arg("to", to.name())
                .arg("record", reference)
                .at_field(sources, Field::Record(index, RecordField::Whole))
                .help("u003-restatement-impossible-help"),
        ));
    }
    for record in inventory.records_mut() {
        let mut change = 0.0;
        if let Some(gases) = record.gases.as_mut() {
            for gas in Gas::WEIGHTED {
                let Some(amount) = gases.get_mut(gas) else {
                    continue;
                };
                // The blocker has made sure of the GWPs these need.
                let (new_gwp, old_gwp) = (gwp_of(to, gas).unwrap_or(0.0), gwp_of(from, gas));
                let restated = match (amount.mass_t, amount.tco2e, old_gwp) {
                    (Some(mass), _, _) => mass * new_gwp,
                    (None, Some(co2e), Some(old_gwp)) => co2e / old_gwp * new_gwp,
                    _ => continue,
                };
                let restated = to_the_gram(restated);
                // A total counted a gas given only as a mass in the declared set (or
                // not at all when that set has no GWP for it).
                let before = amount
                    .tco2e
                    .or(amount.mass_t.zip(old_gwp).map(|(m, g)| m * g))
                    .unwrap_or(0.0);
                change += restated - before;
                amount.tco2e = Some(restated);
            }
        }
        if let Some(stated) = record.total {
            record.total = Some(to_the_gram(stated + change));
        }
    }
    inventory.facts.declared_gwp_set = Some(from);
    inventory.facts.gwp_set = Some(to);
    Ok(())
}

/// Why a record cannot be re-weighted.
enum Blocker {
    /// HFCs or PFCs: mixtures no single GWP re-weights.
    Mixtures,
    /// A gas the wanted set has no GWP for.
    NotInWanted(Gas),
    /// A gas given in CO2e that the declared set has no GWP for.
    NotInDeclared(Gas),
    /// Only a total, no gases.
    OnlyTotal,
    /// Gases that do not add up to the total.
    GasesShort { total: f64, sum: f64 },
}

impl Blocker {
    /// The U003 finding saying so (the caller adds the sets and the place).
    fn finding(self) -> Finding {
        let code = Code::GwpRestatementImpossible;
        match self {
            Blocker::Mixtures => Finding::new(code, "u003-mixtures"),
            Blocker::NotInWanted(gas) => {
                Finding::new(code, "u003-gas-not-in-wanted-set").arg("gas", gas.symbol())
            }
            Blocker::NotInDeclared(gas) => {
                Finding::new(code, "u003-gas-not-in-declared-set").arg("gas", gas.symbol())
            }
            Blocker::OnlyTotal => Finding::new(code, "u003-only-a-total"),
            Blocker::GasesShort { total, sum } => Finding::new(code, "u003-gases-do-not-add-up")
                .arg("total", total)
                .arg("sum", sum),
        }
    }
}

/// Why a record cannot be re-weighted from `from` to `to`, if it cannot.
fn blocker(record: &EmissionRecord, from: GwpSet, to: GwpSet) -> Option<Blocker> {
    let nonzero = |gas| record.tco2e(gas).filter(|v| *v != 0.0);
    if Gas::MIXTURES.into_iter().any(|gas| nonzero(gas).is_some()) {
        return Some(Blocker::Mixtures);
    }
    let mut split = None;
    for gas in Gas::WEIGHTED {
        let (mass, stated) = (record.mass(gas), record.tco2e(gas));
        if mass.is_none() && stated.is_none() {
            continue;
        }
        if gwp_of(to, gas).is_none() {
            return Some(Blocker::NotInWanted(gas));
        }
        let old = gwp_of(from, gas);
        if mass.is_none() && old.is_none() {
            return Some(Blocker::NotInDeclared(gas));
        }
        let counted = stated.or(mass.zip(old).map(|(m, g)| m * g)).unwrap_or(0.0);
        *split.get_or_insert(0.0) += counted;
    }
    let total = record.total.filter(|v| *v != 0.0)?;
    match split {
        None => Some(Blocker::OnlyTotal),
        // Gases that do not add up to the total leave a part no GWP re-weights.
        Some(sum) if (total - sum).abs() > (total.abs() * 1e-4).max(0.001) => {
            Some(Blocker::GasesShort {
                total,
                sum: to_the_gram(sum),
            })
        }
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn doc(gwp_set: &str, records: Value) -> Inventory {
        read(json!({"inventory": {"gwp_set": gwp_set}, "emissions": records}))
    }

    fn read(document: Value) -> Inventory {
        Inventory::from_json(&document).inventory
    }

    fn gas(d: &Inventory, index: usize, gas: Gas) -> Option<f64> {
        d.records()[index].tco2e(gas)
    }

    #[test]
    fn a_mass_of_methane_is_weighted_with_the_declared_set() {
        let mut d = doc(
            "AR5",
            json!([{"gpc_ref": "III.1.1", "gases": {"ch4": {"mass_t": 2.5}}}]),
        );
        let findings = normalise(&mut d, &SourceMap::default(), None);
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(gas(&d, 0, Gas::Ch4), Some(70.0));
        assert_eq!(d.facts.gwp_set, Some(GwpSet::Ar5));
    }

    #[test]
    fn a_mass_without_a_set_is_a_finding() {
        let mut d =
            read(json!({"inventory": {}, "emissions": [{"gases": {"n2o": {"mass_t": 1.0}}}]}));
        let findings = normalise(&mut d, &SourceMap::default(), None);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].code, Code::GasMassWithoutGwp);
        assert_eq!(
            findings[0].pointer.as_deref(),
            Some("/emissions/0/gases/n2o/mass_t")
        );
        assert_eq!(gas(&d, 0, Gas::N2o), None);
    }

    #[test]
    fn restating_ar5_to_ar6_reweights_each_gas_and_moves_the_total() {
        let mut d = doc(
            "AR5",
            json!([{
                "gpc_ref": "I.1.1",
                "gases": {"co2": {"tco2e": 100.0}, "ch4": {"mass_t": 1.0}, "n2o": {"tco2e": 265.0}},
                "total_tco2e": 393.0
            }]),
        );
        let findings = normalise(&mut d, &SourceMap::default(), Some(GwpSet::Ar6));
        assert_eq!(findings[0].code, Code::GwpRestated);
        assert_eq!(gas(&d, 0, Gas::Co2), Some(100.0));
        // 1 t CH4: 28 in AR5, 27.9 in AR6.
        assert_eq!(gas(&d, 0, Gas::Ch4), Some(27.9));
        // 265 tCO2e of N2O is 1 t: AR6 273.
        assert_eq!(gas(&d, 0, Gas::N2o), Some(273.0));
        assert_eq!(d.records()[0].total, Some(400.9));
        assert_eq!(d.facts.gwp_set, Some(GwpSet::Ar6));
        assert_eq!(d.facts.declared_gwp_set, Some(GwpSet::Ar5));
    }

    #[test]
    fn gases_that_do_not_add_up_to_the_total_block_the_restatement() {
        let mut d = doc(
            "AR5",
            json!([{"gpc_ref": "I.1.1", "gases": {"co2": {"tco2e": 900.0}}, "total_tco2e": 1000.0}]),
        );
        let findings = normalise(&mut d, &SourceMap::default(), Some(GwpSet::Ar6));
        assert_eq!(findings[0].code, Code::GwpRestatementImpossible);
        assert_eq!(findings[0].pointer.as_deref(), Some("/emissions/0"));
        assert_eq!(findings[0].message, "u003-gases-do-not-add-up");
        assert_eq!(
            findings[0].args.pairs(),
            [
                "total=1000",
                "sum=900",
                "from=AR5",
                "to=AR6",
                "record=I.1.1"
            ]
        );
        assert_eq!(d.facts.gwp_set, Some(GwpSet::Ar5));
    }

    #[test]
    fn a_gas_the_declared_set_lacks_counts_from_zero() {
        // SAR has no NF3 value: the mass was in no total, and AR6 adds it.
        let mut d = doc(
            "SAR",
            json!([{"gpc_ref": "IV.1", "gases": {"co2": {"tco2e": 10.0}, "nf3": {"mass_t": 0.001}},
                "total_tco2e": 10.0}]),
        );
        let findings = normalise(&mut d, &SourceMap::default(), Some(GwpSet::Ar6));
        assert_eq!(findings[0].code, Code::GwpRestated, "{findings:?}");
        assert_eq!(gas(&d, 0, Gas::Nf3), Some(17.4));
        assert_eq!(d.records()[0].total, Some(27.4));
        let mut sar = doc("SAR", json!([{"gases": {"nf3": {"mass_t": 1.0}}}]));
        let findings = normalise(&mut sar, &SourceMap::default(), None);
        assert_eq!(findings[0].message, "u002-set-lacks-gas");
        assert_eq!(findings[0].args.pairs(), ["set=SAR", "mass=1", "gas=NF3"]);
    }

    #[test]
    fn a_record_with_only_a_total_keeps_the_declared_set() {
        let mut d = doc("AR4", json!([{"gpc_ref": "II.1.1", "total_tco2e": 50.0}]));
        let findings = normalise(&mut d, &SourceMap::default(), Some(GwpSet::Ar6));
        assert_eq!(findings[0].code, Code::GwpRestatementImpossible);
        assert_eq!(findings[0].message, "u003-only-a-total");
        assert_eq!(
            findings[0].args.pairs(),
            ["from=AR4", "to=AR6", "record=II.1.1"]
        );
        assert_eq!(d.facts.gwp_set, Some(GwpSet::Ar4));
        assert_eq!(d.facts.declared_gwp_set, None);
        assert_eq!(d.records()[0].total, Some(50.0));
    }
}
