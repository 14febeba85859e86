//! The outputs of a run over every fixture stay byte for byte what they
//! were: `validate fixtures --out DIR` (datasets, datapackage.json, the
//! JSON and HTML reports, the annotated copies) and the report on stdout in
//! each format. Each output is kept as its size and a 64-bit FNV-1a hash in
//! `tests/golden/outputs.txt`, so that work meant to change only speed
//! (issue 13) shows any change of output at once, file by file.
//!
//! A deliberate change of output: `GHGCHECK_REGENERATE=1 cargo test --test
//! golden_outputs` rewrites the list; the diff then shows which outputs
//! changed.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

const GOLDEN: &str = "tests/golden/outputs.txt";
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

/// `ghgcheck validate fixtures ARGS` in the repository, in English and
/// without colour: (exit code, stdout).
fn validate(args: &[&str]) -> (i32, Vec<u8>) {
    let output = Command::new(env!("CARGO_BIN_EXE_ghgcheck"))
        .current_dir(root())
        .args(["validate", "fixtures", "--jobs", "2"])
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

/// The list as it is now: one line per output, `hash size name`.
fn outputs() -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (code, _) = validate(&["--format", "json", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 1, "the fixtures hold deliberate errors");
    let mut all = BTreeMap::new();
    files(&out, &out, &mut all);
    for format in FORMATS {
        let (code, stdout) = validate(&["--format", format]);
        assert_eq!(code, 1, "{format}");
        all.insert(format!("stdout --format {format}"), stdout);
    }
    all.iter()
        .map(|(name, bytes)| format!("{} {name}\n", line(bytes)))
        .collect()
}

#[test]
fn the_outputs_over_every_fixture_are_unchanged() {
    let now = outputs();
    let path = root().join(GOLDEN);
    if std::env::var_os("GHGCHECK_REGENERATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &now).unwrap();
        return;
    }
    let before = std::fs::read_to_string(&path).unwrap_or_default();
    let changed: Vec<String> = {
        let old: BTreeMap<&str, &str> = before
            .lines()
            .filter_map(|l| l.get(27..).map(|name| (name, &l[..26])))
            .collect();
        let new: BTreeMap<&str, &str> = now
            .lines()
            .filter_map(|l| l.get(27..).map(|name| (name, &l[..26])))
            .collect();
        let mut names: Vec<&str> = old.keys().chain(new.keys()).copied().collect();
        names.sort_unstable();
        names.dedup();
        names
            .into_iter()
            .filter(|name| old.get(name) != new.get(name))
            .map(str::to_owned)
            .collect()
    };
    assert!(
        changed.is_empty(),
        "outputs changed: {changed:?}\nif meant, GHGCHECK_REGENERATE=1 cargo test --test golden_outputs"
    );
}

#[test]
fn the_hash_sees_a_changed_byte() {
    assert_ne!(fnv1a(b"1234.5"), fnv1a(b"1234.6"));
    assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(line(b"a"), "af63dc4c8601ec8c         1");
}
