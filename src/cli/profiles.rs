//! `ghgcheck profiles`: the shipped profiles, each with what it checks, the
//! level whose cells it requires, the rule settings it changes and the
//! network's pledge.

use ghgcheck::rules::{Pledge, RuleOptions};
use ghgcheck::settings::profile::{self, Profile};

use super::EXIT_CLEAN;
use super::output;

pub fn run() -> u8 {
    let text: String = profile::built_in().iter().map(describe).collect();
    output::stdout(&text);
    EXIT_CLEAN
}

fn describe(profile: &Profile) -> String {
    let mut text = format!(
        "{}  {}\n    {}\n",
        profile.name, profile.title, profile.about
    );
    let options = RuleOptions::default()
        .overlay(&profile.choices.options)
        .unwrap_or_default();
    if let Some(level) = options.required_level {
        let name = match level {
            ghgcheck::model::ReportingLevel::Basic => "BASIC",
            ghgcheck::model::ReportingLevel::BasicPlus => "BASIC+",
        };
        text.push_str(&format!("    cells required: {name}\n"));
    }
    let ignored: Vec<&str> = profile.choices.ignore.iter().map(|c| c.id()).collect();
    if !ignored.is_empty() {
        text.push_str(&format!("    not reported: {}\n", ignored.join(", ")));
    }
    for (code, severity) in &profile.choices.severity {
        text.push_str(&format!("    {} as {}\n", code.id(), severity.as_str()));
    }
    let pledges: Vec<String> = profile.pledges.iter().map(Pledge::describe).collect();
    if !pledges.is_empty() {
        text.push_str(&format!("    pledge: {}\n", pledges.join(", or ")));
    }
    text.push('\n');
    text
}
