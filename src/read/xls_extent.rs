//! Measures the sheets of an xls workbook before calamine reads it.
//! calamine reads every sheet of an xls file into a dense range as soon as
//! the workbook is opened, and reserves room for the size a sheet's
//! DIMENSIONS record declares, so neither a far value nor a false size can
//! be caught after that. Excel itself stops at 65,536 rows by 256 columns
//! (already 16.8 million cells), and the BIFF8 records hold 16-bit columns
//! and 32-bit declared rows. This walks the workbook stream the way calamine does: the
//! sheet list (BOUNDSHEET records) first, then each sheet's records from
//! where the list says it starts, keeping only each sheet's [`Extent`].
//!
//! The stream is taken out of the compound file with the `cfb` crate, and
//! calamine is then given that stream alone in a compound file written
//! anew, not the original: calamine finds its stream with a lenient scan of
//! the directory of its own, and a crafted file can make that scan land on
//! other bytes than the crate's (a second entry of the same name outside
//! the directory tree, say), which would then be read unmeasured.

use std::io::{Cursor, ErrorKind, Read, Write};

use super::extent::{DENSE_SHEET_CELL_BUDGET, Extent, SHEET_CELL_BUDGET, count};
use super::spreadsheet::corrupt;
use crate::diagnostic::Code;
use crate::diagnostic::Finding;

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const BOUNDSHEET: u16 = 0x0085;
const FILEPASS: u16 = 0x002F;
const DIMENSIONS: u16 = 0x0200;
const MULRK: u16 = 0x00BD;
/// Records whose data starts with the row and column of one cell: NUMBER,
/// LABEL, RSTRING, BOOLERR, RK, LABELSST and FORMULA.
const CELLS: [u16; 7] = [0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006];

/// The compound file calamine is to read: the workbook stream measured
/// here, alone. `Err` with a finding for the first sheet over the budget,
/// or for a file the crate cannot open as a compound file (which cannot be
/// measured, so is not handed to calamine either).
pub(super) fn check(bytes: &[u8]) -> Result<Vec<u8>, Box<Finding>> {
    let Some((name, stream)) = read_workbook_stream(bytes)? else {
        // Without one, calamine reports the stream it did not find.
        return rewritten(None);
    };
    // An encrypted workbook's cell records are ciphertext: calamine reports
    // it as password-protected, which is the finding that helps.
    if !is_encrypted(&stream) {
        for (position, sheet) in sheet_list(&stream) {
            let Some(rest) = stream.get(position..) else {
                continue;
            };
            let (extent, declared) = measure(rest);
            // calamine only reserves the declared size (no page of it is
            // touched), so a declaration is refused only past the larger
            // budget: Excel declares formatted cells too, not just values.
            if declared > SHEET_CELL_BUDGET {
                return Err(Box::new(declared_too_large(&sheet, declared)));
            }
            extent.check_within(Some(&sheet), DENSE_SHEET_CELL_BUDGET)?;
        }
    }
    rewritten(Some((name, &stream)))
}

/// The workbook stream of the compound file and its name: `Workbook`, or
/// `Book` in files older than Excel 97 (names compare without regard to
/// case), as calamine looks for them; `None` when it holds neither.
fn read_workbook_stream(bytes: &[u8]) -> Result<Option<(&'static str, Vec<u8>)>, Box<Finding>> {
    // The crate checks the allocation tables and the directory when it
    // opens the file (every sector is pointed to at most once and no chain
    // runs back to its start), so every chain it follows ends within the
    // file.
    let mut file =
        cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| Box::new(corrupt(&e)))?;
    let Some((name, mut stream)) = ["Workbook", "Book"]
        .into_iter()
        .find_map(|name| Some((name, file.open_stream(name).ok()?)))
    else {
        return Ok(None);
    };
    // A stream's entry may declare any length; the crate reserves no more
    // than its sector chain holds. A chain shorter than the declared length
    // ends the read early, after the chain's bytes, which are measured and
    // handed on (calamine too reads such a stream as far as its chain
    // goes); a chain that cannot be followed refuses the file.
    let mut data = Vec::new();
    match stream.read_to_end(&mut data) {
        Err(e) if e.kind() != ErrorKind::UnexpectedEof => Err(Box::new(corrupt(&e))),
        _ => Ok(Some((name, data))),
    }
}

/// A compound file of 512-byte sectors holding `stream` alone (or nothing).
fn rewritten(stream: Option<(&str, &[u8])>) -> Result<Vec<u8>, Box<Finding>> {
    let write = || -> std::io::Result<Vec<u8>> {
        let mut file =
            cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new()))?;
        if let Some((name, data)) = stream {
            file.create_stream(name)?.write_all(data)?;
        }
        file.flush()?;
        Ok(file.into_inner().into_inner())
    };
    write().map_err(|e| Box::new(corrupt(&e)))
}

fn declared_too_large(name: &str, declared: u64) -> Finding {
    Finding::new(Code::SheetTooLarge, "r011-declared-size-too-large")
        .arg("sheet", name)
        .arg("cells", count(declared))
        .arg("budget", count(SHEET_CELL_BUDGET))
        .help("r011-declared-size-too-large-help")
}

/// One record: its type and data (CONTINUE records play no part here).
fn records(mut stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        let kind = u16::from_le_bytes(stream.get(..2)?.try_into().ok()?);
        let len = u16::from_le_bytes(stream.get(2..4)?.try_into().ok()?) as usize;
        let data = stream.get(4..4 + len)?;
        stream = &stream[4 + len..];
        Some((kind, data))
    })
}

/// A FILEPASS record with an encryption type in the workbook globals.
fn is_encrypted(stream: &[u8]) -> bool {
    records(stream)
        .take_while(|&(kind, _)| kind != EOF)
        .any(|(kind, data)| kind == FILEPASS && data.len() >= 2 && u16_at(data, 0) != 0)
}

/// Where each sheet's records start, and its name as far as it can be read
/// (for the message; a name that cannot be read is left empty).
fn sheet_list(stream: &[u8]) -> Vec<(usize, String)> {
    records(stream)
        .take_while(|&(kind, _)| kind != EOF)
        .filter(|&(kind, data)| kind == BOUNDSHEET && data.len() >= 8)
        .map(|(_, data)| {
            let position = u32::from_le_bytes(data[..4].try_into().expect("4 bytes")) as usize;
            (position, sheet_name(&data[6..]))
        })
        .collect()
}

/// A ShortXLUnicodeString: a length, a flag for two-byte characters, the
/// characters.
fn sheet_name(data: &[u8]) -> String {
    let (len, wide) = (data[0] as usize, data[1] & 1 == 1);
    let chars = &data[2..];
    if wide {
        let units: Vec<u16> = chars
            .chunks_exact(2)
            .take(len)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        chars.iter().take(len).map(|&b| char::from(b)).collect()
    }
}

/// The extent of one sheet's cells, from its BOF to its EOF, and the
/// largest size its DIMENSIONS records declare (as calamine computes the
/// room it reserves for them). The records of charts embedded in the sheet
/// (their own BOF ... EOF) are passed over, as calamine passes them.
fn measure(sheet: &[u8]) -> (Extent, u64) {
    let mut extent = Extent::default();
    let mut declared = 0;
    let mut depth = 0usize;
    let mut seen_bof = false;
    for (kind, data) in records(sheet) {
        if depth > 0 {
            match kind {
                BOF => depth += 1,
                EOF => depth -= 1,
                _ => {}
            }
            continue;
        }
        match kind {
            BOF if seen_bof => depth += 1,
            BOF => seen_bof = true,
            EOF => break,
            DIMENSIONS => declared = declared.max(declared_cells(data)),
            MULRK if data.len() >= 6 => {
                let (row, first) = (u16_at(data, 0), u16_at(data, 2));
                let cells = ((data.len() - 6) / 6) as u32;
                extent.add_block(u32::from(row), u32::from(first), 1, cells);
            }
            kind if CELLS.contains(&kind) && data.len() >= 4 => {
                extent.add(u32::from(u16_at(data, 0)), u32::from(u16_at(data, 2)));
            }
            _ => {}
        }
    }
    (extent, declared)
}

/// The cells calamine reserves room for on reading a DIMENSIONS record,
/// computed as it does (32-bit rows that may wrap around).
fn declared_cells(data: &[u8]) -> u64 {
    let u32_at = |at: usize| u32::from_le_bytes(data[at..at + 4].try_into().expect("4 bytes"));
    let (first_row, last_row, mut first_col, last_col) = match data.len() {
        10 => (
            u32::from(u16_at(data, 0)),
            u32::from(u16_at(data, 2)),
            u32::from(u16_at(data, 4)),
            u32::from(u16_at(data, 6)),
        ),
        14 | 16 => (
            u32_at(0),
            u32_at(4),
            u32::from(u16_at(data, 8)),
            u32::from(u16_at(data, 10)),
        ),
        _ => return 0,
    };
    if first_col > 0xFF || last_col < first_col {
        first_col = 0;
    }
    if last_row == 0 || last_col == 0 {
        return 1;
    }
    let rows = (last_row - 1).wrapping_sub(first_row).wrapping_add(1);
    let cols = (last_col - 1).wrapping_sub(first_col).wrapping_add(1);
    u64::from(rows) * u64::from(cols)
}

fn u16_at(data: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([data[at], data[at + 1]])
}

/// The workbook stream of a BIFF8 workbook with one sheet `name` holding
/// NUMBER cells, and the records the sheet starts with (before its cells).
#[cfg(test)]
pub(super) fn workbook_stream(
    name: &str,
    head: &[(u16, Vec<u8>)],
    cells: &[(u16, u16, f64)],
) -> Vec<u8> {
    fn record(kind: u16, data: &[u8]) -> Vec<u8> {
        let mut r = kind.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend_from_slice(data);
        r
    }
    let bof = |kind: u16| {
        let mut data = vec![0u8; 16];
        data[..2].copy_from_slice(&0x0600u16.to_le_bytes());
        data[2..4].copy_from_slice(&kind.to_le_bytes());
        record(BOF, &data)
    };
    let boundsheet = |position: u32| {
        let mut data = position.to_le_bytes().to_vec();
        data.extend([0, 0, name.len() as u8, 0]);
        data.extend(name.bytes());
        record(BOUNDSHEET, &data)
    };
    let globals_len = (bof(0x0005).len() + boundsheet(0).len() + 4) as u32;
    let mut stream = bof(0x0005);
    stream.extend(boundsheet(globals_len));
    stream.extend(record(EOF, &[]));
    stream.extend(bof(0x0010));
    for (kind, data) in head {
        stream.extend(record(*kind, data));
    }
    for &(row, col, value) in cells {
        let mut data = row.to_le_bytes().to_vec();
        data.extend(col.to_le_bytes());
        data.extend(0u16.to_le_bytes());
        data.extend(value.to_le_bytes());
        stream.extend(record(0x0203, &data));
    }
    stream.extend(record(EOF, &[]));
    stream
}

/// A compound file holding one stream, as the crate writes it.
#[cfg(test)]
pub(super) fn compound_file(name: &str, stream: &[u8]) -> Vec<u8> {
    rewritten(Some((name, stream))).expect("a file in memory")
}

/// Where the directory entry named `name` starts in a compound file.
#[cfg(test)]
fn entry_at(file: &[u8], name: &str) -> usize {
    let key: Vec<u8> = name
        .encode_utf16()
        .chain([0])
        .flat_map(u16::to_le_bytes)
        .collect();
    file.windows(key.len())
        .position(|w| w == key)
        .expect("the entry")
}

/// Compound files calamine reads but whose workbook stream the crate
/// cannot measure: the crate refuses the file, or finds another stream
/// than calamine's scan of the directory does.
#[cfg(test)]
pub(super) mod crafted {
    use super::*;

    /// A directory entry's name, with the length the entry records.
    fn rename(file: &mut [u8], entry: usize, name: &str) {
        let units: Vec<u8> = name
            .encode_utf16()
            .chain([0])
            .flat_map(u16::to_le_bytes)
            .collect();
        file[entry..entry + 64].fill(0);
        file[entry..entry + units.len()].copy_from_slice(&units);
        file[entry + 64..entry + 66].copy_from_slice(&(units.len() as u16).to_le_bytes());
    }

    /// `real` as the workbook stream, and before it in the directory a
    /// second `Workbook` entry holding `hidden`, marked unused and outside
    /// the directory tree: the crate reads `real`, calamine's scan takes
    /// the first entry of the name.
    pub(in crate::read) fn hidden_workbook(hidden: &[u8], real: &[u8]) -> Vec<u8> {
        let mut file =
            cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new()))
                .expect("a file in memory");
        for (name, data) in [("Hidden", hidden), ("Workbook", real)] {
            file.create_stream(name)
                .and_then(|mut s| s.write_all(data))
                .expect("the stream is written");
        }
        file.flush().expect("the file is written");
        let mut file = file.into_inner().into_inner();
        let hidden_entry = entry_at(&file, "Hidden");
        let root = entry_at(&file, "Root Entry");
        assert_eq!(hidden_entry, root + 128);
        rename(&mut file, hidden_entry, "Workbook");
        // Unused (object type 0), with no siblings nor child; the root's
        // child is the real workbook entry, which has none either.
        file[hidden_entry + 66] = 0;
        file[hidden_entry + 68..hidden_entry + 80].fill(0xFF);
        file[root + 76..root + 80].copy_from_slice(&2u32.to_le_bytes());
        file
    }

    /// A workbook entry whose recorded name length is past the 64 bytes
    /// the name has: calamine does not read the length, the crate refuses
    /// the entry and with it the file.
    pub(in crate::read) fn name_length_out_of_range(stream: &[u8]) -> Vec<u8> {
        let mut file = compound_file("Workbook", stream);
        let entry = entry_at(&file, "Workbook");
        file[entry + 64..entry + 66].copy_from_slice(&66u16.to_le_bytes());
        file
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Arg;

    fn xls(head: &[(u16, Vec<u8>)], cells: &[(u16, u16, f64)]) -> Vec<u8> {
        compound_file("Workbook", &workbook_stream("Data", head, cells))
    }

    #[test]
    fn a_far_value_is_found_before_calamine_reads_the_sheet() {
        let file = xls(&[], &[(0, 0, 1.0), (65_535, 65_535, 2.0)]);
        let finding = check(&file).unwrap_err();
        assert_eq!(finding.code, Code::SheetTooLarge);
        assert_eq!(finding.cell.unwrap().to_string(), "Data!CRXP65536");
        // Even Excel's own last cell, IV65536, is too far for a dense read;
        // 7,800 rows of 256 columns are not.
        assert!(check(&xls(&[], &[(0, 0, 1.0), (65_535, 255, 2.0)])).is_err());
        assert!(check(&xls(&[], &[(0, 0, 1.0), (7_799, 255, 2.0)])).is_ok());
    }

    #[test]
    fn an_encrypted_workbook_is_left_to_calamine() {
        let mut stream = workbook_stream("Data", &[], &[(0, 0, 1.0), (65_535, 65_535, 2.0)]);
        // FILEPASS (RC4) right after the globals' BOF (4 + 16 bytes).
        let filepass = [0x2F, 0x00, 0x02, 0x00, 0x01, 0x00];
        stream.splice(20..20, filepass);
        let file = compound_file("Workbook", &stream);
        assert!(check(&file).is_ok());
    }

    #[test]
    fn a_declared_size_over_the_budget_is_refused_too() {
        // DIMENSIONS: rows 0..1,000,000, columns 0..255 (BIFF8 layout).
        let mut dims = 0u32.to_le_bytes().to_vec();
        dims.extend(1_000_000u32.to_le_bytes());
        dims.extend([0, 0, 0, 1, 0, 0]);
        let file = xls(&[(DIMENSIONS, dims)], &[(0, 0, 1.0)]);
        let finding = check(&file).unwrap_err();
        assert_eq!(finding.code, Code::SheetTooLarge);
        assert_eq!(finding.message, "r011-declared-size-too-large");
        assert_eq!(finding.args.get("sheet"), Some(&Arg::from("Data")));
        assert_eq!(finding.args.get("cells"), Some(&Arg::from(256_000_000i64)));
        assert_eq!(finding.args.get("budget"), Some(&Arg::from(20_000_000i64)));
        // Rows that run backwards wrap around in calamine's arithmetic.
        let mut backwards = 9u32.to_le_bytes().to_vec();
        backwards.extend(2u32.to_le_bytes());
        backwards.extend([0, 0, 4, 0, 0, 0]);
        assert!(declared_cells(&backwards) > SHEET_CELL_BUDGET);
    }

    fn u32_at(file: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(file[at..at + 4].try_into().unwrap())
    }

    /// The stream found, and the name it was found under.
    fn stream_of(file: &[u8]) -> Option<(&'static str, Vec<u8>)> {
        read_workbook_stream(file).unwrap()
    }

    #[test]
    fn the_workbook_stream_is_read_whole_under_either_name() {
        let long: Vec<u8> = (0..5000u32).map(|i| (i % 251) as u8).collect();
        let file = compound_file("Workbook", &long);
        assert_eq!(stream_of(&file), Some(("Workbook", long.clone())));
        // Under 4096 bytes a stream lives in the mini stream.
        let short = long[..100].to_vec();
        assert_eq!(
            stream_of(&compound_file("Workbook", &short)),
            Some(("Workbook", short))
        );
        // Files older than Excel 97 call it Book; case does not matter.
        let book = compound_file("BOOK", &long);
        assert_eq!(stream_of(&book), Some(("Book", long.clone())));
        assert_eq!(stream_of(&compound_file("Other", &long)), None);
    }

    #[test]
    fn what_the_crate_cannot_open_is_refused_not_handed_to_calamine() {
        let file = compound_file("Workbook", &[7u8; 5000]);
        for broken in [&file[..300], &b"not a compound file"[..]] {
            let finding = check(broken).unwrap_err();
            assert_eq!(finding.code, Code::CorruptFile);
            assert_eq!(finding.message, "r002-spreadsheet-undecodable");
        }
        // A file with neither stream is calamine's to report, without the
        // original's directory.
        let none = check(&compound_file("Other", &[7u8; 5000])).unwrap();
        assert_eq!(stream_of(&none), None);
    }

    #[test]
    fn a_chain_that_runs_back_to_its_start_ends_the_read() {
        let mut file = compound_file("Workbook", &[7u8; 5000]);
        let entry = entry_at(&file, "Workbook");
        let start = u32_at(&file, entry + 116);
        // The allocation table is the sector the header lists first.
        let fat = 512 + 512 * u32_at(&file, 76) as usize;
        let mut last = start;
        while u32_at(&file, fat + 4 * last as usize) != 0xFFFF_FFFE {
            last = u32_at(&file, fat + 4 * last as usize);
        }
        file[fat + 4 * last as usize..][..4].copy_from_slice(&start.to_le_bytes());
        // Declared as long as 32 bits go, the stream would be read round
        // and round; the crate refuses the chain instead.
        file[entry + 120..entry + 124].copy_from_slice(&u32::MAX.to_le_bytes());
        let finding = check(&file).unwrap_err();
        assert_eq!(finding.code, Code::CorruptFile);
        assert_eq!(
            finding
                .args
                .get("error")
                .map(ToString::to_string)
                .as_deref(),
            Some("Chain contained duplicate sector id 2")
        );
    }

    #[test]
    fn a_declared_length_past_the_file_reads_what_the_chain_holds() {
        // Long enough for ordinary sectors, not the mini stream.
        let mut stream = workbook_stream("Data", &[], &[(0, 0, 1.0), (65_535, 65_535, 2.0)]);
        stream.resize(5000, 0);
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        assert_eq!(file.version(), cfb::Version::V4);
        file.create_stream("Workbook")
            .unwrap()
            .write_all(&stream)
            .unwrap();
        file.flush().unwrap();
        let mut file = file.into_inner().into_inner();
        // 2^60 bytes: reserving that much would fail, and nothing be read.
        let entry = entry_at(&file, "Workbook");
        file[entry + 120..entry + 128].copy_from_slice(&(1u64 << 60).to_le_bytes());
        let (_, read) = stream_of(&file).unwrap();
        assert_eq!(read[..stream.len()], stream[..]);
        assert!(read.len() <= file.len(), "{}", read.len());
        let finding = check(&file).unwrap_err();
        assert_eq!(finding.cell.unwrap().to_string(), "Data!CRXP65536");
        // What the chain holds is also what calamine is given.
        let mut stream = workbook_stream("Data", &[], &[(0, 0, 1.0)]);
        stream.resize(5000, 0);
        let mut short = compound_file("Workbook", &stream);
        let entry = entry_at(&short, "Workbook");
        short[entry + 120..entry + 124].copy_from_slice(&u32::MAX.to_le_bytes());
        // The chain's last sector is read whole: 10 sectors of 512 bytes.
        let (_, read) = stream_of(&short).unwrap();
        assert!(read.len() == 5120 && read.starts_with(&stream));
        let (_, handed_on) = stream_of(&check(&short).unwrap()).unwrap();
        assert!(handed_on == read);
    }
}
