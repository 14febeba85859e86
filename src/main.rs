//! The `ghgcheck` binary: parses the command line, calls the library, prints,
//! and owns the exit code (0 clean, 1 invalid submissions, 2 usage or tool
//! failure).

// The binary owns the terminal and the exit code; the library may not
// print or exit (denied by the lints in Cargo.toml).
#![allow(clippy::print_stdout, clippy::print_stderr, clippy::exit)]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
