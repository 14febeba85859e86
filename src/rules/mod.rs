//! Methodology rules and the registry of every finding code.

pub mod registry;
