//! Methodology rules (GPC / GCoM CRF) run after the schema check, and the
//! registry of every finding code.

pub mod batch;
mod notation_keys;
mod recommended_facts;
mod record_sums;
mod scope_consistency;

use serde_json::Value;

use crate::diagnostic::Finding;
use crate::model::source_map::SourceMap;

/// Runs every rule on a document.
pub fn check(document: &Value, sources: &SourceMap) -> Vec<Finding> {
    let mut out = Vec::new();
    recommended_facts::check(document, sources, &mut out);
    notation_keys::check(document, sources, &mut out);
    scope_consistency::check(document, sources, &mut out);
    record_sums::check(document, sources, &mut out);
    out
}
