//! The `--format json` report: one JSON document, written file by file as
//! reports arrive so a large batch is streamed, never held whole. Its keys
//! are a contract scripts rely on (see README, "JSON output").

use std::io::{self, Write};

use serde_json::{Value, json};

use super::summary::Summary;
use crate::diagnostic::Finding;
use crate::outcome::FileReport;

/// Version of the JSON report format.
pub const REPORT_VERSION: u32 = 1;

/// Streams `{"version":1,"files":[...],"summary":{...}}`.
pub struct JsonReport<W: Write> {
    out: W,
    files_written: usize,
}

impl<W: Write> JsonReport<W> {
    pub fn begin(mut out: W) -> io::Result<Self> {
        write!(out, "{{\"version\":{REPORT_VERSION},\"files\":[")?;
        Ok(JsonReport {
            out,
            files_written: 0,
        })
    }

    pub fn file(&mut self, report: &FileReport) -> io::Result<()> {
        if self.files_written > 0 {
            self.out.write_all(b",")?;
        }
        serde_json::to_writer(&mut self.out, &file_json(report))?;
        self.files_written += 1;
        Ok(())
    }

    /// The underlying writer, e.g. to drain a `Vec<u8>` between files.
    pub fn buffer(&mut self) -> &mut W {
        &mut self.out
    }

    pub fn finish(mut self, summary: &Summary) -> io::Result<W> {
        write!(self.out, "],\"summary\":")?;
        serde_json::to_writer(&mut self.out, summary)?;
        self.out.write_all(b"}\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// One file of the report.
pub fn file_json(report: &FileReport) -> Value {
    let path = report.path.display().to_string();
    json!({
        "path": path,
        "format": report.format,
        "layout": report.layout,
        "status": report.status,
        "inventories": report.inventories,
        "findings": report.findings.iter().map(|f| {
            let mut json = finding_json(&path, f);
            let inventory = f.inventory.and_then(|i| report.inventories.get(i));
            json["inventory"] = json!(inventory.map(|inv| &inv.id));
            json
        }).collect::<Vec<_>>(),
    })
}

/// One finding; `row` and `column` are 1-based as a spreadsheet shows them.
pub fn finding_json(file: &str, finding: &Finding) -> Value {
    let cell = finding.cell.as_ref();
    json!({
        "code": finding.code.id(),
        "name": finding.code.info().name,
        "severity": finding.severity,
        "message": finding.message,
        "file": file,
        "sheet": cell.and_then(|c| c.sheet.clone()),
        "cell": cell.map(|c| c.a1()),
        "row": cell.map(|c| c.row + 1),
        "column": cell.map(|c| c.col + 1),
        "field": finding.field,
        "pointer": finding.pointer,
        "value": finding.value,
        "help": finding.help,
    })
}
