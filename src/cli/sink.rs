//! Where `validate` sends reports: stdout in the chosen format, and with
//! `--out DIR` the datasets and the JSON report, all written to a staging
//! folder and swapped in when the batch is complete.

use std::path::PathBuf;

use ghgcheck::outcome::FileReport;
use ghgcheck::output::{DatasetOptions, Datasets};
use ghgcheck::report::json::JsonReport;
use ghgcheck::report::summary::Summary;
use ghgcheck::report::text::TextRenderer;

use super::output;

pub struct Sink {
    summary: Summary,
    text: Option<TextRenderer>,
    stdout_json: Option<JsonReport<Vec<u8>>>,
    stdout_open: bool,
    out: Option<OutDir>,
}

/// The `--out` folder's contents, collected until the batch ends.
struct OutDir {
    dir: PathBuf,
    report: JsonReport<Vec<u8>>,
    datasets: Datasets,
}

impl Sink {
    pub fn new(
        json: bool,
        colour: bool,
        out: Option<(PathBuf, DatasetOptions)>,
    ) -> Result<Self, String> {
        let (text, stdout_json) = match json {
            false => (Some(TextRenderer::new(colour)), None),
            true => (
                None,
                Some(JsonReport::begin(Vec::new()).map_err(|e| e.to_string())?),
            ),
        };
        let out = match out {
            Some((dir, options)) => Some(OutDir {
                dir,
                report: JsonReport::begin(Vec::new()).map_err(|e| e.to_string())?,
                datasets: Datasets::new(options),
            }),
            None => None,
        };
        Ok(Sink {
            summary: Summary::default(),
            text,
            stdout_json,
            stdout_open: true,
            out,
        })
    }

    pub fn file(&mut self, report: &FileReport) {
        self.summary.add(report);
        if let Some(renderer) = &self.text {
            self.print(&renderer.file(report));
        }
        if let Some(json) = &mut self.stdout_json {
            // The buffer holds one file at a time: it is printed and cleared.
            let _ = json.file(report);
            let chunk = std::mem::take(json.buffer());
            self.print(&String::from_utf8_lossy(&chunk));
        }
        if let Some(out) = &mut self.out {
            let _ = out.report.file(report);
            out.datasets.add(report);
        }
    }

    pub fn finish(mut self) -> Result<(), String> {
        if let Some(renderer) = &self.text {
            let line = renderer.summary(&self.summary);
            self.print(&line);
        }
        if let Some(json) = self.stdout_json.take() {
            let rest = json.finish(&self.summary).map_err(|e| e.to_string())?;
            self.print(&String::from_utf8_lossy(&rest));
        }
        if let Some(out) = self.out.take() {
            let report = out
                .report
                .finish(&self.summary)
                .map_err(|e| e.to_string())?;
            out.datasets
                .write(&out.dir, &[("report.json", report)])
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    fn print(&mut self, text: &str) {
        if self.stdout_open {
            self.stdout_open = output::stdout(text);
        }
    }
}
