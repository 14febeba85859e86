//! Writes the seeded benchmark corpus of issue 13:
//!
//! `cargo run --release --example corpus -- OUT_DIR [--seed N]
//! [--workbooks N] [--csvs N] [--rows N]`
//!
//! OUT_DIR/workbooks holds eCRF-like and template workbooks, OUT_DIR/csvs
//! CityCatalyst-like and template CSVs, OUT_DIR/long-table.csv the long
//! multi-city table (`--rows`, default 1,000,000) and
//! OUT_DIR/long-table.toml its mapping. The same seed writes byte-identical
//! files; the generator is tests/support/corpus.rs.

#![allow(clippy::print_stderr)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use support::corpus::{Counts, write_corpus};

const USAGE: &str = "usage: corpus OUT_DIR [--seed N] [--workbooks N] [--csvs N] [--rows N]";

fn parse(args: &[String]) -> Result<(PathBuf, u64, Counts), String> {
    let mut out = None;
    let mut seed = 13;
    let mut counts = Counts::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Result<u64, String> {
            args.next()
                .and_then(|v| v.replace('_', "").parse().ok())
                .ok_or_else(|| format!("{name} takes a whole number"))
        };
        match arg.as_str() {
            "--seed" => seed = number("--seed")?,
            "--workbooks" => counts.workbooks = number("--workbooks")? as usize,
            "--csvs" => counts.csvs = number("--csvs")? as usize,
            "--rows" => counts.rows = number("--rows")? as usize,
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            dir if out.is_none() => out = Some(PathBuf::from(dir)),
            extra => return Err(format!("unexpected argument {extra}")),
        }
    }
    let out = out.ok_or("OUT_DIR is missing")?;
    Ok((out, seed, counts))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, seed, counts) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let start = Instant::now();
    match write_corpus(&out, seed, counts) {
        Ok(written) => {
            let bytes: u64 = written
                .iter()
                .filter_map(|w| std::fs::metadata(&w.path).ok())
                .map(|m| m.len())
                .sum();
            eprintln!(
                "wrote {} files ({:.1} MB) into {} in {:.2} s (seed {seed})",
                written.len() + 1,
                bytes as f64 / 1e6,
                out.display(),
                start.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write the corpus into {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
