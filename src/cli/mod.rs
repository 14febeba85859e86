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

use clap::{CommandFactory, Parser, Subcommand};
use ghgcheck::report::catalogue::{self, Language};

/// Exit codes, as documented in the README.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_INVALID: u8 = 1;
pub const EXIT_FAILURE: u8 = 2;

/// The end of `ghgcheck --help` and `ghgcheck validate --help`: what the
/// exit code means and where the settings come from.
const AFTER_HELP: &str = "\
Exit codes:
  0  clean: no submission has an error (nor a warning, with --fail-on warning)
  1  findings fail the run: a submission is invalid or unreadable, or a finding
     is an error (or a warning, with --fail-on warning)
  2  the run failed: a usage error, a named path that does not exist, a broken
     settings file, no submission found, or a failure of ghgcheck itself

Settings file:
  validate reads ghgcheck.toml in the working directory when there is one;
  --config FILE reads FILE instead, --no-config reads none.
  Flags on the command line win over the file.";

#[derive(Parser)]
#[command(
    name = "ghgcheck",
    version,
    about = "Validate city greenhouse-gas emission inventories (GPC, GCoM CRF)",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of reports and messages: en, pt or es (default: the locale, from LC_ALL, LC_MESSAGES or LANG; else English)
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    lang: Option<Language>,
}

fn parse_language(tag: &str) -> Result<Language, String> {
    Language::parse(tag).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        format!("no messages in `{tag}`; known: {}", known.join(", "))
    })
}

#[derive(Subcommand)]
enum Command {
    /// Check submissions (files or folders) and report findings
    #[command(after_help = AFTER_HELP)]
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
    /// Print a shell completion script, e.g. `ghgcheck completions bash > ~/.local/share/bash-completion/completions/ghgcheck`
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on stdout, e.g. `ghgcheck man | man -l -`
    Man {
        /// The page of this subcommand (e.g. validate) instead of the overview
        subcommand: Option<String>,
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
    catalogue::choose(
        cli.lang
            .unwrap_or_else(|| Language::from_locale(|name| std::env::var(name).ok())),
    );
    let code = match cli.command {
        Command::Validate(args) => validate::run(*args),
        Command::Inspect(args) => inspect::run(args),
        Command::Template(args) => template::run(args),
        Command::Schema { report } => reference::schema(report),
        Command::Rules { format } => reference::rules(format),
        Command::Profiles => profiles::run(),
        Command::Explain { code } => reference::explain(&code),
        Command::Completions { shell } => completions(shell),
        Command::Man { subcommand } => man(subcommand.as_deref()),
    };
    ExitCode::from(code)
}

/// Writes the completion script of `shell` on stdout.
fn completions(shell: clap_complete::Shell) -> u8 {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "ghgcheck", &mut buffer);
    output::stdout(&String::from_utf8_lossy(&buffer));
    EXIT_CLEAN
}

/// Writes the manual page (of `subcommand`, or of ghgcheck) on stdout.
fn man(subcommand: Option<&str>) -> u8 {
    let mut command = Cli::command();
    command.build();
    let page = match subcommand {
        None => command,
        Some(name) => match command.find_subcommand(name) {
            Some(sub) => sub.clone().version(env!("CARGO_PKG_VERSION")),
            None => {
                let names: Vec<&str> = command
                    .get_subcommands()
                    .map(clap::Command::get_name)
                    .filter(|n| *n != "help")
                    .collect();
                output::error(&format!(
                    "no subcommand `{name}`; known: {}",
                    names.join(", ")
                ));
                return EXIT_FAILURE;
            }
        },
    };
    let mut buffer = Vec::new();
    if let Err(e) = clap_mangen::Man::new(page).render(&mut buffer) {
        output::error(&format!("cannot write the manual page: {e}"));
        return EXIT_FAILURE;
    }
    output::stdout(&String::from_utf8_lossy(&buffer));
    EXIT_CLEAN
}
