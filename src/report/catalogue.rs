//! The message catalogue: a finding's message id and arguments turned into
//! text. English is embedded (`messages/en.ftl`, Fluent syntax) and parsed
//! once; renderers ask here for every text they show.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Arg, Args, Finding};

/// The English catalogue, as embedded.
pub static ENGLISH: &str = include_str!("messages/en.ftl");

/// Messages of one language.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    /// Parses a catalogue; `Err` lists what cannot be read.
    pub fn parse(text: &str, language: &str) -> Result<Catalogue, String> {
        let resource = FluentResource::try_new(text.to_owned())
            .map_err(|(_, errors)| format!("{errors:?}"))?;
        let language: LanguageIdentifier = language.parse().map_err(|e| format!("{e}"))?;
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Texts go to terminals, CSV cells and JSON: no bidi isolation marks.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{errors:?}"))?;
        Ok(Catalogue { bundle })
    }

    /// True when the catalogue has a text for `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    /// The text of message `id` with `args`. A message the catalogue lacks
    /// (a bug a test guards against) shows its id and arguments.
    pub fn text(&self, id: &str, args: &Args) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("{id} {}", args.pairs().join(" "))
                .trim_end()
                .to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args.iter() {
            // Whole numbers go in as numbers, so that a selector can pick a
            // plural form (`1 row`, `2 rows`); everything else as its text.
            let value = match value {
                Arg::Integer(i) => FluentValue::from(*i),
                other => FluentValue::from(other.to_string()),
            };
            fluent_args.set(name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// A finding's message.
    pub fn message(&self, finding: &Finding) -> String {
        self.text(finding.message, &finding.args)
    }

    /// A finding's help, when it has one.
    pub fn help(&self, finding: &Finding) -> Option<String> {
        finding.help.map(|id| self.text(id, &finding.args))
    }
}

/// The message ids a Fluent text defines, in order.
pub fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// The English catalogue, parsed on first use.
pub fn english() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        Catalogue::parse(ENGLISH, "en").expect("the embedded English catalogue is valid Fluent")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Arg, Code};

    #[test]
    fn texts_are_written_with_their_arguments() {
        let catalogue = Catalogue::parse("greet = { $who } has { $n } rows\n", "en").unwrap();
        let mut args = Args::default();
        args.set("who", Arg::from("Testville"));
        args.set("n", Arg::from(12190.5));
        assert_eq!(catalogue.text("greet", &args), "Testville has 12190.5 rows");
        assert_eq!(
            catalogue.text("missing", &args),
            "missing who=Testville n=12190.5"
        );
    }

    #[test]
    fn whole_numbers_choose_plural_forms_and_print_without_grouping() {
        let catalogue = Catalogue::parse(
            "n = { $n } { $n ->\n    [one] row\n   *[other] rows\n}\n",
            "en",
        )
        .unwrap();
        let text = |n: i64| {
            let mut args = Args::default();
            args.set("n", Arg::from(n));
            catalogue.text("n", &args)
        };
        assert_eq!(text(1), "1 row");
        assert_eq!(text(0), "0 rows");
        assert_eq!(text(1_234_567), "1234567 rows");
    }

    #[test]
    fn a_selector_words_a_record_without_a_ref() {
        let finding = |record: &str| {
            Finding::new(Code::GwpRestatementImpossible, "u003-only-a-total")
                .arg("from", "AR4")
                .arg("record", record)
        };
        assert_eq!(
            english().message(&finding("II.1.1")),
            "the figures stay in AR4: the record II.1.1 gives only a total in CO2e, not its gases"
        );
        assert_eq!(
            english().message(&finding("none")),
            "the figures stay in AR4: the record without a GPC ref gives only a total in CO2e, not its gases"
        );
    }

    #[test]
    fn a_finding_reads_its_message_and_help() {
        let finding = Finding::new(Code::ScopeMismatch, "g002-scope-mismatch")
            .arg("cell", "I.1.1")
            .arg("cell_scope", "1")
            .arg("scope", "2")
            .help("g002-scope-mismatch-help");
        assert_eq!(
            english().message(&finding),
            "I.1.1 is a scope 1 cell, but the record says scope 2"
        );
        assert_eq!(
            english().help(&finding).as_deref(),
            Some("write scope 1 or move the emissions to the GPC cell of scope 2")
        );
    }
}
