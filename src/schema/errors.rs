//! Turns one jsonschema error into a finding with a specific code, a message
//! a city officer understands, and the cell where the fix goes.

use jsonschema::ValidationError;
use jsonschema::error::ValidationErrorKind as Kind;
use serde_json::Value;

use crate::diagnostic::Code;
use crate::diagnostic::Finding;
use crate::model::source_map::SourceMap;
use crate::normalize::clean;
use crate::normalize::sector::{RefParse, parse_ref};

pub(super) fn to_finding(error: &ValidationError<'_>, sources: &SourceMap) -> Option<Finding> {
    let at = error.instance_path().as_str().to_owned();
    let instance = error.instance();
    let (code, target, message, help) = match error.kind() {
        Kind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let target = format!("{at}/{name}");
            let field = field_name(sources, &target);
            (
                Code::RequiredMissing,
                target,
                format!("{field} is required but missing"),
                format!("write {field} here: an inventory cannot be identified or filed without it"),
            )
        }
        Kind::AnyOf { .. } if at.is_empty() => (
            Code::NoEmissions,
            "/emissions".to_owned(),
            "the inventory has no emission records and no reported totals".to_owned(),
            "enter emissions (tCO2e per gas or in total) or notation keys for the GPC cells the inventory covers".to_owned(),
        ),
        Kind::Enum { options } => enum_finding(&at, instance, options, sources),
        Kind::Constant { expected_value } => (
            Code::ValueNotAllowed,
            at.clone(),
            format!("{} must be {expected_value}", field_name(sources, &at)),
            format!("write {expected_value}"),
        ),
        Kind::Type { kind } => (
            Code::WrongType,
            at.clone(),
            format!("{} has the wrong type (expected {})", field_name(sources, &at), type_words(kind)),
            "enter a value of the kind the column header asks for".to_owned(),
        ),
        Kind::Minimum { limit } | Kind::ExclusiveMinimum { limit } => (
            Code::OutOfRange,
            at.clone(),
            format!("{} is too small (the lowest allowed is {limit})", field_name(sources, &at)),
            "check the number for a typing error, a wrong sign or a wrong unit".to_owned(),
        ),
        Kind::Maximum { limit } | Kind::ExclusiveMaximum { limit } => (
            Code::OutOfRange,
            at.clone(),
            format!("{} is too large (the highest allowed is {limit})", field_name(sources, &at)),
            "check the number for a typing error or a wrong unit".to_owned(),
        ),
        Kind::Format { format } | Kind::Pattern { pattern: format } => {
            let (expected, help) = format_words(&at, format);
            let near = instance.as_str().filter(|_| at.ends_with("/country")).and_then(clean::suggest_country);
            let help = match near.and_then(clean::country) {
                Some(code) => format!("did you mean {code} ({})? {help}", near.unwrap_or_default()),
                None => help.to_owned(),
            };
            (Code::BadFormat, at.clone(), format!("{} is not {expected}", field_name(sources, &at)), help)
        }
        Kind::AdditionalProperties { unexpected } => {
            let name = unexpected.first().cloned().unwrap_or_default();
            (
                Code::UnknownField,
                format!("{at}/{name}"),
                format!("`{name}` is not a field of the inventory schema (at {})", display_pointer(&at)),
                "rename or remove the field; `ghgcheck schema` lists the field names".to_owned(),
            )
        }
        other => (
            Code::SchemaViolation,
            at.clone(),
            format!("{} breaks the schema rule `{}`", field_name(sources, &at), other.keyword()),
            "compare the field with its description in `ghgcheck schema`".to_owned(),
        ),
    };
    if sources.is_reported(&target) {
        return None;
    }
    let source = sources.locate(&target);
    let value = match error.kind() {
        Kind::Required { .. } | Kind::AnyOf { .. } | Kind::AdditionalProperties { .. } => None,
        _ => Some(show(instance)),
    };
    Some(
        Finding::new(code, message)
            .at(source.map(|s| s.cell.clone()))
            .field(Some(
                source.map_or_else(|| display_pointer(&target), |s| s.field.clone()),
            ))
            .pointer(target)
            .value(value)
            .help(help),
    )
}

fn enum_finding(
    at: &str,
    instance: &Value,
    options: &Value,
    sources: &SourceMap,
) -> (Code, String, String, String) {
    let shown = show(instance);
    if at.ends_with("/gpc_ref") {
        let suggestion = match parse_ref(&shown) {
            RefParse::Unknown { suggestion, .. } => suggestion,
            _ => None,
        };
        let help = match suggestion {
            Some(near) => format!("did you mean {near}? Use one of the 53 GPC v1.1 reference numbers (I.1.1 ... VI.1)"),
            None => "use one of the 53 GPC v1.1 reference numbers (I.1.1 ... VI.1); `ghgcheck template` lists them".to_owned(),
        };
        return (
            Code::UnknownGpcRef,
            at.to_owned(),
            format!("`{shown}` is not a GPC reference number"),
            help,
        );
    }
    if at.ends_with("/notation_key") {
        return (
            Code::InvalidNotationKey,
            at.to_owned(),
            format!("`{shown}` is not a notation key"),
            "use NO (not occurring), IE (included elsewhere), NE (not estimated) or C (confidential), with an explanation".to_owned(),
        );
    }
    let allowed: Vec<String> = options
        .as_array()
        .map(|values| values.iter().filter(|v| !v.is_null()).map(show).collect())
        .unwrap_or_default();
    (
        Code::ValueNotAllowed,
        at.to_owned(),
        format!(
            "{} `{shown}` is not one of the allowed values",
            field_name(sources, at)
        ),
        format!("use one of: {}", allowed.join(", ")),
    )
}

/// The label a person knows a field by: its header or label in the file, or
/// the last part of its pointer for JSON submissions.
fn field_name(sources: &SourceMap, pointer: &str) -> String {
    match sources.get(pointer) {
        Some(source) => format!("`{}`", source.field),
        None => format!("`{}`", display_pointer(pointer)),
    }
}

fn display_pointer(pointer: &str) -> String {
    if pointer.is_empty() {
        "/".to_owned()
    } else {
        pointer.to_owned()
    }
}

fn show(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn type_words(kind: &jsonschema::error::TypeKind) -> String {
    use jsonschema::error::TypeKind;
    match kind {
        TypeKind::Single(t) => t.to_string(),
        TypeKind::Multiple(set) => set
            .iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn format_words(pointer: &str, format: &str) -> (&'static str, &'static str) {
    if pointer.ends_with("/country") {
        (
            "a two-letter ISO 3166-1 country code",
            "write the country as its ISO code, e.g. BR for Brazil, DE for Germany",
        )
    } else if pointer.ends_with("/un_locode") {
        (
            "a UN/LOCODE",
            "write the code as country + location, e.g. BR POA",
        )
    } else if format == "email" {
        (
            "an e-mail address",
            "write one address, e.g. climate@city.example",
        )
    } else if format == "date" || format.contains("\\d{4}") {
        (
            "a date (YYYY-MM-DD)",
            "write the date as YYYY-MM-DD, e.g. 2023-12-31",
        )
    } else {
        (
            "in the expected format",
            "compare the value with the field's description in `ghgcheck schema`",
        )
    }
}
