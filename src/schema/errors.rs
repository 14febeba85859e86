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
    let (target, finding) = match error.kind() {
        Kind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let target = format!("{at}/{name}");
            let finding = Finding::new(Code::RequiredMissing, "s001-required-missing")
                .arg("field", field_name(sources, &target))
                .help("s001-required-missing-help");
            (target, finding)
        }
        Kind::AnyOf { .. } if at.is_empty() => (
            "/emissions".to_owned(),
            Finding::new(Code::NoEmissions, "s007-no-emissions").help("s007-no-emissions-help"),
        ),
        Kind::Enum { options } => enum_finding(&at, instance, options, sources),
        Kind::Constant { expected_value } => (
            at.clone(),
            Finding::new(Code::ValueNotAllowed, "s003-not-the-constant")
                .arg("field", field_name(sources, &at))
                .arg("expected", expected_value.to_string())
                .help("s003-not-the-constant-help"),
        ),
        Kind::Type { kind } => (
            at.clone(),
            Finding::new(Code::WrongType, "s002-wrong-type")
                .arg("field", field_name(sources, &at))
                .arg("expected", type_words(kind))
                .help("s002-wrong-type-help"),
        ),
        Kind::Minimum { limit } => (
            at.clone(),
            Finding::new(Code::OutOfRange, "s004-too-small")
                .arg("field", field_name(sources, &at))
                .arg("limit", limit.to_string())
                .help("s004-too-small-help"),
        ),
        // The limit itself is refused too: "the lowest allowed" would be wrong.
        Kind::ExclusiveMinimum { limit } => (
            at.clone(),
            Finding::new(Code::OutOfRange, "s004-not-above")
                .arg("field", field_name(sources, &at))
                .arg("limit", limit.to_string())
                .help("s004-too-small-help"),
        ),
        Kind::Maximum { limit } => (
            at.clone(),
            Finding::new(Code::OutOfRange, "s004-too-large")
                .arg("field", field_name(sources, &at))
                .arg("limit", limit.to_string())
                .help("s004-too-large-help"),
        ),
        Kind::ExclusiveMaximum { limit } => (
            at.clone(),
            Finding::new(Code::OutOfRange, "s004-not-below")
                .arg("field", field_name(sources, &at))
                .arg("limit", limit.to_string())
                .help("s004-too-large-help"),
        ),
        Kind::Format { format } | Kind::Pattern { pattern: format } => (
            at.clone(),
            format_finding(&at, format, instance).arg("field", field_name(sources, &at)),
        ),
        Kind::AdditionalProperties { unexpected } => {
            let name = unexpected.first().cloned().unwrap_or_default();
            let finding = Finding::new(Code::UnknownField, "s006-unknown-field")
                .arg("name", name.as_str())
                .arg("at", display_pointer(&at))
                .help("s006-unknown-field-help");
            (format!("{at}/{name}"), finding)
        }
        other => (
            at.clone(),
            Finding::new(Code::SchemaViolation, "s099-schema-rule-broken")
                .arg("field", field_name(sources, &at))
                .arg("rule", other.keyword())
                .help("s099-schema-rule-broken-help"),
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
        finding
            .at(source.map(|s| s.cell.clone()))
            .field(Some(
                source.map_or_else(|| display_pointer(&target), |s| s.field.clone()),
            ))
            .pointer(target)
            .value(value),
    )
}

fn enum_finding(
    at: &str,
    instance: &Value,
    options: &Value,
    sources: &SourceMap,
) -> (String, Finding) {
    let shown = show(instance);
    if at.ends_with("/gpc_ref") {
        let suggestion = match parse_ref(&shown) {
            RefParse::Unknown { suggestion, .. } => suggestion,
            _ => None,
        };
        let finding = Finding::new(Code::UnknownGpcRef, "g001-unknown-gpc-ref").arg("value", shown);
        let finding = match suggestion {
            Some(near) => finding
                .arg("suggestion", near)
                .help("g001-unknown-gpc-ref-suggestion-help"),
            None => finding.help("g001-unknown-gpc-ref-help"),
        };
        return (at.to_owned(), finding);
    }
    if at.ends_with("/notation_key") {
        return (
            at.to_owned(),
            Finding::new(Code::InvalidNotationKey, "n001-invalid-notation-key")
                .arg("value", shown)
                .help("n001-invalid-notation-key-help"),
        );
    }
    let allowed: Vec<String> = options
        .as_array()
        .map(|values| values.iter().filter(|v| !v.is_null()).map(show).collect())
        .unwrap_or_default();
    (
        at.to_owned(),
        Finding::new(Code::ValueNotAllowed, "s003-value-not-allowed")
            .arg("field", field_name(sources, at))
            .arg("value", shown)
            .arg("allowed", allowed.join(", "))
            .help("s003-value-not-allowed-help"),
    )
}

/// A value that does not have the form its field asks for: the form is
/// told by the field (country, UN/LOCODE) or by the schema's format; a
/// country with a near spelling gets the code it probably means.
fn format_finding(pointer: &str, format: &str, instance: &Value) -> Finding {
    let code = Code::BadFormat;
    if pointer.ends_with("/country") {
        let finding = Finding::new(code, "s005-not-a-country-code");
        let near = instance.as_str().and_then(clean::suggest_country);
        return match near.and_then(|name| clean::country(name).map(|code| (code, name))) {
            Some((country_code, name)) => finding
                .arg("country_code", country_code)
                .arg("country_name", name)
                .help("s005-not-a-country-code-suggestion-help"),
            None => finding.help("s005-not-a-country-code-help"),
        };
    }
    if pointer.ends_with("/un_locode") {
        Finding::new(code, "s005-not-a-un-locode").help("s005-not-a-un-locode-help")
    } else if format == "email" {
        Finding::new(code, "s005-not-an-email").help("s005-not-an-email-help")
    } else if format == "date" || format.contains("\\d{4}") {
        Finding::new(code, "s005-not-a-date").help("s005-not-a-date-help")
    } else {
        Finding::new(code, "s005-bad-format").help("s005-bad-format-help")
    }
}

/// The label a person knows a field by: its header or label in the file, or
/// the last part of its pointer for JSON submissions.
fn field_name(sources: &SourceMap, pointer: &str) -> String {
    match sources.get(pointer) {
        Some(source) => source.field.clone(),
        None => display_pointer(pointer),
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
