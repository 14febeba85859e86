//! Cleaning of raw cell values shared by every reader.
