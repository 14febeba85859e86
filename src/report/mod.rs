//! Reports: the message catalogue (`catalogue`, texts of findings by id);
//! one [`Renderer`] trait, implemented by the text (miette), JSON,
//! JSON Lines, SARIF, GitHub annotations, JUnit XML and HTML renderers (and
//! `output::CsvRenderer`); [`to_file::ToFile`] writes any of them to a
//! file; a [`Sink`] feeds a run's reports to any number of them;
//! one wire format of a finding ([`wire::FindingRecord`]) for every
//! machine-readable output.

pub mod catalogue;
pub mod chrome;
pub mod closing;
pub mod github;
pub mod grouping;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod junit;
mod markup;
pub mod narrated;
mod renderer;
pub mod rules;
#[cfg(test)]
pub(crate) mod sample;
pub mod sarif;
pub mod snippet;
pub mod summary;
pub mod text;
pub mod to_file;
pub mod totals_table;
pub mod wire;

pub use renderer::{Renderer, Sink};
