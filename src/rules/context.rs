//! What every rule is given: the typed inventory (normalised), where its
//! fields came from, its totals recomputed and as stated, and the reference
//! tables. All of it is computed once, before the rules run; rules never
//! read cells, sheets or the JSON document.

use chrono::{DateTime, NaiveDate};

use super::options::RuleOptions;
use super::pledge::Commitment;
use super::year_on_year::History;
use crate::diagnostic::{Code, Finding};
use crate::model::gpc::{self, GpcTable};
use crate::model::source_map::{Locate, SourceMap};
use crate::model::totals::Totals;
use crate::model::{
    EmissionRecord, Field, Gas, GasPart, GwpSet, Inventory, RecordField, ReportedTotals,
};
use crate::normalize::gwp::gwp_of;
use crate::normalize::units::{self, Lookup, Unit};

/// The inventory under check and everything known about it.
pub struct RuleContext<'a> {
    pub inventory: &'a Inventory,
    /// The cell of each field (or where it would be written).
    pub locations: &'a SourceMap,
    /// Totals recomputed from the records.
    pub totals: &'a Totals,
    /// Totals as the submission states them.
    pub reported: &'a ReportedTotals,
    pub tables: Tables,
    /// The thresholds rules judge by.
    pub options: RuleOptions,
    /// The pledges of the networks whose profiles apply.
    pub commitments: &'a [Commitment],
    /// Earlier inventories (`--history`).
    pub history: &'a History,
    /// Today's date (UTC), which year rules compare with; tests set it.
    pub today: NaiveDate,
}

impl<'a> RuleContext<'a> {
    pub fn new(
        inventory: &'a Inventory,
        locations: &'a SourceMap,
        totals: &'a Totals,
        reported: &'a ReportedTotals,
        options: RuleOptions,
    ) -> Self {
        RuleContext {
            inventory,
            locations,
            totals,
            reported,
            tables: Tables::embedded(),
            options,
            commitments: &[],
            history: History::empty(),
            today: today(),
        }
    }

    /// This context, comparing with the earlier inventories of `history`.
    pub fn with_history(mut self, history: &'a History) -> Self {
        self.history = history;
        self
    }

    /// This context, judging the pledges of `commitments`.
    pub fn with_commitments(mut self, commitments: &'a [Commitment]) -> Self {
        self.commitments = commitments;
        self
    }

    /// A finding with the message `id`, at the cell of `field`.
    pub fn finding(&self, code: Code, id: &'static str, field: Field) -> Finding {
        Finding::new(code, id).at_field(self.locations, field)
    }

    /// True when the field (or one containing it) already has a finding,
    /// from extraction or from the schema check.
    pub fn is_reported(&self, field: Field) -> bool {
        self.locations.is_field_reported(field)
    }
}

/// Today's date in UTC, from the system clock.
fn today() -> NaiveDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    i64::try_from(seconds)
        .ok()
        .and_then(|seconds| DateTime::from_timestamp(seconds, 0))
        .map_or(NaiveDate::MIN, |now| now.date_naive())
}

/// One emission record and its index in the inventory.
#[derive(Clone, Copy)]
pub struct RecordAt<'a> {
    pub index: usize,
    pub record: &'a EmissionRecord,
}

impl RecordAt<'_> {
    /// The key of one of this record's fields.
    pub fn field(&self, field: RecordField) -> Field {
        Field::Record(self.index, field)
    }

    /// The key of one part of one of this record's gases.
    pub fn gas(&self, gas: Gas, part: GasPart) -> Field {
        Field::Gas(self.index, gas, part)
    }
}

/// The reference tables rules consult, loaded once per run.
#[derive(Clone, Copy)]
pub struct Tables {
    /// The 53 GPC cells.
    pub gpc: &'static GpcTable,
    /// The unit table (`schemas/units.csv`).
    pub units: &'static [Unit],
}

impl Tables {
    pub fn embedded() -> Self {
        Tables {
            gpc: gpc::table(),
            units: units::registry(),
        }
    }

    /// A unit as written, read against the unit table.
    pub fn unit(&self, written: &str) -> Lookup {
        units::lookup(written)
    }

    /// The 100-year GWP of a gas in a set (none for HFCs and PFCs).
    pub fn gwp(&self, set: GwpSet, gas: Gas) -> Option<f64> {
        gwp_of(set, gas)
    }
}
