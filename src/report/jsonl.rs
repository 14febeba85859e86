//! `--format jsonl`: JSON Lines, one finding per line as its wire record
//! ([`super::wire::FindingRecord`], the keys of the JSON report's findings,
//! with `file` null for a finding about the batch as a whole), then one
//! last line `{"summary":{...},"tool_version":"...","version":1}`. Lines
//! are written as each file completes.

use std::io::{self, Write};

use serde_json::json;

use super::json::{REPORT_VERSION, batch_record, file_records};
use super::renderer::Renderer;
use super::summary::Summary;
use super::wire::FindingRecord;
use crate::diagnostic::BatchFinding;
use crate::outcome::FileReport;

pub struct JsonlRenderer<W: Write> {
    out: W,
}

impl<W: Write> JsonlRenderer<W> {
    pub fn new(out: W) -> Self {
        JsonlRenderer { out }
    }

    pub fn into_inner(self) -> W {
        self.out
    }

    fn line(&mut self, record: &FindingRecord) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, record)?;
        self.out.write_all(b"\n")
    }
}

impl<W: Write> Renderer for JsonlRenderer<W> {
    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        for record in file_records(report) {
            self.line(&record)?;
        }
        self.out.flush()
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        for finding in findings {
            self.line(&batch_record(finding))?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        let last = json!({
            "summary": summary,
            "tool_version": env!("CARGO_PKG_VERSION"),
            "version": REPORT_VERSION,
        });
        serde_json::to_writer(&mut self.out, &last)?;
        self.out.write_all(b"\n")?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;
    use serde_json::Value;

    #[test]
    fn one_line_per_finding_then_the_summary() {
        let (report, batch, summary) = sample::run();
        let mut renderer = JsonlRenderer::new(Vec::new());
        renderer.begin().unwrap();
        renderer.file(&report).unwrap();
        renderer.batch(&batch).unwrap();
        renderer.finish(&summary).unwrap();
        let text = String::from_utf8(renderer.into_inner()).unwrap();
        let lines: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), report.findings.len() + batch.len() + 1);
        let first = serde_json::to_value(&file_records(&report)[0]).unwrap();
        assert_eq!(lines[0], first);
        let last = lines.last().unwrap();
        assert_eq!(last["summary"], serde_json::to_value(summary).unwrap());
        assert_eq!(last["tool_version"], env!("CARGO_PKG_VERSION"));
        insta::assert_snapshot!(text);
    }
}
