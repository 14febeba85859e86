//! ghgcheck's own submission template (workbook and CSV forms).

pub mod spec;
