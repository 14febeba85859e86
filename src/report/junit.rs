//! `--format junit`: JUnit XML for CI test reports. One `<testsuite>` per
//! file (in input order, named by its path), and in it, per inventory, one
//! `<testcase>` per code that has findings for that inventory (named
//! `<inventory id> <code> <name>`): it fails when one of them is an error,
//! and the `<failure>` carries every finding of that code (one line each:
//! cell, message, help); warnings and info are passing testcases with the
//! findings as `<system-out>`. Each methodology rule the settings ran on
//! the inventory and that found nothing is a passing testcase of the same
//! name, so a suite counts the rules checked; an inventory no rule ran on
//! and without findings is one passing testcase named by its id. Findings
//! about the file as a whole (an unreadable file, a missing sheet) are
//! testcases named `file <code> <name>`. Findings about the batch as a
//! whole form a last testsuite named `batch`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::json::{batch_record, file_records};
use super::renderer::Renderer;
use super::summary::Summary;
use super::wire::FindingRecord;
use crate::diagnostic::{BatchFinding, Severity};
use crate::outcome::FileReport;

pub struct JunitRenderer<W: Write> {
    out: W,
}

impl<W: Write> JunitRenderer<W> {
    pub fn new(out: W) -> Self {
        JunitRenderer { out }
    }

    pub fn into_inner(self) -> W {
        self.out
    }
}

pub use super::markup::escape;

/// One testcase: findings of one code for one inventory (or the file).
struct Case<'a> {
    name: String,
    findings: Vec<&'a FindingRecord<'a>>,
}

fn line(record: &FindingRecord) -> String {
    let mut text = String::new();
    if let Some(cell) = &record.cell {
        match record.sheet {
            Some(sheet) => text.push_str(&format!("{sheet}!{cell}: ")),
            None => text.push_str(&format!("{cell}: ")),
        }
    }
    text.push_str(&format!("{} {}", record.severity.as_str(), record.message));
    if let Some(help) = &record.help {
        text.push_str(&format!(" (help: {help})"));
    }
    text
}

/// A testsuite of `cases`, named `name`, as XML.
fn suite(name: &str, classname: &str, cases: &[Case]) -> String {
    let failures = cases.iter().filter(|c| fails(c)).count();
    let mut xml = format!(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">\n",
        escape(name),
        cases.len()
    );
    for case in cases {
        let _ = write!(
            xml,
            "    <testcase classname=\"{}\" name=\"{}\"",
            escape(classname),
            escape(&case.name)
        );
        if case.findings.is_empty() {
            xml.push_str("/>\n");
            continue;
        }
        xml.push_str(">\n");
        let body: Vec<String> = case.findings.iter().map(|r| escape(&line(r))).collect();
        if fails(case) {
            let errors = case
                .findings
                .iter()
                .filter(|r| r.severity == Severity::Error)
                .count();
            let first = case.findings[0];
            let _ = writeln!(
                xml,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                escape(first.code),
                escape(&format!(
                    "{errors} error{}: {}",
                    if errors == 1 { "" } else { "s" },
                    first.message
                )),
                body.join("\n")
            );
        } else {
            let _ = writeln!(xml, "      <system-out>{}</system-out>", body.join("\n"));
        }
        xml.push_str("    </testcase>\n");
    }
    xml.push_str("  </testsuite>\n");
    xml
}

fn fails(case: &Case) -> bool {
    case.findings.iter().any(|r| r.severity == Severity::Error)
}

/// Testcases per code, in code order, each named `prefix code name`.
fn by_code<'a>(prefix: &str, records: &[&'a FindingRecord<'a>]) -> Vec<Case<'a>> {
    let mut codes: BTreeMap<&str, Vec<&FindingRecord>> = BTreeMap::new();
    for record in records {
        codes.entry(record.code).or_default().push(record);
    }
    codes
        .into_values()
        .map(|findings| Case {
            name: format!("{prefix} {} {}", findings[0].code, findings[0].name),
            findings,
        })
        .collect()
}

impl<W: Write> Renderer for JunitRenderer<W> {
    fn begin(&mut self) -> io::Result<()> {
        self.out.write_all(
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ghgcheck\">\n",
        )
    }

    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        let records = file_records(report);
        let path = report.path.display().to_string();
        let mut cases = Vec::new();
        let of_file: Vec<&FindingRecord> =
            records.iter().filter(|r| r.inventory.is_none()).collect();
        cases.extend(by_code("file", &of_file));
        for inventory in &report.inventories {
            let mine: Vec<&FindingRecord> = records
                .iter()
                .filter(|r| r.inventory == Some(inventory.id.as_str()))
                .collect();
            let mut own = by_code(&inventory.id, &mine);
            // The rules that ran and found nothing pass.
            let passed = inventory
                .rules_checked
                .iter()
                .filter(|code| !mine.iter().any(|r| r.code == code.id()))
                .map(|code| Case {
                    name: format!("{} {} {}", inventory.id, code.id(), code.info().name),
                    findings: vec![],
                });
            own.extend(passed);
            own.sort_by(|a, b| a.name.cmp(&b.name));
            if own.is_empty() {
                // Every inventory has a testcase, even one no rule ran on.
                own.push(Case {
                    name: inventory.id.clone(),
                    findings: vec![],
                });
            }
            cases.extend(own);
        }
        self.out.write_all(suite(&path, &path, &cases).as_bytes())?;
        self.out.flush()
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        if findings.is_empty() {
            return Ok(());
        }
        let records: Vec<FindingRecord> = findings.iter().map(batch_record).collect();
        let refs: Vec<&FindingRecord> = records.iter().collect();
        let cases = by_code("batch", &refs);
        self.out
            .write_all(suite("batch", "batch", &cases).as_bytes())
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        self.out.write_all(b"</testsuites>\n")?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn escapes_markup_and_characters_xml_cannot_hold() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>\u{1}"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;\u{FFFD}"
        );
    }

    #[test]
    fn renders_a_suite_per_file_and_one_for_the_batch() {
        let (report, batch, summary) = sample::run();
        let mut renderer = JunitRenderer::new(Vec::new());
        renderer.begin().unwrap();
        renderer.file(&report).unwrap();
        renderer.batch(&batch).unwrap();
        renderer.finish(&summary).unwrap();
        let text = String::from_utf8(renderer.into_inner()).unwrap();
        insta::assert_snapshot!(text);
    }
}
