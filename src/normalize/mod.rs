//! Normalisation shared by every layout: cleaning of raw cell text
//! (numbers, nulls, dates, periods, gases, countries), resolution of
//! sector labels to GPC reference numbers, units, and the GWP sets:
//! - [`clean`]: raw cell text to typed values;
//! - [`sector`]: sector labels to GPC reference numbers;
//! - [`units`]: units of measure (look-up, conversion, emission-factor units);
//! - [`unit_check`]: activity and emission-factor units against the table;
//! - [`gwp`]: the IPCC GWP sets, their names and 100-year values;
//! - [`co2e`]: emission records' CO2e in one GWP set (masses weighted,
//!   `--gwp` restatements);
//! - [`written`]: amounts of CO2e written in a unit of their own, to tonnes;
//! - [`un_locode`]: UN/LOCODEs to the places they name;
//! - [`slug`]: the ASCII slug of a name, for ids.

pub mod clean;
pub mod co2e;
pub mod gwp;
pub mod sector;
mod text;
pub mod un_locode;
pub mod unit_check;
pub mod units;
pub mod written;

pub use text::slug;
