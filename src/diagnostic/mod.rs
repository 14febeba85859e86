//! The bottom of the crate: what a finding is (code, severity, message,
//! location) and the registry of every code. Every stage produces findings
//! and every renderer reads them, so this module imports nothing else of the
//! crate (a test in `tests/module_graph.rs` checks that the imports of
//! `src/` run one way).

mod code;
mod finding;
mod location;
mod message;
mod row_context;

pub use code::{Code, CodeInfo, REGISTRY, Severity, lookup};
pub use finding::{BatchFinding, Counts, Finding, sort_findings};
pub use location::{CellRef, column_letters, line_of};
pub use message::{Arg, Args};
pub use row_context::{CELL_CHARS, ContextCell, RowContext, cut};
