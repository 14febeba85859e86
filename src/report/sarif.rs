//! `--format sarif`: a SARIF 2.1.0 log for code-scanning tools. One run;
//! `tool.driver.rules` is the whole registry in id order (id, name, title
//! as short description, what and why as full description, fix as help,
//! severity as `defaultConfiguration.level`). Each finding is a result with
//! `ruleId`, `ruleIndex`, `level` (info is `note`), the message and its help
//! as text, the file as `artifactLocation` (a relative URI, or a `file://`
//! URI for an absolute path) and, when the finding has a cell, the cell as
//! a logical location (`Emissions!G3`) and a region (`startLine` is the
//! cell's row, `startColumn` its column, both 1-based). Results are written
//! as each file completes.

use std::io::{self, Write};
use std::path::Path;

use serde_json::{Map, Value, json};

use super::catalogue::{self, DocPart};
use super::json::{batch_record, file_records};
use super::renderer::Renderer;
use super::summary::Summary;
use super::wire::FindingRecord;
use crate::diagnostic::{BatchFinding, Code, Finding, REGISTRY, Severity};
use crate::outcome::FileReport;

pub const SARIF_VERSION: &str = "2.1.0";
pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub struct SarifRenderer<W: Write> {
    out: W,
    results: usize,
}

impl<W: Write> SarifRenderer<W> {
    pub fn new(out: W) -> Self {
        SarifRenderer { out, results: 0 }
    }

    pub fn into_inner(self) -> W {
        self.out
    }

    fn result(
        &mut self,
        record: &FindingRecord,
        finding: &Finding,
        path: Option<&Path>,
    ) -> io::Result<()> {
        if self.results > 0 {
            self.out.write_all(b",")?;
        }
        serde_json::to_writer(&mut self.out, &result(record, finding, path))?;
        self.results += 1;
        Ok(())
    }
}

/// The SARIF level of a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `tool.driver`: ghgcheck and every rule of the registry.
pub fn driver() -> Value {
    let catalogue = catalogue::active();
    let rules: Vec<Value> = REGISTRY
        .iter()
        .map(|info| {
            let what = catalogue.doc(info, DocPart::What);
            let why = catalogue.doc(info, DocPart::Why);
            json!({
                "id": info.id,
                "name": info.name,
                "shortDescription": {"text": catalogue.doc(info, DocPart::Title)},
                "fullDescription": {"text": format!("{what} {why}")},
                "help": {"text": catalogue.doc(info, DocPart::Fix)},
                "defaultConfiguration": {"level": level(info.severity)},
            })
        })
        .collect();
    json!({
        "name": "ghgcheck",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    })
}

fn rule_index(code: Code) -> usize {
    REGISTRY
        .iter()
        .position(|info| info.code == code)
        .unwrap_or(0)
}

/// One finding as a SARIF result.
fn result(record: &FindingRecord, finding: &Finding, path: Option<&Path>) -> Value {
    let mut text = record.message.clone();
    if let Some(help) = &record.help {
        text.push_str("\nHelp: ");
        text.push_str(help);
    }
    let mut result = json!({
        "ruleId": record.code,
        "ruleIndex": rule_index(finding.code),
        "level": level(record.severity),
        "message": {"text": text},
    });
    if let Some(path) = path {
        let mut physical = json!({"artifactLocation": {"uri": uri(path)}});
        let mut location = Map::new();
        if let Some(cell) = &finding.cell {
            physical["region"] = json!({"startLine": cell.row + 1, "startColumn": cell.col + 1});
            location.insert(
                "logicalLocations".into(),
                json!([{"name": cell.a1(), "fullyQualifiedName": cell.to_string()}]),
            );
        }
        location.insert("physicalLocation".into(), physical);
        result["locations"] = json!([location]);
    }
    let mut properties = Map::new();
    for (key, value) in [
        ("inventory", record.inventory),
        ("field", record.field),
        ("value", record.value),
        ("pointer", record.pointer),
    ] {
        if let Some(value) = value {
            properties.insert(key.into(), value.into());
        }
    }
    if !properties.is_empty() {
        result["properties"] = Value::Object(properties);
    }
    result
}

/// A path as a URI reference: relative paths stay relative, absolute ones
/// become `file://` URIs; everything outside the unreserved set is
/// percent-encoded byte by byte.
pub fn uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::new();
    if path.is_absolute() {
        out.push_str("file://");
        if !text.starts_with('/') {
            out.push('/');
        }
    }
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            b':' if path.is_absolute() => out.push(':'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

impl<W: Write> Renderer for SarifRenderer<W> {
    fn begin(&mut self) -> io::Result<()> {
        let head = json!({
            "$schema": SARIF_SCHEMA,
            "version": SARIF_VERSION,
        });
        let head = serde_json::to_string(&head)?;
        let driver = serde_json::to_string(&json!({"driver": driver()}))?;
        write!(
            self.out,
            "{},\"runs\":[{{\"tool\":{driver},\"columnKind\":\"unicodeCodePoints\",\"language\":\"{language}\",\"results\":[",
            head.trim_end_matches('}'),
            language = catalogue::language().code(),
        )
    }

    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        for (record, finding) in file_records(report).iter().zip(&report.findings) {
            self.result(record, finding, Some(&report.path))?;
        }
        self.out.flush()
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        for finding in findings {
            self.result(&batch_record(finding), &finding.finding, None)?;
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        self.out.write_all(b"]}]}\n")?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;
    use std::path::PathBuf;

    #[test]
    fn uris_are_relative_or_file_and_percent_encoded() {
        assert_eq!(uri(Path::new("a b/c%.csv")), "a%20b/c%25.csv");
        assert_eq!(uri(Path::new("/x/é.xlsx")), "file:///x/%C3%A9.xlsx");
    }

    #[test]
    fn a_result_names_rule_level_file_cell_and_region() {
        let (report, batch, summary) = sample::run();
        let mut renderer = SarifRenderer::new(Vec::new());
        renderer.begin().unwrap();
        renderer.file(&report).unwrap();
        renderer.batch(&batch).unwrap();
        renderer.finish(&summary).unwrap();
        let log: Value = serde_json::from_slice(&renderer.into_inner()).unwrap();
        assert_eq!(log["version"], "2.1.0");
        let run = &log["runs"][0];
        assert_eq!(
            run["tool"]["driver"]["rules"].as_array().unwrap().len(),
            REGISTRY.len()
        );
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 3);
        let first = &results[0];
        assert_eq!(first["ruleId"], "X001");
        assert_eq!(first["level"], "error");
        let index = first["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(run["tool"]["driver"]["rules"][index]["id"], "X001");
        let location = &first["locations"][0];
        assert_eq!(
            location["physicalLocation"]["artifactLocation"]["uri"],
            uri(&PathBuf::from("submissions/testville.xlsx"))
        );
        assert_eq!(
            location["physicalLocation"]["region"],
            json!({"startLine": 3, "startColumn": 7})
        );
        assert_eq!(
            location["logicalLocations"][0]["fullyQualifiedName"],
            "Emissions!G3"
        );
        // The batch finding belongs to no file.
        assert!(results[2].get("locations").is_none());
        assert_eq!(results[2]["level"], "warning");
        // The whole log, but for the registry's rules after the first two
        // (each rule is its registry entry, tested above by count and id).
        let mut shown = log.clone();
        shown["runs"][0]["tool"]["driver"]["rules"]
            .as_array_mut()
            .unwrap()
            .truncate(2);
        insta::assert_json_snapshot!(shown);
    }
}
