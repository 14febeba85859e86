//! `ghgcheck schema [--report]`, `ghgcheck rules` and `ghgcheck explain CODE`: reference
//! texts printed from the embedded schema and the code registry.

use clap::ValueEnum;
use ghgcheck::diagnostic::lookup;
use ghgcheck::report::rules;
use ghgcheck::schema::{INVENTORY_SCHEMA, REPORT_SCHEMA};

use super::output;
use super::{EXIT_CLEAN, EXIT_FAILURE};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// One line per code: id, severity, name, title
    Text,
    /// A JSON array: every field of each registry entry
    Json,
    /// The page docs/rules.md
    Markdown,
}

pub fn schema(report: bool) -> u8 {
    output::stdout(if report {
        REPORT_SCHEMA
    } else {
        INVENTORY_SCHEMA
    });
    EXIT_CLEAN
}

/// Every code, in id order.
pub fn rules(format: RulesFormat) -> u8 {
    let text = match format {
        RulesFormat::Text => rules::text(),
        RulesFormat::Json => rules::json(),
        RulesFormat::Markdown => rules::markdown(),
    };
    output::stdout(&text);
    EXIT_CLEAN
}

pub fn explain(code: &str) -> u8 {
    match lookup(code) {
        Some(info) => {
            output::stdout(&rules::explain(info));
            EXIT_CLEAN
        }
        None => {
            output::error(&format!(
                "unknown code `{code}`; `ghgcheck rules` lists them all"
            ));
            EXIT_FAILURE
        }
    }
}
