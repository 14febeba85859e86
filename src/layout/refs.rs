//! GPC reference numbers in variant spellings (`I.63`, `I_1_1`, `|II.1.1`)
//! are brought to their cell, with a warning at the cell, whatever the
//! layout. Refs that name no cell are left as written: the schema check
//! reports them with a suggestion.

use serde_json::{Value, json};

use super::builder::Extraction;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::source_map::Locate;
use crate::normalize::sector::{RefParse, parse_ref};

pub(super) fn normalise(out: &mut Extraction) {
    let Some(records) = out
        .document
        .get_mut("emissions")
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    let mut findings = Vec::new();
    for (index, record) in records.iter_mut().enumerate() {
        let Some(written) = record.get("gpc_ref").and_then(Value::as_str) else {
            continue;
        };
        if let RefParse::Normalised { gpc_ref, written } = parse_ref(written) {
            record["gpc_ref"] = json!(gpc_ref);
            let pointer = format!("/emissions/{index}/gpc_ref");
            findings.push(
                Finding::new(Code::RefNormalised, "g005-ref-normalised")
                    .arg("value", written.as_str())
                    .arg("gpc_ref", gpc_ref)
                    .located(&out.sources, &pointer)
                    .value(Some(written))
                    .help("g005-ref-normalised-help"),
            );
        }
    }
    out.findings.extend(findings);
}
