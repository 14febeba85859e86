//! The outputs of a run stay byte for byte what they were, over every
//! fixture and over a small generated corpus (the benchmark's generator,
//! seed 13: eCRF-like and template workbooks, CityCatalyst-like and
//! template CSVs, a long multi-city table with its mapping):
//! `validate --out DIR` (datasets, datapackage.json, the JSON and HTML
//! reports, the annotated copies) and the report on stdout in each format.
//! Each output is kept as its size and a 64-bit FNV-1a hash in
//! `tests/golden/`, so that work meant to change only speed (issue 13)
//! shows any change of output at once, file by file.
//!
//! A deliberate change of output: `GHGCHECK_REGENERATE=1 cargo test --test
//! golden_outputs` rewrites the lists; the diff then shows which outputs
//! changed.

#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use support::corpus::{Counts, write_corpus};

const GOLDEN: &str = "tests/golden/outputs.txt";
const GOLDEN_CORPUS: &str = "tests/golden/corpus-outputs.txt";
const FORMATS: [&str; 9] = [
    "text", "narrated", "json", "jsonl", "sarif", "github", "junit", "csv", "html",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// 64-bit FNV-1a: enough to see that bytes changed, with no dependency.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn line(bytes: &[u8]) -> String {
    format!("{:016x} {:>9}", fnv1a(bytes), bytes.len())
}

/// `ghgcheck validate ARGS` in `dir`, in English and without colour:
/// (exit code, stdout).
fn validate_in(dir: &Path, args: &[&str]) -> (i32, Vec<u8>) {
    let output = Command::new(env!("CARGO_BIN_EXE_ghgcheck"))
        .current_dir(dir)
        .args(["validate", "--jobs", "2"])
        .args(args)
        .env("LC_ALL", "en_US.UTF-8")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (output.status.code().unwrap(), output.stdout)
}

/// Every file under `dir`, by its path relative to `dir` (`/` separated).
fn files(dir: &Path, base: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, base, out);
        } else {
            let relative = path.strip_prefix(base).unwrap();
            let name = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.insert(name, std::fs::read(&path).unwrap());
        }
    }
}

/// The outputs of `validate INPUTS --out` in `dir` (by their names under
/// `--out`, prefixed with `label`) and its stdout in each format: `name ->
/// bytes`, added to `all`. `code` is the exit code every run must give.
fn run_all<'a>(
    dir: &Path,
    label: &str,
    inputs: &[&'a str],
    code: i32,
    all: &mut BTreeMap<String, Vec<u8>>,
) {
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("out");
    let mut args = inputs.to_vec();
    args.extend(["--format", "json", "--out", out.to_str().unwrap()]);
    let (got, _) = validate_in(dir, &args);
    assert_eq!(got, code, "{label} --out");
    let with = |extra: &[&'a str]| [inputs, extra].concat();
    let mut written = BTreeMap::new();
    files(&out, &out, &mut written);
    for (name, bytes) in written {
        all.insert(format!("{label}{name}"), bytes);
    }
    for format in FORMATS {
        let (got, stdout) = validate_in(dir, &with(&["--format", format]));
        assert_eq!(got, code, "{label} {format}");
        all.insert(format!("{label}stdout --format {format}"), stdout);
    }
}

/// One line per output, `hash size name`.
fn listing(all: &BTreeMap<String, Vec<u8>>) -> String {
    all.iter()
        .map(|(name, bytes)| format!("{} {name}\n", line(bytes)))
        .collect()
}

/// The list over the fixtures as it is now.
fn outputs() -> String {
    let mut all = BTreeMap::new();
    // The fixtures hold deliberate errors.
    run_all(root(), "", &["fixtures"], 1, &mut all);
    listing(&all)
}

/// The list over the generated corpus as it is now: the workbooks and CSVs
/// in one batch, the long table with its mapping in another.
fn corpus_outputs() -> String {
    let dir = tempfile::tempdir().unwrap();
    let counts = Counts {
        workbooks: 24,
        csvs: 24,
        rows: 3_000,
    };
    write_corpus(dir.path(), 13, counts).unwrap();
    let mut all = BTreeMap::new();
    // Every inventory has its warnings (recommended facts left out), no error.
    run_all(dir.path(), "batch/", &["workbooks", "csvs"], 0, &mut all);
    let table = ["--mapping", "long-table.toml", "long-table.csv"];
    run_all(dir.path(), "long-table/", &table, 0, &mut all);
    listing(&all)
}

/// `name -> hash and size` of a list.
fn entries(text: &str) -> BTreeMap<&str, &str> {
    text.lines()
        .filter_map(|l| l.get(27..).map(|name| (name, &l[..26])))
        .collect()
}

/// Compares `now` with the list kept at `golden` (or records it, with
/// `GHGCHECK_REGENERATE` set) and names every output that changed.
fn compare(golden: &str, now: &str) {
    let path = root().join(golden);
    if std::env::var_os("GHGCHECK_REGENERATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, now).unwrap();
        return;
    }
    let before = std::fs::read_to_string(&path).unwrap_or_default();
    let (old, new) = (entries(&before), entries(now));
    let mut names: Vec<&str> = old.keys().chain(new.keys()).copied().collect();
    names.sort_unstable();
    names.dedup();
    let changed: Vec<&str> = names
        .into_iter()
        .filter(|name| old.get(name) != new.get(name))
        .collect();
    assert!(
        changed.is_empty(),
        "outputs changed: {changed:?}\nif meant, GHGCHECK_REGENERATE=1 cargo test --test golden_outputs"
    );
}

#[test]
fn the_outputs_over_every_fixture_are_unchanged() {
    compare(GOLDEN, &outputs());
}

#[test]
fn the_outputs_over_the_generated_corpus_are_unchanged() {
    compare(GOLDEN_CORPUS, &corpus_outputs());
}
