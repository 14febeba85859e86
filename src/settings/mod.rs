//! One resolved `Settings` value per run: the project file `ghgcheck.toml`
//! (found in the working directory, or named with `--config`) merged with
//! the command line, where flags win. It decides which codes are reported
//! and at what severity; [`Settings::apply`] is the one place where a
//! finding's severity is set from them.
//!
//! The per-submission sidecar (`<file>.ghgcheck.toml`) is something else:
//! it supplies facts one file lacks (see `layout::facts`).

mod file;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub use file::{RuleChoices, SettingsError, parse};

use crate::diagnostic::{BatchFinding, Code, Finding, Severity};
use crate::rules::RuleOptions;

/// Why `code` cannot be ignored or given another severity: the codes of
/// files that cannot be read (R...) decide that a file failed, and a
/// failure without its reason would be worse than either.
pub fn fixed(code: Code) -> Option<String> {
    code.id().starts_with('R').then(|| {
        format!(
            "{} cannot be ignored or given a severity: it says why a file could not be read",
            code.id()
        )
    })
}

/// The name of the project file looked for in the working directory.
pub const PROJECT_FILE: &str = "ghgcheck.toml";

/// Which codes are reported, and how severe each is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    ignore: BTreeSet<Code>,
    severity: BTreeMap<Code, Severity>,
    /// The thresholds rules judge by.
    pub options: RuleOptions,
    /// The project file these settings were read from, if any.
    pub source: Option<PathBuf>,
}

impl Settings {
    /// Reads a project file.
    pub fn load(path: &Path) -> Result<Settings, SettingsError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| SettingsError {
            origin: origin.clone(),
            line: 1,
            message: format!("cannot read the settings file: {e}"),
        })?;
        let mut settings = Settings::default().with(&parse(&text, &origin)?);
        settings.source = Some(path.to_owned());
        Ok(settings)
    }

    /// The project file of `dir`, when it has one.
    pub fn discover(dir: &Path) -> Result<Settings, SettingsError> {
        let path = dir.join(PROJECT_FILE);
        if path.is_file() {
            Settings::load(&path)
        } else {
            Ok(Settings::default())
        }
    }

    /// These settings with `choices` laid over them: a code given a
    /// severity is reported again even if an earlier layer ignored it.
    pub fn with(mut self, choices: &RuleChoices) -> Settings {
        for code in &choices.ignore {
            self.ignore.insert(*code);
        }
        for (code, severity) in &choices.severity {
            self.ignore.remove(code);
            self.severity.insert(*code, *severity);
        }
        if let Some(options) = choices.options {
            self.options = options;
        }
        self
    }

    /// False for a code the settings ignore.
    pub fn is_enabled(&self, code: Code) -> bool {
        !self.ignore.contains(&code)
    }

    /// The severity findings of `code` are reported with.
    pub fn severity(&self, code: Code) -> Severity {
        self.severity
            .get(&code)
            .copied()
            .unwrap_or_else(|| code.severity())
    }

    /// Drops the findings of ignored codes and gives the others their
    /// severity.
    pub fn apply(&self, findings: &mut Vec<Finding>) {
        findings.retain(|f| self.is_enabled(f.code));
        for finding in findings {
            finding.severity = self.severity(finding.code);
        }
    }
}

impl Settings {
    /// [`Settings::apply`] for the findings about the batch as a whole.
    pub fn apply_batch(&self, findings: &mut Vec<BatchFinding>) {
        findings.retain(|f| self.is_enabled(f.finding.code));
        for batch_finding in findings {
            batch_finding.finding.severity = self.severity(batch_finding.finding.code);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(code: Code) -> Finding {
        Finding::new(code, "x")
    }

    #[test]
    fn apply_drops_ignored_codes_and_sets_severities() {
        let settings = Settings::default().with(&RuleChoices {
            ignore: vec![Code::NotationKeyUnexplained],
            severity: vec![(Code::TotalDiffersFromGases, Severity::Error)],
            options: None,
        });
        let mut findings = vec![
            finding(Code::NotationKeyUnexplained),
            finding(Code::TotalDiffersFromGases),
            finding(Code::ScopeMismatch),
        ];
        settings.apply(&mut findings);
        let got: Vec<(Code, Severity)> = findings.iter().map(|f| (f.code, f.severity)).collect();
        assert_eq!(
            got,
            vec![
                (Code::TotalDiffersFromGases, Severity::Error),
                (Code::ScopeMismatch, Severity::Error),
            ]
        );
    }

    #[test]
    fn a_later_layer_wins() {
        let file = Settings::default().with(&RuleChoices {
            ignore: vec![Code::TotalDiffersFromGases],
            severity: vec![(Code::ScopeMismatch, Severity::Info)],
            options: None,
        });
        let flags = file.with(&RuleChoices {
            ignore: vec![Code::ScopeMismatch],
            severity: vec![(Code::TotalDiffersFromGases, Severity::Info)],
            options: None,
        });
        assert!(!flags.is_enabled(Code::ScopeMismatch));
        assert!(flags.is_enabled(Code::TotalDiffersFromGases));
        assert_eq!(flags.severity(Code::TotalDiffersFromGases), Severity::Info);
    }

    #[test]
    fn a_folder_without_a_project_file_has_default_settings() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::discover(dir.path()).unwrap(), Settings::default());
        std::fs::write(
            dir.path().join(PROJECT_FILE),
            "[rules]\nignore = [\"G005\"]\n",
        )
        .unwrap();
        let settings = Settings::discover(dir.path()).unwrap();
        assert!(!settings.is_enabled(Code::RefNormalised));
        assert_eq!(settings.source, Some(dir.path().join(PROJECT_FILE)));
    }
}
