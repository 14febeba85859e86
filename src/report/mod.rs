//! Reports: the message catalogue (`catalogue`, texts of findings by id);
//! one [`Renderer`] trait, implemented by the text (miette) and
//! JSON renderers; a [`Sink`] feeds a run's reports to any number of them;
//! one wire format of a finding ([`wire::FindingRecord`]) for every
//! machine-readable output.

pub mod catalogue;
pub mod grouping;
pub mod json;
mod renderer;
pub mod rules;
#[cfg(test)]
mod sample;
pub mod summary;
pub mod text;
pub mod wire;

pub use renderer::{Renderer, Sink};
