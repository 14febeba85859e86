//! The one interface every report format implements, and the sink that
//! feeds a run's reports to any number of them. A renderer writes to what
//! its caller gives it (stdout, a buffer, a file); the library itself never
//! prints.

use std::io;

use super::summary::Summary;
use crate::diagnostic::BatchFinding;
use crate::outcome::FileReport;

/// A report format. Calls come in this order: `begin`, `file` once per
/// file in input order, `batch` once after the last file, `finish`.
pub trait Renderer {
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }

    /// One file's report, as soon as it is ready.
    fn file(&mut self, report: &FileReport) -> io::Result<()>;

    /// Findings about the batch as a whole (possibly none).
    fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()>;

    /// The run's summary; the renderer completes its output.
    fn finish(&mut self, summary: &Summary) -> io::Result<()>;
}

/// One renderer and whether it still takes output.
struct Output {
    renderer: Box<dyn Renderer>,
    open: bool,
}

/// Hands every report to each renderer and keeps the summary. A renderer
/// whose reader went away (`ghgcheck ... | head`) is closed quietly; any
/// other write error closes it and is returned by [`Sink::finish`].
#[derive(Default)]
pub struct Sink {
    outputs: Vec<Output>,
    summary: Summary,
    error: Option<io::Error>,
}

impl Sink {
    pub fn new() -> Self {
        Sink::default()
    }

    pub fn add(&mut self, renderer: Box<dyn Renderer>) {
        self.outputs.push(Output {
            renderer,
            open: true,
        });
    }

    /// The run fails on warnings too (`--fail-on warning`): the summary
    /// says so when warnings alone fail it.
    pub fn fail_on_warnings(&mut self) {
        self.summary.fail_on_warnings = true;
    }

    pub fn begin(&mut self) {
        self.each(|r| r.begin());
    }

    pub fn file(&mut self, report: &FileReport) {
        self.summary.add(report);
        self.each(|r| r.file(report));
    }

    pub fn batch(&mut self, findings: &[BatchFinding]) {
        self.summary.add_batch(findings);
        self.each(|r| r.batch(findings));
    }

    /// True when every renderer has closed (its reader went away, or it
    /// failed): nothing more of the run would be seen, so it may stop.
    pub fn is_closed(&self) -> bool {
        !self.outputs.is_empty() && self.outputs.iter().all(|o| !o.open)
    }

    /// Completes every renderer; the summary of the run, or the first
    /// write error met on the way.
    pub fn finish(mut self) -> io::Result<Summary> {
        let summary = self.summary;
        self.each(|r| r.finish(&summary));
        match self.error {
            Some(error) => Err(error),
            None => Ok(summary),
        }
    }

    fn each(&mut self, mut call: impl FnMut(&mut dyn Renderer) -> io::Result<()>) {
        for output in self.outputs.iter_mut().filter(|o| o.open) {
            if let Err(error) = call(output.renderer.as_mut()) {
                output.open = false;
                if error.kind() != io::ErrorKind::BrokenPipe && self.error.is_none() {
                    self.error = Some(error);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::Status;
    use std::path::PathBuf;
    use std::sync::{Arc, Mutex};

    /// Records the calls it gets; fails with `fail` on its second file.
    struct Probe {
        calls: Arc<Mutex<Vec<String>>>,
        fail: Option<io::ErrorKind>,
    }

    impl Renderer for Probe {
        fn begin(&mut self) -> io::Result<()> {
            self.calls.lock().unwrap().push("begin".into());
            Ok(())
        }
        fn file(&mut self, report: &FileReport) -> io::Result<()> {
            let mut calls = self.calls.lock().unwrap();
            if calls.len() == 2
                && let Some(kind) = self.fail
            {
                return Err(io::Error::from(kind));
            }
            calls.push(format!("file {}", report.path.display()));
            Ok(())
        }
        fn batch(&mut self, findings: &[BatchFinding]) -> io::Result<()> {
            self.calls
                .lock()
                .unwrap()
                .push(format!("batch {}", findings.len()));
            Ok(())
        }
        fn finish(&mut self, summary: &Summary) -> io::Result<()> {
            self.calls
                .lock()
                .unwrap()
                .push(format!("finish {}", summary.files));
            Ok(())
        }
    }

    fn report(name: &str) -> FileReport {
        FileReport {
            path: PathBuf::from(name),
            format: None,
            layout: None,
            status: Status::Valid,
            inventories: vec![],
            findings: vec![],
        }
    }

    fn run(fail: Option<io::ErrorKind>) -> (Vec<String>, Vec<String>, io::Result<Summary>) {
        let healthy = Arc::new(Mutex::new(Vec::new()));
        let failing = Arc::new(Mutex::new(Vec::new()));
        let mut sink = Sink::new();
        sink.add(Box::new(Probe {
            calls: healthy.clone(),
            fail: None,
        }));
        sink.add(Box::new(Probe {
            calls: failing.clone(),
            fail,
        }));
        sink.begin();
        sink.file(&report("a"));
        sink.file(&report("b"));
        sink.batch(&[]);
        let result = sink.finish();
        let healthy = healthy.lock().unwrap().clone();
        let failing = failing.lock().unwrap().clone();
        (healthy, failing, result)
    }

    #[test]
    fn every_renderer_gets_every_call_in_order() {
        let (healthy, other, result) = run(None);
        let expected = ["begin", "file a", "file b", "batch 0", "finish 2"];
        assert_eq!(healthy, expected);
        assert_eq!(other, expected);
        assert_eq!(result.unwrap().files, 2);
    }

    #[test]
    fn a_closed_pipe_closes_one_renderer_quietly() {
        let (healthy, failing, result) = run(Some(io::ErrorKind::BrokenPipe));
        assert_eq!(healthy.len(), 5);
        assert_eq!(failing, ["begin", "file a"]);
        assert!(result.is_ok());
    }

    #[test]
    fn the_sink_is_closed_when_every_renderer_is() {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let mut sink = Sink::new();
        assert!(!sink.is_closed());
        sink.add(Box::new(Probe {
            calls: calls.clone(),
            fail: Some(io::ErrorKind::BrokenPipe),
        }));
        sink.begin();
        sink.file(&report("a"));
        assert!(!sink.is_closed());
        sink.file(&report("b"));
        assert!(sink.is_closed());
    }

    #[test]
    fn another_write_error_is_returned_at_the_end() {
        let (healthy, _, result) = run(Some(io::ErrorKind::StorageFull));
        assert_eq!(healthy.len(), 5);
        assert_eq!(result.unwrap_err().kind(), io::ErrorKind::StorageFull);
    }
}
