//! Profiles: the rule settings of one reporting framework or network, kept
//! as data in `schemas/profiles/*.toml` (embedded) or in a user's own file.
//! A profile is read as strictly as a settings file, errors naming the line:
//!
//! ```toml
//! title = "EU Covenant of Mayors"
//! about = "One paragraph: what the profile checks and why."
//! [rules]                            # as in ghgcheck.toml, without profiles
//! ignore = []
//! [rules.severity]
//! [rules.options]
//! required-level = "basic"
//! [[pledges]]                        # the network's pledge; any one suffices
//! reduction-percent = 20
//! by = 2020
//! ```

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::SettingsError;
use super::file::{RawRules, RuleChoices, at, read_rules};
use crate::rules::{Commitment, Pledge};

/// The profiles shipped with ghgcheck, by name.
const BUILT_IN: &[(&str, &str)] = &[
    (
        "gpc-basic",
        include_str!("../../schemas/profiles/gpc-basic.toml"),
    ),
    (
        "gpc-basic-plus",
        include_str!("../../schemas/profiles/gpc-basic-plus.toml"),
    ),
    (
        "gcom-crf",
        include_str!("../../schemas/profiles/gcom-crf.toml"),
    ),
    (
        "cdp-track",
        include_str!("../../schemas/profiles/cdp-track.toml"),
    ),
    ("eu-com", include_str!("../../schemas/profiles/eu-com.toml")),
    ("cnca", include_str!("../../schemas/profiles/cnca.toml")),
    (
        "us-mayors",
        include_str!("../../schemas/profiles/us-mayors.toml"),
    ),
    ("c40", include_str!("../../schemas/profiles/c40.toml")),
];

/// A framework's or network's rule settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// The name it is chosen by (`gcom-crf`), or the path of a user's file.
    pub name: String,
    pub title: String,
    pub about: String,
    pub choices: RuleChoices,
    pub pledges: Vec<Pledge>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    title: String,
    about: String,
    #[serde(default)]
    rules: RawRules,
    #[serde(default)]
    pledges: Vec<Spanned<Pledge>>,
}

impl Profile {
    /// Reads a profile's text; `origin` names it in errors.
    pub fn parse(name: &str, text: &str, origin: &str) -> Result<Profile, SettingsError> {
        let raw: RawProfile =
            toml::from_str(text).map_err(|e| at(text, origin, e.span(), e.message()))?;
        if let Some(nested) = raw.rules.profiles.first() {
            return Err(at(
                text,
                origin,
                Some(nested.span()),
                "a profile cannot name other profiles",
            ));
        }
        let choices = read_rules(&raw.rules, text, origin)?;
        let mut pledges = Vec::new();
        for pledge in raw.pledges {
            if let Some(problem) = pledge.get_ref().problem() {
                return Err(at(text, origin, Some(pledge.span()), problem));
            }
            pledges.push(pledge.into_inner());
        }
        Ok(Profile {
            name: name.to_owned(),
            title: raw.title,
            about: raw.about,
            choices,
            pledges,
        })
    }

    /// A shipped profile by name, or a profile file when `name` ends in
    /// `.toml` (relative to `base`).
    pub fn load(name: &str, base: &Path) -> Result<Profile, String> {
        if name.ends_with(".toml") {
            let path = base.join(name);
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read the profile {}: {e}", path.display()))?;
            return Profile::parse(name, &text, &path.display().to_string())
                .map_err(|e| e.to_string());
        }
        let Some((_, text)) = BUILT_IN.iter().find(|(known, _)| *known == name) else {
            return Err(format!(
                "unknown profile `{name}`; known: {} (or a path ending in .toml)",
                names().collect::<Vec<_>>().join(", ")
            ));
        };
        Profile::parse(name, text, &format!("schemas/profiles/{name}.toml"))
            .map_err(|e| e.to_string())
    }

    /// The network's pledge, when the profile carries one.
    pub fn commitment(&self) -> Option<Commitment> {
        (!self.pledges.is_empty()).then(|| Commitment {
            network: self.title.clone(),
            alternatives: self.pledges.clone(),
        })
    }
}

/// The names of the shipped profiles.
pub fn names() -> impl Iterator<Item = &'static str> {
    BUILT_IN.iter().map(|(name, _)| *name)
}

/// Every shipped profile, read once (they are tested to read).
pub fn built_in() -> &'static [Profile] {
    static PROFILES: std::sync::OnceLock<Vec<Profile>> = std::sync::OnceLock::new();
    PROFILES.get_or_init(|| {
        names()
            .filter_map(|name| Profile::load(name, Path::new("")).ok())
            .collect()
    })
}

/// A shipped profile by name.
pub fn built_in_named(name: &str) -> Option<&'static Profile> {
    built_in().iter().find(|profile| profile.name == name)
}

/// The profile a file is checked with when none is chosen, by its layout's
/// name: GCoM eCRF workbooks by the CRF's, CDP tables by CDP-ICLEI Track's,
/// everything else as a GPC BASIC inventory.
pub fn default_for(layout: Option<&str>) -> &'static str {
    match layout {
        Some("gcom-ecrf") => "gcom-crf",
        Some(name) if name.starts_with("mapping:cdp") => "cdp-track",
        _ => "gpc-basic",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use crate::model::ReportingLevel;
    use crate::rules::RuleOptions;

    #[test]
    fn every_shipped_profile_reads() {
        for name in names() {
            let profile = Profile::load(name, Path::new(""));
            assert!(profile.is_ok(), "{name}: {profile:?}");
        }
        assert_eq!(built_in().len(), BUILT_IN.len());
    }

    #[test]
    fn the_networks_carry_their_pledges() {
        let pledge = |name: &str| Profile::load(name, Path::new("")).unwrap().pledges;
        let eu = pledge("eu-com");
        assert_eq!(
            eu.iter().map(Pledge::describe).collect::<Vec<_>>(),
            ["-20 % by 2020", "-40 % by 2030"]
        );
        let us = pledge("us-mayors");
        assert_eq!(us[0].describe(), "-7 % against 1990 by 2012");
        assert!(pledge("cnca").iter().any(|p| p.neutrality));
        assert!(pledge("c40").iter().all(|p| p.neutrality && p.by == 2050));
        assert!(pledge("gpc-basic").is_empty());
    }

    #[test]
    fn levels_follow_the_profile() {
        let level = |name: &str| {
            let profile = Profile::load(name, Path::new("")).unwrap();
            RuleOptions::default()
                .overlay(&profile.choices.options)
                .unwrap()
                .required_level
        };
        assert_eq!(level("gpc-basic"), Some(ReportingLevel::Basic));
        assert_eq!(level("gpc-basic-plus"), Some(ReportingLevel::BasicPlus));
    }

    #[test]
    fn a_profile_file_is_read_strictly() {
        let cases = [
            ("title = \"x\"\n", 1, "missing field `about`"),
            (
                "title = \"x\"\nabout = \"y\"\n[rules]\nprofiles = [\"c40\"]\n",
                4,
                "cannot name other profiles",
            ),
            (
                "title = \"x\"\nabout = \"y\"\n[[pledges]]\nby = 2050\n",
                3,
                "needs reduction-percent or neutrality",
            ),
            (
                "title = \"x\"\nabout = \"y\"\n[[pledges]]\nreduction = 20\nby = 2050\n",
                4,
                "unknown field `reduction`",
            ),
            (
                "title = \"x\"\nabout = \"y\"\n[rules.severity]\nZ123 = \"error\"\n",
                4,
                "unknown finding code",
            ),
        ];
        for (text, line, message) in cases {
            let err = Profile::parse("mine", text, "mine.toml").unwrap_err();
            assert_eq!(err.line, line, "{text}");
            assert!(err.message.contains(message), "{text}: {}", err.message);
        }
        let ok = Profile::parse(
            "mine",
            "title = \"x\"\nabout = \"y\"\n[rules]\nignore = [\"N002\"]\n",
            "mine.toml",
        )
        .unwrap();
        assert_eq!(ok.choices.ignore, [Code::NotationKeyUnexplained]);
    }

    #[test]
    fn defaults_follow_the_layout() {
        assert_eq!(default_for(Some("gcom-ecrf")), "gcom-crf");
        assert_eq!(default_for(Some("mapping:cdp-citywide")), "cdp-track");
        assert_eq!(default_for(Some("citycatalyst-csv")), "gpc-basic");
        assert_eq!(default_for(None), "gpc-basic");
    }

    #[test]
    fn an_unknown_name_lists_the_known_ones() {
        let err = Profile::load("eu", Path::new("")).unwrap_err();
        assert!(
            err.contains("unknown profile `eu`; known: gpc-basic,"),
            "{err}"
        );
    }
}
