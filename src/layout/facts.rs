//! Inventory facts a file does not state: taken from the file name (for
//! exports that only name their city and year there), from a sidecar file
//! `<file>.ghgcheck.toml`, or from the command line (`--city`, `--country`,
//! `--year`, `--gwp`). A value in the file wins unless `--force-facts` is
//! given; between the others the sidecar, being about this one file, wins
//! over the command line. Every fact that does not come from the file is
//! reported as an info finding and listed with its origin.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Value, json};

use super::builder::Extraction;
use super::file_name::{CityFrom, NameFacts, facts_from_name};
use crate::diagnostic::{Arg, Finding};
use crate::diagnostic::{Code, line_of};
use crate::model::document::set_at;
use crate::normalize::gwp::GwpSet;

/// Where a fact came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    FileName,
    Sidecar,
    CommandLine,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::FileName => "file-name",
            Origin::Sidecar => "sidecar",
            Origin::CommandLine => "command-line",
        }
    }
}

/// Facts supplied from outside the file.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub city: Option<String>,
    pub country: Option<String>,
    pub year: Option<i64>,
    pub gwp: Option<String>,
    /// `basic` or `basic-plus` (`BASIC+` is read too); sidecar only.
    pub gpc_level: Option<String>,
}

impl Facts {
    fn entries(&self) -> Vec<(&'static str, Value)> {
        [
            ("/city/name", self.city.as_ref().map(|v| json!(v))),
            (
                "/city/country",
                self.country.as_ref().map(|v| json!(v.to_uppercase())),
            ),
            ("/inventory/year", self.year.map(|v| json!(v))),
            (
                "/inventory/gwp_set",
                self.gwp.as_deref().map(|v| json!(gwp_set_name(v))),
            ),
            (
                "/inventory/gpc_level",
                self.gpc_level.as_deref().map(|v| json!(gpc_level_name(v))),
            ),
        ]
        .into_iter()
        .filter_map(|(pointer, value)| value.map(|v| (pointer, v)))
        .collect()
    }
}

/// `ar5`, `IPCC AR5` -> `AR5`; text naming no set is kept, in upper case,
/// for the schema to reject.
fn gwp_set_name(text: &str) -> String {
    GwpSet::parse(text).map_or_else(|| text.to_uppercase(), |set| set.name().to_owned())
}

/// `BASIC+`, `Basic Plus` -> `basic-plus`, `BASIC` -> `basic`; other text is
/// kept, in lower case, for the schema to reject.
fn gpc_level_name(text: &str) -> String {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .collect::<String>()
        .to_lowercase();
    match compact.as_str() {
        "basic" => "basic".to_owned(),
        "basic+" | "basicplus" => "basic-plus".to_owned(),
        _ => text.trim().to_lowercase(),
    }
}

/// The command line's facts and whether they beat the file's.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub facts: Facts,
    pub force: bool,
}

/// Fills the facts of one extraction from its file name (when the layout
/// names facts there), the file's sidecar (read once per file with
/// [`read_sidecar`], since a table may hold hundreds of inventories) and the
/// command line. Returns the origin of each fact set here.
pub fn complete(
    out: &mut Extraction,
    path: &Path,
    sidecar: Option<&Facts>,
    use_file_name: bool,
    overrides: &Overrides,
) -> BTreeMap<String, Origin> {
    let mut origins = BTreeMap::new();
    let mut layers: Vec<(Origin, Vec<(&'static str, Value)>)> = Vec::new();
    if let Some(sidecar) = sidecar {
        layers.push((Origin::Sidecar, sidecar.entries()));
    }
    layers.push((Origin::CommandLine, overrides.facts.entries()));
    let name = use_file_name.then(|| facts_from_name(path));
    if let Some(name) = &name {
        layers.push((Origin::FileName, name_entries(name)));
    }
    for (origin, entries) in layers {
        for (pointer, value) in entries {
            let stated = out.document.pointer(pointer).is_some();
            let allowed = !stated
                || (overrides.force
                    && origin != Origin::FileName
                    && !origins.contains_key(pointer));
            if !allowed || origins.contains_key(pointer) {
                continue;
            }
            out.findings.push(provenance_finding(
                origin,
                pointer,
                &value,
                path,
                name.as_ref(),
            ));
            set_at(&mut out.document, pointer, value);
            origins.insert(pointer.to_owned(), origin);
        }
    }
    origins
}

fn name_entries(name: &NameFacts) -> Vec<(&'static str, Value)> {
    [
        ("/city/name", name.city.as_ref().map(|v| json!(v))),
        (
            "/city/identifiers/un_locode",
            name.un_locode.as_ref().map(|v| json!(v)),
        ),
        ("/city/country", name.country.as_ref().map(|v| json!(v))),
        ("/inventory/year", name.year.map(|v| json!(v))),
    ]
    .into_iter()
    .filter_map(|(pointer, value)| value.map(|v| (pointer, v)))
    .collect()
}

fn provenance_finding(
    origin: Origin,
    pointer: &str,
    value: &Value,
    path: &Path,
    name: Option<&NameFacts>,
) -> Finding {
    let shown = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let finding = match origin {
        Origin::FileName => file_name_finding(pointer, name),
        Origin::Sidecar => Finding::new(Code::FactOverridden, "f003-fact-from-sidecar")
            .arg("sidecar", sidecar_path(path).display().to_string())
            .help("f003-fact-from-sidecar-help"),
        Origin::CommandLine => Finding::new(Code::FactOverridden, "f003-fact-from-command-line")
            .help("f003-fact-from-command-line-help"),
    };
    finding
        .arg("fact", fact_label(pointer))
        .arg("value", shown.as_str())
        .pointer(pointer)
        .value(Some(shown))
}

/// F002, saying when the fact comes from a UN/LOCODE (a city name from the
/// table, or the code itself when the table lacks it; the country from the
/// code's first letters).
fn file_name_finding(pointer: &str, name: Option<&NameFacts>) -> Finding {
    let code = name.and_then(|n| n.un_locode.as_deref());
    match (pointer, code, name.map(|n| n.city_from)) {
        ("/city/name", Some(code), Some(CityFrom::UnLocode)) => {
            Finding::new(Code::FactFromFileName, "f002-city-from-un-locode")
                .arg("code", code)
                .help("f002-city-from-un-locode-help")
        }
        ("/city/name", Some(code), Some(CityFrom::UnknownUnLocode)) => {
            Finding::new(Code::FactFromFileName, "f002-unknown-un-locode")
                .arg("code", code)
                .help("f002-unknown-un-locode-help")
        }
        ("/city/country", Some(code), _) => {
            Finding::new(Code::FactFromFileName, "f002-country-from-un-locode")
                .arg("code", code)
                .help("f002-fact-from-file-name-help")
        }
        _ => Finding::new(Code::FactFromFileName, "f002-fact-from-file-name")
            .help("f002-fact-from-file-name-help"),
    }
}

fn fact_label(pointer: &str) -> Arg {
    Arg::Word(match pointer {
        "/city/name" => "fact-city-name",
        "/city/country" => "fact-country",
        "/city/identifiers/un_locode" => "fact-un-locode",
        "/inventory/year" => "fact-inventory-year",
        "/inventory/gpc_level" => "fact-gpc-level",
        _ => "fact-gwp-set",
    })
}

/// `x.csv` -> `x.csv.ghgcheck.toml`.
pub fn sidecar_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".ghgcheck.toml");
    path.with_file_name(name)
}

/// The facts of the sidecar beside `path`: `Ok(None)` when there is none,
/// a finding about the file when it cannot be read.
pub fn read_sidecar(path: &Path) -> Result<Option<Facts>, Box<Finding>> {
    let sidecar = sidecar_path(path);
    let Ok(text) = std::fs::read_to_string(&sidecar) else {
        return Ok(None);
    };
    toml::from_str::<Facts>(&text).map(Some).map_err(|e| {
        let line = e.span().map(|span| line_of(&text, span.start));
        let finding = match line {
            Some(line) => {
                Finding::new(Code::BadSidecar, "f004-sidecar-unreadable-at-line").arg("line", line)
            }
            None => Finding::new(Code::BadSidecar, "f004-sidecar-unreadable"),
        };
        Box::new(
            finding
                .arg("file", sidecar.display().to_string())
                .arg("reason", e.message())
                .help("f004-sidecar-help"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extraction(doc: Value) -> Extraction {
        Extraction {
            document: doc,
            ..Extraction::default()
        }
    }

    #[test]
    fn the_file_name_fills_what_the_file_lacks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory-BR POA-2022.csv");
        let mut out = extraction(json!({"city": {}, "inventory": {}}));
        let origins = complete(&mut out, &path, None, true, &Overrides::default());
        // UNECE's spelling of BR POA.
        assert_eq!(out.document["city"]["name"], "Pôrto Alegre");
        assert_eq!(out.document["city"]["identifiers"]["un_locode"], "BR POA");
        assert_eq!(out.document["city"]["country"], "BR");
        assert_eq!(out.document["inventory"]["year"], 2022);
        assert_eq!(origins["/inventory/year"], Origin::FileName);
        assert!(
            out.findings
                .iter()
                .all(|f| f.code == Code::FactFromFileName)
        );
        let messages: Vec<(&str, Option<&str>)> =
            out.findings.iter().map(|f| (f.message, f.help)).collect();
        assert_eq!(
            messages,
            vec![
                (
                    "f002-city-from-un-locode",
                    Some("f002-city-from-un-locode-help")
                ),
                (
                    "f002-fact-from-file-name",
                    Some("f002-fact-from-file-name-help")
                ),
                (
                    "f002-country-from-un-locode",
                    Some("f002-fact-from-file-name-help")
                ),
                (
                    "f002-fact-from-file-name",
                    Some("f002-fact-from-file-name-help")
                ),
            ]
        );
        let code = |f: &Finding| f.args.get("code").map(ToString::to_string);
        assert_eq!(code(&out.findings[0]).as_deref(), Some("BR POA"));
        assert_eq!(code(&out.findings[2]).as_deref(), Some("BR POA"));
    }

    #[test]
    fn a_code_the_table_lacks_is_the_name_and_one_finding_says_so() {
        let path = Path::new("inventory-BR XYZ-2022.csv");
        let mut out = extraction(json!({"city": {}, "inventory": {}}));
        complete(&mut out, path, None, true, &Overrides::default());
        assert_eq!(out.document["city"]["name"], "BR XYZ");
        assert_eq!(out.document["city"]["identifiers"]["un_locode"], "BR XYZ");
        let unknown: Vec<&Finding> = out
            .findings
            .iter()
            .filter(|f| f.message == "f002-unknown-un-locode")
            .collect();
        assert_eq!(unknown.len(), 1);
        assert_eq!(unknown[0].help, Some("f002-unknown-un-locode-help"));
        assert_eq!(unknown[0].severity, Code::FactFromFileName.severity());
    }

    #[test]
    fn words_give_the_city_and_no_country() {
        let path = Path::new("Inventory-Valdivia-2020.csv");
        let mut out = extraction(json!({"city": {}, "inventory": {}}));
        let origins = complete(&mut out, path, None, true, &Overrides::default());
        assert_eq!(out.document["city"]["name"], "Valdivia");
        assert_eq!(out.document["city"].get("country"), None);
        assert_eq!(origins.len(), 2);
        assert!(
            out.findings
                .iter()
                .all(|f| f.message == "f002-fact-from-file-name")
        );
    }

    #[test]
    fn the_file_wins_unless_forced_and_the_sidecar_beats_the_command_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("porto-alegre-2022.csv");
        std::fs::write(
            sidecar_path(&path),
            "city = \"Porto Alegre\"\nyear = 2021\n",
        )
        .unwrap();
        let overrides = Overrides {
            facts: Facts {
                city: Some("POA".into()),
                year: Some(2020),
                gwp: Some("ar5".into()),
                ..Facts::default()
            },
            force: false,
        };
        let sidecar = read_sidecar(&path).unwrap();
        let mut out = extraction(json!({"city": {"name": "Porto Alegre (file)"}, "inventory": {}}));
        complete(&mut out, &path, sidecar.as_ref(), true, &overrides);
        assert_eq!(out.document["city"]["name"], "Porto Alegre (file)");
        assert_eq!(out.document["inventory"]["year"], 2021);
        assert_eq!(out.document["inventory"]["gwp_set"], "AR5");

        let forced = Overrides {
            force: true,
            ..overrides
        };
        let mut out = extraction(json!({"city": {"name": "Porto Alegre (file)"}, "inventory": {}}));
        complete(&mut out, &path, sidecar.as_ref(), true, &forced);
        assert_eq!(out.document["city"]["name"], "Porto Alegre");
    }

    #[test]
    fn a_sidecar_gives_the_gpc_level_as_reporters_name_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cdp.csv");
        std::fs::write(sidecar_path(&path), "gpc_level = \"BASIC+\"\n").unwrap();
        let sidecar = read_sidecar(&path).unwrap();
        let mut out = extraction(json!({"city": {}, "inventory": {}}));
        let origins = complete(
            &mut out,
            &path,
            sidecar.as_ref(),
            false,
            &Overrides::default(),
        );
        assert_eq!(out.document["inventory"]["gpc_level"], "basic-plus");
        assert_eq!(origins.get("/inventory/gpc_level"), Some(&Origin::Sidecar));
        assert_eq!(gpc_level_name("basic"), "basic");
        assert_eq!(gpc_level_name("Basic Plus"), "basic-plus");
    }

    #[test]
    fn the_gwp_set_is_read_as_reporters_name_it() {
        for (written, stored) in [
            ("ar5", "AR5"),
            ("IPCC AR6", "AR6"),
            ("Second Assessment Report", "SAR"),
            ("ar7", "AR7"),
        ] {
            let overrides = Overrides {
                facts: Facts {
                    gwp: Some(written.into()),
                    ..Facts::default()
                },
                force: false,
            };
            let mut out = extraction(json!({"city": {}, "inventory": {}}));
            complete(&mut out, Path::new("x.csv"), None, false, &overrides);
            assert_eq!(out.document["inventory"]["gwp_set"], stored, "{written}");
        }
    }

    #[test]
    fn a_broken_sidecar_is_a_finding_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.csv");
        std::fs::write(sidecar_path(&path), "city = \"A\"\ntown = \"B\"\n").unwrap();
        let finding = read_sidecar(&path).unwrap_err();
        assert_eq!(finding.code, Code::BadSidecar);
        let arg = |name: &str| finding.args.get(name).map(ToString::to_string);
        assert_eq!(
            (finding.message, arg("line"), arg("reason")),
            (
                "f004-sidecar-unreadable-at-line",
                Some("2".to_owned()),
                Some(
                    "unknown field `town`, expected one of `city`, `country`, `year`, `gwp`, `gpc_level`"
                        .to_owned()
                )
            )
        );
        assert_eq!(finding.help, Some("f004-sidecar-help"));
        assert_eq!(finding.cell, None);
    }

    #[test]
    fn no_sidecar_is_no_facts_and_no_finding() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_sidecar(&dir.path().join("x.csv")), Ok(None));
    }
}
