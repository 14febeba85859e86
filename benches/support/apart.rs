//! Each ghgcheck run of the batch benchmark happens in a fresh process:
//! the benchmark starts itself again with [`CHILD`] set and the run's
//! arguments, the child does the one run and prints its lines and then
//! `result SECONDS BEFORE_MB PEAK_MB COUNT`. So a run's peak memory is
//! measured from a clean start, never on top of what an earlier run left
//! allocated (freed memory the allocator keeps would hide or inflate it).

use std::process::{Command, Stdio};

use super::measure::Run;

/// Set in the child process.
pub const CHILD: &str = "GHGCHECK_BENCH_CHILD";

/// In the child: whether this process is one, and its arguments.
pub fn child_args() -> Option<Vec<String>> {
    std::env::var_os(CHILD)?;
    Some(std::env::args().skip(1).collect())
}

/// In the child: the last line, read by [`run`].
pub fn report(run: &Run, count: usize) {
    println!(
        "result {} {} {} {count}",
        run.seconds,
        run.before_mb.unwrap_or(-1.0),
        run.peak_mb.unwrap_or(-1.0)
    );
}

/// Runs the benchmark again with `args` in a fresh process; returns the
/// run it measured, its count, and the other lines it printed.
pub fn run(args: &[String]) -> (Run, usize, Vec<String>) {
    let exe = std::env::current_exe().expect("the benchmark knows its path");
    let out = Command::new(exe)
        .args(args)
        .env(CHILD, "1")
        .stderr(Stdio::inherit())
        .output()
        .expect("the child run starts");
    assert!(out.status.success(), "the child run {args:?} failed");
    let text = String::from_utf8(out.stdout).expect("the child writes text");
    let mut lines = Vec::new();
    let mut result = None;
    for line in text.lines() {
        match line.strip_prefix("result ") {
            Some(rest) => {
                let f: Vec<f64> = rest
                    .split(' ')
                    .map(|x| x.parse().expect("a number"))
                    .collect();
                let known = |x: f64| (x >= 0.0).then_some(x);
                let run = Run {
                    seconds: f[0],
                    before_mb: known(f[1]),
                    peak_mb: known(f[2]),
                };
                result = Some((run, f[3] as usize));
            }
            None => lines.push(line.to_owned()),
        }
    }
    let (run, count) = result.expect("the child reports its result");
    (run, count, lines)
}
