//! F001: facts reviewers need to compare inventories (country, population,
//! GWP set, GPC level, boundary) are recommended, not required; each absent
//! one is a warning at the cell where it would be written.

use serde_json::Value;

use crate::model::source_map::SourceMap;
use crate::report::finding::Finding;
use crate::rules::registry::Code;

const RECOMMENDED: &[(&str, &str, &str)] = &[
    (
        "/city/country",
        "the country",
        "write the ISO 3166-1 two-letter code, e.g. BR",
    ),
    (
        "/city/population/value",
        "the population",
        "write the resident population within the city boundary for the inventory year",
    ),
    (
        "/inventory/gwp_set",
        "the GWP set",
        "write the IPCC assessment report whose GWP values were used: SAR, AR4, AR5 or AR6",
    ),
    (
        "/inventory/gpc_level",
        "the GPC reporting level",
        "write basic or basic-plus",
    ),
    (
        "/city/boundary",
        "the geographic boundary",
        "describe the boundary, e.g. administrative boundary of the municipality",
    ),
];

pub fn check(document: &Value, sources: &SourceMap, out: &mut Vec<Finding>) {
    for (pointer, what, help) in RECOMMENDED {
        if document.pointer(pointer).is_some() || sources.is_reported(pointer) {
            continue;
        }
        out.push(
            Finding::new(
                Code::RecommendedFactMissing,
                format!("{what} is not stated"),
            )
            .located(sources, pointer)
            .help(*help),
        );
    }
}
