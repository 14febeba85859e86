//! The renderers of `validate`: the report in the chosen format on stdout
//! or, with `--output FILE`, in that file (written atomically when the run
//! ends), and with `--out DIR` the datasets and the JSON and HTML reports, written
//! when the batch is complete.

use std::io::Write;
use std::path::PathBuf;

use ghgcheck::output::{CsvRenderer, DatasetOptions, OutDir};
use ghgcheck::report::github::GithubRenderer;
use ghgcheck::report::html::HtmlRenderer;
use ghgcheck::report::json::JsonRenderer;
use ghgcheck::report::jsonl::JsonlRenderer;
use ghgcheck::report::junit::JunitRenderer;
use ghgcheck::report::sarif::SarifRenderer;
use ghgcheck::report::text::{Detail, Style, TextRenderer};
use ghgcheck::report::to_file::ToFile;
use ghgcheck::report::{Renderer, Sink};

/// The report of a run.
#[derive(Clone, Copy)]
pub enum Stdout {
    Json,
    Jsonl,
    Sarif,
    Github,
    Junit,
    Csv,
    Html,
    /// For people: in colour or not, with at most `max_per_rule` findings
    /// of one code and message shown in full per file (0: all).
    Text {
        colour: bool,
        max_per_rule: usize,
        detail: Detail,
        /// Box drawing replaced by ASCII.
        ascii: bool,
        /// Sentences for screen readers (`--format narrated`).
        narrated: bool,
    },
}

impl Stdout {
    fn renderer<W: Write + 'static>(self, out: W) -> Box<dyn Renderer> {
        match self {
            Stdout::Json => Box::new(JsonRenderer::new(out)),
            Stdout::Jsonl => Box::new(JsonlRenderer::new(out)),
            Stdout::Sarif => Box::new(SarifRenderer::new(out)),
            Stdout::Github => Box::new(GithubRenderer::new(out)),
            Stdout::Junit => Box::new(JunitRenderer::new(out)),
            Stdout::Csv => Box::new(CsvRenderer::new(out)),
            Stdout::Html => Box::new(HtmlRenderer::new(out)),
            Stdout::Text {
                colour,
                max_per_rule,
                detail,
                ascii,
                narrated,
            } => Box::new(
                TextRenderer::new(out, colour)
                    .with_max_per_rule(max_per_rule)
                    .with_detail(detail)
                    .with_ascii(ascii)
                    .with_style(if narrated {
                        Style::Narrated
                    } else {
                        Style::Graphical
                    }),
            ),
        }
    }
}

/// A sink with the report renderer (on stdout, or into `output`) and, when
/// asked, the `--out` folder.
pub fn sink(
    format: Stdout,
    output: Option<PathBuf>,
    out: Option<(PathBuf, DatasetOptions)>,
) -> Sink {
    let mut sink = Sink::new();
    match output {
        Some(path) => sink.add(Box::new(ToFile::new(path, |buffer| {
            format.renderer(buffer)
        }))),
        None => sink.add(format.renderer(std::io::stdout())),
    }
    if let Some((dir, options)) = out {
        sink.add(Box::new(OutDir::new(dir, options)));
    }
    sink
}
