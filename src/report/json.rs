//! The `--format json` report: one JSON document, written file by file as
//! reports arrive so a large batch is streamed, never held whole. Its keys
//! are a contract scripts rely on (see README, "JSON output"):
//! `{"version":1,"tool_version":"0.1.0","files":[...],"findings":[...],
//! "summary":{...}}`, where the top-level `findings` are those about the
//! batch as a whole. `schemas/report.schema.json` is its JSON Schema
//! (`ghgcheck schema --report`).

use std::io::{self, Write};

use serde_json::{Value, json};

use super::renderer::Renderer;
use super::summary::Summary;
use super::wire::FindingRecord;
use crate::diagnostic::BatchFinding;
use crate::outcome::FileReport;

/// Version of the JSON report format.
pub const REPORT_VERSION: u32 = 1;

/// Streams the JSON report into `out`.
pub struct JsonRenderer<W: Write> {
    out: W,
    files_written: usize,
    batch_written: bool,
}

impl<W: Write> JsonRenderer<W> {
    pub fn new(out: W) -> Self {
        JsonRenderer {
            out,
            files_written: 0,
            batch_written: false,
        }
    }

    /// The writer, once the report is finished.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> Renderer for JsonRenderer<W> {
    fn begin(&mut self) -> io::Result<()> {
        write!(
            self.out,
            "{{\"version\":{REPORT_VERSION},\"tool_version\":\"{}\",\"files\":[",
            env!("CARGO_PKG_VERSION")
        )
    }

    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        if self.files_written > 0 {
            self.out.write_all(b",")?;
        }
        serde_json::to_writer(&mut self.out, &file_json(report))?;
        self.files_written += 1;
        self.out.flush()
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        let records: Vec<FindingRecord> = findings.iter().map(batch_record).collect();
        self.out.write_all(b"],\"findings\":")?;
        serde_json::to_writer(&mut self.out, &records)?;
        self.batch_written = true;
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        if !self.batch_written {
            self.batch(&[])?;
        }
        self.out.write_all(b",\"summary\":")?;
        serde_json::to_writer(&mut self.out, summary)?;
        self.out.write_all(b"}\n")?;
        self.out.flush()
    }
}

/// A batch finding on the wire: it belongs to no single file.
pub fn batch_record(finding: &BatchFinding) -> FindingRecord<'_> {
    FindingRecord::new(None, &finding.finding, finding.inventory.as_deref())
}

/// The findings of one file on the wire, each with its inventory's id.
pub fn file_records(report: &FileReport) -> Vec<FindingRecord<'_>> {
    let path = report.path.to_string_lossy();
    report
        .findings
        .iter()
        .map(|f| {
            let inventory = f.inventory.and_then(|i| report.inventories.get(i));
            FindingRecord::new(Some(path.clone()), f, inventory.map(|inv| inv.id.as_str()))
        })
        .collect()
}

/// One file of the report.
fn file_json(report: &FileReport) -> Value {
    json!({
        "path": report.path.display().to_string(),
        "format": report.format,
        "layout": report.layout,
        "status": report.status,
        "inventories": report.inventories,
        "findings": file_records(report),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn renders_files_batch_findings_and_the_summary_as_one_document() {
        let (report, batch, summary) = sample::run();
        let mut renderer = JsonRenderer::new(Vec::new());
        renderer.begin().unwrap();
        renderer.file(&report).unwrap();
        renderer.batch(&batch).unwrap();
        renderer.finish(&summary).unwrap();
        let text = String::from_utf8(renderer.into_inner()).unwrap();
        let mut document: Value = serde_json::from_str(&text).unwrap();
        let version = document.as_object_mut().unwrap().remove("tool_version");
        assert_eq!(version, Some(json!(env!("CARGO_PKG_VERSION"))));
        insta::assert_json_snapshot!(document);
    }

    #[test]
    fn a_run_without_batch_findings_still_has_the_key() {
        let mut renderer = JsonRenderer::new(Vec::new());
        renderer.begin().unwrap();
        renderer.finish(&Summary::default()).unwrap();
        let document: Value = serde_json::from_slice(&renderer.into_inner()).unwrap();
        assert_eq!(document["files"], json!([]));
        assert_eq!(document["findings"], json!([]));
        assert_eq!(document["summary"]["files"], 0);
    }
}
