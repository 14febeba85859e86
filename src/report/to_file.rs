//! `--output FILE`: any renderer written to a file instead of stdout. The
//! renderer writes into memory; when it has finished, the bytes replace the
//! file atomically ([`crate::fs_atomic`]), so a reader never sees half a
//! report and a failed run leaves the previous file intact.

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::renderer::Renderer;
use super::summary::Summary;
use crate::diagnostic::BatchFinding;
use crate::fs_atomic::write_atomically;
use crate::outcome::FileReport;

/// A writer into memory that the [`ToFile`] renderer reads back.
#[derive(Clone, Default)]
pub struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut inner = self
            .0
            .lock()
            .map_err(|_| io::Error::other("poisoned buffer"))?;
        inner.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Writes what `inner` renders into a [`Buffer`] to `path` once finished.
pub struct ToFile {
    inner: Box<dyn Renderer>,
    buffer: Buffer,
    path: PathBuf,
}

impl ToFile {
    /// `make` builds the renderer on the writer it is given.
    pub fn new(path: PathBuf, make: impl FnOnce(Buffer) -> Box<dyn Renderer>) -> Self {
        let buffer = Buffer::default();
        ToFile {
            inner: make(buffer.clone()),
            buffer,
            path,
        }
    }
}

impl Renderer for ToFile {
    fn begin(&mut self) -> io::Result<()> {
        self.inner.begin()
    }

    fn file(&mut self, report: &FileReport) -> io::Result<()> {
        self.inner.file(report)
    }

    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
        self.inner.batch(findings)
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        self.inner.finish(summary)?;
        let bytes = std::mem::take(
            &mut *self
                .buffer
                .0
                .lock()
                .map_err(|_| io::Error::other("poisoned buffer"))?,
        );
        write_atomically(&self.path, &bytes).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("cannot write {}: {e}", self.path.display()),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::json::JsonRenderer;

    #[test]
    fn the_file_appears_only_when_the_report_is_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        let mut renderer = ToFile::new(path.clone(), |out| Box::new(JsonRenderer::new(out)));
        renderer.begin().unwrap();
        renderer.batch(&[]).unwrap();
        assert!(!path.exists());
        renderer.finish(&Summary::default()).unwrap();
        let document: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(document["summary"]["files"], 0);
    }
}
