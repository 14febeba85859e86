//! The run's [`Config`]: the profiles (chosen with `--profile` or in the
//! project file, otherwise the default of each file's layout), the project
//! file `ghgcheck.toml` (found in the working directory, or named with
//! `--config`) and the command line, laid over one another in that order
//! (flags win). For each file it resolves to one [`Settings`] value, which
//! decides which codes are reported, at what severity, with which
//! thresholds and pledges; [`Settings::apply`] is the one place where a
//! finding's severity is set from them.
//!
//! The per-submission sidecar (`<file>.ghgcheck.toml`) is something else:
//! it supplies facts one file lacks (see `layout::facts`).

mod file;
pub mod profile;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub use file::{RuleChoices, SettingsError, SettingsFile, parse};
pub use profile::Profile;

use crate::diagnostic::{BatchFinding, Code, Finding, Severity};
use crate::rules::{Commitment, RuleOptions};

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
    /// The pledges of the networks whose profiles apply.
    pub commitments: Vec<Commitment>,
    /// The names of the profiles applied, in order.
    pub profiles: Vec<String>,
}

/// Everything the run was told about the rules, before it meets a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The profiles chosen (`--profile`, or `profiles` in the project
    /// file); none chosen: each file's layout picks its default.
    chosen: Vec<Profile>,
    /// The project file's choices, then the command line's.
    layers: Vec<RuleChoices>,
    /// The project file, if one was read.
    pub source: Option<PathBuf>,
}

impl Config {
    /// Reads a project file, and the profiles it names (relative to it).
    pub fn load(path: &Path) -> Result<Config, SettingsError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| SettingsError {
            origin: origin.clone(),
            line: 1,
            message: format!("cannot read the settings file: {e}"),
        })?;
        let file = parse(&text, &origin)?;
        let base = path.parent().unwrap_or(Path::new(""));
        let mut chosen = Vec::new();
        for (name, line) in &file.profiles {
            let profile = Profile::load(name, base).map_err(|message| SettingsError {
                origin: origin.clone(),
                line: *line,
                message,
            })?;
            chosen.push(profile);
        }
        Ok(Config {
            chosen,
            layers: vec![file.choices],
            source: Some(path.to_owned()),
        })
    }

    /// The project file of `dir`, when it has one.
    pub fn discover(dir: &Path) -> Result<Config, SettingsError> {
        let path = dir.join(PROJECT_FILE);
        if path.is_file() {
            Config::load(&path)
        } else {
            Ok(Config::default())
        }
    }

    /// This configuration with `choices` laid over it (flags over the file).
    pub fn with(mut self, choices: RuleChoices) -> Config {
        self.layers.push(choices);
        self
    }

    /// This configuration with `profiles` chosen instead of the file's.
    pub fn with_profiles(mut self, profiles: Vec<Profile>) -> Config {
        if !profiles.is_empty() {
            self.chosen = profiles;
        }
        self
    }

    /// The settings a file of `layout` (its name) is checked with.
    pub fn settings_for(&self, layout: Option<&str>) -> Settings {
        let default;
        let profiles: Vec<&Profile> = if self.chosen.is_empty() {
            default = profile::built_in_named(profile::default_for(layout));
            default.into_iter().collect()
        } else {
            self.chosen.iter().collect()
        };
        let mut settings = Settings::default();
        for profile in profiles {
            settings = settings.with(&profile.choices);
            settings.commitments.extend(profile.commitment());
            settings.profiles.push(profile.name.clone());
        }
        self.layers
            .iter()
            .fold(settings, |settings, layer| settings.with(layer))
    }
}

impl Settings {
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
        // Checked when the choices were read.
        if let Ok(options) = self.options.overlay(&choices.options) {
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
            options: toml::Table::new(),
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
            options: toml::Table::new(),
        });
        let flags = file.with(&RuleChoices {
            ignore: vec![Code::ScopeMismatch],
            severity: vec![(Code::TotalDiffersFromGases, Severity::Info)],
            options: toml::Table::new(),
        });
        assert!(!flags.is_enabled(Code::ScopeMismatch));
        assert!(flags.is_enabled(Code::TotalDiffersFromGases));
        assert_eq!(flags.severity(Code::TotalDiffersFromGases), Severity::Info);
    }

    #[test]
    fn a_folder_without_a_project_file_has_default_settings() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Config::discover(dir.path()).unwrap(), Config::default());
        std::fs::write(
            dir.path().join(PROJECT_FILE),
            "[rules]\nignore = [\"G005\"]\n",
        )
        .unwrap();
        let config = Config::discover(dir.path()).unwrap();
        assert!(!config.settings_for(None).is_enabled(Code::RefNormalised));
        assert_eq!(config.source, Some(dir.path().join(PROJECT_FILE)));
    }

    #[test]
    fn the_layout_picks_the_profile_unless_one_is_chosen() {
        let config = Config::default();
        assert_eq!(
            config.settings_for(Some("gcom-ecrf")).profiles,
            ["gcom-crf"]
        );
        assert_eq!(config.settings_for(None).profiles, ["gpc-basic"]);
        let chosen = config.with_profiles(vec![
            profile::built_in_named("gpc-basic-plus").unwrap().clone(),
            profile::built_in_named("eu-com").unwrap().clone(),
        ]);
        let settings = chosen.settings_for(Some("gcom-ecrf"));
        assert_eq!(settings.profiles, ["gpc-basic-plus", "eu-com"]);
        assert_eq!(
            settings.options.required_level,
            Some(crate::model::ReportingLevel::BasicPlus)
        );
        assert_eq!(settings.commitments.len(), 1);
        assert_eq!(settings.commitments[0].network, "EU Covenant of Mayors");
    }

    #[test]
    fn the_project_file_names_profiles_and_its_options_win() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("mine.toml"),
            "title = \"Mine\"\nabout = \"x\"\n[rules.options]\nbasic-per-capita-max = 40\ntotal-tolerance-tonnes = 5\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join(PROJECT_FILE),
            "[rules]\nprofiles = [\"c40\", \"mine.toml\"]\n[rules.options]\ntotal-tolerance-tonnes = 2\n",
        )
        .unwrap();
        let settings = Config::discover(dir.path()).unwrap().settings_for(None);
        assert_eq!(settings.profiles, ["c40", "mine.toml"]);
        assert_eq!(settings.options.basic_per_capita_max, 40.0);
        assert_eq!(settings.options.total_tolerance_tonnes, 2.0);
        std::fs::write(
            dir.path().join(PROJECT_FILE),
            "[rules]\nignore = []\nprofiles = [\"c41\"]\n",
        )
        .unwrap();
        let err = Config::discover(dir.path()).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.starts_with("unknown profile `c41`"), "{err}");
    }
}
