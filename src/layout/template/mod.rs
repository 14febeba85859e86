//! ghgcheck's own submission template: its description ([`spec`]) and the
//! extractors for its workbook and CSV forms.

pub mod csv_form;
mod emissions;
pub mod spec;
mod table;
pub mod values;
pub mod workbook;
