//! The shared vocabularies of the inventory: GPC cells, scopes, gases,
//! notation keys, GWP sets, dates and the schema's other closed lists.
//! Every stage names these through the model instead of keeping its own
//! copy of a list.

mod choices;
mod date;
mod gas;
mod gpc_ref;
mod gwp_set;
mod scope;

pub use choices::{DataQuality, Framework, NotationKey, Protocol, ReportingLevel, TargetKind};
pub use date::Date;
pub use gas::Gas;
pub use gpc_ref::{GpcRef, StatedRef};
pub use gwp_set::GwpSet;
pub use scope::Scope;
