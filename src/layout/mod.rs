//! Layout detection and one extractor per known layout.

pub mod template;
