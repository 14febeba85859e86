//! `--format csv`: the findings as `findings.csv` of `--out DIR` has them
//! (same columns, same neutralising of formula-like text, CRLF lines, no
//! byte-order mark), streamed file by file; the batch's own findings last.
//! It lives beside the dataset writers it reuses (`report` never imports
//! `output`).

use std::io::{self, Write};

use super::findings::FindingsCsv;
use crate::diagnostic::BatchFinding;
use crate::outcome::FileReport;
use crate::report::Renderer;
use crate::report::summary::Summary;

pub struct CsvRenderer<W: Write> {
    out: W,
}

impl<W: Write> CsvRenderer<W> {
    pub fn new(out: W) -> Self {
        CsvRenderer { out }
    }

    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> Renderer for CsvRenderer<W> {
    fn begin(&mut self) -> io::Result<()> {
        self.out.write_all(&FindingsCsv::header()?)
    }

    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        self.out.write_all(&FindingsCsv::file(report)?)?;
        self.out.flush()
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        self.out.write_all(&FindingsCsv::batch(findings)?)
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn the_header_then_one_line_per_finding() {
        let (report, batch, summary) = sample::run();
        let mut renderer = CsvRenderer::new(Vec::new());
        renderer.begin().unwrap();
        renderer.file(&report).unwrap();
        renderer.batch(&batch).unwrap();
        renderer.finish(&summary).unwrap();
        let text = String::from_utf8(renderer.into_inner()).unwrap();
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines.len(), 5, "{text}");
        assert!(lines[0].starts_with("code,name,severity,message,file,sheet,cell,row,column,"));
        assert!(
            lines[1].starts_with("X001,text-in-number-cell,error,"),
            "{}",
            lines[1]
        );
        assert!(lines[1].contains(",submissions/testville.xlsx,Emissions,G3,3,7,"));
        assert!(lines[3].starts_with("B002,"), "{}", lines[3]);
        assert_eq!(lines[4], "");
        insta::assert_snapshot!(text);
    }
}
