//! The renderers of `validate`: stdout in the chosen format, and with
//! `--out DIR` the datasets and the JSON report, written when the batch is
//! complete.

use std::path::PathBuf;

use ghgcheck::output::{DatasetOptions, OutDir};
use ghgcheck::report::Sink;
use ghgcheck::report::json::JsonRenderer;
use ghgcheck::report::text::TextRenderer;

/// The report written on stdout.
pub enum Stdout {
    Json,
    /// For people: in colour or not, with at most `max_per_rule` findings
    /// of one code and message shown in full per file (0: all).
    Text {
        colour: bool,
        max_per_rule: usize,
    },
}

/// A sink with the stdout renderer and, when asked, the `--out` folder.
pub fn sink(stdout_format: Stdout, out: Option<(PathBuf, DatasetOptions)>) -> Sink {
    let mut sink = Sink::new();
    let stdout = std::io::stdout();
    match stdout_format {
        Stdout::Json => sink.add(Box::new(JsonRenderer::new(stdout))),
        Stdout::Text {
            colour,
            max_per_rule,
        } => sink.add(Box::new(
            TextRenderer::new(stdout, colour).with_max_per_rule(max_per_rule),
        )),
    }
    if let Some((dir, options)) = out {
        sink.add(Box::new(OutDir::new(dir, options)));
    }
    sink
}
