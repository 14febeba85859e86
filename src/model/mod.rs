//! The data model shared by every stage after extraction: the typed
//! [`Inventory`] and its shared vocabularies, the GPC reference table, the
//! typed keys of its fields ([`Field`]) and the source map that finds
//! their cells, the totals recomputed from the records and the totals the
//! submission states.
//!
//! Extractors build the inventory's JSON form ([`document`]) with its source
//! map; after the schema check, the pipeline reads it into the typed model
//! ([`Inventory::from_json`]) and every later stage reads the model. This
//! module imports none of the stages (normalize, layout, rules, schema).

pub mod convert;
pub mod document;
pub mod field;
pub mod gpc;
mod inventory;
mod lenient;
mod record;
pub mod reported;
pub mod source_map;
mod statements;
pub mod totals;
pub mod vocab;

pub use convert::Converted;
pub use field::{CityField, FactField, Field, GasPart, RecordField, ReportedField, TargetField};
pub use inventory::{
    City, Compiler, Facts, Identifiers, Inventory, Period, Population, Verification,
};
pub use record::{Activity, EmissionFactor, EmissionRecord, FactorValues, GasAmount, Gases};
pub use reported::ReportedTotals;
pub use statements::{ReportedTotal, Target};
pub use vocab::{
    DataQuality, Date, Framework, Gas, GpcRef, GwpSet, NotationKey, Protocol, ReportingLevel,
    Scope, StatedRef, TargetKind,
};
