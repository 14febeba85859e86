//! `ghgcheck inspect FILE`: prints what a file holds (sheets, the likely
//! header row, each column with samples and its probable field) and, with
//! `--emit-mapping`, writes a starter mapping file from those guesses.

use std::fmt::Write;
use std::path::PathBuf;

use clap::ValueEnum;
use ghgcheck::fs_atomic::write_atomically;
use ghgcheck::inspect::{
    Basis, Guess, InspectError, InspectedColumn, Inspection, inspect, starter_mapping,
};
use ghgcheck::layout::mapped::spec::holds_blank;

use ghgcheck::report::catalogue;

use super::output;
use super::{EXIT_CLEAN, EXIT_FAILURE};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// The file to look into (spreadsheet or CSV)
    file: PathBuf,
    /// Only this sheet (and the one a starter mapping describes)
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// Write a starter mapping for the file to this path
    #[arg(long, value_name = "OUT.toml")]
    emit_mapping: Option<PathBuf>,
    /// Replace an existing file at the --emit-mapping path
    #[arg(long)]
    force: bool,
    /// Output format on stdout
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

pub fn run(args: Args) -> u8 {
    let inspection = match inspect(&args.file, args.sheet.as_deref()) {
        Ok(inspection) => inspection,
        Err(err) => {
            output::error(&format!("{}: {err}", args.file.display()));
            if let InspectError::Unreadable(finding) = &err
                && let Some(help) = catalogue::active().help(finding)
            {
                output::error(&format!("hint: {help}"));
            }
            return EXIT_FAILURE;
        }
    };
    let printed = match args.format {
        Format::Text => render(&inspection),
        Format::Json => {
            serde_json::to_string_pretty(&inspection).expect("inspection serialises") + "\n"
        }
    };
    output::stdout(&printed);
    match &args.emit_mapping {
        Some(path) => emit(&inspection, args.sheet.as_deref(), path, args.force),
        None => EXIT_CLEAN,
    }
}

fn emit(inspection: &Inspection, sheet: Option<&str>, path: &std::path::Path, force: bool) -> u8 {
    if path.exists() && !force {
        output::error(&format!(
            "{} exists; pass --force to replace it, or choose another path",
            path.display()
        ));
        return EXIT_FAILURE;
    }
    let text = match starter_mapping(inspection, sheet) {
        Ok(text) => text,
        Err(why) => {
            output::error(&format!("no starter mapping written: {why}"));
            return EXIT_FAILURE;
        }
    };
    if let Err(err) = write_atomically(path, text.as_bytes()) {
        output::error(&format!("cannot write {}: {err}", path.display()));
        return EXIT_FAILURE;
    }
    let blanks: Vec<String> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| holds_blank(l))
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    let message = match blanks.is_empty() {
        true => format!(
            "wrote {}: check its guesses, then use it with --mapping",
            path.display()
        ),
        false => format!(
            "wrote {}: fill its {} (FILL on line {}), check its guesses, then use it with --mapping",
            path.display(),
            if blanks.len() == 1 { "blank" } else { "blanks" },
            blanks.join(", ")
        ),
    };
    eprintln!("{message}");
    EXIT_CLEAN
}

const HEADER_WIDTH: usize = 38;
const SAMPLES_WIDTH: usize = 36;

fn render(inspection: &Inspection) -> String {
    let mut out = String::new();
    let layout = inspection.layout.as_deref().map_or(
        "no known layout (a mapping file can describe it)".to_owned(),
        |l| format!("layout {l}"),
    );
    let format = serde_json::to_value(inspection.format)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let _ = writeln!(out, "{}: {format}, {layout}", inspection.file);
    if inspection.sheets.is_empty() {
        let _ = writeln!(
            out,
            "  no sheets: a JSON file is read as an inventory document"
        );
    }
    for sheet in &inspection.sheets {
        let name = sheet
            .name
            .as_deref()
            .map_or("table".to_owned(), |n| format!("sheet '{n}'"));
        let header = match sheet.header_row {
            Some(row) if sheet.header_rows.len() > 1 => format!(
                "header rows {} to {row} (group titles above the column headers)",
                sheet.header_rows[0]
            ),
            Some(row) if sheet.other_header_rows.is_empty() => format!("header row {row}"),
            Some(row) => format!(
                "header row {row} (or {})",
                sheet
                    .other_header_rows
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            None => "no header row found".to_owned(),
        };
        let shape = match (
            sheet.gpc_ref_columns,
            sheet.columns.iter().any(
                |c| matches!(&c.guess, Some(Guess::RecordField { field }) if field == "gpc_ref"),
            ),
        ) {
            (true, _) => "; looks wide: one column per GPC ref",
            (_, true) => "; looks long: one row per emission record",
            _ => "",
        };
        let _ = writeln!(
            out,
            "\n{name}: {} rows with data; {header}{shape}",
            sheet.rows
        );
        let _ = writeln!(
            out,
            "  {:<4} {:<HEADER_WIDTH$} {:<SAMPLES_WIDTH$} probable field",
            "col", "header", "samples"
        );
        for column in &sheet.columns {
            let _ = writeln!(
                out,
                "  {:<4} {:<HEADER_WIDTH$} {:<SAMPLES_WIDTH$} {}",
                column.profile.column,
                fit(column.profile.header.as_deref().unwrap_or(""), HEADER_WIDTH),
                fit(&column.profile.samples.join(" | "), SAMPLES_WIDTH),
                describe(column)
            );
        }
    }
    out
}

fn describe(column: &InspectedColumn) -> String {
    let Some(guess) = &column.guess else {
        return "-".to_owned();
    };
    let what = match guess {
        Guess::Fact { field, .. } => field.clone(),
        Guess::RecordField { field } => format!("record {field}"),
        Guess::Total {
            label, scope, unit, ..
        } => {
            let scope = scope.map_or(String::new(), |s| format!(", scope {s}"));
            let unit = unit.as_deref().unwrap_or("unit not stated");
            format!("total \"{label}\"{scope}, {unit}")
        }
        Guess::GpcCell { gpc_ref } => format!("emissions of GPC {gpc_ref}"),
        Guess::InventoryFlag => {
            "whether the row has an inventory (a [skip] is only suggested)".to_owned()
        }
        Guess::EmissionsUnit { units, total_only } => {
            let of = if *total_only {
                "the total"
            } else {
                "the emission amounts"
            };
            format!("unit of {of}: {}", units.join(", "))
        }
    };
    let basis = match column.basis {
        Some(Basis::KnownHeader) => "known header",
        Some(Basis::Values) => "from values",
        Some(Basis::Keyword) | None => "by keyword",
    };
    match column.preferred {
        true => format!("{what} ({basis})"),
        false => format!("{what}? (another column is preferred)"),
    }
}

/// Text cut to `width` characters, line breaks as spaces.
fn fit(text: &str, width: usize) -> String {
    let flat = text.replace('\n', " ");
    if flat.chars().count() <= width {
        return flat;
    }
    let cut: String = flat.chars().take(width - 1).collect();
    format!("{cut}…")
}
