//! Writes the blank (or pre-filled) submission template.
