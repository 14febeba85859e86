//! What the batch benchmark measures besides wall time: the process's peak
//! resident memory per run (Linux: the peak is reset through
//! /proc/self/clear_refs before each run and read from `VmHWM` after it)
//! and the worker time per stage of the pipeline (`ghgcheck::stage_timing`).
//! Also the number formatting every line of the report shares.

use std::time::Instant;

/// Sets the process's peak resident memory back to its current size
/// (Linux: `5` written to /proc/self/clear_refs); elsewhere does nothing.
pub fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// A field of /proc/self/status in MB (`VmHWM` the peak since the last
/// reset, `VmRSS` the current size); `None` where that is not available.
fn status_mb(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// One measured run: wall seconds, and the resident memory before it and
/// at its peak, in MB, where the system tells them.
#[derive(Clone, Copy, Debug)]
pub struct Run {
    pub seconds: f64,
    pub before_mb: Option<f64>,
    pub peak_mb: Option<f64>,
}

impl Run {
    /// `, peak 123 MB` when the peak is known.
    pub fn peak(&self) -> String {
        self.peak_mb
            .map_or_else(String::new, |mb| format!(", peak {mb:.0} MB"))
    }

    /// What the run added to the resident memory at its peak, in bytes.
    pub fn growth_bytes(&self) -> Option<f64> {
        Some((self.peak_mb? - self.before_mb?).max(0.0) * 1024.0 * 1024.0)
    }
}

/// Times `work` with the memory peak reset before it; with `stages`, the
/// worker time per stage is counted from zero during it.
pub fn measure<T>(stages: bool, work: impl FnOnce() -> T) -> (Run, T) {
    if stages {
        ghgcheck::stage_timing::enable();
    }
    reset_peak_memory();
    let before_mb = status_mb("VmRSS:");
    let start = Instant::now();
    let value = work();
    let seconds = start.elapsed().as_secs_f64();
    let run = Run {
        seconds,
        before_mb,
        peak_mb: status_mb("VmHWM:"),
    };
    (run, value)
}

/// The worker time per stage counted since the last [`measure`] with
/// stages, as one indented line of seconds and shares of their sum.
pub fn stage_line() -> String {
    let stages = ghgcheck::stage_timing::take();
    let total: f64 = stages.iter().map(|(_, d)| d.as_secs_f64()).sum();
    let parts: Vec<String> = stages
        .iter()
        .map(|(stage, d)| {
            format!(
                "{} {:.2} s ({:.0} %)",
                stage.name(),
                d.as_secs_f64(),
                100.0 * d.as_secs_f64() / total.max(f64::MIN_POSITIVE)
            )
        })
        .collect();
    format!("      time per stage: {}", parts.join(", "))
}

/// `1234567.8` as `1,234,568`.
pub fn thousands(x: f64) -> String {
    let digits = format!("{:.0}", x.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A ratio with two significant digits or more: `0.31x`, `4.2x`, `57x`.
pub fn ratio(x: f64) -> String {
    if x >= 10.0 {
        format!("{x:.0}x")
    } else if x >= 1.0 {
        format!("{x:.1}x")
    } else {
        format!("{x:.2}x")
    }
}

/// `met` or `not met`.
pub fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "not met" }
}

/// `, load average 1.23` (the system's one-minute load, from
/// /proc/loadavg) where it is known: figures taken on a busy machine move.
pub fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .map_or_else(String::new, |l| format!(", load average {l}"))
}
