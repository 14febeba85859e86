//! T001: a record's stated total must equal the sum of the gases it states
//! in CO2e (CO2, CH4, N2O, HFCs, PFCs, SF6, NF3), within a gram or 0.01 %.
//! A total that disagrees with its gases usually means a unit slip (a
//! `Mt CO2e` total beside gases in t) or a gas left out of the sum.

use serde_json::Value;

use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::source_map::Locate;
use crate::model::source_map::SourceMap;
use crate::model::totals::to_the_gram;

const GASES: [&str; 7] = ["co2", "ch4", "n2o", "hfcs", "pfcs", "sf6", "nf3"];

pub fn check(document: &Value, sources: &SourceMap, out: &mut Vec<Finding>) {
    let Some(records) = document.get("emissions").and_then(Value::as_array) else {
        return;
    };
    for (index, record) in records.iter().enumerate() {
        let Some(total) = record.get("total_tco2e").and_then(Value::as_f64) else {
            continue;
        };
        let gases: Vec<f64> = GASES
            .iter()
            .filter_map(|gas| record.pointer(&format!("/gases/{gas}/tco2e"))?.as_f64())
            .collect();
        if gases.is_empty() {
            continue;
        }
        let sum: f64 = gases.iter().sum();
        if (total - sum).abs() <= (total.abs() * 1e-4).max(1e-6) {
            continue;
        }
        let rounded = to_the_gram(sum);
        out.push(
            Finding::new(
                Code::TotalDiffersFromGases,
                format!("the total {total} tCO2e differs from the sum of its gases, {rounded} tCO2e"),
            )
            .located(sources, &format!("/emissions/{index}/total_tco2e"))
            .value(Some(total.to_string()))
            .help("check the units of the total and of each gas column, and that every gas is in the total"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(document: Value) -> Vec<Finding> {
        let mut out = Vec::new();
        check(&document, &SourceMap::default(), &mut out);
        out
    }

    #[test]
    fn a_total_matching_its_gases_passes_and_a_unit_slip_does_not() {
        let good = json!({"emissions": [{"total_tco2e": 7780.453,
            "gases": {"co2": {"tco2e": 7734.622}, "ch4": {"tco2e": 3.696}, "n2o": {"tco2e": 42.135}}}]});
        assert!(run(good).is_empty());
        let slip = json!({"emissions": [{"total_tco2e": 47_619_000.0,
            "gases": {"co2": {"tco2e": 47.619}}}]});
        let found = run(slip);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, Code::TotalDiffersFromGases);
        assert_eq!(
            found[0].plain_text(),
            "the total 47619000 tCO2e differs from the sum of its gases, 47.619 tCO2e"
        );
    }

    #[test]
    fn a_total_without_gases_is_not_checked() {
        assert!(run(json!({"emissions": [{"total_tco2e": 5.0}]})).is_empty());
    }
}
