//! Helpers for the rules' tests: a tiny typed inventory, the cells of a few
//! of its fields, and one rule run on it.

use chrono::NaiveDate;

use super::context::{RecordAt, RuleContext};
use super::options::RuleOptions;
use super::pledge::Commitment;
use super::table::{InventoryCheck, RecordCheck};
use super::year_on_year::History;
use crate::diagnostic::{CellRef, Finding};
use crate::model::source_map::{Source, SourceMap};
use crate::model::totals::{self, Totals};
use crate::model::{
    EmissionRecord, Field, Gas, GasAmount, GpcRef, Inventory, RecordField, ReportedTotals,
};

/// An inventory, its locations, and the totals computed from it.
pub struct Case {
    pub inventory: Inventory,
    pub locations: SourceMap,
    pub options: RuleOptions,
    pub commitments: Vec<Commitment>,
    pub history: History,
    /// Today, for rules that compare with the clock (none: the clock's).
    pub today: Option<NaiveDate>,
}

impl Case {
    pub fn of(inventory: Inventory) -> Self {
        Case {
            inventory,
            locations: SourceMap::default(),
            options: RuleOptions::default(),
            commitments: Vec::new(),
            history: History::default(),
            today: None,
        }
    }

    pub fn records(records: Vec<EmissionRecord>) -> Self {
        Case::of(Inventory {
            emissions: Some(records),
            ..Default::default()
        })
    }

    /// Places `field` at `a1` of `sheet`, under the label `label`.
    pub fn cell(mut self, field: Field, sheet: &str, a1: &str, label: &str) -> Self {
        let (letters, digits) = a1.split_at(a1.find(|c: char| c.is_ascii_digit()).unwrap());
        let col = letters
            .bytes()
            .fold(0, |n, b| n * 26 + u32::from(b - b'A' + 1))
            - 1;
        let row = digits.parse::<u32>().unwrap() - 1;
        self.locations.insert_field(
            field,
            Source {
                cell: CellRef::new(Some(sheet), row, col),
                field: label.to_owned(),
                value: None,
            },
        );
        self
    }

    /// Marks `field` as already having a finding.
    pub fn reported(mut self, field: Field) -> Self {
        self.locations.mark_field_reported(field);
        self
    }

    /// Runs `check` with a context over this case.
    pub fn with_context<T>(&self, check: impl FnOnce(&RuleContext<'_>) -> T) -> T {
        let totals: Totals = totals::compute(&self.inventory);
        let reported = ReportedTotals::default();
        let mut ctx = RuleContext::new(
            &self.inventory,
            &self.locations,
            &totals,
            &reported,
            self.options,
        )
        .with_commitments(&self.commitments)
        .with_history(&self.history);
        if let Some(today) = self.today {
            ctx.today = today;
        }

        check(&ctx)
    }

    pub fn run_inventory(&self, check: InventoryCheck) -> Vec<Finding> {
        self.with_context(|ctx| {
            let mut out = Vec::new();
            check(ctx, &mut out);
            out
        })
    }

    pub fn run_records(&self, check: RecordCheck) -> Vec<Finding> {
        self.with_context(|ctx| {
            let mut out = Vec::new();
            for (index, record) in self.inventory.records().iter().enumerate() {
                check(ctx, RecordAt { index, record }, &mut out);
            }
            out
        })
    }
}

/// The GPC cell of a reference the table has.
pub fn cell(reference: &str) -> GpcRef {
    GpcRef::parse(reference).expect("a GPC reference of the table")
}

/// The key of a field of the record at `index`.
pub fn record_at(index: usize, field: RecordField) -> Field {
    Field::Record(index, field)
}

/// A record with a total and gases in tCO2e.
pub fn with_gases(total: Option<f64>, gases: &[(Gas, f64)]) -> EmissionRecord {
    let amounts = gases.iter().map(|&(gas, tco2e)| {
        let amount = GasAmount {
            tco2e: Some(tco2e),
            mass_t: None,
        };
        (gas, amount)
    });
    EmissionRecord {
        total,
        gases: (!gases.is_empty()).then(|| amounts.collect()),
        ..Default::default()
    }
}
