//! Stated totals, checked (all within the total tolerance of the rule
//! options):
//! - T002 ([`records`]): against the same total recomputed from the file's
//!   records;
//! - T003 ([`parts`]): a subtotal against its stated parts;
//! - both for a hierarchical export's subtotal rows (a GPC sector or
//!   sub-sector in all scopes, [`covers::Covers::Gpc`]);
//! - T004, T005 ([`levels`]): BASIC+ against BASIC, BASIC against the
//!   scopes.
//!
//! [`covers`] reads what each stated total sums.

mod covers;
mod levels;
mod parts;
mod records;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_hierarchy;

pub use levels::{basic_plus, basic_scopes};
pub use parts::check as parts;
pub use records::check as records;
