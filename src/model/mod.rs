//! The data model shared by every stage: positions, the GPC reference table
//! and the inventory document.

pub mod gpc;
pub mod location;
