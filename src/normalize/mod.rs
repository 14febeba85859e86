//! Normalisation shared by every layout: cleaning of raw cell text
//! (numbers, nulls, dates, periods, gases, countries) and resolution of
//! sector labels to GPC reference numbers.

pub mod clean;
pub mod sector;
mod text;
