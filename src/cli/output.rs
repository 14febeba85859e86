//! Writing to stdout and stderr: a closed pipe (`ghgcheck ... | head`) ends
//! the output quietly instead of failing.

use std::io::{self, Write};

/// Writes text to stdout; `false` when stdout is gone and output should stop.
pub fn stdout(text: &str) -> bool {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => false,
        Err(_) => false,
    }
}

/// Writes an error line to stderr, prefixed with the program name.
pub fn error(message: &str) {
    let _ = writeln!(io::stderr(), "ghgcheck: {message}");
}
