//! `ghgcheck validate PATH...`: discovers the submissions, checks them in
//! parallel and prints each file's report in input order as it completes,
//! then a summary. `--out DIR` also keeps the JSON report in DIR.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::ValueEnum;
use ghgcheck::batch;
use ghgcheck::batch::Submission;
use ghgcheck::diagnostic::{Code, Counts, Severity, lookup};
use ghgcheck::discover::{Filter, discover, discover_each};
use ghgcheck::layout::facts::{Facts, Overrides};
use ghgcheck::layout::mapped::Mapping;
use ghgcheck::layout::{Layout, MappingRef};
use ghgcheck::normalize::gwp::GwpSet;
use ghgcheck::outcome::Status;
use ghgcheck::output::DatasetOptions;
use ghgcheck::output::annotate::Annotator;
use ghgcheck::pipeline::Options;
use ghgcheck::report::grouping::DEFAULT_MAX_PER_RULE;
use ghgcheck::report::text::Detail;
use ghgcheck::rules::History;
use ghgcheck::settings::{self, Config, Profile, RuleChoices};

use super::output;
use super::sink::{Stdout, sink};
use super::{EXIT_CLEAN, EXIT_FAILURE, EXIT_INVALID};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Human-readable diagnostics
    Text,
    /// One JSON document (see README, "JSON output"; `ghgcheck schema --report`)
    Json,
    /// JSON Lines: one finding per line, then a summary line
    Jsonl,
    /// SARIF 2.1.0 for code-scanning tools
    Sarif,
    /// GitHub Actions workflow annotations
    Github,
    /// JUnit XML: a testsuite per file
    Junit,
    /// The findings as CSV (the columns of findings.csv)
    Csv,
    /// The text report as plain sentences for screen readers: no box drawing, no colour, no tables
    Narrated,
    /// One self-contained HTML page (also written as report.html with --out)
    Html,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Colour {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args)]
pub struct Args {
    /// Submission files, or folders searched recursively for .xlsx .xlsm .xlsb .xls .ods .csv .json; `-` reads one submission from stdin
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The name of the submission read from stdin (`-`): its extension tells the format, and findings name it (default: `-`, the format told by the content)
    #[arg(long, value_name = "NAME")]
    stdin_name: Option<PathBuf>,
    /// Report format on stdout (or in --output FILE)
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Write the report to FILE instead of stdout (replaced atomically when the run ends)
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Files checked at once (default: one per CPU core)
    #[arg(short, long, default_value_t = 0)]
    jobs: usize,
    /// Skip files whose path matches this glob (repeatable), e.g. --exclude '**/old/**'
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Folder for the run's outputs (datasets, datapackage.json, report.json); never searched for submissions
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Folder for an annotated copy (.xlsx) of each submission: flagged cells filled and noted, a first sheet `Issues` (--out DIR also writes them, in DIR/annotated)
    #[arg(long, value_name = "DIR")]
    annotate: Option<PathBuf>,
    /// With --out: also put inventories with errors into the emissions datasets
    #[arg(long, requires = "out")]
    include_invalid: bool,
    /// With --out: start CSV files with a UTF-8 byte-order mark (for Excel)
    #[arg(long, requires = "out")]
    csv_bom: bool,
    /// Lowest severity that makes the exit code 1
    #[arg(long, value_enum, default_value = "error")]
    fail_on: FailOn,
    /// Text report: findings of one code and message shown in full per file, the others named in one line (0: show all)
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_PER_RULE)]
    max_per_rule: usize,
    /// Text report: only the closing summary, no findings
    #[arg(long, short = 'q', conflicts_with = "statistics")]
    quiet: bool,
    /// Text report: the number of findings of each code (most frequent first) instead of the findings, then the summary
    #[arg(long)]
    statistics: bool,
    /// Colour in the text report (auto: only on a terminal and when NO_COLOR is unset)
    #[arg(long, value_enum, default_value = "auto")]
    color: Colour,
    /// Read every file with this layout instead of detecting it
    #[arg(long, value_name = "NAME", value_parser = parse_layout, conflicts_with = "mapping")]
    layout: Option<Layout>,
    /// Read every file as the table this mapping file describes (see docs/mapping.md)
    #[arg(long, value_name = "FILE")]
    mapping: Option<PathBuf>,
    /// City name for files that do not state one
    #[arg(long)]
    city: Option<String>,
    /// Country (ISO 3166-1 alpha-2) for files that do not state one
    #[arg(long)]
    country: Option<String>,
    /// Inventory year for files that do not state one
    #[arg(long)]
    year: Option<i64>,
    /// GWP set (SAR, AR4, AR5, AR6) for files that do not state one, and the set CO2e figures are restated in
    #[arg(long, value_parser = parse_gwp)]
    gwp: Option<GwpSet>,
    /// Let --city/--country/--year/--gwp and sidecar files replace what the files state
    #[arg(long)]
    force_facts: bool,
    /// Settings file (default: ghgcheck.toml in the working directory, if present)
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore ghgcheck.toml in the working directory
    #[arg(long)]
    no_config: bool,
    /// Do not report this code (id or name; repeatable); wins over the settings file
    #[arg(long, value_name = "CODE", value_parser = parse_code)]
    ignore: Vec<Code>,
    /// Report a code at this severity, e.g. --severity T001=error (repeatable); wins over the settings file
    #[arg(long, value_name = "CODE=LEVEL", value_parser = parse_severity)]
    severity: Vec<(Code, Severity)>,
    /// Check with this profile (repeatable; e.g. gpc-basic-plus, eu-com, or a .toml file) instead of the layout's default; `ghgcheck profiles` lists them
    #[arg(long, value_name = "NAME")]
    profile: Vec<String>,
    /// Earlier inventories (files or folders, repeatable) to compare each city's totals with (H001)
    #[arg(long, value_name = "PATH")]
    history: Vec<PathBuf>,
    /// Text report: draw with ASCII characters only (also chosen when LC_ALL, LC_CTYPE or LANG names a locale that is not UTF-8)
    #[arg(long)]
    ascii: bool,
}

fn parse_code(name: &str) -> Result<Code, String> {
    let code = lookup(name)
        .map(|info| info.code)
        .ok_or_else(|| format!("unknown finding code `{name}` (`ghgcheck rules` lists them)"))?;
    match settings::fixed(code) {
        Some(message) => Err(message),
        None => Ok(code),
    }
}

fn parse_severity(choice: &str) -> Result<(Code, Severity), String> {
    let (code, level) = choice
        .split_once('=')
        .ok_or_else(|| format!("`{choice}` is not CODE=LEVEL, e.g. T001=error"))?;
    let severity = Severity::parse(level)
        .ok_or_else(|| format!("unknown severity `{level}`: use error, warning or info"))?;
    Ok((parse_code(code.trim())?, severity))
}

/// The settings file (named, or found in the working directory) with the
/// command line laid over it.
fn load_settings(args: &Args) -> Result<Config, String> {
    let file = match (&args.config, args.no_config) {
        (Some(path), _) => Config::load(path),
        (None, true) => Ok(Config::default()),
        (None, false) => Config::discover(Path::new("")),
    };
    let profiles = args
        .profile
        .iter()
        .map(|name| Profile::load(name, Path::new("")).map_err(|e| format!("--profile: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let mut flags = RuleChoices {
        ignore: args.ignore.clone(),
        severity: Vec::new(),
        options: toml::Table::new(),
    };
    for &(code, severity) in &args.severity {
        if let Some(message) = flags.clash(code) {
            return Err(format!("--severity: {message}"));
        }
        flags.severity.push((code, severity));
    }
    Ok(file
        .map_err(|e| e.to_string())?
        .with(flags)
        .with_profiles(profiles))
}

/// Reads and checks a mapping file; it lives for the rest of the run.
fn load_mapping(path: &Path) -> Result<Layout, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mapping = Mapping::parse(&text, &path.display().to_string()).map_err(|e| e.to_string())?;
    Ok(Layout::Mapped(MappingRef(Box::leak(Box::new(mapping)))))
}

fn parse_gwp(name: &str) -> Result<GwpSet, String> {
    GwpSet::parse(name).ok_or_else(|| format!("unknown GWP set `{name}`; use SAR, AR4, AR5 or AR6"))
}

fn parse_layout(name: &str) -> Result<Layout, String> {
    Layout::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Layout::known().map(|l| l.name()).collect();
        format!("unknown layout `{name}`; known: {}", names.join(", "))
    })
}

pub fn run(args: Args) -> u8 {
    let filter = match Filter::new(&args.exclude, args.out.as_deref()) {
        Ok(filter) => match &args.annotate {
            Some(dir) => filter.skipping(dir),
            None => filter,
        },
        Err(e) => {
            output::error(&e.to_string());
            return EXIT_FAILURE;
        }
    };
    let (files, missing) = match submissions(&args, &filter) {
        Ok(found) => found,
        Err(message) => {
            output::error(&message);
            return EXIT_FAILURE;
        }
    };
    if files.is_empty() {
        if missing == 0 {
            output::error(
                "no submissions found (looked for .xlsx .xlsm .xlsb .xls .ods .csv .json)",
            );
        }
        return EXIT_FAILURE;
    }
    let out = args.out.clone().map(|dir| {
        let options = DatasetOptions {
            include_invalid: args.include_invalid,
            csv_bom: args.csv_bom,
        };
        (dir, options)
    });
    let colour = match args.output {
        Some(_) => args.color == Colour::Always,
        None => use_colour(args.color),
    };
    let stdout = match args.format {
        Format::Json => Stdout::Json,
        Format::Jsonl => Stdout::Jsonl,
        Format::Sarif => Stdout::Sarif,
        Format::Github => Stdout::Github,
        Format::Junit => Stdout::Junit,
        Format::Csv => Stdout::Csv,
        Format::Html => Stdout::Html,
        Format::Text | Format::Narrated => Stdout::Text {
            colour: colour && args.format == Format::Text,
            ascii: args.ascii || !locale_is_utf8(),
            narrated: args.format == Format::Narrated,
            max_per_rule: args.max_per_rule,
            detail: match (args.quiet, args.statistics) {
                (true, _) => Detail::Quiet,
                (false, true) => Detail::Statistics,
                (false, false) => Detail::Findings,
            },
        },
    };
    let mut sink = sink(stdout, args.output.clone(), out);
    if args.fail_on == FailOn::Warning {
        sink.fail_on_warnings();
    }
    // The submission read from stdin, which the annotated copies cannot
    // read again.
    let stdin = files.iter().find_map(|s| match s {
        Submission::Bytes { name, bytes } => Some((name.clone(), Arc::clone(bytes))),
        Submission::File(_) => None,
    });
    let annotator = |annotator: Annotator| match &stdin {
        Some((name, bytes)) => annotator.with_stdin(name.clone(), Arc::clone(bytes)),
        None => annotator,
    };
    if let Some(dir) = &args.out {
        sink.add(Box::new(annotator(Annotator::in_out_dir(dir.clone()))));
    }
    if let Some(dir) = &args.annotate {
        sink.add(Box::new(annotator(Annotator::new(dir.clone()))));
    }
    let layout = match &args.mapping {
        Some(path) => match load_mapping(path) {
            Ok(layout) => Some(layout),
            Err(message) => {
                output::error(&message);
                return EXIT_FAILURE;
            }
        },
        None => args.layout,
    };
    let config = match load_settings(&args) {
        Ok(config) => config,
        Err(message) => {
            output::error(&message);
            return EXIT_FAILURE;
        }
    };
    let mut options = Options {
        config,
        overrides: Overrides {
            facts: Facts {
                city: args.city.clone(),
                country: args.country.clone(),
                year: args.year,
                gwp: args.gwp.map(|set| set.name().to_owned()),
                gpc_level: None,
            },
            force: args.force_facts,
        },
        layout,
        gwp: args.gwp,
        history: History::default(),
    };
    let pool = match batch::pool(args.jobs) {
        Ok(pool) => pool,
        Err(e) => {
            output::error(&format!("cannot start worker threads: {e}"));
            return EXIT_FAILURE;
        }
    };
    if !args.history.is_empty() {
        let earlier = match discover(&args.history, &filter) {
            Ok(earlier) => earlier,
            Err(e) => {
                output::error(&format!("--history: {e}"));
                return EXIT_FAILURE;
            }
        };
        options.history = batch::history(&earlier, &pool, &options);
    }
    let mut failed = false;
    sink.begin();
    let ascii = args.ascii || !locale_is_utf8();
    let progress = super::progress::bar(files.len(), ascii);
    let batch_findings = batch::run_until(&files, pool, &options, |report| {
        failed |= report.status != Status::Valid || args.fail_on.is_met(report.counts());
        progress.suspend(|| sink.file(&report));
        progress.inc(1);
        !sink.is_closed()
    });
    progress.finish_and_clear();
    // Every reader went away (`| head`): nothing more would be seen.
    let Some(batch_findings) = batch_findings else {
        return if failed { EXIT_INVALID } else { EXIT_CLEAN };
    };
    failed |= args
        .fail_on
        .is_met(Counts::of(batch_findings.iter().map(|f| &f.finding)));
    sink.batch(&batch_findings);
    if let Err(e) = sink.finish() {
        output::error(&e.to_string());
        return EXIT_FAILURE;
    }
    if missing > 0 {
        // Said again at the end, where a long report does not hide it.
        output::error(&format!(
            "{missing} path{} could not be checked (see above)",
            if missing == 1 { "" } else { "s" }
        ));
        return EXIT_FAILURE;
    }
    if failed { EXIT_INVALID } else { EXIT_CLEAN }
}

/// The most `validate -` reads from stdin.
const STDIN_LIMIT: u64 = 256 * 1024 * 1024;

/// The submissions to check, in the order named, and how many named paths
/// do not exist or could not be searched (each reported on stderr here;
/// the others are still checked). `Err` stops the run before it starts.
fn submissions(args: &Args, filter: &Filter) -> Result<(Vec<Submission>, usize), String> {
    let stdin = Path::new("-");
    let dashes = args.paths.iter().filter(|p| p.as_path() == stdin).count();
    if dashes > 1 {
        return Err("`-` (stdin) can be named only once".to_owned());
    }
    if dashes == 0 && args.stdin_name.is_some() {
        return Err(
            "--stdin-name names the submission read from stdin: name `-` among the paths too"
                .to_owned(),
        );
    }
    let mut submissions = Vec::new();
    let mut missing = 0;
    // The paths before and after `-` are searched apart, so that stdin
    // keeps its place in the order of the report.
    for (index, group) in args.paths.split(|p| p.as_path() == stdin).enumerate() {
        if index > 0 {
            let name = args.stdin_name.clone().unwrap_or_else(|| stdin.to_owned());
            let bytes = read_bounded(std::io::stdin().lock(), STDIN_LIMIT)?;
            submissions.push(Submission::Bytes {
                name,
                bytes: bytes.into(),
            });
        }
        let found = discover_each(group, filter);
        for problem in &found.problems {
            output::error(&problem.to_string());
        }
        missing += found.problems.len();
        submissions.extend(found.files.into_iter().map(Submission::File));
    }
    Ok((submissions, missing))
}

/// Reads all of stdin, refusing more than `limit` bytes.
fn read_bounded(stdin: impl std::io::Read, limit: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    stdin
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "stdin holds more than {}, the most `-` reads: save it to a file and name the file",
            size(limit)
        ));
    }
    Ok(bytes)
}

fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1024 * 1024 => format!("{} MiB", b / (1024 * 1024)),
        b => format!("{b} bytes"),
    }
}

impl FailOn {
    /// True when findings counted so make the run fail.
    fn is_met(self, counts: Counts) -> bool {
        counts.errors > 0 || (self == FailOn::Warning && counts.warnings > 0)
    }
}

fn use_colour(choice: Colour) -> bool {
    match choice {
        Colour::Always => true,
        Colour::Never => false,
        Colour::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// False when the locale the environment names (LC_ALL, else LC_CTYPE,
/// else LANG; the first one set) is not UTF-8, e.g. `C` or
/// `en_US.ISO-8859-1`: the terminal then cannot show box drawing. An
/// environment naming no locale is taken as UTF-8.
fn locale_is_utf8() -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .is_none_or(|locale| {
            let locale = locale.to_ascii_lowercase();
            locale.contains("utf-8") || locale.contains("utf8")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_is_read_up_to_the_limit_and_refused_above_it() {
        assert_eq!(
            read_bounded(&b"a,b\n1,2\n"[..], 8),
            Ok(b"a,b\n1,2\n".to_vec())
        );
        let err = read_bounded(&b"a,b\n1,2\n3"[..], 8).unwrap_err();
        assert_eq!(
            err,
            "stdin holds more than 8 bytes, the most `-` reads: save it to a file and name the file"
        );
        assert!(
            read_bounded(std::io::empty(), STDIN_LIMIT)
                .unwrap()
                .is_empty()
        );
        assert_eq!(size(STDIN_LIMIT), "256 MiB");
    }
}
