//! The parts of a mapping that the `year-columns` and `matrix` shapes and
//! the label map add: their checks (each mistake at its line) and the
//! value columns they read (a year or a scope per column).

use std::ops::Range;

use super::labels::{Placer, is_gpc_place};
use super::spec::{Fact, LabelSpec, Mapping, MatrixSpec, Shape};
use crate::diagnostic::line_of;
use crate::layout::header::{Header, header_key};
use crate::read::Sheet;

/// The parts of a parsed mapping the checks read.
pub struct Parts<'a> {
    pub shape: Shape,
    pub facts: &'a [Fact],
    pub record_fields: &'a [Fact],
    pub labels: Option<&'a LabelSpec>,
    pub matrix: Option<&'a MatrixSpec>,
}

type Mistake = (usize, String);

impl Parts<'_> {
    /// The first mistake, with its line.
    pub fn check(&self, text: &str) -> Result<(), Mistake> {
        let at = |span: Range<usize>| line_of(text, span.start);
        if let Some(labels) = self.labels {
            if self.shape == Shape::InventoryRows {
                let line = labels
                    .columns
                    .first()
                    .map(|c| at(c.span()))
                    .or_else(|| labels.map.keys().next().map(|k| at(k.span())));
                return Err((
                    line.unwrap_or(1),
                    "[labels] places records by their labels; shape = \"inventory-rows\" has \
                     none (use \"records\", \"year-columns\" or \"matrix\")"
                        .to_owned(),
                ));
            }
            for (key, entry) in &labels.map {
                let line = at(key.span());
                if let Some(reference) = &entry.gpc_ref
                    && !is_gpc_place(reference.get_ref())
                {
                    return Err((
                        at(reference.span()),
                        format!(
                            "`{}` (for the label `{}`) is no GPC reference number; write a cell \
                             such as I.1.2 or a sub-sector such as I.1 (its cell then follows \
                             from the scope)",
                            reference.get_ref(),
                            key.get_ref()
                        ),
                    ));
                }
                if let Some(scope) = &entry.scope
                    && !(1..=3).contains(scope.get_ref())
                {
                    return Err((at(scope.span()), "a scope is 1, 2 or 3".to_owned()));
                }
                if entry.gpc_ref.is_none() && entry.scope.is_none() && !entry.total {
                    return Err((
                        line,
                        format!(
                            "the label `{}` needs `gpc_ref`, `scope` or `total = true`",
                            key.get_ref()
                        ),
                    ));
                }
            }
        }
        if let Some(matrix) = self.matrix {
            if self.shape != Shape::Matrix {
                let line = matrix
                    .scopes
                    .keys()
                    .next()
                    .map(|k| at(k.span()))
                    .or_else(|| matrix.total_columns.first().map(|c| at(c.span())));
                return Err((
                    line.unwrap_or(1),
                    "[matrix] is for shape = \"matrix\"".to_owned(),
                ));
            }
            for scope in matrix.scopes.values() {
                if !(1..=3).contains(scope.get_ref()) {
                    return Err((at(scope.span()), "a scope is 1, 2 or 3".to_owned()));
                }
            }
        }
        let pivot = matches!(self.shape, Shape::YearColumns | Shape::Matrix);
        let shape = self.shape.name();
        if let Some(field) = self
            .record_fields
            .iter()
            .find(|f| pivot && f.pointer == "/total_tco2e")
        {
            return Err((
                field.line,
                format!(
                    "shape = \"{shape}\" reads each record's emissions from its value cells; \
                     remove `total_tco2e` from [record_fields]"
                ),
            ));
        }
        if let Some(field) = self
            .record_fields
            .iter()
            .find(|f| self.shape == Shape::Matrix && f.pointer == "/scope")
        {
            return Err((
                field.line,
                "shape = \"matrix\" reads each record's scope from its column; remove `scope` \
                 from [record_fields]"
                    .to_owned(),
            ));
        }
        if let Some(fact) = self
            .facts
            .iter()
            .find(|f| self.shape == Shape::YearColumns && f.pointer == "/inventory/year")
        {
            return Err((
                fact.line,
                "shape = \"year-columns\" reads each inventory's year from its column header; \
                 remove `inventory.year` from [facts]"
                    .to_owned(),
            ));
        }
        Ok(())
    }
}

/// The year a column header names: `2005`, `CY2005`, `CY 2005`, `FY2016`,
/// `FY 2016`, `Year 2005` (a fiscal year is read as the year written).
pub fn year_of_header(text: &str) -> Option<i64> {
    let key = header_key(text);
    let rest = ["calendar year", "fiscal year", "year", "cy", "fy", ""]
        .iter()
        .find_map(|prefix| key.strip_prefix(prefix))?;
    let digits = rest.trim_start_matches([' ', '-', '_']).trim();
    let year: i64 = digits.parse().ok()?;
    (digits.len() == 4 && (1900..=2100).contains(&year)).then_some(year)
}

/// One column of values: each non-blank cell a record.
#[derive(Clone, Debug)]
pub struct ValueColumn {
    pub col: u32,
    pub name: String,
    /// The inventory year (`year-columns`).
    pub year: Option<i64>,
    /// The records' scope (`matrix`).
    pub scope: Option<u8>,
}

/// The columns a mapping reads by name.
fn named(mapping: &Mapping, header: &Header) -> Vec<u32> {
    super::spellings(mapping)
        .into_iter()
        .chain(
            mapping
                .skip
                .iter()
                .flat_map(|s| s.columns.iter().map(|c| c.get_ref().as_str())),
        )
        .filter_map(|name| header.column(name))
        .collect()
}

/// The value columns of a `year-columns` or `matrix` table, left to right.
pub fn value_columns(mapping: &Mapping, sheet: &Sheet, header: &Header) -> Vec<ValueColumn> {
    let named = named(mapping, header);
    let placer = Placer::new(mapping);
    let explicit = mapping.matrix.as_ref().map(|m| &m.scopes);
    (0..sheet.col_end())
        .filter(|col| !named.contains(col))
        .filter_map(|col| {
            let name = header.name(col)?.to_owned();
            let (year, scope) = match mapping.table.shape {
                Shape::YearColumns => (Some(year_of_header(&name)?), None),
                Shape::Matrix => {
                    let scope = match explicit.filter(|s| !s.is_empty()) {
                        Some(scopes) => scopes
                            .iter()
                            .find(|(k, _)| header.column(k.get_ref()) == Some(col))
                            .map(|(_, s)| *s.get_ref())?,
                        None => placer.scope_of_text(&name)?,
                    };
                    (None, Some(scope))
                }
                _ => return None,
            };
            Some(ValueColumn {
                col,
                name,
                year,
                scope,
            })
        })
        .collect()
}

/// The value and total columns a `year-columns` or `matrix` table reads.
pub fn read_columns(mapping: &Mapping, sheet: &Sheet, header: &Header) -> Vec<u32> {
    value_columns(mapping, sheet, header)
        .into_iter()
        .map(|v| v.col)
        .chain(
            total_columns(mapping, sheet, header)
                .into_iter()
                .map(|(c, _)| c),
        )
        .collect()
}

/// The total columns of a matrix: those of `[matrix] total_columns`, else
/// every column headed `Total` or `Total ...` that the mapping reads no
/// other way.
pub fn total_columns(mapping: &Mapping, sheet: &Sheet, header: &Header) -> Vec<(u32, String)> {
    let Some(matrix) = mapping
        .matrix
        .as_ref()
        .filter(|_| mapping.table.shape == Shape::Matrix)
    else {
        return match mapping.table.shape {
            Shape::Matrix => default_totals(mapping, sheet, header),
            _ => Vec::new(),
        };
    };
    if matrix.total_columns.is_empty() {
        return default_totals(mapping, sheet, header);
    }
    matrix
        .total_columns
        .iter()
        .filter_map(|c| {
            let col = header.column(c.get_ref())?;
            Some((col, header.name(col)?.to_owned()))
        })
        .collect()
}

fn default_totals(mapping: &Mapping, sheet: &Sheet, header: &Header) -> Vec<(u32, String)> {
    let named = named(mapping, header);
    (0..sheet.col_end())
        .filter(|col| !named.contains(col))
        .filter_map(|col| {
            let name = header.name(col)?;
            let key = header_key(name);
            (key == "total" || key.starts_with("total ")).then(|| (col, name.to_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::year_of_header;

    #[test]
    fn year_headers() {
        assert_eq!(year_of_header("CY2005"), Some(2005));
        assert_eq!(year_of_header("cy 2022"), Some(2022));
        assert_eq!(year_of_header("2010"), Some(2010));
        assert_eq!(year_of_header("FY2016"), Some(2016));
        assert_eq!(year_of_header("FY 2022"), Some(2022));
        assert_eq!(year_of_header("Year 2019"), Some(2019));
        assert_eq!(year_of_header("Sector"), None);
        assert_eq!(year_of_header("CY20051"), None);
        assert_eq!(year_of_header("1850"), None);
        assert_eq!(year_of_header("Scope 1"), None);
    }
}
