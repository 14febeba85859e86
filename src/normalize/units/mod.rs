//! Units of measure: the table in `schemas/units.csv`, read once.
//!
//! - [`lookup`] reads a written unit (`kWh`, `t CO₂e`, `gal (US)`), warns
//!   when the spelling may mean another unit (`MT`, bare `therm`) and
//!   suggests near spellings when it names none;
//! - [`convert`], [`to_base`] and [`base_unit`] convert within one
//!   [`Dimension`], with the exact factors of SI, NIST SP 811 and the
//!   IEA/OECD conventions;
//! - [`emission_factor`] reads compound factor units (`kg/TJ`, `gCO₂e/MJ`);
//! - [`registry`] is the whole table and [`dropdown`] the units the
//!   template offers.
//!
//! The table's columns are described in `registry.rs`, the spelling rules
//! in `spelling.rs`.

mod compound;
mod convert;
mod dimension;
mod lookup;
mod ratio;
mod registry;
mod spelling;

pub use compound::{EmissionFactorUnit, emission_factor};
pub use convert::{ConvertError, base_factor, base_unit, convert, scale, to_base};
pub use dimension::Dimension;
pub use lookup::{Lookup, lookup};
pub use registry::{UNITS_CSV, Unit, dropdown, registry};
