//! Normalisation shared by every layout: cleaning of raw cell text
//! (numbers, nulls, dates, periods, gases, countries), resolution of
//! sector labels to GPC reference numbers, and the GWP sets:
//! - [`clean`]: raw cell text to typed values;
//! - [`sector`]: sector labels to GPC reference numbers;
//! - [`gwp`]: the IPCC GWP sets, their names and 100-year values.

pub mod clean;
pub mod gwp;
pub mod sector;
mod text;
