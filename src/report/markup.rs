//! Escaping for markup: text made safe inside XML 1.0 and HTML content and
//! attribute values, for the JUnit and HTML reports.

/// Text made safe for XML 1.0 content and attribute values: markup
/// characters as entities, characters XML cannot hold as U+FFFD.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Written by its number: a bare quote here would mislead the
            // scan for message ids in tests/messages.rs.
            '\u{22}' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
