//! Formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a
//! tab or a carriage return is run as a formula by spreadsheet programs.
//! Text written to CSV and XLSX outputs gets a leading apostrophe so it is
//! shown as text; JSON outputs keep the exact text.

/// The text, made safe to open in a spreadsheet.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-"), "'-");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("Porto Alegre"), "Porto Alegre");
        assert_eq!(neutralise(""), "");
    }
}
