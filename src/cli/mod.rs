//! Command-line definitions (clap) and dispatch to one module per
//! subcommand.

mod inspect;
mod output;
mod profiles;
mod progress;
mod reference;
mod sink;
mod template;
mod validate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit codes, as documented in the README.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_INVALID: u8 = 1;
pub const EXIT_FAILURE: u8 = 2;

#[derive(Parser)]
#[command(
    name = "ghgcheck",
    version,
    about = "Validate city greenhouse-gas emission inventories (GPC, GCoM CRF)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check submissions (files or folders) and report findings
    Validate(Box<validate::Args>),
    /// Show what a file holds (sheets, header row, columns and their
    /// probable fields) and optionally write a starter mapping for it
    Inspect(inspect::Args),
    /// Write the blank submission template
    Template(template::Args),
    /// Print the inventory JSON Schema (the published contract)
    Schema {
        /// Print the JSON Schema of the JSON report (`validate --format json`) instead
        #[arg(long)]
        report: bool,
    },
    /// List every finding code, in id order
    Rules {
        /// text: one line per code; json: every field of each entry;
        /// markdown: the page docs/rules.md
        #[arg(long, value_enum, default_value = "text")]
        format: reference::RulesFormat,
    },
    /// List the rule profiles (frameworks and networks) `--profile` takes
    Profiles,
    /// Explain one finding code, e.g. `ghgcheck explain G001`
    Explain {
        /// Code id (G001) or name (unknown-gpc-ref)
        code: String,
    },
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let code = if err.use_stderr() {
                EXIT_FAILURE
            } else {
                EXIT_CLEAN
            };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Validate(args) => validate::run(*args),
        Command::Inspect(args) => inspect::run(args),
        Command::Template(args) => template::run(args),
        Command::Schema { report } => reference::schema(report),
        Command::Rules { format } => reference::rules(format),
        Command::Profiles => profiles::run(),
        Command::Explain { code } => reference::explain(&code),
    };
    ExitCode::from(code)
}
