//! The targets of issue 13, each printed beside the figure the batch
//! benchmark measured for it, with `met` or `not met` (`not measured`
//! where the figure could not be taken, e.g. Frictionless not installed).

use super::measure::{ratio, thousands, verdict};

/// The speed-up from 1 to 2 workers that counts as near-linear.
const NEAR_LINEAR: f64 = 1.8;

/// What a set of files measured: the ratio of ghgcheck on 1 worker to the
/// floor, the speed-up from 1 to 2 workers, and ghgcheck's fastest run.
pub struct SetFigures {
    pub to_floor: f64,
    pub speed_up: f64,
    pub fastest: f64,
}

/// Each target of issue 13 beside its figure.
pub fn print(
    sets: &[(usize, SetFigures)],
    csv_set: &SetFigures,
    frictionless: Option<f64>,
    (rows_per_s, long_to_floor, per_row): (f64, f64, Option<f64>),
    cores: usize,
) {
    println!("\ntargets of issue 13");
    let target = |what: &str, figure: String, met: Option<bool>| {
        let verdict = met.map_or("not measured", verdict);
        println!("  {what:<46} {figure:<40} {verdict}");
    };
    let figures: Vec<String> = sets
        .iter()
        .map(|(n, s)| format!("{}: {}", thousands(*n as f64), ratio(s.to_floor)))
        .collect();
    let met = sets.iter().all(|(_, s)| s.to_floor <= 1.5);
    target(
        "workbooks <= 1.5x the calamine floor",
        figures.join(", "),
        Some(met),
    );
    target(
        "long table >= 500,000 rows/s on one core",
        format!("{} rows/s", thousands(rows_per_s)),
        Some(rows_per_s >= 500_000.0),
    );
    target(
        "long table <= 3x the csv floor",
        ratio(long_to_floor),
        Some(long_to_floor <= 3.0),
    );
    target(
        "CSVs >= 50x faster than Frictionless",
        frictionless.map_or("-".into(), |s| format!("{} faster", ratio(s))),
        frictionless.map(|s| s >= 50.0),
    );
    let mut speed_ups: Vec<String> = sets
        .iter()
        .map(|(n, s)| format!("{}: {}", thousands(*n as f64), ratio(s.speed_up)))
        .collect();
    speed_ups.push(format!("CSVs: {}", ratio(csv_set.speed_up)));
    let near_linear = sets
        .iter()
        .map(|(_, s)| s.speed_up)
        .chain([csv_set.speed_up])
        .all(|s| s >= NEAR_LINEAR);
    target(
        "near-linear 1 -> 2 workers (>= 1.8x)",
        speed_ups.join(", "),
        (cores >= 2).then_some(near_linear),
    );
    target(
        "long table < 1 KB a row (peak - before)",
        per_row.map_or("-".into(), |b| format!("{} bytes a row", thousands(b))),
        per_row.map(|b| b < 1024.0),
    );
}
