//! Annotated copies made off the thread that hands out the reports: each
//! copy means reading the submission again and writing a workbook, which
//! would otherwise hold up every other output (and, behind the bounded
//! reorder window, the checking itself). A few threads take the copies
//! from a bounded queue, so memory stays a few reports' worth; each copy
//! goes to the staged path named for it in report order, so names, and
//! bytes, are the same however the work is shared out.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Mutex, PoisonError};
use std::thread::JoinHandle;

use super::{encode_error, workbook_bytes};
use crate::outcome::{FileReport, InventorySummary};
use crate::read::{Input, read_bytes, read_file};

/// One copy to make: the file's report, its content when it was read
/// from stdin, and where the copy goes.
pub struct Job {
    pub report: FileReport,
    pub stdin: Option<Arc<[u8]>>,
    pub target: PathBuf,
}

/// The threads making copies, and the first failure among them.
pub struct Workers {
    sender: Option<SyncSender<Job>>,
    threads: Vec<JoinHandle<io::Result<()>>>,
}

impl Workers {
    /// One thread per core (at most four), two jobs queued per thread.
    pub fn start() -> Workers {
        let count = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let (sender, receiver) = sync_channel::<Job>(2 * count);
        let receiver = Arc::new(Mutex::new(receiver));
        let threads = (0..count)
            .map(|_| {
                let receiver = Arc::clone(&receiver);
                std::thread::spawn(move || work(&receiver))
            })
            .collect();
        Workers {
            sender: Some(sender),
            threads,
        }
    }

    /// Queues a copy; waits while the queue is full.
    pub fn send(&self, job: Job) -> io::Result<()> {
        self.sender
            .as_ref()
            .and_then(|sender| sender.send(job).ok())
            .ok_or_else(|| io::Error::other("the annotating threads stopped"))
    }

    /// Waits for every copy queued; the first failure, if any.
    pub fn finish(mut self) -> io::Result<()> {
        self.sender = None;
        let mut outcome = Ok(());
        for thread in std::mem::take(&mut self.threads) {
            let result = thread
                .join()
                .unwrap_or_else(|_| Err(io::Error::other("an annotating thread panicked")));
            if outcome.is_ok() {
                outcome = result;
            }
        }
        outcome
    }
}

/// Makes copies until the queue closes; stops at the first failure (the
/// rest of the queue is still drained, so the sender never blocks).
fn work(receiver: &Mutex<Receiver<Job>>) -> io::Result<()> {
    let mut outcome = Ok(());
    loop {
        let job = receiver
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .recv();
        let Ok(job) = job else {
            return outcome;
        };
        if outcome.is_ok() {
            outcome = copy(&job);
        }
    }
}

/// What a copy needs of a report (the findings, and each inventory's id
/// and totals for the `Issues` sheet): queued instead of the whole report,
/// whose inventories and source maps are far larger.
pub fn slim(report: &FileReport) -> FileReport {
    let inventories = report
        .inventories
        .iter()
        .map(|inventory| InventorySummary {
            id: inventory.id.clone(),
            city: None,
            country: None,
            year: None,
            totals: inventory.totals,
            fact_sources: Default::default(),
            status: inventory.status,
            reported_totals: inventory.reported_totals,
            inventory: Default::default(),
            reported: Default::default(),
            sources: Default::default(),
            rules_checked: Vec::new(),
        })
        .collect();
    FileReport {
        path: report.path.clone(),
        format: report.format,
        layout: report.layout,
        status: report.status,
        inventories,
        findings: report.findings.clone(),
    }
}

fn copy(job: &Job) -> io::Result<()> {
    let path = &job.report.path;
    let read = match &job.stdin {
        Some(bytes) => read_bytes(path, bytes),
        None => read_file(path),
    };
    // Read when it was checked, but gone or changed since: no copy.
    let Ok((_, Input::Cells(workbook))) = read else {
        return Ok(());
    };
    let bytes = workbook_bytes(&job.report, &workbook).map_err(|e| encode_error(path, e))?;
    std::fs::write(&job.target, bytes)
}
