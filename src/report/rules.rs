//! The code registry as people and programs read it: `ghgcheck rules` (a
//! text list, JSON, or the Markdown page `docs/rules.md`) and `ghgcheck
//! explain CODE`. Everything here is made from the registry alone, so a new
//! code needs no edit here, only a regenerated `docs/rules.md`.

use serde::Serialize;

use super::catalogue::{self, Catalogue, DocPart};
use crate::diagnostic::{Args, CodeInfo, REGISTRY};

/// The command that regenerates `docs/rules.md`.
pub const REGENERATE_DOCS: &str = "cargo run -- rules --format markdown > docs/rules.md";

/// The parts of a code's documentation after their headings, in the
/// catalogue's language.
pub fn parts(catalogue: &Catalogue, info: &CodeInfo) -> [(String, String); 4] {
    [
        ("rules-heading-what", DocPart::What),
        ("rules-heading-why", DocPart::Why),
        ("rules-heading-example", DocPart::Example),
        ("rules-heading-fix", DocPart::Fix),
    ]
    .map(|(heading, part)| {
        (
            catalogue.text(heading, &Args::default()),
            catalogue.doc(info, part),
        )
    })
}

/// Every code, in id order.
pub fn in_id_order() -> Vec<&'static CodeInfo> {
    let mut codes: Vec<&CodeInfo> = REGISTRY.iter().collect();
    codes.sort_by_key(|info| info.id);
    codes
}

/// One line per code: id, severity, name and title.
pub fn text() -> String {
    let catalogue = catalogue::active();
    in_id_order()
        .into_iter()
        .map(|info| {
            format!(
                "{}  {:<8} {:<28} {}\n",
                info.id,
                info.severity.as_str(),
                info.name,
                catalogue.doc(info, DocPart::Title)
            )
        })
        .collect()
}

/// A registry entry as JSON: every field, under the names of the registry.
#[derive(Serialize)]
struct Entry {
    id: &'static str,
    name: &'static str,
    severity: &'static str,
    title: String,
    what: String,
    why: String,
    example: String,
    fix: String,
}

/// A JSON array of every entry, in id order, in the run's language.
pub fn json() -> String {
    let catalogue = catalogue::active();
    let entries: Vec<Entry> = in_id_order()
        .into_iter()
        .map(|info| Entry {
            id: info.id,
            name: info.name,
            severity: info.severity.as_str(),
            title: catalogue.doc(info, DocPart::Title),
            what: catalogue.doc(info, DocPart::What),
            why: catalogue.doc(info, DocPart::Why),
            example: catalogue.doc(info, DocPart::Example),
            fix: catalogue.doc(info, DocPart::Fix),
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&entries).expect("strings serialise");
    text.push('\n');
    text
}

/// The page `docs/rules.md`: an index table, then one section per code,
/// in English (the page is the project's documentation).
pub fn markdown() -> String {
    let english = catalogue::english();
    let codes = in_id_order();
    let mut out = String::from(
        "# Finding codes\n\n\
         <!-- Generated from the registry in src/diagnostic/code.rs; do not edit by hand.\n     \
         Regenerate: ",
    );
    out.push_str(REGENERATE_DOCS);
    out.push_str(
        " -->\n\n\
         Every finding ghgcheck reports carries one of these permanent codes. The severity is the \
         default; `ghgcheck.toml` or `--severity CODE=LEVEL` changes it and `--ignore CODE` turns a \
         code off (see [settings.md](settings.md)). `ghgcheck explain CODE` prints one entry, \
         `ghgcheck rules --format json` all of them.\n\n\
         | code | name | severity | title |\n|---|---|---|---|\n",
    );
    for info in &codes {
        out.push_str(&format!(
            "| [{}](#{}) | `{}` | {} | {} |\n",
            info.id,
            anchor(info),
            info.name,
            info.severity.as_str(),
            prose(info.title).replace('|', "\\|")
        ));
    }
    for info in &codes {
        out.push_str(&format!(
            "\n## {} {}\n\n*{}*: {}\n",
            info.id,
            info.name,
            info.severity.as_str(),
            prose(info.title)
        ));
        for (heading, text) in parts(english, info) {
            out.push_str(&format!("\n**{heading}.** {}\n", prose(&text)));
        }
    }
    out
}

/// `ghgcheck explain CODE`: the title, then each part on a line of its own
/// after its heading, in the run's language.
pub fn explain(info: &CodeInfo) -> String {
    let catalogue = catalogue::active();
    let mut out = format!(
        "{} {} ({})\n{}\n\n",
        info.id,
        info.name,
        info.severity.as_str(),
        catalogue.doc(info, DocPart::Title)
    );
    for (heading, text) in parts(catalogue, info) {
        out.push_str(&format!("{heading}: {text}\n"));
    }
    out
}

/// The anchor GitHub gives the heading `## B001 same-city-and-year`.
fn anchor(info: &CodeInfo) -> String {
    format!("{}-{}", info.id.to_ascii_lowercase(), info.name)
}

/// A registry text as Markdown: a `<` outside a code span would open an
/// HTML tag and hide what follows, so it is escaped there.
fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for c in text.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            '<' if !in_code => out.push_str("&lt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_of_every_entry_is_in_each_form() {
        let json: serde_json::Value = serde_json::from_str(&json()).unwrap();
        let markdown = markdown();
        let entries = json.as_array().unwrap();
        assert_eq!(entries.len(), REGISTRY.len());
        for (entry, info) in entries.iter().zip(in_id_order()) {
            let explained = explain(info);
            let fields = [
                ("id", info.id),
                ("name", info.name),
                ("severity", info.severity.as_str()),
                ("title", info.title),
                ("what", info.what),
                ("why", info.why),
                ("example", info.example),
                ("fix", info.fix),
            ];
            for (key, value) in fields {
                assert_eq!(entry[key], value, "{} {key}", info.id);
                assert!(
                    markdown.contains(&prose(value)),
                    "{} {key} not in markdown",
                    info.id
                );
                assert!(explained.contains(value), "{} {key} not explained", info.id);
            }
            assert_eq!(entry.as_object().unwrap().len(), fields.len());
        }
    }

    #[test]
    fn a_less_than_sign_is_escaped_outside_code_spans_only() {
        assert_eq!(prose("a < b, `<file>` <x>"), "a &lt; b, `<file>` &lt;x>");
    }

    #[test]
    fn codes_come_in_id_order() {
        let ids: Vec<&str> = in_id_order().iter().map(|i| i.id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted);
        let text = text();
        let lines: Vec<&str> = text.lines().map(|l| &l[..4]).collect();
        assert_eq!(lines, ids);
    }

    #[test]
    fn the_index_links_each_code_to_its_section() {
        let markdown = markdown();
        for info in REGISTRY {
            let link = format!("[{}](#{})", info.id, anchor(info));
            let heading = format!("\n## {} {}\n", info.id, info.name);
            assert!(markdown.contains(&link), "{link}");
            assert!(markdown.contains(&heading), "{heading}");
        }
    }
}
