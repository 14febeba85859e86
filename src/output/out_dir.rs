//! `validate --out DIR` as a renderer: collects the datasets and the JSON
//! and HTML reports while the batch runs, and writes them all into DIR (staged, then
//! swapped in) when it finishes.

use std::io;
use std::path::PathBuf;

use super::{DatasetOptions, Datasets};
use crate::diagnostic::BatchFinding;
use crate::outcome::FileReport;
use crate::report::Renderer;
use crate::report::html::HtmlRenderer;
use crate::report::json::JsonRenderer;
use crate::report::summary::Summary;

pub struct OutDir {
    dir: PathBuf,
    report: JsonRenderer<Vec<u8>>,
    html: HtmlRenderer<Vec<u8>>,
    datasets: Datasets,
}

impl OutDir {
    pub fn new(dir: PathBuf, options: DatasetOptions) -> Self {
        OutDir {
            dir,
            report: JsonRenderer::new(Vec::new()),
            html: HtmlRenderer::new(Vec::new()),
            datasets: Datasets::new(options),
        }
    }
}

impl Renderer for OutDir {
    fn begin(&mut self) -> io::Result<()> {
        self.html.begin()?;
        self.report.begin()
    }

    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        self.datasets.add(report);
        self.html.file(report)?;
        self.report.file(report)
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        self.datasets.add_batch(findings);
        self.html.batch(findings)?;
        self.report.batch(findings)
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        self.report.finish(summary)?;
        self.html.finish(summary)?;
        let report = std::mem::replace(&mut self.report, JsonRenderer::new(Vec::new()));
        let html = std::mem::replace(&mut self.html, HtmlRenderer::new(Vec::new()));
        let datasets = std::mem::take(&mut self.datasets);
        let reports = [
            ("report.json", report.into_inner()),
            ("report.html", html.into_inner()),
        ];
        datasets
            .write(&self.dir, &reports)
            .map(|_| ())
            .map_err(io::Error::other)
    }
}
