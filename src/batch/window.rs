//! In-order parallel work with a bounded reorder window: items are started
//! in index order on a worker pool and their results handed out in index
//! order, and no worker starts an item more than `window` places ahead of
//! the next one handed out. However slow one file is, the results waiting
//! behind it are at most `window`, so a batch's memory is bounded by a few
//! files' worth, never by the number of files.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError, mpsc};

/// Where the consumer stands: how many results it has handed out, and
/// whether it wants no more.
#[derive(Default)]
struct Gate {
    state: Mutex<GateState>,
    changed: Condvar,
}

#[derive(Default)]
struct GateState {
    delivered: usize,
    stopped: bool,
}

impl Gate {
    /// Waits until item `index` is within `window` of the next result to
    /// hand out; false when the consumer stopped meanwhile.
    fn wait_turn(&self, index: usize, window: usize) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while !state.stopped && index >= state.delivered + window {
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        !state.stopped
    }

    fn update(&self, change: impl FnOnce(&mut GateState)) {
        change(&mut self.state.lock().unwrap_or_else(PoisonError::into_inner));
        self.changed.notify_all();
    }
}

/// Runs `work(i)` for every `i` in `0..count` on `pool` and calls
/// `deliver(i, result)` on the calling thread in index order, as soon as
/// each result and all before it are ready. At most `window` (at least 1)
/// items run or wait ahead of the next one to deliver. `deliver` returns
/// false to stop: items not started are skipped, results in flight are
/// dropped, and the call returns false.
pub fn in_order<T: Send>(
    pool: &rayon::ThreadPool,
    count: usize,
    window: usize,
    work: impl Fn(usize) -> T + Sync,
    mut deliver: impl FnMut(usize, T) -> bool,
) -> bool {
    let window = window.max(1);
    let gate = Gate::default();
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::channel::<(usize, T)>();
    let mut completed = true;
    std::thread::scope(|scope| {
        let (gate, next, work) = (&gate, &next, &work);
        scope.spawn(move || {
            pool.scope(|workers| {
                for _ in 0..pool.current_num_threads() {
                    let sender = sender.clone();
                    workers.spawn(move |_| {
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            if index >= count || !gate.wait_turn(index, window) {
                                break;
                            }
                            // The receiver only goes away once the consumer stopped.
                            if sender.send((index, work(index))).is_err() {
                                break;
                            }
                        }
                    });
                }
            });
        });
        let mut waiting = BTreeMap::new();
        let mut expected = 0;
        'results: for (index, result) in receiver {
            waiting.insert(index, result);
            while let Some(result) = waiting.remove(&expected) {
                expected += 1;
                gate.update(|state| state.delivered = expected);
                if !deliver(expected - 1, result) {
                    gate.update(|state| state.stopped = true);
                    completed = false;
                    break 'results;
                }
            }
        }
    });
    completed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
    }

    #[test]
    fn results_come_in_index_order_whatever_order_they_finish_in() {
        let mut seen = Vec::new();
        let done = in_order(
            &pool(4),
            50,
            3,
            |i| {
                // Early items take longest.
                std::thread::sleep(std::time::Duration::from_micros(((50 - i) * 40) as u64));
                i * 10
            },
            |i, result| {
                seen.push((i, result));
                true
            },
        );
        assert!(done);
        let expected: Vec<(usize, usize)> = (0..50).map(|i| (i, i * 10)).collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn no_item_starts_more_than_the_window_ahead_of_the_next_delivered() {
        let delivered = AtomicUsize::new(0);
        let furthest_ahead = AtomicUsize::new(0);
        let window = 4;
        in_order(
            &pool(3),
            200,
            window,
            |i| {
                let ahead = i - delivered.load(Ordering::SeqCst);
                furthest_ahead.fetch_max(ahead, Ordering::SeqCst);
                // Item 0 is slow: everything else has to wait behind it.
                if i == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(30));
                }
            },
            |i, ()| {
                delivered.store(i + 1, Ordering::SeqCst);
                true
            },
        );
        assert_eq!(delivered.load(Ordering::SeqCst), 200);
        let ahead = furthest_ahead.load(Ordering::SeqCst);
        // The gate opens as a result is handed out, a moment before the
        // test's own count catches up: `window` places ahead at most.
        assert!(ahead <= window, "an item started {ahead} places ahead");
    }

    #[test]
    fn stopping_skips_what_has_not_started() {
        let started = AtomicUsize::new(0);
        let mut seen = 0;
        let done = in_order(
            &pool(2),
            1000,
            2,
            |_| {
                started.fetch_add(1, Ordering::SeqCst);
            },
            |_, ()| {
                seen += 1;
                seen < 5
            },
        );
        assert!(!done);
        assert_eq!(seen, 5);
        assert!(started.load(Ordering::SeqCst) <= 5 + 2);
    }
}
