//! Checks one file from end to end: read, detect the layout, extract,
//! schema check, rules. Whatever goes wrong becomes a finding in the file's
//! report; nothing here stops a batch.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::diagnostic::{Code, Severity};
use crate::diagnostic::{Finding, sort_findings};
use crate::layout::facts::{self, Overrides};
use crate::layout::{self, Extraction, Layout};
use crate::model::totals;
use crate::model::{Converted, Inventory, ReportedTotals};
use crate::normalize::gwp::GwpSet;
use crate::normalize::units::{self, Dimension};
use crate::normalize::{co2e, slug, unit_check, written};
use crate::outcome::{FileReport, InventorySummary, Status};
use crate::read;
use crate::rules::History;
use crate::rules::{self, RuleContext};
use crate::schema;
use crate::settings::{Config, Settings};
use crate::stage_timing::{Stage, time};

/// How files are checked; one value serves a whole batch.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Facts supplied on the command line.
    pub overrides: Overrides,
    /// Read every file with this layout instead of detecting it.
    pub layout: Option<Layout>,
    /// GWP set the CO2e figures are wanted in (`--gwp`); inventories that
    /// declare another set are restated where their gases allow.
    pub gwp: Option<GwpSet>,
    /// Profiles and rule settings; each file resolves them by its layout.
    pub config: Config,
    /// Earlier inventories to compare with (`--history`).
    pub history: History,
}

/// Checks one file. Never panics outward: a panic becomes an internal-error finding.
pub fn check_file(path: &Path, options: &Options) -> FileReport {
    check(path, options, || read::read_file(path))
}

/// Checks a submission already in memory (read from stdin) as if it were
/// the file `name`: the name informs the format guess (its extension) and
/// names the submission in the report.
pub fn check_bytes(name: &Path, bytes: &[u8], options: &Options) -> FileReport {
    check(name, options, || read::read_bytes(name, bytes))
}

type Read = Result<(read::FileFormat, read::Input), Box<Finding>>;

fn check(path: &Path, options: &Options, read: impl FnOnce() -> Read) -> FileReport {
    let report = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_file_inner(path, options, read)
    }))
    .unwrap_or_else(|_| {
        FileReport::unreadable(
            path,
            None,
            Finding::new(Code::InternalError, "r099-internal-error")
                .help("r099-internal-error-help"),
        )
    });
    let settings = options
        .config
        .settings_for(report.layout.map(|layout| layout.name()));
    settle(report, &settings)
}

/// Applies the settings to a file's findings, then decides the statuses
/// from the severities they leave: an inventory is invalid when it, or its
/// file as a whole, has an error. An unreadable file stays unreadable.
fn settle(mut report: FileReport, settings: &Settings) -> FileReport {
    settings.apply(&mut report.findings);
    sort_findings(&mut report.findings);
    let errors = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error);
    let mut file_error = false;
    let mut invalid = std::collections::HashSet::new();
    for finding in errors {
        if let Some(index) = finding.inventory {
            invalid.insert(index);
        } else {
            file_error = true;
        }
    }
    for (index, inventory) in report.inventories.iter_mut().enumerate() {
        if file_error || invalid.contains(&index) {
            inventory.status = Status::Invalid;
        }
    }
    if report.status != Status::Unreadable {
        report.status = if file_error || !invalid.is_empty() {
            Status::Invalid
        } else {
            Status::Valid
        };
    }
    report
}

fn check_file_inner(path: &Path, options: &Options, read: impl FnOnce() -> Read) -> FileReport {
    let (format, input) = match time(Stage::Read, read) {
        Ok(read) => read,
        Err(finding) => return FileReport::unreadable(path, None, *finding),
    };
    let detected = time(Stage::Extract, || {
        options.layout.map_or_else(|| layout::detect(&input), Ok)
    });
    let layout = match detected {
        Ok(layout) => layout,
        Err(finding) => return FileReport::unreadable(path, Some(format), *finding),
    };
    let settings = options.config.settings_for(Some(layout.name()));
    let extracted = time(Stage::Extract, || layout::extract(layout, &input));
    let mut findings = extracted.findings;
    if let read::Input::Cells(book) = &input {
        findings.extend(book.notes.iter().cloned());
    }
    // Read once per file, however many inventories the file holds.
    let sidecar = facts::read_sidecar(path).unwrap_or_else(|finding| {
        findings.push(*finding);
        None
    });
    let mut inventories = Vec::new();
    for mut extraction in extracted.inventories {
        let origins = time(Stage::Extract, || {
            facts::complete(
                &mut extraction,
                path,
                sidecar.as_ref(),
                layout.names_facts_in_file_name(),
                &options.overrides,
            )
        });
        let (mut summary, mut own) = check_inventory(path, extraction, options, &settings);
        summary.fact_sources = origins
            .into_iter()
            .map(|(pointer, origin)| (pointer, origin.as_str()))
            .collect();
        own.iter_mut()
            .for_each(|f| f.inventory = Some(inventories.len()));
        findings.extend(own);
        inventories.push(summary);
    }
    rules::recommended_facts::once_per_file(&mut findings);
    if let read::Input::Cells(book) = &input {
        time(Stage::Context, || {
            crate::inspect::context::attach(book, &mut findings);
        });
    }
    FileReport {
        path: path.to_owned(),
        format: Some(format),
        layout: Some(layout),
        status: Status::Valid,
        inventories,
        findings,
    }
}

/// Checks one extracted inventory: the schema on its JSON form, then,
/// on the typed model, units, CO2e and the rules.
fn check_inventory(
    path: &Path,
    extraction: Extraction,
    options: &Options,
    settings: &Settings,
) -> (InventorySummary, Vec<Finding>) {
    let Extraction {
        mut document,
        mut sources,
        mut findings,
        ..
    } = extraction;
    let Converted {
        inventory: reported,
        rejected,
    } = time(Stage::Schema, || {
        findings.extend(written::convert(&mut document, &mut sources));
        let (schema_findings, valid) = schema::check_document(&document, &sources);
        findings.extend(schema_findings);
        let mut converted = if valid {
            Inventory::from_valid_json(&document)
        } else {
            Inventory::from_json(&document)
        };
        read_spelled_gwp_set(&document, &mut converted.inventory);
        converted
    });
    // The schema has reported what the model left out: nothing after it
    // reports those fields again (a rejected GWP set is not also "missing").
    rejected.into_iter().for_each(|p| sources.mark_reported(p));
    let (inventory, totals, reported_totals) = time(Stage::Normalise, || {
        findings.extend(unit_check::check(&reported, &sources));
        let mut inventory = reported.clone();
        findings.extend(co2e::normalise(&mut inventory, &sources, options.gwp));
        let totals = totals::compute(&inventory);
        let reported_totals = ReportedTotals::of(&inventory, |unit| {
            units::base_factor(unit, Dimension::Co2eMass)
        });
        (inventory, totals, reported_totals)
    });
    let context = RuleContext::new(
        &inventory,
        &sources,
        &totals,
        &reported_totals,
        settings.options,
    )
    .with_commitments(&settings.commitments)
    .with_history(&options.history);
    let rules_checked = time(Stage::Rules, || {
        findings.extend(rules::check(&context, |code| settings.is_enabled(code)));
        rules::blank_template::keep_only_blank_template(&mut findings);
        rules::checked(&context, |code| settings.is_enabled(code))
    });
    let city = inventory.city.name.clone();
    let country = inventory.city.country.clone();
    let year = inventory.facts.year;
    let summary = InventorySummary {
        id: base_id(path, city.as_deref(), country.as_deref(), year),
        city,
        country,
        year,
        totals,
        fact_sources: BTreeMap::new(),
        status: Status::Valid,
        reported_totals,
        inventory,
        reported,
        sources,
        rules_checked,
    };
    (summary, findings)
}

/// A GWP set the schema rejected for its spelling (`ar5`, `IPCC AR5`) has
/// its finding, but the figures are still weighed in the set it names, as
/// reporters' spellings of the set are read everywhere else.
fn read_spelled_gwp_set(document: &Value, inventory: &mut Inventory) {
    if inventory.facts.gwp_set.is_none() {
        inventory.facts.gwp_set = document
            .pointer("/inventory/gwp_set")
            .and_then(Value::as_str)
            .and_then(GwpSet::parse);
    }
}

/// `country-city-year` in lower-case ASCII slugs; the file name stands in
/// for a missing city.
fn base_id(path: &Path, city: Option<&str>, country: Option<&str>, year: Option<i64>) -> String {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("inventory");
    let country = country.map(slug);
    let mut city = slug(city.unwrap_or(stem));
    // A city known only by its UN/LOCODE (`BR POA`) already starts with the country.
    if let Some(rest) = country
        .as_ref()
        .and_then(|c| city.strip_prefix(&format!("{c}-")))
    {
        city = rest.to_owned();
    }
    let parts = [country, Some(city), year.map(|y| y.to_string())];
    let id = parts
        .into_iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if id.is_empty() {
        "inventory".to_owned()
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_country_city_year_slugs() {
        assert_eq!(
            base_id(
                Path::new("x.xlsx"),
                Some("São Paulo"),
                Some("BR"),
                Some(2022)
            ),
            "br-sao-paulo-2022"
        );
        let id = |city: &str, country: &str| {
            base_id(Path::new("x.csv"), Some(city), Some(country), Some(2022))
        };
        assert_eq!(id("Łódź", "PL"), "pl-lodz-2022");
        assert_eq!(id("Gdańsk", "PL"), "pl-gdansk-2022");
        assert_eq!(id("Москва", "RU"), "ru-moskva-2022");
        assert_eq!(id("東京", "JP"), "jp-dong-jing-2022");
        assert_eq!(
            base_id(Path::new("x.csv"), Some("北京"), None, None),
            "bei-jing"
        );
        assert_eq!(
            base_id(Path::new("dir/My File.csv"), None, None, None),
            "my-file"
        );
    }

    #[test]
    fn a_missing_file_is_an_unreadable_report() {
        let report = check_file(Path::new("/definitely/not/here.xlsx"), &Options::default());
        assert_eq!(report.status, Status::Unreadable);
        assert_eq!(report.findings[0].code, Code::UnreadableFile);
    }
}
