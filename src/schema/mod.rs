//! The published inventory JSON Schema: compiled once per run, applied to
//! every extracted document, its errors turned into findings located through
//! the source map.

mod errors;

use std::sync::OnceLock;

use jsonschema::Validator;
use serde_json::Value;

use crate::diagnostic::Finding;
use crate::model::source_map::SourceMap;

/// `schemas/inventory.schema.json`, embedded so the binary works alone.
pub static INVENTORY_SCHEMA: &str = include_str!("../../schemas/inventory.schema.json");

/// `schemas/report.schema.json`: the JSON Schema of the JSON report
/// (`ghgcheck schema --report`).
pub const REPORT_SCHEMA: &str = include_str!("../../schemas/report.schema.json");

/// The schema as a JSON value.
pub fn schema_value() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        serde_json::from_str(INVENTORY_SCHEMA).expect("the embedded schema is valid JSON")
    })
}

fn validator() -> &'static Validator {
    static VALIDATOR: OnceLock<Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        jsonschema::options()
            .should_validate_formats(true)
            .build(schema_value())
            .expect("the embedded schema compiles")
    })
}

/// Checks a document; each schema error becomes one finding, except those
/// about a field whose cell already has a finding.
pub fn check(document: &Value, sources: &SourceMap) -> Vec<Finding> {
    check_document(document, sources).0
}

/// As [`check`], and whether the schema found nothing at all to say (some
/// of its complaints are not findings, e.g. about a cell already
/// reported): a valid document is read into the model whole.
pub fn check_document(document: &Value, sources: &SourceMap) -> (Vec<Finding>, bool) {
    let mut valid = true;
    let findings = validator()
        .iter_errors(document)
        .filter_map(|error| {
            valid = false;
            errors::to_finding(&error, sources)
        })
        .collect();
    (findings, valid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use serde_json::json;

    fn codes(doc: Value) -> Vec<(Code, Option<String>)> {
        let mut found: Vec<_> = check(&doc, &SourceMap::default())
            .into_iter()
            .map(|f| (f.code, f.pointer))
            .collect();
        found.sort();
        found
    }

    #[test]
    fn a_minimal_document_is_valid() {
        let doc = json!({"city": {"name": "X"}, "inventory": {"year": 2022},
            "emissions": [{"gpc_ref": "I.1.1", "scope": 1, "total_tco2e": 5.0}]});
        assert_eq!(codes(doc), vec![]);
    }

    #[test]
    fn errors_map_to_specific_codes() {
        let doc = json!({"city": {"country": "Brasil"}, "inventory": {"year": 20015, "gwp_set": "AR7"},
            "emissions": [{"gpc_ref": "I.9.9", "notation_key": "NA", "total_tco2e": "12"}], "extra": 1});
        assert_eq!(
            codes(doc),
            vec![
                (Code::UnknownGpcRef, Some("/emissions/0/gpc_ref".into())),
                (
                    Code::InvalidNotationKey,
                    Some("/emissions/0/notation_key".into())
                ),
                (Code::RequiredMissing, Some("/city/name".into())),
                (Code::WrongType, Some("/emissions/0/total_tco2e".into())),
                (Code::ValueNotAllowed, Some("/inventory/gwp_set".into())),
                (Code::OutOfRange, Some("/inventory/year".into())),
                (Code::BadFormat, Some("/city/country".into())),
                (Code::UnknownField, Some("/extra".into())),
            ]
        );
    }

    /// Each finding of a document: its code, message, help and arguments
    /// (`name=value`), in the order they were given.
    fn messages(doc: Value) -> Vec<(Code, &'static str, Option<&'static str>, Vec<String>)> {
        let mut found: Vec<_> = check(&doc, &SourceMap::default())
            .into_iter()
            .map(|f| {
                let args = f.args.pairs();
                (f.code, f.message, f.help, args)
            })
            .collect();
        found.sort();
        found
    }

    #[test]
    fn a_limit_the_schema_excludes_is_not_called_allowed() {
        let doc = json!({"city": {"name": "X", "land_area_km2": 0}, "inventory": {"year": 2022},
            "emissions": [{"gpc_ref": "I.1.1", "scope": 1, "total_tco2e": 5.0}]});
        assert_eq!(
            messages(doc),
            vec![(
                Code::OutOfRange,
                "s004-not-above",
                Some("s004-too-small-help"),
                vec!["field=/city/land_area_km2".to_owned(), "limit=0".to_owned()]
            )]
        );
    }

    #[test]
    fn findings_name_their_messages_with_the_field_and_value() {
        let doc = json!({"city": {"name": "X", "country": "Brasil"}, "inventory": {"year": 2022, "gwp_set": "AR7"},
            "emissions": [{"gpc_ref": "I.1.9", "total_tco2e": 1.0}]});
        assert_eq!(
            messages(doc),
            vec![
                (
                    Code::UnknownGpcRef,
                    "g001-unknown-gpc-ref",
                    Some("g001-unknown-gpc-ref-suggestion-help"),
                    vec!["value=I.1.9".to_owned(), "suggestion=I.1.3".to_owned()]
                ),
                (
                    Code::ValueNotAllowed,
                    "s003-value-not-allowed",
                    Some("s003-value-not-allowed-help"),
                    vec![
                        "field=/inventory/gwp_set".to_owned(),
                        "value=AR7".to_owned(),
                        "allowed=SAR, AR4, AR5, AR6".to_owned()
                    ]
                ),
                (
                    Code::BadFormat,
                    "s005-not-a-country-code",
                    Some("s005-not-a-country-code-suggestion-help"),
                    vec![
                        "country_code=BR".to_owned(),
                        "country_name=Brazil".to_owned(),
                        "field=/city/country".to_owned()
                    ]
                ),
            ]
        );
    }

    #[test]
    fn no_records_and_no_totals_is_one_finding() {
        let doc = json!({"city": {"name": "X"}, "inventory": {"year": 2022}});
        assert_eq!(
            codes(doc),
            vec![(Code::NoEmissions, Some("/emissions".into()))]
        );
    }

    #[test]
    fn a_record_without_ref_needs_a_label() {
        let doc = json!({"city": {"name": "X"}, "inventory": {"year": 2022},
            "emissions": [{"gpc_ref": null, "total_tco2e": 1.0}]});
        assert_eq!(
            codes(doc),
            vec![(Code::RequiredMissing, Some("/emissions/0/label".into()))]
        );
    }
}

#[cfg(test)]
mod contract_tests {
    use super::*;

    /// Walks every `properties` map of the schema.
    fn properties(value: &Value, path: &str, out: &mut Vec<(String, Value)>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    if key == "properties"
                        && let Value::Object(props) = child
                    {
                        for (name, prop) in props {
                            out.push((format!("{path}/{name}"), prop.clone()));
                        }
                    }
                    properties(child, &format!("{path}/{key}"), out);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| properties(item, path, out)),
            _ => {}
        }
    }

    #[test]
    fn every_property_has_a_title_and_a_description() {
        let mut found = Vec::new();
        properties(schema_value(), "", &mut found);
        assert!(found.len() > 60, "{} properties", found.len());
        // Inside `anyOf` branches the properties only restate a constraint.
        let missing: Vec<&String> = found
            .iter()
            .filter(|(path, _)| !path.contains("/anyOf"))
            .filter(|(_, prop)| prop.get("title").is_none() || prop.get("description").is_none())
            .map(|(path, _)| path)
            .collect();
        assert!(
            missing.is_empty(),
            "without title or description: {missing:?}"
        );
    }

    #[test]
    fn the_schema_is_versioned() {
        let schema = schema_value();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert!(
            schema["$id"]
                .as_str()
                .unwrap()
                .contains(crate::model::document::SCHEMA_VERSION)
        );
        let versions = schema["properties"]["schema_version"]["enum"]
            .as_array()
            .unwrap();
        assert!(versions.contains(&Value::from(crate::model::document::SCHEMA_VERSION)));
    }
}
