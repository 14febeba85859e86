//! The message catalogue: a finding's message id and arguments turned into
//! text, in English, Portuguese or Spanish. Each language is embedded
//! (`messages/<lang>.ftl`, Fluent syntax; the rule documentation of the
//! translations in `messages/rules-<lang>.ftl`, ids `doc-<code>-<part>`,
//! while the English documentation is the registry's) and parsed on first
//! use. A text a translation lacks is given in English.
//!
//! The language of a run is chosen once, at start (`--lang`, else the
//! locale): [`choose`] sets it and [`active`] gives its catalogue to every
//! renderer, so that a report is in one language throughout.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Arg, Args, CodeInfo, Finding};

/// The English catalogue, as embedded.
pub static ENGLISH: &str = include_str!("messages/en.ftl");

/// A language reports are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    English,
    Portuguese,
    Spanish,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::Portuguese, Language::Spanish];

    /// The ISO 639-1 code: `en`, `pt`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Portuguese => "pt",
            Language::Spanish => "es",
        }
    }

    /// Reads a language tag or locale name by its language part: `pt`,
    /// `pt-BR`, `pt_BR.UTF-8`, `es_419`, `ES`. `None` for other languages.
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language of the locale, as POSIX orders its variables
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first set and not
    /// empty decides). English when that names another language, `C` or
    /// `POSIX`, or when none is set.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty())
            .and_then(|value| Language::parse(&value))
            .unwrap_or(Language::English)
    }

    /// The locale whose plural rules the catalogue selects by. Portuguese
    /// takes Portugal's (`0 avisos`, `1 aviso`): the CLDR rule of `pt`
    /// counts 0 as one (`0 aviso`), which reads wrongly in a count.
    fn plural_locale(self) -> &'static str {
        match self {
            Language::Portuguese => "pt-PT",
            other => other.code(),
        }
    }

    /// The embedded messages and, for a translation, its rule documentation.
    pub fn sources(self) -> (&'static str, Option<&'static str>) {
        match self {
            Language::English => (ENGLISH, None),
            Language::Portuguese => (
                include_str!("messages/pt.ftl"),
                Some(include_str!("messages/rules-pt.ftl")),
            ),
            Language::Spanish => (
                include_str!("messages/es.ftl"),
                Some(include_str!("messages/rules-es.ftl")),
            ),
        }
    }
}

/// A part of a code's documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocPart {
    Title,
    What,
    Why,
    Example,
    Fix,
}

impl DocPart {
    pub const ALL: [DocPart; 5] = [
        DocPart::Title,
        DocPart::What,
        DocPart::Why,
        DocPart::Example,
        DocPart::Fix,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DocPart::Title => "title",
            DocPart::What => "what",
            DocPart::Why => "why",
            DocPart::Example => "example",
            DocPart::Fix => "fix",
        }
    }

    /// The part as the registry writes it, in English.
    pub fn of(self, info: &CodeInfo) -> &'static str {
        match self {
            DocPart::Title => info.title,
            DocPart::What => info.what,
            DocPart::Why => info.why,
            DocPart::Example => info.example,
            DocPart::Fix => info.fix,
        }
    }

    /// The id of the part in a translation: `doc-t001-what`.
    pub fn id(self, info: &CodeInfo) -> String {
        format!("doc-{}-{}", info.id.to_ascii_lowercase(), self.name())
    }
}

/// Messages of one language.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// False for English, whose rule documentation is the registry's.
    translated: bool,
}

impl Catalogue {
    /// Parses a catalogue; `Err` lists what cannot be read.
    pub fn parse(text: &str, language: &str) -> Result<Catalogue, String> {
        Catalogue::parse_all(&[text], language)
    }

    /// Parses a catalogue made of several Fluent texts (messages, rule
    /// documentation); an id defined twice is an error.
    pub fn parse_all(texts: &[&str], language: &str) -> Result<Catalogue, String> {
        let tag: LanguageIdentifier = language.parse().map_err(|e| format!("{e}"))?;
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Texts go to terminals, CSV cells and JSON: no bidi isolation marks.
        bundle.set_use_isolating(false);
        for text in texts {
            let resource = FluentResource::try_new((*text).to_owned())
                .map_err(|(_, errors)| format!("{errors:?}"))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("{errors:?}"))?;
        }
        Ok(Catalogue {
            bundle,
            translated: language != "en",
        })
    }

    /// A part of a code's documentation: the translation's, else the
    /// registry's English.
    pub fn doc(&self, info: &CodeInfo, part: DocPart) -> String {
        if self.translated && self.has(&part.id(info)) {
            return self.text(&part.id(info), &Args::default());
        }
        part.of(info).to_owned()
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
            if self.translated {
                return english().text(id, args);
            }
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
                Arg::Word(id) => FluentValue::from(self.text(id, &Args::default())),
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
    of(Language::English)
}

/// The catalogue of `language`, parsed on first use.
pub fn of(language: Language) -> &'static Catalogue {
    static CATALOGUES: [OnceLock<Catalogue>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CATALOGUES[language as usize].get_or_init(|| {
        let (messages, docs) = language.sources();
        let texts: Vec<&str> = std::iter::once(messages).chain(docs).collect();
        Catalogue::parse_all(&texts, language.plural_locale())
            .expect("the embedded catalogues are valid Fluent (tests/messages.rs)")
    })
}

static CHOSEN: OnceLock<Language> = OnceLock::new();

/// Sets the language of the run's reports; the first choice stands.
pub fn choose(language: Language) {
    let _ = CHOSEN.set(language);
}

/// The language chosen for the run (English when none was).
pub fn language() -> Language {
    CHOSEN.get().copied().unwrap_or(Language::English)
}

/// The catalogue of the run's language.
pub fn active() -> &'static Catalogue {
    of(language())
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
