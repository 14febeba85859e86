//! Findings and the renderers that turn them into text and JSON.

pub mod json;
pub mod summary;
pub mod text;
