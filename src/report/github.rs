//! `--format github`: GitHub Actions workflow commands, one annotation per
//! finding (`::error file=...,line=...,col=...,title=G001::message`; info
//! is `notice`). The message starts with the cell (`Emissions!G3: ...`) and
//! ends with the help. `line` and `col` are given only for a cell of a file
//! read as text (CSV), where the row is a line of the file; a workbook's
//! cell is named in the message instead. Data is escaped as GitHub
//! requires (`%`, CR, LF), property values also `:` and `,`. A finding
//! about the batch as a whole has no `file`. Last, one `::notice` with the
//! summary.

use std::io::{self, Write};

use super::json::{batch_record, file_records};
use super::renderer::Renderer;
use super::summary::Summary;
use super::wire::FindingRecord;
use crate::diagnostic::{BatchFinding, Severity};
use crate::outcome::FileReport;

pub struct GithubRenderer<W: Write> {
    out: W,
}

impl<W: Write> GithubRenderer<W> {
    pub fn new(out: W) -> Self {
        GithubRenderer { out }
    }

    pub fn into_inner(self) -> W {
        self.out
    }
}

/// Escapes the message of a workflow command.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// One finding as an annotation line.
pub fn annotation(record: &FindingRecord) -> String {
    let mut properties = Vec::new();
    if let Some(file) = &record.file {
        properties.push(format!("file={}", escape_property(file)));
        if record.sheet.is_none()
            && let (Some(row), Some(column)) = (record.row, record.column)
        {
            properties.push(format!("line={row}"));
            properties.push(format!("col={column}"));
        }
    }
    properties.push(format!("title={}", escape_property(record.code)));
    let mut message = String::new();
    if let Some(cell) = &record.cell {
        match record.sheet {
            Some(sheet) => message.push_str(&format!("{sheet}!{cell}: ")),
            None => message.push_str(&format!("{cell}: ")),
        }
    }
    message.push_str(&record.message);
    if let Some(help) = &record.help {
        message.push_str("\nHelp: ");
        message.push_str(help);
    }
    format!(
        "::{} {}::{}\n",
        command(record.severity),
        properties.join(","),
        escape_data(&message)
    )
}

impl<W: Write> Renderer for GithubRenderer<W> {
    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        for record in file_records(report) {
            self.out.write_all(annotation(&record).as_bytes())?;
        }
        self.out.flush()
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        for finding in findings {
            self.out
                .write_all(annotation(&batch_record(finding)).as_bytes())?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        let line = super::text::render_summary(summary);
        let line = line.trim_end();
        writeln!(self.out, "::notice title=ghgcheck::{}", escape_data(line))?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("100%\r\na:b,c"), "100%25%0D%0Aa:b,c");
        assert_eq!(escape_property("100%\r\na:b,c"), "100%25%0D%0Aa%3Ab%2Cc");
    }

    #[test]
    fn renders_annotations_and_the_summary() {
        let (report, batch, summary) = sample::run();
        let mut renderer = GithubRenderer::new(Vec::new());
        renderer.file(&report).unwrap();
        renderer.batch(&batch).unwrap();
        renderer.finish(&summary).unwrap();
        let text = String::from_utf8(renderer.into_inner()).unwrap();
        insta::assert_snapshot!(text);
    }
}
