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
use crate::model::source_map::SourceMap;
use crate::report::finding::Finding;
use crate::rules::registry::Code;

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

/// Rounds to the gram (6 decimals of a tonne), so that re-weighting does
/// not leave float noise such as `149.96250000000003`.
fn grams(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
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
                        json!(grams(mass * factor)),
                    );
                }
                None => findings.push(
                    Finding::new(
                        Code::GasMassWithoutGwp,
                        format!("{mass} t of {gas} has no CO2e: the inventory declares no GWP set"),
                    )
                    .located(sources, &format!("{base}/mass_t"))
                    .help("state the GWP set (SAR, AR4, AR5 or AR6), e.g. with --gwp AR5"),
                ),
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
    if let Some((index, why)) = (0..records(document)).find_map(|i| blocker(document, i)) {
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
            let (Some(new_gwp), Some(old_gwp)) = (gwp(to, gas), gwp(from, gas)) else {
                continue;
            };
            let restated = match (mass, stated) {
                (Some(mass), _) => mass * new_gwp,
                (None, Some(co2e)) => co2e / old_gwp * new_gwp,
                (None, None) => continue,
            };
            let restated = grams(restated);
            // A total that includes a gas given only as a mass counted it in the declared set.
            let before = stated.or(mass.map(|m| m * old_gwp)).unwrap_or(0.0);
            change += restated - before;
            crate::model::document::set_at(document, &format!("{base}/tco2e"), json!(restated));
        }
        let total = format!("/emissions/{index}/total_tco2e");
        if let Some(stated) = number(document, &total) {
            crate::model::document::set_at(document, &total, json!(grams(stated + change)));
        }
    }
    crate::model::document::set_at(document, "/inventory/declared_gwp_set", json!(from.name()));
    crate::model::document::set_at(document, "/inventory/gwp_set", json!(to.name()));
    Ok(())
}

/// Why a record cannot be re-weighted, if it cannot.
fn blocker(document: &Value, index: usize) -> Option<(usize, &'static str)> {
    let record = &document["emissions"][index];
    let gas = |key: &str| number(record, &format!("/gases/{key}/tco2e")).filter(|v| *v != 0.0);
    if MIXTURES.iter().any(|key| gas(key).is_some()) {
        return Some((
            index,
            "holds HFCs or PFCs, mixtures no single GWP re-weights",
        ));
    }
    let split = WEIGHTED_GASES.iter().any(|(key, _)| {
        gas(key).is_some() || number(record, &format!("/gases/{key}/mass_t")).is_some()
    });
    let total = record["total_tco2e"].as_f64().filter(|v| *v != 0.0);
    (total.is_some() && !split).then_some((index, "gives only a total in CO2e, not its gases"))
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
    fn a_record_with_only_a_total_keeps_the_declared_set() {
        let mut d = doc("AR4", json!([{"gpc_ref": "II.1.1", "total_tco2e": 50.0}]));
        let findings = normalise(&mut d, &SourceMap::default(), Some(GwpSet::Ar6));
        assert_eq!(findings[0].code, Code::GwpRestatementImpossible);
        assert!(
            findings[0].message.contains("II.1.1"),
            "{}",
            findings[0].message
        );
        assert_eq!(d["inventory"]["gwp_set"], "AR4");
        assert!(d["inventory"].get("declared_gwp_set").is_none());
        assert_eq!(d["emissions"][0]["total_tco2e"], json!(50.0));
    }
}
