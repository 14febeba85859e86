//! The `ghgcheck` binary: parses the command line, calls the library, prints,
//! and owns the exit code (0 clean, 1 invalid submissions, 2 usage or tool
//! failure).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
