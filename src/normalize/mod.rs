//! Normalisation shared by every layout: cleaning of raw cell text
//! (numbers, nulls, dates, periods, gases, countries), resolution of
//! sector labels to GPC reference numbers, and units of measure (look-up,
//! conversion, emission-factor units).

pub mod clean;
pub mod sector;
mod text;
pub mod units;
