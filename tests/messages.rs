//! Every message id the code names (a string literal shaped like
//! `t001-total-differs-from-gases`, wherever it is written: `Finding::new`,
//! `.help`, a rule's table) has an English text in the catalogue, and the
//! catalogue holds no text that nothing uses.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ghgcheck::diagnostic::REGISTRY;
use ghgcheck::report::catalogue::{DocPart, ENGLISH, Language, english, message_ids, of};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The prefixes of the catalogue's ids that are not a finding's: the fixed
/// words of reports and of the command line, and words given as arguments.
const WORD_PREFIXES: &[&str] = &[
    "annotate-",
    "cli-",
    "dimension-",
    "fact-",
    "html-",
    "narrated-",
    "rules-heading-",
    "text-",
];

/// True for a text shaped like a message id: a code in lower case and a
/// kebab-case name (`t001-total-differs-from-gases`), or a word of a
/// report or of the command line (`text-status-valid`,
/// `cli-failed-by-warnings`).
fn is_message_id(text: &str) -> bool {
    let kebab = |name: &str| {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    match WORD_PREFIXES
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
    {
        Some(name) => kebab(name),
        None => {
            is_code_id(text)
                && text.starts_with(|c: char| c.is_ascii_lowercase())
                && kebab(&text[5..])
        }
    }
}

/// The string literals of a Rust text that pass `keep`.
fn literals_in(text: &str, keep: fn(&str) -> bool) -> Vec<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|literal| keep(literal))
        .map(str::to_owned)
        .collect()
}

/// The string literals of a Rust text shaped like message ids.
fn ids_in(text: &str) -> Vec<String> {
    literals_in(text, is_message_id)
}

/// The literals of the sources that pass `keep`.
fn literals_in_sources(keep: fn(&str) -> bool) -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut ids = BTreeSet::new();
    for file in files {
        ids.extend(literals_in(&std::fs::read_to_string(&file).unwrap(), keep));
    }
    ids
}

/// Every message id named in the sources.
fn used_ids() -> BTreeSet<String> {
    literals_in_sources(is_message_id)
}

#[test]
fn every_message_id_in_the_code_has_an_english_text() {
    let used = used_ids();
    assert!(used.contains("b001-same-city-and-year"), "{used:?}");
    // A code's name (`text-in-number-cell`) may share a prefix with the
    // words; it is not a message.
    let is_code_name = |id: &str| REGISTRY.iter().any(|info| info.name == id);
    let missing: Vec<&String> = used
        .iter()
        .filter(|id| !english().has(id) && !is_code_name(id))
        .collect();
    assert!(missing.is_empty(), "no English text for {missing:?}");
}

#[test]
fn every_english_text_is_used() {
    let used = used_ids();
    let unused: Vec<String> = message_ids(ENGLISH)
        .into_iter()
        .filter(|id| !used.contains(id))
        .collect();
    assert!(unused.is_empty(), "unused messages: {unused:?}");
}

#[test]
fn the_scanner_finds_ids_wherever_they_are_written() {
    let text = "Finding::new(\n    Code::ScopeMismatch,\n    \"g002-scope\",\n)\n.help(\"g002-scope-help\")\n\
                const IDS: &[&str] = &[\"f001-country-missing\"]; let x = \"I.1.1\"; let y = \"not-an-id\";\
                word(\"html-summary\"); let z = \"html-\";";
    assert_eq!(
        ids_in(text),
        [
            "g002-scope",
            "g002-scope-help",
            "f001-country-missing",
            "html-summary"
        ]
    );
}

/// The `$variables` a Fluent entry names, by id.
fn variables(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut entries: Vec<(String, BTreeSet<String>)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let id = line.split('=').next().unwrap().trim().to_owned();
            entries.push((id, BTreeSet::new()));
        }
        let names = line.split('$').skip(1).map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<String>()
        });
        entries.last_mut().unwrap().1.extend(names);
    }
    entries
}

#[test]
fn every_translation_has_every_english_message_with_its_arguments() {
    let english = variables(ENGLISH);
    for language in [Language::Portuguese, Language::Spanish] {
        let (messages, _) = language.sources();
        let translated = variables(messages);
        let ids = |entries: &[(String, BTreeSet<String>)]| {
            entries.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>()
        };
        assert_eq!(
            ids(&translated),
            ids(&english),
            "{}: the ids differ from en.ftl (missing, extra or out of order)",
            language.code()
        );
        for ((id, theirs), (_, ours)) in english.iter().zip(&translated) {
            assert_eq!(
                theirs,
                ours,
                "{}: {id} names other arguments",
                language.code()
            );
        }
        // The embedded text parses, and every id reads from the translation
        // itself, not from the English fallback.
        let catalogue = of(language);
        for (id, _) in &english {
            assert!(catalogue.has(id), "{}: {id}", language.code());
        }
    }
}

#[test]
fn every_translation_documents_every_code() {
    for language in [Language::Portuguese, Language::Spanish] {
        let (_, docs) = language.sources();
        let docs = docs.unwrap();
        let mut expected = Vec::new();
        for info in REGISTRY {
            for part in DocPart::ALL {
                expected.push(part.id(info));
            }
        }
        let mut found = message_ids(docs);
        found.sort();
        expected.sort();
        assert_eq!(found, expected, "{}: rules-{0}.ftl", language.code());
        let catalogue = of(language);
        for info in REGISTRY {
            for part in DocPart::ALL {
                let text = catalogue.doc(info, part);
                assert!(!text.is_empty());
                if part != DocPart::Example {
                    assert_ne!(
                        text,
                        part.of(info),
                        "{}: {} untranslated",
                        language.code(),
                        part.id(info)
                    );
                }
            }
        }
    }
}

#[test]
fn a_word_argument_reads_in_the_catalogue_language() {
    use ghgcheck::diagnostic::{Arg, Code, Finding};
    let finding = Finding::new(Code::FactOverridden, "f003-fact-from-command-line")
        .arg("fact", Arg::Word("fact-city-name"))
        .arg("value", "Testville");
    assert_eq!(
        english().message(&finding),
        "city name `Testville` taken from the command line"
    );
    assert_eq!(
        of(Language::Portuguese).message(&finding),
        "nome da cidade `Testville` vem da linha de comando"
    );
    assert_eq!(
        of(Language::Spanish).message(&finding),
        "nombre de la ciudad `Testville` tomado de la línea de comandos"
    );
    assert_eq!(
        serde_json::to_string(&finding.args).unwrap(),
        r#"{"fact":"fact-city-name","value":"Testville"}"#
    );
}

#[test]
fn languages_are_read_from_tags_and_the_locale() {
    assert_eq!(Language::parse("pt-BR"), Some(Language::Portuguese));
    assert_eq!(Language::parse("es_419.UTF-8"), Some(Language::Spanish));
    assert_eq!(Language::parse("EN"), Some(Language::English));
    assert_eq!(Language::parse("fr_FR.UTF-8"), None);
    let locale = |vars: &'static [(&'static str, &'static str)]| {
        Language::from_locale(move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    };
    assert_eq!(locale(&[("LANG", "pt_BR.UTF-8")]), Language::Portuguese);
    assert_eq!(
        locale(&[("LC_ALL", "es_MX.UTF-8"), ("LANG", "pt_BR.UTF-8")]),
        Language::Spanish
    );
    assert_eq!(
        locale(&[("LC_ALL", ""), ("LC_MESSAGES", "C"), ("LANG", "pt_BR")]),
        Language::English
    );
    assert_eq!(locale(&[("LANG", "fr_FR.UTF-8")]), Language::English);
    assert_eq!(locale(&[]), Language::English);
}

#[test]
fn counts_take_the_plural_from_zero_up_in_portuguese_and_spanish() {
    use ghgcheck::diagnostic::{Arg, Args};
    let counts = |language, errors: i64, warnings: i64| {
        let mut args = Args::default();
        args.set("errors", Arg::from(errors));
        args.set("warnings", Arg::from(warnings));
        of(language).text("text-counts", &args)
    };
    assert_eq!(counts(Language::Portuguese, 0, 1), "0 erros, 1 aviso");
    assert_eq!(counts(Language::Portuguese, 2, 0), "2 erros, 0 avisos");
    assert_eq!(counts(Language::Spanish, 1, 0), "1 error, 0 advertencias");
}

/// One finding of every message id (so of every code), rendered in each
/// translation: every text reads from the translation, with every argument
/// placed (Fluent writes `{$name}` for an argument it could not place) and
/// every finding's text differs from the English.
/// True for a finding's message id: a code in lower case, then `-`.
fn is_code_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    bytes.len() > 5 && bytes[1..4].iter().all(u8::is_ascii_digit) && bytes[4] == b'-'
}

#[test]
fn every_message_of_every_code_renders_completely_in_each_translation() {
    use ghgcheck::diagnostic::{Arg, Args};
    let english_catalogue = english();
    let mut codes = BTreeSet::new();
    for (id, names) in variables(ENGLISH) {
        let mut args = Args::default();
        for name in &names {
            // Leaked once per test run: `Args` takes static names.
            let name: &'static str = Box::leak(name.clone().into_boxed_str());
            args.set(name, Arg::from(2i64));
        }
        let english_text = english_catalogue.text(&id, &args);
        for language in [Language::Portuguese, Language::Spanish] {
            let text = of(language).text(&id, &args);
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{id}: {text}"
            );
            // A word may read the same (`BASIC`, `Total`, `UN/LOCODE`); a
            // finding's message or help never does.
            if is_code_id(&id) {
                assert_ne!(text, english_text, "{}: {id}", language.code());
            }
        }
        if is_code_id(&id) {
            codes.insert(id[..4].to_ascii_uppercase());
        }
    }
    // Every code that has a message of its own is among them.
    for info in REGISTRY {
        assert!(
            codes.contains(info.id),
            "{} has no message in en.ftl",
            info.id
        );
    }
}
