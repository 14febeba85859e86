//! The project file `ghgcheck.toml`: read strictly, so that a typing error
//! is refused with its line instead of being silently ignored.
//!
//! ```toml
//! [rules]
//! ignore = ["N002"]            # these codes are not reported
//! profiles = []                # reserved: rule sets per network (none yet)
//! [rules.severity]
//! T001 = "error"               # error | warning | info
//! [rules.options]              # rule thresholds (rules::options)
//! total-tolerance-percent = 0.5
//! ```

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::fixed;
use crate::diagnostic::{Code, Severity, line_of, lookup};
use crate::rules::RuleOptions;

/// A mistake in a settings file, at a line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{origin}:{line}: {message}")]
pub struct SettingsError {
    pub origin: String,
    pub line: usize,
    pub message: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    #[serde(default)]
    rules: RawRules,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRules {
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    options: Option<Spanned<RuleOptions>>,
    #[serde(default)]
    pub(super) profiles: Vec<Spanned<String>>,
}

/// What a settings file (or the command line) says about the rules.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleChoices {
    pub ignore: Vec<Code>,
    pub severity: Vec<(Code, Severity)>,
    /// The rule thresholds the file sets (checked; the others keep the
    /// value of an earlier layer).
    pub options: toml::Table,
}

impl RuleChoices {
    /// Why giving `code` a severity contradicts these choices: it is
    /// ignored, or has a severity already.
    pub fn clash(&self, code: Code) -> Option<String> {
        if self.ignore.contains(&code) {
            return Some(format!(
                "{} is both ignored and given a severity; keep one",
                code.id()
            ));
        }
        self.severity
            .iter()
            .any(|(given, _)| *given == code)
            .then(|| format!("{} is given a severity twice; keep one", code.id()))
    }
}

/// What a settings file says: its rule choices and the profiles it names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SettingsFile {
    pub choices: RuleChoices,
    /// Profile names (or paths), with the line each is written on.
    pub profiles: Vec<(String, usize)>,
}

/// Reads a settings file's text; `origin` names it in errors.
pub fn parse(text: &str, origin: &str) -> Result<SettingsFile, SettingsError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| at(text, origin, e.span(), e.message()))?;
    let choices = read_rules(&raw.rules, text, origin)?;
    let profiles = raw
        .rules
        .profiles
        .iter()
        .map(|name| (name.get_ref().clone(), line_of(text, name.span().start)))
        .collect();
    Ok(SettingsFile { choices, profiles })
}

/// A mistake at `span` of `text` (the first line when there is no span).
pub(super) fn at(
    text: &str,
    origin: &str,
    span: Option<Range<usize>>,
    message: impl Into<String>,
) -> SettingsError {
    SettingsError {
        origin: origin.to_owned(),
        line: span.map_or(1, |s| line_of(text, s.start)),
        message: message.into(),
    }
}

/// The `[rules]` table of a settings or profile file.
pub(super) fn read_rules(
    rules: &RawRules,
    text: &str,
    origin: &str,
) -> Result<RuleChoices, SettingsError> {
    let error = |span: Option<Range<usize>>, message: String| at(text, origin, span, message);
    let code = |name: &Spanned<String>| {
        let code = lookup(name.get_ref())
            .map(|info| info.code)
            .ok_or_else(|| {
                error(
                    Some(name.span()),
                    format!(
                        "unknown finding code `{}` (`ghgcheck rules` lists them)",
                        name.get_ref()
                    ),
                )
            })?;
        match fixed(code) {
            Some(message) => Err(error(Some(name.span()), message)),
            None => Ok(code),
        }
    };
    let mut choices = RuleChoices::default();
    for name in &rules.ignore {
        choices.ignore.push(code(name)?);
    }
    // In the order written, so that a clash is reported at its second line.
    let mut severities: Vec<_> = rules.severity.iter().collect();
    severities.sort_by_key(|(name, _)| name.span().start);
    for (name, level) in severities {
        let severity = Severity::parse(level.get_ref()).ok_or_else(|| {
            error(
                Some(level.span()),
                format!(
                    "unknown severity `{}` for {}: use error, warning or info",
                    level.get_ref(),
                    name.get_ref()
                ),
            )
        })?;
        let code = code(name)?;
        if let Some(message) = choices.clash(code) {
            return Err(error(Some(name.span()), message));
        }
        choices.severity.push((code, severity));
    }
    if let Some(options) = &rules.options {
        if let Some(message) = options.get_ref().problem() {
            return Err(error(
                Some(options.span()),
                format!("[rules.options]: {message}"),
            ));
        }
        choices.options = written_options(text);
    }
    Ok(choices)
}

/// The `[rules.options]` a file writes, as written (the file has been read
/// strictly already).
fn written_options(text: &str) -> toml::Table {
    let table: toml::Table = toml::from_str(text).unwrap_or_default();
    match table.get("rules").and_then(|rules| rules.get("options")) {
        Some(toml::Value::Table(options)) => options.clone(),
        _ => toml::Table::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_by_id_or_name_and_severities_are_read() {
        let text = "[rules]\nignore = [\"N002\", \"scope-mismatch\"]\n[rules.severity]\nT001 = \"error\"\n";
        let choices = parse(text, "ghgcheck.toml").unwrap().choices;
        assert_eq!(
            choices.ignore,
            vec![Code::NotationKeyUnexplained, Code::ScopeMismatch]
        );
        assert_eq!(
            choices.severity,
            vec![(Code::TotalDiffersFromGases, Severity::Error)]
        );
    }

    #[test]
    fn mistakes_name_their_line() {
        let cases = [
            ("[rules]\nignor = [\"N002\"]\n", 2, "unknown field `ignor`"),
            (
                "[rules]\n\nignore = [\"Z999\"]\n",
                3,
                "unknown finding code `Z999`",
            ),
            (
                "[rules.severity]\nT001 = \"fatal\"\n",
                2,
                "unknown severity `fatal`",
            ),
            ("[rules]\nignore = \"N002\"\n", 2, "invalid type"),
            ("[rules.options]\nT001 = 3\n", 2, "unknown field `T001`"),
            (
                "[rules.options]\n\ntotal-tolerance-tonnes = \"1\"\n",
                3,
                "invalid type",
            ),
            (
                "[rules]\n[rules.options]\ntotal-tolerance-tonnes = -1\n",
                2,
                "tolerances and thresholds cannot be negative",
            ),
            ("[output]\n", 1, "unknown field `output`"),
            (
                "[rules]\nignore = [\"B001\"]\n[rules.severity]\nB001 = \"error\"\n",
                4,
                "B001 is both ignored and given a severity",
            ),
            (
                "[rules.severity]\nsame-city-and-year = \"info\"\nB001 = \"error\"\n",
                3,
                "B001 is given a severity twice",
            ),
            (
                "[rules]\nignore = [\"R002\"]\n",
                2,
                "R002 cannot be ignored or given a severity",
            ),
        ];
        for (text, line, message) in cases {
            let err = parse(text, "cfg.toml").unwrap_err();
            assert_eq!(err.line, line, "{text}");
            assert!(err.message.contains(message), "{text}: {}", err.message);
            assert!(err.to_string().starts_with(&format!("cfg.toml:{line}: ")));
        }
    }

    #[test]
    fn an_empty_file_changes_nothing() {
        assert_eq!(parse("", "x").unwrap(), SettingsFile::default());
        assert_eq!(
            parse("[rules]\nprofiles = []\n[rules.options]\n", "x").unwrap(),
            SettingsFile::default()
        );
        let set = parse("[rules.options]\nbasic-per-capita-max = 50\n", "x")
            .unwrap()
            .choices;
        let options = RuleOptions::default().overlay(&set.options).unwrap();
        assert_eq!(options.basic_per_capita_max, 50.0);
        assert_eq!(options.basic_per_capita_min, 0.3);
    }
}
