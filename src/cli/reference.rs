//! `ghgcheck schema`, `ghgcheck rules` and `ghgcheck explain CODE`: reference
//! texts printed from the embedded schema and the code registry.

use ghgcheck::diagnostic::{CodeInfo, REGISTRY, lookup};
use ghgcheck::schema::INVENTORY_SCHEMA;

use super::output;
use super::{EXIT_CLEAN, EXIT_FAILURE};

pub fn schema() -> u8 {
    output::stdout(INVENTORY_SCHEMA);
    EXIT_CLEAN
}

/// Every code, one a line, sorted by id (the registry itself is kept in the
/// order codes were added, so it is sorted here).
pub fn rules() -> u8 {
    let mut codes: Vec<&CodeInfo> = REGISTRY.iter().collect();
    codes.sort_by_key(|info| info.id);
    let mut text = String::new();
    for info in codes {
        text.push_str(&format!(
            "{}  {:<8} {:<28} {}\n",
            info.id,
            info.severity.as_str(),
            info.name,
            info.title
        ));
    }
    output::stdout(&text);
    EXIT_CLEAN
}

pub fn explain(code: &str) -> u8 {
    match lookup(code) {
        Some(info) => {
            output::stdout(&format!(
                "{} {} ({})\n{}\n\n\
                 What it checks: {}\n\
                 Why it matters: {}\n\
                 Example: {}\n\
                 How to fix: {}\n",
                info.id,
                info.name,
                info.severity.as_str(),
                info.title,
                info.what,
                info.why,
                info.example,
                info.fix
            ));
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
