//! Just enough of the OLE compound file format (the container of .xls
//! workbooks) to take one stream out of it, the way calamine finds it: the
//! sector allocation table, the directory, and the mini stream that holds
//! streams under 4096 bytes. Every chain is followed at most as many steps
//! as the file has sectors, so a damaged or crafted file ends the walk
//! instead of looping; anything that does not add up gives `None`.

/// Markers in the allocation tables.
const DIFAT_SECTOR: u32 = 0xFFFF_FFFC;
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
/// Streams shorter than this live in the mini stream.
const MINI_STREAM_CUTOFF: usize = 4096;
const MINI_SECTOR: usize = 64;
const DIRECTORY_ENTRY: usize = 128;

/// The stream named `name` (compared without regard to ASCII case).
pub(super) fn stream(file: &[u8], name: &str) -> Option<Vec<u8>> {
    let header = file.get(..512)?;
    let sector_size = match u16_at(header, 30)? {
        9 => 512,
        12 => 4096,
        _ => return None,
    };
    let sectors = Sectors {
        file,
        size: sector_size,
    };
    let fat = allocation_table(header, &sectors)?;
    let directory = sectors.chain(u32_at(header, 48)?, &fat, usize::MAX);
    let entries: Vec<&[u8]> = directory.chunks_exact(DIRECTORY_ENTRY).collect();
    let entry = entries
        .iter()
        .find(|e| entry_name(e).is_some_and(|n| n.eq_ignore_ascii_case(name)))?;
    let (start, len) = (u32_at(entry, 116)?, entry_len(entry, sector_size)?);
    if len >= MINI_STREAM_CUTOFF {
        return Some(sectors.chain(start, &fat, len));
    }
    // The mini stream is the root entry's stream, cut into 64-byte sectors
    // chained by the mini allocation table.
    let root = entries.first()?;
    let mini_stream = sectors.chain(u32_at(root, 116)?, &fat, entry_len(root, sector_size)?);
    let mini_fat = sectors.chain(u32_at(header, 60)?, &fat, usize::MAX);
    let mini_fat: Vec<u32> = mini_fat
        .chunks_exact(4)
        .filter_map(|c| u32_at(c, 0))
        .collect();
    let mini = Sectors {
        file: &mini_stream,
        size: MINI_SECTOR,
    };
    // The mini stream has no header before its first sector.
    Some(mini.chain_from_zero(start, &mini_fat, len))
}

/// The sector allocation table: the sectors listed in the header's 109
/// slots and in the chain of further list sectors it starts.
fn allocation_table(header: &[u8], sectors: &Sectors) -> Option<Vec<u32>> {
    let mut fat_sectors: Vec<u32> = header[76..512]
        .chunks_exact(4)
        .filter_map(|c| u32_at(c, 0))
        .collect();
    let mut next = u32_at(header, 68)?;
    let mut steps = 0;
    while next < DIFAT_SECTOR && steps <= sectors.count() {
        let sector = sectors.get(next)?;
        let ids: Vec<u32> = sector
            .chunks_exact(4)
            .filter_map(|c| u32_at(c, 0))
            .collect();
        let (&last, ids) = ids.split_last()?;
        fat_sectors.extend_from_slice(ids);
        next = last;
        steps += 1;
    }
    let mut fat = Vec::new();
    for id in fat_sectors.into_iter().filter(|&id| id < DIFAT_SECTOR) {
        let sector = sectors.get(id)?;
        fat.extend(sector.chunks_exact(4).filter_map(|c| u32_at(c, 0)));
    }
    Some(fat)
}

struct Sectors<'a> {
    file: &'a [u8],
    size: usize,
}

impl Sectors<'_> {
    fn count(&self) -> usize {
        self.file.len() / self.size
    }

    /// A sector of the file; sector 0 starts after the header, which takes
    /// one sector's room.
    fn get(&self, id: u32) -> Option<&[u8]> {
        self.at(id as usize + 1)
    }

    fn at(&self, index: usize) -> Option<&[u8]> {
        let start = index.checked_mul(self.size)?;
        let end = self.file.len().min(start.checked_add(self.size)?);
        self.file.get(start..end)
    }

    /// Up to `len` bytes of the chain starting at `start`.
    fn chain(&self, start: u32, table: &[u32], len: usize) -> Vec<u8> {
        self.follow(start, table, len, |id| self.get(id))
    }

    /// The same, for sectors numbered from the first byte (mini sectors).
    fn chain_from_zero(&self, start: u32, table: &[u32], len: usize) -> Vec<u8> {
        self.follow(start, table, len, |id| self.at(id as usize))
    }

    fn follow<'s>(
        &self,
        start: u32,
        table: &[u32],
        len: usize,
        sector: impl Fn(u32) -> Option<&'s [u8]>,
    ) -> Vec<u8> {
        let mut out = Vec::new();
        let mut id = start;
        for _ in 0..=self.count() {
            if id == END_OF_CHAIN || out.len() >= len {
                break;
            }
            let Some(bytes) = sector(id) else { break };
            out.extend_from_slice(&bytes[..bytes.len().min(len - out.len())]);
            match table.get(id as usize) {
                Some(&next) => id = next,
                None => break,
            }
        }
        out
    }
}

fn entry_name(entry: &[u8]) -> Option<String> {
    let units: Vec<u16> = entry
        .get(..64)?
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    String::from_utf16(&units).ok()
}

/// A stream's length: 32 bits in files of 512-byte sectors, 64 in others.
fn entry_len(entry: &[u8], sector_size: usize) -> Option<usize> {
    match sector_size {
        512 => u32_at(entry, 120).map(|n| n as usize),
        _ => {
            let bytes: [u8; 8] = entry.get(120..128)?.try_into().ok()?;
            usize::try_from(u64::from_le_bytes(bytes)).ok()
        }
    }
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// Builds a compound file of 512-byte sectors holding one stream, for the
/// tests of the xls reader.
#[cfg(test)]
pub(super) fn single_stream_file(name: &str, stream: &[u8]) -> Vec<u8> {
    const FREE: u32 = 0xFFFF_FFFF;
    const FAT_SECTOR: u32 = 0xFFFF_FFFD;
    // Long enough to live in ordinary sectors, not the mini stream.
    let mut data = stream.to_vec();
    data.resize(data.len().max(MINI_STREAM_CUTOFF), 0);
    let data_sectors = data.len().div_ceil(512);
    assert!(data_sectors + 2 <= 128, "one allocation sector");
    let mut header = vec![0u8; 512];
    header[..8].copy_from_slice(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    let mut put16 = |at: usize, v: u16| header[at..at + 2].copy_from_slice(&v.to_le_bytes());
    put16(24, 0x3E);
    put16(26, 3);
    put16(28, 0xFFFE);
    put16(30, 9);
    put16(32, 6);
    let mut put32 = |at: usize, v: u32| header[at..at + 4].copy_from_slice(&v.to_le_bytes());
    put32(44, 1); // allocation sectors
    put32(48, 1); // first directory sector
    put32(56, MINI_STREAM_CUTOFF as u32);
    put32(60, END_OF_CHAIN); // no mini allocation table
    put32(68, END_OF_CHAIN); // no further allocation list
    put32(76, 0); // the allocation table is sector 0
    for slot in 1..109 {
        put32(76 + slot * 4, FREE);
    }
    // Sector 0: the allocation table; 1: the directory; 2..: the stream.
    let mut fat = vec![FAT_SECTOR, END_OF_CHAIN];
    fat.extend((0..data_sectors).map(|i| {
        if i + 1 == data_sectors {
            END_OF_CHAIN
        } else {
            (i + 3) as u32
        }
    }));
    fat.resize(128, FREE);
    let entry = |name: &str, kind: u8, child: u32, start: u32, len: u32| {
        let mut e = vec![0u8; DIRECTORY_ENTRY];
        let units: Vec<u16> = name.encode_utf16().chain([0]).collect();
        for (i, u) in units.iter().enumerate() {
            e[i * 2..i * 2 + 2].copy_from_slice(&u.to_le_bytes());
        }
        e[64..66].copy_from_slice(&((units.len() * 2) as u16).to_le_bytes());
        e[66] = kind;
        e[68..72].copy_from_slice(&FREE.to_le_bytes());
        e[72..76].copy_from_slice(&FREE.to_le_bytes());
        e[76..80].copy_from_slice(&child.to_le_bytes());
        e[116..120].copy_from_slice(&start.to_le_bytes());
        e[120..124].copy_from_slice(&len.to_le_bytes());
        e
    };
    let mut directory = entry("Root Entry", 5, 1, END_OF_CHAIN, 0);
    directory.extend(entry(name, 2, FREE, 2, data.len() as u32));
    directory.resize(512, 0);
    let mut file = header;
    file.extend(fat.iter().flat_map(|v| v.to_le_bytes()));
    file.extend(directory);
    data.resize(data_sectors * 512, 0);
    file.extend(data);
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_comes_back_whole_and_a_missing_one_is_none() {
        let stream_bytes: Vec<u8> = (0..5000u32).map(|i| (i % 251) as u8).collect();
        let file = single_stream_file("Workbook", &stream_bytes);
        assert_eq!(stream(&file, "workbook").unwrap(), stream_bytes);
        assert_eq!(stream(&file, "Book"), None);
        assert_eq!(stream(&file[..300], "Workbook"), None);
    }

    #[test]
    fn a_looping_chain_ends() {
        let mut file = single_stream_file("Workbook", &[7u8; 5000]);
        // Point the stream's last sector back at its first.
        let last = 512 + (2 + 5000usize.div_ceil(512) - 1) * 4;
        file[last..last + 4].copy_from_slice(&2u32.to_le_bytes());
        let mut long_entry = file.clone();
        long_entry[1024 + 128 + 120..1024 + 128 + 124].copy_from_slice(&u32::MAX.to_le_bytes());
        // The walk stops after as many steps as the file has sectors.
        let read = stream(&long_entry, "Workbook").unwrap();
        assert!(read.len() <= long_entry.len() + 512, "{}", read.len());
    }
}
