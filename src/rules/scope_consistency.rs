//! G002: the scope written beside a GPC reference must be the scope of that
//! cell (third digit for energy and transport; waste .2 is scope 3 and .3
//! scope 1; I.4.4 is scope 1).

use serde_json::Value;

use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::gpc;
use crate::model::source_map::Locate;
use crate::model::source_map::SourceMap;

pub fn check(document: &Value, sources: &SourceMap, out: &mut Vec<Finding>) {
    let Some(records) = document.get("emissions").and_then(Value::as_array) else {
        return;
    };
    for (index, record) in records.iter().enumerate() {
        // A ref its labels contradict is reported once, as G003.
        if record.get("implied_gpc_ref").is_some() {
            continue;
        }
        let cell = record
            .get("gpc_ref")
            .and_then(Value::as_str)
            .and_then(|r| gpc::table().get(r));
        let (Some(cell), Some(scope)) = (cell, record.get("scope").and_then(Value::as_i64)) else {
            continue;
        };
        if scope != i64::from(cell.scope) {
            out.push(
                Finding::new(
                    Code::ScopeMismatch,
                    format!(
                        "{} is a scope {} cell, but the record says scope {scope}",
                        cell.reference, cell.scope
                    ),
                )
                .located(sources, &format!("/emissions/{index}/scope"))
                .value(Some(scope.to_string()))
                .help(format!(
                    "write scope {} or move the emissions to the GPC cell of scope {scope}",
                    cell.scope
                )),
            );
        }
    }
}
