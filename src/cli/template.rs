//! `ghgcheck template -o FILE`: writes the blank submission template as a
//! workbook (xlsx or ods) or in its CSV form.

use std::path::PathBuf;

use clap::ValueEnum;
use ghgcheck::template::{Filling, TemplateFormat, write_template};

use super::output;
use super::{EXIT_CLEAN, EXIT_FAILURE};

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Xlsx,
    Ods,
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    /// File to write
    #[arg(short, long)]
    output: PathBuf,
    /// Form of the template; by default taken from the file extension (xlsx if unknown)
    #[arg(long, value_enum)]
    format: Option<Format>,
}

pub fn run(args: Args) -> u8 {
    let format = match args.format {
        Some(Format::Xlsx) => TemplateFormat::Xlsx,
        Some(Format::Ods) => TemplateFormat::Ods,
        Some(Format::Csv) => TemplateFormat::Csv,
        None => match args
            .output
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("ods") => TemplateFormat::Ods,
            Some("csv") => TemplateFormat::Csv,
            _ => TemplateFormat::Xlsx,
        },
    };
    match write_template(&args.output, format, &Filling::default()) {
        Ok(()) => EXIT_CLEAN,
        Err(e) => {
            output::error(&format!("cannot write {}: {e}", args.output.display()));
            EXIT_FAILURE
        }
    }
}
