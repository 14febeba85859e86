//! Command-line habits (as in ripgrep, ruff and cargo): exit codes and the
//! settings file in `--help`; `template -o` that follows the extension,
//! refuses to replace a file without `--force` and writes it readable;
//! `--fail-on warning` saying why the run failed; `--color always` over
//! `NO_COLOR`; a missing path among others; `-` for stdin; completions and
//! the manual page.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin_cmd;
use support::{fixtures, run, run_in};

fn template(name: &str) -> PathBuf {
    fixtures().join("template").join(name)
}

/// (exit code, stdout, stderr) of `ghgcheck args` with `stdin` on stdin.
fn run_stdin(args: &[&str], stdin: Vec<u8>) -> (i32, String, String) {
    let output = cargo_bin_cmd!("ghgcheck")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .env("NO_COLOR", "1")
        .write_stdin(stdin)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn json(stdout: &str) -> serde_json::Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("JSON report ({e}): {stdout}"))
}

// 1. Exit codes and the settings file in --help.

#[test]
fn help_lists_the_exit_codes_and_the_settings_file() {
    for args in [&["--help"][..], &["validate", "--help"]] {
        let (code, help) = run(args);
        assert_eq!(code, 0, "{args:?}");
        for words in [
            "Exit codes:",
            "  0  clean",
            "  1  findings fail the run",
            "  2  the run failed",
            "Settings file:",
            "ghgcheck.toml in the working directory",
            "--config FILE",
            "--no-config",
        ] {
            assert!(help.contains(words), "{args:?} lacks {words:?}:\n{help}");
        }
    }
}

// 2. template -o.

#[test]
fn template_follows_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    for (name, head) in [
        ("t.xlsx", &b"PK\x03\x04"[..]),
        ("t.ods", b"PK\x03\x04"),
        ("T.CSV", b"GPC ref,Sector"),
    ] {
        let path = dir.path().join(name);
        let (code, _, stderr) = run_in(dir.path(), &["template", "-o", name]);
        assert_eq!(code, 0, "{name}: {stderr}");
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(head), "{name}");
    }
    let ods = std::fs::read(dir.path().join("t.ods")).unwrap();
    assert!(
        String::from_utf8_lossy(&ods[..100]).contains("opendocument.spreadsheet"),
        "t.ods is an ods package"
    );
    // An extension that names no form is an error, unless --format names it.
    let (code, _, stderr) = run_in(dir.path(), &["template", "-o", "t.txt"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "ghgcheck: cannot tell which form to write from the name t.txt: end it in .xlsx, .ods or .csv, or pass --format\n"
    );
    assert!(!dir.path().join("t.txt").exists());
    let (code, _, _) = run_in(dir.path(), &["template", "-o", "t.txt", "--format", "csv"]);
    assert_eq!(code, 0);
    let (code, _, stderr) = run_in(dir.path(), &["template", "-o", "u.csv", "--format", "ods"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--format ods does not match the extension of u.csv"),
        "{stderr}"
    );
}

#[test]
fn template_replaces_a_file_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.csv");
    std::fs::write(&path, "my own work\n").unwrap();
    let (code, stdout, stderr) = run_in(dir.path(), &["template", "-o", "mine.csv"]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "ghgcheck: mine.csv exists; pass --force to replace it, or choose another path\n"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my own work\n");
    let (code, _, stderr) = run_in(dir.path(), &["template", "-o", "mine.csv", "--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("GPC ref,Sector")
    );
    // Nothing but the template is left in the folder (no temporary file).
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[cfg(unix)]
#[test]
fn template_is_written_with_the_permissions_of_a_new_file() {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    // What the umask makes of a new file created with 0666 (0644 under 022).
    let probe = dir.path().join("probe");
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o666)
        .open(&probe)
        .unwrap();
    let expected = mode(&probe);
    for name in ["t.xlsx", "t.ods", "t.csv"] {
        let (code, _, _) = run_in(dir.path(), &["template", "-o", name]);
        assert_eq!(code, 0);
        assert_eq!(mode(&dir.path().join(name)), expected, "{name}");
        assert_ne!(expected & 0o044, 0, "the test's umask hides nothing");
    }
}

// 3. --fail-on warning says why the run failed.

#[test]
fn fail_on_warning_says_why_the_run_failed() {
    let path = template("warnings-only.csv").display().to_string();
    let (code, stdout) = run(&["validate", "-q", &path]);
    assert_eq!(code, 0);
    assert!(!stdout.contains("failed"), "{stdout}");
    let (code, stdout) = run(&["validate", "-q", "--fail-on", "warning", &path]);
    assert_eq!(code, 1);
    assert_eq!(
        stdout.lines().last(),
        Some("failed: 1 warning with --fail-on warning"),
        "{stdout}"
    );
    // Errors fail the run whatever --fail-on says; the summary counts them.
    let broken = template("broken-cells.csv").display().to_string();
    let (code, stdout) = run(&["validate", "-q", "--fail-on", "warning", &broken]);
    assert_eq!(code, 1);
    assert!(!stdout.contains("failed:"), "{stdout}");
}

// 4. --color always wins over NO_COLOR.

#[test]
fn color_always_wins_over_no_color() {
    let path = template("broken-cells.csv");
    let output = |colour: &str| {
        let output = cargo_bin_cmd!("ghgcheck")
            .args(["validate", "--color", colour])
            .arg(&path)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        String::from_utf8(output.stdout).unwrap()
    };
    let always = output("always");
    assert!(
        always.contains("\x1b[31mS001 required-missing\x1b[0m"),
        "{always}"
    );
    let auto = output("auto");
    assert!(!auto.contains('\x1b'), "{auto}");
    assert!(auto.contains("S001 required-missing"), "{auto}");
    let never = output("never");
    assert_eq!(never, auto);
}

// 5. A missing path among others.

#[test]
fn a_missing_path_is_reported_and_the_others_are_checked() {
    let valid = template("valid-city.csv").display().to_string();
    let broken = template("broken-cells.csv").display().to_string();
    let (code, stdout, stderr) = run_in(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &[
            "validate",
            "--format",
            "json",
            &valid,
            "no/such/file.xlsx",
            &broken,
        ],
    );
    assert_eq!(code, 2, "exit 2 at the end, though the others were checked");
    assert_eq!(
        stderr,
        "ghgcheck: no/such/file.xlsx: no such file or folder\n\
         ghgcheck: 1 path could not be checked (see above)\n"
    );
    let report = json(&stdout);
    let statuses: Vec<(&str, &str)> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [(valid.as_str(), "valid"), (broken.as_str(), "invalid")]
    );
    // Only missing paths: nothing to check, exit 2, each named once.
    let (code, stdout, stderr) = run_in(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["validate", "nope-1.csv", "nope-2"],
    );
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "ghgcheck: nope-1.csv: no such file or folder\nghgcheck: nope-2: no such file or folder\n"
    );
}

// 6. `-` reads one submission from stdin.

#[test]
fn dash_reads_a_submission_from_stdin_in_any_format() {
    for (name, format, layout) in [
        ("valid-city.xlsx", "xlsx", "ghgcheck-template"),
        ("valid-city.ods", "ods", "ghgcheck-template"),
        ("valid-city.json", "json", "inventory-json"),
        ("valid-city.csv", "csv", "ghgcheck-template-csv"),
    ] {
        let bytes = std::fs::read(template(name)).unwrap();
        let (code, stdout, stderr) = run_stdin(&["validate", "--format", "json", "-"], bytes);
        assert_eq!(code, 0, "{name}: {stderr}");
        let file = &json(&stdout)["files"][0];
        assert_eq!(file["path"], "-", "{name}");
        assert_eq!(file["format"], format, "{name}");
        assert_eq!(file["layout"], layout, "{name}");
        assert_eq!(file["status"], "valid", "{name}");
        assert_eq!(file["inventories"][0]["city"], "Testville", "{name}");
    }
}

#[test]
fn stdin_keeps_its_place_and_takes_the_name_given() {
    let bytes = std::fs::read(template("broken-cells.csv")).unwrap();
    let valid = template("valid-city.json").display().to_string();
    let (code, stdout, stderr) = run_stdin(
        &[
            "validate",
            "--format",
            "json",
            "--stdin-name",
            "submitted/broken.csv",
            &valid,
            "-",
        ],
        bytes.clone(),
    );
    assert_eq!(code, 1, "{stderr}");
    let report = json(&stdout);
    assert_eq!(report["files"][0]["path"], valid.as_str());
    let named = &report["files"][1];
    assert_eq!(named["path"], "submitted/broken.csv");
    assert_eq!(named["status"], "invalid");
    assert_eq!(named["findings"][0]["code"], "S001");
    // The text report names it the same way.
    let (code, stdout, _) = run_stdin(&["validate", "-"], bytes);
    assert_eq!(code, 1);
    assert!(
        stdout.starts_with("-: INVALID (ghgcheck-template-csv;"),
        "{stdout}"
    );
}

#[test]
fn stdin_mistakes_are_usage_errors() {
    let (code, _, stderr) = run_stdin(&["validate", "-", "-"], b"a,b\n".to_vec());
    assert_eq!(code, 2);
    assert_eq!(stderr, "ghgcheck: `-` (stdin) can be named only once\n");
    let valid = template("valid-city.csv").display().to_string();
    let (code, _, stderr) = run_stdin(&["validate", "--stdin-name", "x.csv", &valid], Vec::new());
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--stdin-name names the submission read from stdin"),
        "{stderr}"
    );
    // Empty stdin is an empty submission, like an empty file.
    let (code, stdout, _) = run_stdin(&["validate", "--format", "json", "-"], Vec::new());
    assert_eq!(code, 1);
    assert_eq!(json(&stdout)["files"][0]["findings"][0]["code"], "R005");
}

// 7. Completions and the manual page.

#[test]
fn completions_for_each_shell() {
    for (shell, mark) in [
        ("bash", "_ghgcheck()"),
        ("zsh", "#compdef ghgcheck"),
        ("fish", "complete -c ghgcheck"),
        ("elvish", "ghgcheck"),
        ("powershell", "ghgcheck"),
    ] {
        let (code, script) = run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        assert!(script.contains(mark), "{shell}");
        assert!(
            script.contains("validate") && script.contains("stdin-name"),
            "{shell}"
        );
    }
    let (code, _, stderr) = run_in(Path::new("."), &["completions", "tcsh"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid value 'tcsh'"), "{stderr}");
}

#[test]
fn man_prints_roff_pages() {
    let (code, page) = run(&["man"]);
    assert_eq!(code, 0);
    assert!(page.contains(".TH ghgcheck 1"), "{page}");
    assert!(page.contains("ghgcheck\\-validate(1)"), "{page}");
    assert!(page.contains("Exit codes:"), "{page}");
    let (code, page) = run(&["man", "validate"]);
    assert_eq!(code, 0);
    assert!(page.contains(".TH ghgcheck-validate 1"), "{page}");
    assert!(page.contains("\\fB\\-\\-stdin\\-name\\fR"), "{page}");
    let (code, _, stderr) = run_in(Path::new("."), &["man", "nope"]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("ghgcheck: no subcommand `nope`; known: validate, inspect, template"),
        "{stderr}"
    );
}

#[test]
fn the_submission_from_stdin_gets_its_annotated_copy() {
    use calamine::{Reader, open_workbook_auto};
    let dir = tempfile::tempdir().unwrap();
    let annotated = dir.path().join("annotated");
    let bytes = std::fs::read(template("broken-cells.xlsx")).unwrap();
    let folder = annotated.display().to_string();
    let (code, _, stderr) = run_stdin(
        &["validate", "-q", "--annotate", &folder, "-"],
        bytes.clone(),
    );
    assert_eq!(code, 1, "{stderr}");
    let copy = annotated.join("stdin.xlsx");
    let sheets = open_workbook_auto(&copy).unwrap().sheet_names();
    assert_eq!(sheets[0], "Issues", "{sheets:?}");
    // A named submission is copied under its name, even when a file of that
    // name exists: the copy is of what came on stdin.
    let (code, _, _) = run_stdin(
        &[
            "validate",
            "-q",
            "--annotate",
            &folder,
            "--stdin-name",
            "Cargo.toml",
            "-",
        ],
        bytes,
    );
    assert_eq!(code, 1);
    let sheets = open_workbook_auto(annotated.join("Cargo.toml.xlsx"))
        .unwrap()
        .sheet_names();
    assert!(sheets.len() > 2, "{sheets:?}");
}

#[test]
fn the_stdin_name_gives_the_facts_a_file_name_would() {
    let name = "inventory-BR SSZ-2022.csv";
    let bytes = std::fs::read(fixtures().join("citycatalyst").join(name)).unwrap();
    let facts = |stdout: &str| {
        let inventory = &json(stdout)["files"][0]["inventories"][0];
        (
            inventory["city"].clone(),
            inventory["country"].clone(),
            inventory["year"].clone(),
        )
    };
    let (_, stdout, _) = run_stdin(&["validate", "--format", "json", "-"], bytes.clone());
    assert_eq!(json(&stdout)["files"][0]["layout"], "citycatalyst-csv");
    assert_eq!(
        facts(&stdout),
        (
            serde_json::Value::Null,
            serde_json::Value::Null,
            serde_json::Value::Null
        )
    );
    let (_, stdout, _) = run_stdin(
        &["validate", "--format", "json", "--stdin-name", name, "-"],
        bytes,
    );
    assert_eq!(facts(&stdout), ("Santos".into(), "BR".into(), 2022.into()));
}
