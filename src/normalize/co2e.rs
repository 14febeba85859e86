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

use serde_json::{Value, json};

use super::gwp::{GwpSet, gwp};
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::source_map::Locate;
use crate::model::source_map::SourceMap;
use crate::model::totals::to_the_gram;

/// Gases the GWP table weights one by one: (document key, table name).
pub const WEIGHTED_GASES: [(&str, &str); 5] = [
    ("co2", "CO2"),
    ("ch4", "CH4"),
    ("n2o", "N2O"),
    ("sf6", "SF6"),
    ("nf3", "NF3"),
];

/// Gas families stated only in CO2e, which no single GWP re-weights.
const MIXTURES: [&str; 2] = ["hfcs", "pfcs"];

/// Brings the document's CO2e figures into one GWP set: `wanted` when
/// given, else the declared one.
pub fn normalise(
    document: &mut Value,
    sources: &SourceMap,
    wanted: Option<GwpSet>,
) -> Vec<Finding> {
    let declared = document
        .pointer("/inventory/gwp_set")
        .and_then(Value::as_str)
        .and_then(GwpSet::parse);
    let mut findings = Vec::new();
    let target = match (wanted, declared) {
        (Some(wanted), Some(declared)) if wanted != declared => {
            match restate(document, sources, declared, wanted) {
                Ok(()) => {
                    findings.push(Finding::new(
                        Code::GwpRestated,
                        format!(
                            "CO2e figures restated from {} to {}",
                            declared.name(),
                            wanted.name()
                        ),
                    ));
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
    findings.extend(weigh_masses(document, sources, target));
    findings
}

fn records(document: &Value) -> usize {
    document["emissions"].as_array().map_or(0, Vec::len)
}

fn number(document: &Value, pointer: &str) -> Option<f64> {
    document.pointer(pointer).and_then(Value::as_f64)
}

/// CO2e for gases given only as a mass.
fn weigh_masses(document: &mut Value, sources: &SourceMap, set: Option<GwpSet>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for index in 0..records(document) {
        for (key, gas) in WEIGHTED_GASES {
            let base = format!("/emissions/{index}/gases/{key}");
            let Some(mass) = number(document, &format!("{base}/mass_t")) else {
                continue;
            };
            if number(document, &format!("{base}/tco2e")).is_some() {
                continue;
            }
            match set.and_then(|s| gwp(s, gas)) {
                Some(factor) => {
                    crate::model::document::set_at(
                        document,
                        &format!("{base}/tco2e"),
                        json!(to_the_gram(mass * factor)),
                    );
                }
                None => {
                    let (why, help) = match set {
                        Some(set) => (
                            format!("{} gives no GWP for {gas}", set.name()),
                            format!("give {gas} in tCO2e, or declare a set that covers it"),
                        ),
                        None => (
                            "the inventory declares no GWP set".to_owned(),
                            "state the GWP set (SAR, AR4, AR5 or AR6), e.g. with --gwp AR5"
                                .to_owned(),
                        ),
                    };
                    findings.push(
                        Finding::new(
                            Code::GasMassWithoutGwp,
                            format!("{mass} t of {gas} has no CO2e: {why}"),
                        )
                        .located(sources, &format!("{base}/mass_t"))
                        .help(help),
                    );
                }
            }
        }
    }
    findings
}

/// Re-weights every gas from `from` to `to`, or says why it cannot.
fn restate(
    document: &mut Value,
    sources: &SourceMap,
    from: GwpSet,
    to: GwpSet,
) -> Result<(), Box<Finding>> {
    let blocked = (0..records(document))
        .find_map(|i| blocker(&document["emissions"][i], from, to).map(|why| (i, why)));
    if let Some((index, why)) = blocked {
        let reference = document
            .pointer(&format!("/emissions/{index}/gpc_ref"))
            .and_then(Value::as_str)
            .unwrap_or("without a GPC ref")
            .to_owned();
        return Err(Box::new(
            Finding::new(
                Code::GwpRestatementImpossible,
                format!(
                    "the figures stay in {}: the record {reference} {why}",
                    from.name()
                ),
            )
            .located(sources, &format!("/emissions/{index}"))
            .help(format!(
                "give CO2, CH4 and N2O separately to allow restating in {}",
                to.name()
            )),
        ));
    }
    for index in 0..records(document) {
        let mut change = 0.0;
        for (key, gas) in WEIGHTED_GASES {
            let base = format!("/emissions/{index}/gases/{key}");
            let mass = number(document, &format!("{base}/mass_t"));
            let stated = number(document, &format!("{base}/tco2e"));
            // The blocker has made sure of the GWPs these need.
            let (new_gwp, old_gwp) = (gwp(to, gas).unwrap_or(0.0), gwp(from, gas));
            let restated = match (mass, stated, old_gwp) {
                (Some(mass), _, _) => mass * new_gwp,
                (None, Some(co2e), Some(old_gwp)) => co2e / old_gwp * new_gwp,
                _ => continue,
            };
            let restated = to_the_gram(restated);
            // A total counted a gas given only as a mass in the declared set (or
            // not at all when that set has no GWP for it).
            let before = stated
                .or(mass.zip(old_gwp).map(|(m, g)| m * g))
                .unwrap_or(0.0);
            change += restated - before;
            crate::model::document::set_at(document, &format!("{base}/tco2e"), json!(restated));
        }
        let total = format!("/emissions/{index}/total_tco2e");
        if let Some(stated) = number(document, &total) {
            crate::model::document::set_at(document, &total, json!(to_the_gram(stated + change)));
        }
    }
    crate::model::document::set_at(document, "/inventory/declared_gwp_set", json!(from.name()));
    crate::model::document::set_at(document, "/inventory/gwp_set", json!(to.name()));
    Ok(())
}

/// Why a record cannot be re-weighted from `from` to `to`, if it cannot.
fn blocker(record: &Value, from: GwpSet, to: GwpSet) -> Option<String> {
    let co2e = |key: &str| number(record, &format!("/gases/{key}/tco2e"));
    let nonzero = |key: &str| co2e(key).filter(|v| *v != 0.0);
    if MIXTURES.iter().any(|key| nonzero(key).is_some()) {
        return Some("holds HFCs or PFCs, mixtures no single GWP re-weights".to_owned());
    }
    let mut split = None;
    for (key, gas) in WEIGHTED_GASES {
        let mass = number(record, &format!("/gases/{key}/mass_t"));
        let stated = co2e(key);
        if mass.is_none() && stated.is_none() {
            continue;
        }
        if gwp(to, gas).is_none() {
            return Some(format!("gives {gas}, for which {} has no GWP", to.name()));
        }
        let old = gwp(from, gas);
        if mass.is_none() && old.is_none() {
            return Some(format!(
                "gives {gas} in CO2e, which {} has no GWP to re-weight",
                from.name()
            ));
        }
        let counted = stated.or(mass.zip(old).map(|(m, g)| m * g)).unwrap_or(0.0);
        *split.get_or_insert(0.0) += counted;
    }
    let total = record["total_tco2e"].as_f64().filter(|v| *v != 0.0)?;
    match split {
        None => Some("gives only a total in CO2e, not its gases".to_owned()),
        // Gases that do not add up to the total leave a part no GWP re-weights.
        Some(sum) if (total - sum).abs() > (total.abs() * 1e-4).max(0.001) => Some(format!(
            "has a total of {total} tCO2e that its gases ({}) do not add up to",
            to_the_gram(sum)
        )),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(gwp_set: &str, records: Value) -> Value {
        json!({"inventory": {"gwp_set": gwp_set}, "emissions": records})
    }

    #[test]
    fn a_mass_of_methane_is_weighted_with_the_declared_set() {
        let mut d = doc(
            "AR5",
            json!([{"gpc_ref": "III.1.1", "gases": {"ch4": {"mass_t": 2.5}}}]),
        );
        let findings = normalise(&mut d, &SourceMap::default(), None);
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(d["emissions"][0]["gases"]["ch4"]["tco2e"], json!(70.0));
        assert_eq!(d["inventory"]["gwp_set"], "AR5");
    }

    #[test]
    fn a_mass_without_a_set_is_a_finding() {
        let mut d = json!({"inventory": {}, "emissions": [{"gases": {"n2o": {"mass_t": 1.0}}}]});
        let findings = normalise(&mut d, &SourceMap::default(), None);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].code, Code::GasMassWithoutGwp);
        assert!(d["emissions"][0]["gases"]["n2o"].get("tco2e").is_none());
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
        let gases = &d["emissions"][0]["gases"];
        assert_eq!(gases["co2"]["tco2e"], json!(100.0));
        // 1 t CH4: 28 in AR5, 27.9 in AR6.
        assert_eq!(gases["ch4"]["tco2e"], json!(27.9));
        // 265 tCO2e of N2O is 1 t: AR6 273.
        assert_eq!(gases["n2o"]["tco2e"], json!(273.0));
        assert_eq!(d["emissions"][0]["total_tco2e"], json!(400.9));
        assert_eq!(d["inventory"]["gwp_set"], "AR6");
        assert_eq!(d["inventory"]["declared_gwp_set"], "AR5");
    }

    #[test]
    fn gases_that_do_not_add_up_to_the_total_block_the_restatement() {
        let mut d = doc(
            "AR5",
            json!([{"gpc_ref": "I.1.1", "gases": {"co2": {"tco2e": 900.0}}, "total_tco2e": 1000.0}]),
        );
        let findings = normalise(&mut d, &SourceMap::default(), Some(GwpSet::Ar6));
        assert_eq!(findings[0].code, Code::GwpRestatementImpossible);
        assert!(
            findings[0]
                .plain_text()
                .ends_with("its gases (900) do not add up to"),
            "{}",
            findings[0].plain_text()
        );
        assert_eq!(d["inventory"]["gwp_set"], "AR5");
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
        assert_eq!(d["emissions"][0]["gases"]["nf3"]["tco2e"], json!(17.4));
        assert_eq!(d["emissions"][0]["total_tco2e"], json!(27.4));
        let mut sar = doc("SAR", json!([{"gases": {"nf3": {"mass_t": 1.0}}}]));
        let findings = normalise(&mut sar, &SourceMap::default(), None);
        assert_eq!(
            findings[0].plain_text(),
            "1 t of NF3 has no CO2e: SAR gives no GWP for NF3"
        );
    }

    #[test]
    fn a_record_with_only_a_total_keeps_the_declared_set() {
        let mut d = doc("AR4", json!([{"gpc_ref": "II.1.1", "total_tco2e": 50.0}]));
        let findings = normalise(&mut d, &SourceMap::default(), Some(GwpSet::Ar6));
        assert_eq!(findings[0].code, Code::GwpRestatementImpossible);
        assert!(
            findings[0].plain_text().contains("II.1.1"),
            "{}",
            findings[0].plain_text()
        );
        assert_eq!(d["inventory"]["gwp_set"], "AR4");
        assert!(d["inventory"].get("declared_gwp_set").is_none());
        assert_eq!(d["emissions"][0]["total_tco2e"], json!(50.0));
    }
}
