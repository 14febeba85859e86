//! Time spent in each stage of the pipeline, summed over a run, for the
//! benchmarks (issue 13: "time per stage"). Off unless [`enable`]d: then
//! every timed stage costs two clock reads; otherwise one relaxed load.
//! Threads add into shared counters, so with several workers the sums are
//! worker time, not wall time.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A stage of checking one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Opening the file and reading its cells or text.
    Read,
    /// Detecting the layout and extracting the inventory documents, with
    /// their facts from file names and sidecars.
    Extract,
    /// Units written in cells, the JSON Schema, the typed model.
    Schema,
    /// Unit checks, CO2e weighting, totals.
    Normalise,
    /// The methodology rules.
    Rules,
    /// The row context findings show (header and row text).
    Context,
    /// Writing the outputs (datasets, reports); timed by their writer.
    Outputs,
}

impl Stage {
    pub const ALL: [Stage; 7] = [
        Stage::Read,
        Stage::Extract,
        Stage::Schema,
        Stage::Normalise,
        Stage::Rules,
        Stage::Context,
        Stage::Outputs,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Extract => "extract",
            Stage::Schema => "schema",
            Stage::Normalise => "normalise",
            Stage::Rules => "rules",
            Stage::Context => "context",
            Stage::Outputs => "outputs",
        }
    }
}

static ENABLED: AtomicBool = AtomicBool::new(false);
static NANOS: [AtomicU64; 7] = [const { AtomicU64::new(0) }; 7];

/// Starts counting (from zero).
pub fn enable() {
    for counter in &NANOS {
        counter.store(0, Ordering::Relaxed);
    }
    ENABLED.store(true, Ordering::Relaxed);
}

/// The time counted per stage since [`enable`], and counting set to zero.
pub fn take() -> Vec<(Stage, Duration)> {
    Stage::ALL
        .iter()
        .map(|&stage| {
            let nanos = NANOS[stage as usize].swap(0, Ordering::Relaxed);
            (stage, Duration::from_nanos(nanos))
        })
        .collect()
}

/// Runs `work`, counting its time under `stage` when counting is on.
pub fn time<T>(stage: Stage, work: impl FnOnce() -> T) -> T {
    if !ENABLED.load(Ordering::Relaxed) {
        return work();
    }
    let start = Instant::now();
    let result = work();
    let nanos = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
    NANOS[stage as usize].fetch_add(nanos, Ordering::Relaxed);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_add_up_only_while_enabled() {
        // Another test may be counting too: only this stage's growth counts.
        enable();
        let value = time(Stage::Context, || {
            std::thread::sleep(Duration::from_millis(2));
            7
        });
        assert_eq!(value, 7);
        let taken = take();
        let context = taken.iter().find(|(s, _)| *s == Stage::Context).unwrap();
        assert!(context.1 >= Duration::from_millis(2), "{taken:?}");
        assert_eq!(taken.len(), Stage::ALL.len());
    }
}
