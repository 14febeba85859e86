//! The data model shared by every stage: positions, the GPC reference table,
//! the inventory document and its source map.

pub mod document;
pub mod gpc;
pub mod source_map;
pub mod totals;
