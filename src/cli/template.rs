//! `ghgcheck template -o FILE`: writes the blank submission template as a
//! workbook (xlsx or ods) or in its CSV form, chosen by the file's
//! extension (or `--format`). An existing file is replaced only with
//! `--force`; the file is written atomically, with the usual permissions.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use ghgcheck::template::{Filling, TemplateFormat, write_template};

use super::output;
use super::{EXIT_CLEAN, EXIT_FAILURE};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Xlsx,
    Ods,
    Csv,
}

impl Format {
    fn from_extension(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::value_variants()
            .iter()
            .copied()
            .find(|f| f.name() == extension)
    }

    fn name(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Ods => "ods",
            Format::Csv => "csv",
        }
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// File to write: FILE.xlsx, FILE.ods or FILE.csv (the extension chooses the form)
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    /// Form of the template, for a file named with another extension
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,
}

/// The form to write, or why it cannot be told.
fn choose(path: &Path, format: Option<Format>) -> Result<Format, String> {
    match (format, Format::from_extension(path)) {
        (None, Some(by_name)) => Ok(by_name),
        (Some(asked), Some(by_name)) if asked != by_name => Err(format!(
            "--format {} does not match the extension of {}: name the file .{} or leave out --format",
            asked.name(),
            path.display(),
            asked.name()
        )),
        (Some(asked), _) => Ok(asked),
        (None, None) => Err(format!(
            "cannot tell which form to write from the name {}: end it in .xlsx, .ods or .csv, or pass --format",
            path.display()
        )),
    }
}

pub fn run(args: Args) -> u8 {
    let format = match choose(&args.output, args.format) {
        Ok(format) => format,
        Err(message) => {
            output::error(&message);
            return EXIT_FAILURE;
        }
    };
    if args.output.exists() && !args.force {
        output::error(&format!(
            "{} exists; pass --force to replace it, or choose another path",
            args.output.display()
        ));
        return EXIT_FAILURE;
    }
    let format = match format {
        Format::Xlsx => TemplateFormat::Xlsx,
        Format::Ods => TemplateFormat::Ods,
        Format::Csv => TemplateFormat::Csv,
    };
    match write_template(&args.output, format, &Filling::default()) {
        Ok(()) => EXIT_CLEAN,
        Err(e) => {
            output::error(&e.to_string());
            EXIT_FAILURE
        }
    }
}
