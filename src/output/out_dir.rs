//! `validate --out DIR` as a renderer: writes the JSON report and the
//! inventory documents into the staging folder while the batch runs,
//! collects the dataset rows and the HTML report, and places them all in
//! DIR (staged, then swapped in) when it finishes.

use std::fs::File;
use std::io::{self, BufWriter};
use std::path::PathBuf;

use super::{DatasetOptions, Datasets};
use crate::diagnostic::BatchFinding;
use crate::outcome::FileReport;
use crate::report::Renderer;
use crate::report::html::HtmlRenderer;
use crate::report::json::JsonRenderer;
use crate::report::summary::Summary;

pub struct OutDir {
    /// Streamed into the staging folder, made at `begin`.
    report: Option<JsonRenderer<BufWriter<File>>>,
    html: HtmlRenderer<Vec<u8>>,
    datasets: Datasets,
}

impl OutDir {
    pub fn new(dir: PathBuf, options: DatasetOptions) -> Self {
        OutDir {
            report: None,
            html: HtmlRenderer::new(Vec::new()),
            datasets: Datasets::new(&dir, options),
        }
    }

    fn report(&mut self) -> io::Result<&mut JsonRenderer<BufWriter<File>>> {
        self.report
            .as_mut()
            .ok_or_else(|| io::Error::other("the JSON report was not begun"))
    }
}

impl Renderer for OutDir {
    fn begin(&mut self) -> io::Result<()> {
        self.html.begin()?;
        let file = self.datasets.create("report.json")?;
        self.report
            .insert(JsonRenderer::new(BufWriter::new(file)))
            .begin()
    }

    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        self.datasets.add(report);
        self.html.file(report)?;
        self.report()?.file(report)
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        self.datasets.add_batch(findings);
        self.html.batch(findings)?;
        self.report()?.batch(findings)
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        self.report()?.finish(summary)?;
        if let Some(report) = self.report.take() {
            report
                .into_inner()
                .into_inner()
                .map_err(|e| e.into_error())?;
        }
        self.html.finish(summary)?;
        let html = std::mem::replace(&mut self.html, HtmlRenderer::new(Vec::new()));
        self.datasets
            .write(&[("report.html", html.into_inner())])
            .map(|_| ())
            .map_err(io::Error::other)
    }
}
