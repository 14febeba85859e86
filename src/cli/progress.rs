//! The progress bar of `validate`: drawn on stderr, only when stderr is a
//! terminal and the batch has more than a few files. Every write of a
//! report goes through [`ProgressBar::suspend`], which clears the bar,
//! lets the report be written, then draws the bar again below it, so a
//! report on the same terminal (stdout) is never cut by the bar; with
//! stdout redirected the bar stays alone on the terminal. Cleared when
//! the run ends; never on stdout.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Batches of this many files or fewer get no bar.
const FEW_FILES: usize = 3;

/// A bar for `files` files, or a hidden one.
pub fn bar(files: usize, ascii: bool) -> ProgressBar {
    if files <= FEW_FILES || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    let chars = if ascii { "#>-" } else { "█▉░" };
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len}") {
        bar.set_style(style.progress_chars(chars));
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_files_get_no_bar() {
        assert!(bar(3, false).is_hidden());
    }
}
