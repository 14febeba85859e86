//! Writes the blank (or pre-filled) submission template as xlsx, ods or CSV.
//!
//! Everything the template holds is derived from
//! [`crate::layout::template::spec`] and the GPC table, so the writer and the
//! template extractor cannot drift apart. A [`Filling`] adds values on top
//! (used by tests and fixtures); the default filling is the blank template.

mod csv_form;
mod error;
mod facts;
mod input;
mod ods;
mod output;
mod plan;
mod readme;
mod table;
mod xlsx;

#[cfg(test)]
mod readback;

use std::path::Path;

pub use error::TemplateError;
pub use input::{CellInput, EmissionEntry, Filling, TemplateFormat};

/// The template in `format`, with `filling` written into it, as bytes.
/// Equal fillings give equal bytes for xlsx and CSV (not for ods, whose
/// writer stamps the current time).
pub fn template_bytes(format: TemplateFormat, filling: &Filling) -> Result<Vec<u8>, TemplateError> {
    match format {
        TemplateFormat::Xlsx => xlsx::render(&plan::workbook(filling)?),
        TemplateFormat::Ods => ods::render(&plan::workbook(filling)?),
        TemplateFormat::Csv => csv_form::render(filling),
    }
}

/// Writes the template in `format` to `path`, atomically: the bytes go to a
/// temporary file in the same directory, which then replaces `path`.
pub fn write_template(
    path: &Path,
    format: TemplateFormat,
    filling: &Filling,
) -> Result<(), TemplateError> {
    let bytes = template_bytes(format, filling)?;
    output::write_atomically(path, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_template_writes_the_same_bytes_as_template_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("template.csv");
        write_template(&path, TemplateFormat::Csv, &Filling::default()).unwrap();
        let expected = template_bytes(TemplateFormat::Csv, &Filling::default()).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), expected);
    }

    #[test]
    fn unknown_pointer_is_an_error_in_every_format() {
        let filling = Filling {
            targets: vec![vec![("/nope".into(), 1.0.into())]],
            ..Filling::default()
        };
        for format in [TemplateFormat::Xlsx, TemplateFormat::Ods] {
            let err = template_bytes(format, &filling).unwrap_err();
            assert!(
                matches!(&err, TemplateError::UnknownPointer { pointer, .. } if pointer == "/nope"),
                "{format:?}: {err}"
            );
        }
    }
}
