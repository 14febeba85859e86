//! Findings and the renderers that turn them into text, JSON and more.

pub mod finding;
