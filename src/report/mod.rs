//! Findings and the renderers that turn them into text and JSON.

pub mod finding;
pub mod json;
pub mod summary;
pub mod text;
