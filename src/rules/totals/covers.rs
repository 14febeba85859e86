//! What a stated total covers, read from its label, sector and scope: an
//! eCRF_2 row or total row in one column, a GPC sector x scope, a scope,
//! BASIC or BASIC+, or a GPC sector or sub-sector in all scopes (a
//! hierarchical export's subtotal row). And, for a record placed in a GPC
//! cell, whether the total counts it surely, possibly (where the eCRF's
//! grouping is uncertain) or not at all.

use crate::model::gpc::{self, Level};
use crate::model::{EmissionRecord, GpcRef, NotationKey, ReportedTotal};
use crate::normalize::sector::{LabelMatch, resolve_label, sector_number};
use crate::normalize::units::{Dimension, base_factor};

/// What one stated total sums.
#[derive(Clone, Debug, PartialEq)]
pub enum Covers {
    /// An eCRF_2 sub-sector row in one column: its GPC sub-sectors (`I.1`;
    /// `I.7` and `I.8` for Fugitive emissions). `institutional` splits GPC
    /// I.2 into the CRF's two rows: `Some(true)` for Institutional,
    /// `Some(false)` for Commercial.
    CrfRow {
        subs: Vec<&'static str>,
        scope: u8,
        institutional: Option<bool>,
    },
    /// A row of the eCRF_2 generation block (electricity-only, CHP,
    /// heat/cold, local renewable generation): only a part of its total.
    GenerationRow {
        scope: u8,
    },
    /// A sector total: an eCRF_2 total row (`crf`) or a table's sector x
    /// scope total. `sector` is the roman number.
    Sector {
        sector: &'static str,
        scope: u8,
        crf: bool,
    },
    /// `Total Generation of grid-supplied energy`.
    Generation {
        scope: u8,
    },
    /// `Total Emissions (excluding generation of grid-supplied energy)`.
    Inventory {
        scope: u8,
    },
    /// A scope total; `excluding_generation` leaves I.4.4 out.
    Scope {
        scope: u8,
        excluding_generation: bool,
    },
    Basic,
    BasicPlus,
    /// A GPC sector or sub-sector (`I`, `I.1`) in all its scopes, as a
    /// hierarchical export's subtotal row states it: the sum of the rows
    /// below it.
    Gpc {
        reference: &'static str,
    },
}

/// Whether a total counts a record of some cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Member {
    /// Surely.
    Core,
    /// In the readings that follow the doubt.
    Optional(Doubt),
    /// In the readings that do not follow the doubt.
    Unless(Doubt),
    Out,
}

/// Why a total may or may not count a record; each doubt is a reading
/// the total may follow or not, independently of the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Doubt {
    /// Energy industries (I.4.1-3) and non-specified sources (I.6) have no
    /// eCRF_2 row: a CRF total may count them or not.
    NoCrfRow,
    /// Other scope 3 (VI.1) in the CRF's grand total.
    OtherScope3,
    /// The CityCatalyst template's waste columns: III.x.1 / III.x.2 /
    /// III.x.3 under Direct / Indirect / Outside, where the GPC and eCRF_3
    /// put III.x.3 (treated in the city, from outside) under Direct and
    /// III.x.2 (sent outside) under Outside.
    CityCatalystWaste,
    /// Grid-energy generation (I.4.4) in a GPC sector's scope-1 total.
    Generation,
    /// A CRF-only generation row (local renewable generation).
    CrfOnly,
    /// All of GPC I.2 in the CRF's Commercial row.
    Institutional,
}

impl Covers {
    /// Reads a stated total; `None` when its label says nothing ghgcheck
    /// can recompute.
    pub fn of(total: &ReportedTotal) -> Option<Covers> {
        if let Some(reference) = &total.gpc_ref {
            return gpc::table()
                .parent(reference.trim())
                .map(|reference| Covers::Gpc { reference });
        }
        let label = total.label.as_deref().unwrap_or("");
        let lower = label.to_lowercase();
        if lower.contains("basic+") || lower.contains("basic plus") {
            return Some(Covers::BasicPlus);
        }
        if lower.contains("basic") {
            return Some(Covers::Basic);
        }
        let scope = total.scope?.number();
        let institutional = || {
            let words = simple(label);
            Some(words.contains("institutional") && !words.contains("commercial"))
        };
        match resolve_label(None, label) {
            LabelMatch::Total("inventory") => return Some(Covers::Inventory { scope }),
            LabelMatch::Total("generation") => return Some(Covers::Generation { scope }),
            LabelMatch::Total(sector) => {
                return Some(Covers::Sector {
                    sector,
                    scope,
                    crf: true,
                });
            }
            LabelMatch::SubSector(sub) => {
                return Some(Covers::CrfRow {
                    subs: vec![sub],
                    scope,
                    institutional: if sub == "I.2" { institutional() } else { None },
                });
            }
            LabelMatch::Combined(subs) => {
                return Some(Covers::CrfRow {
                    subs: subs.to_vec(),
                    scope,
                    institutional: None,
                });
            }
            LabelMatch::Territorial("I.4") | LabelMatch::CrfOnly(_) => {
                return Some(Covers::GenerationRow { scope });
            }
            _ => {}
        }
        match total.sector.as_deref().map(str::trim) {
            None | Some("") => Some(Covers::Scope {
                scope,
                excluding_generation: lower.contains("excluding generation"),
            }),
            Some(sector) => sector_number(sector).map(|sector| Covers::Sector {
                sector,
                scope,
                crf: false,
            }),
        }
    }

    /// The column (scope) of the total, when it has one.
    pub fn scope(&self) -> Option<u8> {
        match self {
            Covers::CrfRow { scope, .. }
            | Covers::GenerationRow { scope }
            | Covers::Sector { scope, .. }
            | Covers::Generation { scope }
            | Covers::Inventory { scope }
            | Covers::Scope { scope, .. } => Some(*scope),
            Covers::Basic | Covers::BasicPlus | Covers::Gpc { .. } => None,
        }
    }

    /// Whether the total counts a record placed in `cell` (`None`: a record
    /// the GPC has no cell for, such as local renewable generation).
    pub fn member(&self, cell: Option<GpcRef>, record: &EmissionRecord) -> Member {
        let Some(cell) = cell else {
            // CRF-only rows belong to the generation block, if to anything.
            return match self {
                Covers::Generation { scope: 1 } => Member::Optional(Doubt::CrfOnly),
                _ => Member::Out,
            };
        };
        let row = cell.cell();
        let sub = sub_sector(cell);
        let same_scope = |scope: u8| row.scope == scope;
        let is = |refs: &[&str]| refs.contains(&row.reference.as_str());
        let uncertain_stationary = sub == "I.6" || (sub == "I.4" && !is(&["I.4.4"]));
        match self {
            Covers::CrfRow {
                subs,
                scope,
                institutional,
            } => {
                if !subs.contains(&sub) {
                    return Member::Out;
                }
                if let Some(wanted) = institutional {
                    let labelled = record
                        .sub_sector
                        .as_deref()
                        .is_some_and(|s| simple(s).contains("institutional"));
                    if labelled != *wanted {
                        // Commercial may hold the whole of I.2, as CityCatalyst
                        // exports do when Institutional is IE.
                        return if *wanted || !same_scope(*scope) {
                            Member::Out
                        } else {
                            Member::Optional(Doubt::Institutional)
                        };
                    }
                }
                waste_member(row.level, row.scope, *scope, sub.starts_with("III.")).unwrap_or(
                    if same_scope(*scope) && !is(&["I.4.4"]) {
                        Member::Core
                    } else {
                        Member::Out
                    },
                )
            }
            Covers::GenerationRow { .. } => Member::Out,
            Covers::Sector { sector, scope, crf } => {
                if row.sector_number != *sector {
                    return Member::Out;
                }
                if let Some(member) = waste_member(row.level, row.scope, *scope, sector == &"III") {
                    return member;
                }
                if !same_scope(*scope) {
                    Member::Out
                } else if is(&["I.4.4"]) {
                    if *crf {
                        Member::Out
                    } else {
                        Member::Optional(Doubt::Generation)
                    }
                } else if *crf && uncertain_stationary {
                    Member::Optional(Doubt::NoCrfRow)
                } else {
                    Member::Core
                }
            }
            Covers::Generation { scope } => {
                if *scope == 1 && is(&["I.4.4"]) {
                    Member::Core
                } else {
                    Member::Out
                }
            }
            Covers::Inventory { scope } => {
                if let Some(member) =
                    waste_member(row.level, row.scope, *scope, sub.starts_with("III."))
                {
                    return member;
                }
                if !same_scope(*scope) || is(&["I.4.4"]) {
                    Member::Out
                } else if uncertain_stationary {
                    Member::Optional(Doubt::NoCrfRow)
                } else if row.sector_number == "VI" {
                    Member::Optional(Doubt::OtherScope3)
                } else {
                    Member::Core
                }
            }
            Covers::Scope {
                scope,
                excluding_generation,
            } => {
                if !same_scope(*scope) || (*excluding_generation && is(&["I.4.4"])) {
                    Member::Out
                } else {
                    Member::Core
                }
            }
            Covers::Basic => match row.level {
                Level::Basic => Member::Core,
                _ => Member::Out,
            },
            Covers::BasicPlus => match row.level {
                Level::Basic | Level::BasicPlus => Member::Core,
                _ => Member::Out,
            },
            Covers::Gpc { reference } => {
                if row.sector_number == *reference || sub == *reference {
                    Member::Core
                } else {
                    Member::Out
                }
            }
        }
    }

    /// True when the first reading of the total (the one a finding shows)
    /// follows `doubt`: a GPC sector's scope 1 counts its grid-energy
    /// generation (I.4.4); waste columns follow the GPC.
    pub fn shows(&self, doubt: Doubt) -> bool {
        doubt == Doubt::Generation
    }
}

/// Waste cells in the eCRF columns: III.x.1 and III.x.3 are Direct,
/// III.x.2 is Outside, as the GPC and eCRF_3 have them, unless the file
/// follows the CityCatalyst template (III.x.2 under Indirect, III.x.3 under
/// Outside). `None` for cells that are not waste.
fn waste_member(level: Level, cell_scope: u8, column: u8, waste: bool) -> Option<Member> {
    if !waste {
        return None;
    }
    let territorial = level == Level::Territorial;
    let template = Doubt::CityCatalystWaste;
    Some(match (column, cell_scope, territorial) {
        (1, 1, false) => Member::Core,
        (1, 1, true) | (3, 3, _) => Member::Unless(template),
        (2, 3, _) | (3, 1, true) => Member::Optional(template),
        _ => Member::Out,
    })
}

/// The GPC sub-sector of a cell: `I.1` of `I.1.1`; IV, V and VI cells are
/// sub-sectors already.
pub fn sub_sector(cell: GpcRef) -> &'static str {
    let reference = cell.as_str();
    match reference.match_indices('.').nth(1) {
        Some((second_dot, _)) => &reference[..second_dot],
        None => reference,
    }
}

/// Lower-case letters of a label, for looking for a word in it.
fn simple(text: &str) -> String {
    text.to_lowercase()
}

/// A stated total's figure: a value in tCO2e, or a notation key alone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    Tonnes(f64),
    Key(NotationKey),
}

impl Figure {
    /// The figure of a total: its value converted to tCO2e (a unit the unit
    /// table does not know as a CO2e mass gives none), else its key.
    pub fn of(total: &ReportedTotal) -> Option<Figure> {
        if let Some(value) = total.value {
            let unit = total.unit.as_deref().unwrap_or("tCO2e");
            return base_factor(unit, Dimension::Co2eMass).map(|f| Figure::Tonnes(value * f));
        }
        total.notation_key.map(Figure::Key)
    }

    /// The amount the figure stands for when summed: a key is 0.
    pub fn amount(self) -> f64 {
        match self {
            Figure::Tonnes(t) => t,
            Figure::Key(_) => 0.0,
        }
    }

    /// True for a key that says the amount is 0 here (NO, NE), rather than
    /// elsewhere (IE) or hidden (C).
    pub fn says_nothing_here(self) -> bool {
        matches!(
            self,
            Figure::Key(NotationKey::NotOccurring | NotationKey::NotEstimated)
        )
    }
}
