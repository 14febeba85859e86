//! Frictionless on the same small CSVs, when the `frictionless` command is
//! installed (`pip install frictionless==5.21.0`): the benchmark writes a
//! Table Schema for each kind of CSV of the corpus (the CityCatalyst-like
//! export and the template's CSV form: every column typed, with the
//! constraints a reviewer would state: required ids, GPC ref patterns,
//! notation keys, units, non-negative gases, year and scope ranges) and a
//! Data Package listing every CSV with its schema, then times
//! `frictionless validate --parallel datapackage.json` (one process per
//! core; its start-up included, its report discarded).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use super::measure::{ratio, thousands};
use super::support::corpus::Written;

/// The Table Schema of the CityCatalyst-like exports.
const CITYCATALYST: &str = r#"{"fields": [
  {"name": "Inventory Reference", "type": "string", "constraints": {"required": true}},
  {"name": "GPC Reference Number", "type": "string", "constraints": {"required": true, "pattern": "(I|II|III|IV|V|VI)\\.[0-9]+(\\.[0-9]+)?"}},
  {"name": "Subsector name", "type": "string", "constraints": {"required": true}},
  {"name": "Notation Key", "type": "string", "constraints": {"enum": ["NO", "IE", "NE", "C"]}},
  {"name": "Total Emissions", "type": "number", "constraints": {"minimum": 0}},
  {"name": "Total Emission Units", "type": "string", "constraints": {"enum": ["t CO2e"]}},
  {"name": "Activity type", "type": "string"},
  {"name": "Activity Value", "type": "number"},
  {"name": "Activity Units", "type": "string"},
  {"name": "Emission Factor - CO2", "type": "number"},
  {"name": "Emission Factor - CH4", "type": "number"},
  {"name": "Emission Factor - N2O", "type": "number"},
  {"name": "Emission Factor - Unit", "type": "string"},
  {"name": "CO2 Emissions", "type": "number", "constraints": {"minimum": 0}},
  {"name": "CH4 Emissions", "type": "number", "constraints": {"minimum": 0}},
  {"name": "N2O Emissions", "type": "number", "constraints": {"minimum": 0}},
  {"name": "Datasource ID", "type": "string"},
  {"name": "DataSource name", "type": "string"}
]}"#;

/// The Table Schema of the template's CSV form.
const TEMPLATE: &str = r#"{"fields": [
  {"name": "GPC ref", "type": "string", "constraints": {"pattern": "(I|II|III|IV|V|VI)\\.[0-9]+(\\.[0-9]+)?"}},
  {"name": "Sector", "type": "string"},
  {"name": "Sub-sector", "type": "string"},
  {"name": "Scope", "type": "integer", "constraints": {"minimum": 1, "maximum": 3}},
  {"name": "Label (rows without a GPC ref)", "type": "string"},
  {"name": "Activity or fuel", "type": "string"},
  {"name": "CO2 (tCO2e)", "type": "number", "constraints": {"minimum": 0}},
  {"name": "CH4 (tCO2e)", "type": "number", "constraints": {"minimum": 0}},
  {"name": "N2O (tCO2e)", "type": "number", "constraints": {"minimum": 0}},
  {"name": "HFCs (tCO2e)", "type": "number", "constraints": {"minimum": 0}},
  {"name": "PFCs (tCO2e)", "type": "number", "constraints": {"minimum": 0}},
  {"name": "SF6 (tCO2e)", "type": "number", "constraints": {"minimum": 0}},
  {"name": "NF3 (tCO2e)", "type": "number", "constraints": {"minimum": 0}},
  {"name": "Total (tCO2e)", "type": "number", "constraints": {"minimum": 0}},
  {"name": "Biogenic CO2 (t)", "type": "number", "constraints": {"minimum": 0}},
  {"name": "Notation key", "type": "string", "constraints": {"enum": ["NO", "IE", "NE", "C"]}},
  {"name": "Notation key explanation", "type": "string"},
  {"name": "Activity amount", "type": "number"},
  {"name": "Activity unit", "type": "string"},
  {"name": "Activity description", "type": "string"},
  {"name": "Activity data source", "type": "string"},
  {"name": "Activity data quality", "type": "string", "constraints": {"enum": ["H", "M", "L"]}},
  {"name": "Emission factor (total)", "type": "number"},
  {"name": "Emission factor unit", "type": "string"},
  {"name": "Emission factor source", "type": "string"},
  {"name": "Emission factor data quality", "type": "string", "constraints": {"enum": ["H", "M", "L"]}},
  {"name": "City", "type": "string", "constraints": {"required": true}},
  {"name": "Country", "type": "string", "constraints": {"required": true, "pattern": "[A-Z]{2}"}},
  {"name": "Inventory year", "type": "integer", "constraints": {"required": true, "minimum": 1990, "maximum": 2100}},
  {"name": "GWP set", "type": "string", "constraints": {"enum": ["AR4", "AR5", "AR6"]}},
  {"name": "GPC level", "type": "string", "constraints": {"enum": ["basic", "basic+"]}},
  {"name": "Population", "type": "integer", "constraints": {"minimum": 0}},
  {"name": "Population year", "type": "integer", "constraints": {"minimum": 1900, "maximum": 2100}},
  {"name": "Boundary", "type": "string"}
]}"#;

/// The installed Frictionless version, or `None` when the command is absent.
fn version() -> Option<String> {
    let out = Command::new("frictionless")
        .arg("--version")
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Writes the schemas and `datapackage.json` into `root` for `csvs`
/// (paths under `root`, each with its layout), runs
/// `frictionless validate --parallel` there; returns the wall seconds and
/// whether Frictionless found every file valid.
fn validate(root: &Path, csvs: &[(&Path, &str)]) -> (f64, bool) {
    std::fs::write(root.join("citycatalyst.schema.json"), CITYCATALYST).expect("schema written");
    std::fs::write(root.join("template.schema.json"), TEMPLATE).expect("schema written");
    let resources: Vec<serde_json::Value> = csvs
        .iter()
        .enumerate()
        .map(|(i, (path, layout))| {
            let relative = path.strip_prefix(root).expect("the CSV is in the corpus");
            let schema = match *layout {
                "citycatalyst-csv" => "citycatalyst.schema.json",
                _ => "template.schema.json",
            };
            serde_json::json!({
                "name": format!("csv-{i:05}"),
                "path": relative.to_string_lossy(),
                "schema": schema,
            })
        })
        .collect();
    let package = serde_json::json!({"name": "ghgcheck-bench", "resources": resources});
    std::fs::write(
        root.join("datapackage.json"),
        serde_json::to_vec_pretty(&package).expect("the package serialises"),
    )
    .expect("package written");
    let start = Instant::now();
    let status = Command::new("frictionless")
        .args(["validate", "--parallel", "datapackage.json"])
        .current_dir(root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("frictionless runs");
    (start.elapsed().as_secs_f64(), status.success())
}

/// Frictionless on the same CSVs, when installed and not turned off;
/// prints its line and returns how many times faster ghgcheck's
/// fastest run (`fastest` seconds) was.
pub fn compare(root: &Path, written: &[Written], fastest: f64) -> Option<f64> {
    if std::env::var("GHGCHECK_BENCH_FRICTIONLESS").is_ok_and(|v| v == "0") {
        println!("  Frictionless: left out (GHGCHECK_BENCH_FRICTIONLESS=0)");
        return None;
    }
    let Some(version) = version() else {
        println!(
            "  Frictionless: skipped, the `frictionless` command is not installed (pip install frictionless==5.21.0)"
        );
        return None;
    };
    let csvs: Vec<(&Path, &str)> = written
        .iter()
        .filter(|w| w.path.parent().is_some_and(|p| p.ends_with("csvs")))
        .map(|w| (w.path.as_path(), w.layout))
        .collect();
    let (seconds, valid) = validate(root, &csvs);
    let speed = seconds / fastest;
    println!(
        "  {:<34} {:>9} files in {seconds:>6.2} s: {:>9} files/s, {}; ghgcheck {} faster",
        format!("Frictionless {version}, --parallel"),
        thousands(csvs.len() as f64),
        thousands(csvs.len() as f64 / seconds),
        if valid { "all valid" } else { "found errors" },
        ratio(speed)
    );
    Some(speed)
}
