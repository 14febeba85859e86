//! Template output goes through [`crate::fs_atomic`], so a reader never
//! sees half a template; failures name the target path.

use std::path::Path;

use super::error::TemplateError;

/// Writes `bytes` to `path` atomically, naming the path on failure.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), TemplateError> {
    crate::fs_atomic::write_atomically(path, bytes).map_err(|source| TemplateError::Io {
        path: path.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_directory_is_an_io_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing").join("t.xlsx");
        let err = write_atomically(&target, b"x").unwrap_err();
        assert!(matches!(err, TemplateError::Io { .. }));
        assert!(err.to_string().contains("t.xlsx"), "{err}");
    }
}
