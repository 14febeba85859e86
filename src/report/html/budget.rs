//! What keeps the page quick to open however large the batch: a budget of
//! findings shown in full (past it, a section counts its findings per code:
//! "+N more") and a budget of elements for the files' sections (past it,
//! files and inventories get no section; the matrix still counts their
//! findings).

/// What the page may still spend.
pub struct Budget {
    findings_left: usize,
    elements_left: usize,
    /// Findings shown in full so far.
    pub shown: usize,
    /// True once a finding was not shown for want of budget.
    short: bool,
    /// Inventories left without a section.
    pub omitted: usize,
}

impl Budget {
    pub fn new(findings: usize, elements: usize) -> Self {
        Budget {
            findings_left: findings,
            elements_left: elements,
            shown: 0,
            short: false,
            omitted: 0,
        }
    }

    /// No limit: for the batch's own findings.
    pub fn unlimited() -> Self {
        Budget::new(usize::MAX, usize::MAX)
    }

    /// Takes up to `wanted` findings; how many were granted.
    pub fn take(&mut self, wanted: usize) -> usize {
        let granted = wanted.min(self.findings_left);
        self.findings_left -= granted;
        self.shown += granted;
        self.short |= granted < wanted;
        granted
    }

    /// True when some finding was left out for want of budget.
    pub fn spent(&self) -> bool {
        self.short
    }

    /// True while sections may still be written.
    pub fn has_room(&self) -> bool {
        self.elements_left > 0
    }

    /// Counts the elements of a piece of the page written (its start tags;
    /// every text in it is escaped, so each `<` starts a tag).
    pub fn spend(&mut self, html: &str) {
        let tags = html.matches('<').count() - html.matches("</").count();
        self.elements_left = self.elements_left.saturating_sub(tags);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_are_granted_while_they_last_and_elements_counted() {
        let mut budget = Budget::new(5, 3);
        assert_eq!(budget.take(3), 3);
        assert!(!budget.spent());
        assert_eq!(budget.take(3), 2);
        assert!(budget.spent());
        assert_eq!(budget.shown, 5);
        budget.spend("<p>a</p><br>");
        assert!(budget.has_room());
        budget.spend("<td>b</td>");
        assert!(!budget.has_room());
    }
}
