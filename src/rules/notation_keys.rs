//! N002 and N003: a notation key needs an explanation, and a record holds
//! either numbers or a notation key, never both (GPC notation key rules).

use serde_json::Value;

use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::source_map::Locate;
use crate::model::source_map::SourceMap;
use crate::model::totals::record_amount;

const KEYS: &[&str] = &["NO", "IE", "NE", "C"];

pub fn check(document: &Value, sources: &SourceMap, out: &mut Vec<Finding>) {
    let Some(records) = document.get("emissions").and_then(Value::as_array) else {
        return;
    };
    for (index, record) in records.iter().enumerate() {
        let Some(key) = record.get("notation_key").and_then(Value::as_str) else {
            continue;
        };
        if !KEYS.contains(&key) {
            continue;
        }
        let explained = record
            .get("notation_explanation")
            .and_then(Value::as_str)
            .is_some_and(|text| !text.trim().is_empty());
        if !explained {
            out.push(
                Finding::new(
                    Code::NotationKeyUnexplained,
                    format!("notation key {key} has no explanation"),
                )
                .located(sources, &format!("/emissions/{index}/notation_explanation"))
                .help(explain_help(key)),
            );
        }
        if let Some(amount) = record_amount(record) {
            out.push(
                Finding::new(
                    Code::ValueWithNotationKey,
                    format!(
                        "the record has notation key {key} and also emissions of {amount} tCO2e"
                    ),
                )
                .located(sources, &format!("/emissions/{index}/notation_key"))
                .value(Some(key.to_owned()))
                .help("remove the key if the number is right, or remove the numbers if the key is"),
            );
        }
    }
}

fn explain_help(key: &str) -> &'static str {
    match key {
        "IE" => "name the GPC cell where these emissions are included, e.g. `included in I.2.1`",
        "NE" => "say why the emissions were not estimated (no data, not significant, ...)",
        "NO" => "say why the activity does not occur in the city",
        _ => "say why the figure is confidential and where it is aggregated, if anywhere",
    }
}
