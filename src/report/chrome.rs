//! The fixed words of the text and narrated reports (headings, labels,
//! summary sentences), read from the message catalogue by id
//! (`## Text report chrome` in `messages/en.ftl`), and the characters the
//! report draws with: box drawing, or plain ASCII when the terminal cannot
//! show it.

use super::catalogue;
use crate::diagnostic::{Arg, Args, Counts, Severity};
use crate::outcome::Status;

/// The text of chrome message `id` with `args`.
pub fn text(id: &'static str, args: &[(&'static str, Arg)]) -> String {
    let mut all = Args::default();
    for (name, value) in args {
        all.set(name, value.clone());
    }
    catalogue::active().text(id, &all)
}

/// A file's or an inventory's status, as the text report shouts it.
pub fn status(status: Status) -> String {
    text(
        match status {
            Status::Valid => "text-status-valid",
            Status::Invalid => "text-status-invalid",
            Status::Unreadable => "text-status-unreadable",
        },
        &[],
    )
}

/// `2 errors, 1 warning`.
pub fn counts(counts: &Counts) -> String {
    text(
        "text-counts",
        &[
            ("errors", counts.errors.into()),
            ("warnings", counts.warnings.into()),
        ],
    )
}

/// `Error`, `Warning`, `Note`: a severity as narrated.
pub fn severity(severity: Severity) -> String {
    text(
        match severity {
            Severity::Error => "narrated-error",
            Severity::Warning => "narrated-warning",
            Severity::Info => "narrated-info",
        },
        &[],
    )
}

/// The characters the report draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Glyphs {
    pub rule: &'static str,
    pub column: &'static str,
    pub ellipsis: &'static str,
    pub times: &'static str,
    pub differs: &'static str,
    pub none: &'static str,
}

impl Glyphs {
    pub const UNICODE: Glyphs = Glyphs {
        rule: "──",
        column: " │ ",
        ellipsis: "…",
        times: "×",
        differs: "≠",
        none: "—",
    };
    pub const ASCII: Glyphs = Glyphs {
        rule: "--",
        column: " | ",
        ellipsis: "...",
        times: "x",
        differs: "!=",
        none: "-",
    };

    /// `text` with the box-drawing and typographic characters of the
    /// report replaced by these.
    pub fn plain(&self, text: &str) -> String {
        if *self == Glyphs::UNICODE {
            return text.to_owned();
        }
        text.replace('…', self.ellipsis)
            .replace('×', self.times)
            .replace('≠', self.differs)
            .replace('—', self.none)
    }
}
