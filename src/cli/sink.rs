//! The renderers of `validate`: stdout in the chosen format, and with
//! `--out DIR` the datasets and the JSON report, written when the batch is
//! complete.

use std::path::PathBuf;

use ghgcheck::output::{DatasetOptions, OutDir};
use ghgcheck::report::Sink;
use ghgcheck::report::json::JsonRenderer;
use ghgcheck::report::text::TextRenderer;

/// A sink with the stdout renderer (`json` or text) and, when asked, the
/// `--out` folder.
pub fn sink(json: bool, colour: bool, out: Option<(PathBuf, DatasetOptions)>) -> Sink {
    let mut sink = Sink::new();
    let stdout = std::io::stdout();
    if json {
        sink.add(Box::new(JsonRenderer::new(stdout)));
    } else {
        sink.add(Box::new(TextRenderer::new(stdout, colour)));
    }
    if let Some((dir, options)) = out {
        sink.add(Box::new(OutDir::new(dir, options)));
    }
    sink
}
