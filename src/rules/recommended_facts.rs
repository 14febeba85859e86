//! F001: facts reviewers need to compare inventories (country, population,
//! GWP set, GPC level, boundary) are recommended, not required; each absent
//! one is a warning at the cell where it would be written.

use serde_json::Value;

use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::source_map::Locate;
use crate::model::source_map::SourceMap;

/// What to do when the file has no place for a fact (a CityCatalyst or CDP
/// export): the command line and sidecar files supply country and GWP set.
fn no_place_help(pointer: &str) -> &'static str {
    match pointer {
        "/city/country" => {
            "this file has no place for it: pass --country BR, or write `country = \"BR\"` in a sidecar file <file>.ghgcheck.toml beside it"
        }
        "/inventory/gwp_set" => {
            "this file has no place for it: pass --gwp AR5, or write `gwp = \"AR5\"` in a sidecar file <file>.ghgcheck.toml beside it"
        }
        _ => {
            "this file has no place for it: send it with the submission, or use the ghgcheck template (`ghgcheck template`), which has one"
        }
    }
}

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
        let finding = Finding::new(
            Code::RecommendedFactMissing,
            format!("{what} is not stated"),
        )
        .located(sources, pointer);
        let help = match finding.cell {
            Some(_) => (*help).to_owned(),
            None => no_place_help(pointer).to_owned(),
        };
        out.push(finding.help(help));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::CellRef;
    use crate::model::source_map::Source;
    use serde_json::json;

    #[test]
    fn a_fact_the_file_has_no_place_for_points_to_the_command_line() {
        let mut sources = SourceMap::default();
        sources.insert(
            "/city/population/value",
            Source {
                cell: CellRef::new(Some("City"), 8, 1),
                field: "Population".to_owned(),
                value: None,
            },
        );
        let document = json!({"city": {"boundary": "x"}, "inventory": {"gpc_level": "basic", "gwp_set": "AR5"}});
        let mut out = Vec::new();
        check(&document, &sources, &mut out);
        let helps: Vec<(Option<String>, String)> = out
            .iter()
            .map(|f| {
                (
                    f.cell.as_ref().map(CellRef::a1),
                    f.args.get("help_text").unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            helps,
            vec![
                (
                    None,
                    "this file has no place for it: pass --country BR, or write `country = \"BR\"` in a sidecar file <file>.ghgcheck.toml beside it".to_owned()
                ),
                (
                    Some("B9".to_owned()),
                    "write the resident population within the city boundary for the inventory year".to_owned()
                ),
            ]
        );
    }
}
