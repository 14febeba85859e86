//! ghgcheck: batch validation of city greenhouse-gas emission inventories.
//!
//! The pipeline runs one way: discover files, read their cells, detect the
//! layout, extract one common inventory document with a source map back to
//! the cells, check it against the published JSON Schema and the GPC
//! methodology rules, and hand the findings to a renderer. The library never
//! prints and never exits; `main.rs` owns the terminal and the exit code.

pub mod batch;
pub mod diagnostic;
pub mod discover;
pub mod fs_atomic;
pub mod inspect;
pub mod layout;
pub mod model;
pub mod normalize;
pub mod outcome;
pub mod output;
pub mod pipeline;
pub mod read;
pub mod report;
pub mod rules;
pub mod schema;
pub mod settings;
pub mod stage_timing;
pub mod template;
