//! Decides what a file is from its first bytes, and uses the extension only
//! to choose between formats that share a container (xlsx / xlsm / xlsb in a
//! zip). Encrypted, truncated and disguised files are recognised here so that
//! each gets its own finding.

use std::path::Path;

use serde::Serialize;

use crate::diagnostic::Code;
use crate::diagnostic::Finding;

/// The formats ghgcheck reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    Xlsx,
    Xlsm,
    Xlsb,
    Xls,
    Ods,
    Csv,
    Json,
}

/// The extensions `validate` picks up when it walks a folder.
pub const KNOWN_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "json"];

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const ZIP_EMPTY_MAGIC: &[u8] = b"PK\x05\x06";
const ZIP_END_OF_DIRECTORY: &[u8] = b"PK\x05\x06";
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub(super) fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

pub(super) fn detect(path: &Path, bytes: &[u8]) -> Result<FileFormat, Box<Finding>> {
    let ext = extension(path);
    if bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(ZIP_EMPTY_MAGIC) {
        if !has_zip_directory(bytes) {
            return Err(Box::new(
                Finding::new(Code::TruncatedFile, "r003-zip-directory-missing")
                    .help("r003-zip-directory-missing-help"),
            ));
        }
        return Ok(zip_format(&ext, bytes));
    }
    if bytes.starts_with(OLE_MAGIC) {
        if contains_utf16(bytes, "EncryptionInfo") {
            return Err(Box::new(encrypted()));
        }
        return Ok(FileFormat::Xls);
    }
    if let Some(kind) = known_binary(bytes) {
        return Err(Box::new(
            Finding::new(Code::UnsupportedFile, "r001-binary-file")
                .arg("kind", kind)
                .help("r001-binary-file-help"),
        ));
    }
    match ext.as_str() {
        "json" => Ok(FileFormat::Json),
        "csv" | "txt" | "tsv" => Ok(FileFormat::Csv),
        _ if first_significant_byte(bytes) == Some(b'{') => Ok(FileFormat::Json),
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Err(Box::new(
            Finding::new(Code::UnsupportedFile, "r001-not-a-spreadsheet")
                .arg("extension", &ext)
                .help("r001-not-a-spreadsheet-help"),
        )),
        _ => Ok(FileFormat::Csv),
    }
}

pub(super) fn encrypted() -> Finding {
    Finding::new(Code::EncryptedFile, "r004-password-protected")
        .help("r004-password-protected-help")
}

fn zip_format(ext: &str, bytes: &[u8]) -> FileFormat {
    let head = &bytes[..bytes.len().min(200)];
    if contains(head, b"mimetypeapplication/vnd.oasis.opendocument") || ext == "ods" {
        return FileFormat::Ods;
    }
    match ext {
        "xlsm" => FileFormat::Xlsm,
        "xlsb" => FileFormat::Xlsb,
        "xlsx" => FileFormat::Xlsx,
        // No telling extension (stdin, a renamed file): the parts the
        // package lists say which workbook it is.
        _ if contains(bytes, b"xl/workbook.bin") => FileFormat::Xlsb,
        _ if contains(bytes, b"xl/vbaProject.bin") => FileFormat::Xlsm,
        _ => FileFormat::Xlsx,
    }
}

/// A zip file ends with its central directory; a truncated copy has lost it.
fn has_zip_directory(bytes: &[u8]) -> bool {
    let tail_len = bytes.len().min(65_557);
    contains(&bytes[bytes.len() - tail_len..], ZIP_END_OF_DIRECTORY)
}

/// The kind of a binary file that is no submission, as the key the
/// message `r001-binary-file` words it by.
fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF", "pdf"),
        (b"\x89PNG", "png"),
        (b"\xFF\xD8\xFF", "jpeg"),
        (b"GIF8", "gif"),
        (b"\x1F\x8B", "gzip"),
        (b"Rar!", "rar"),
        (b"7z\xBC\xAF", "seven-zip"),
        (b"{\\rtf", "rtf"),
    ];
    if let Some((_, kind)) = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        return Some(kind);
    }
    let head = &bytes[..bytes.len().min(4096)];
    head.contains(&0).then_some("unknown")
}

fn first_significant_byte(bytes: &[u8]) -> Option<u8> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    text.iter().copied().find(|b| !b.is_ascii_whitespace())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn contains_utf16(haystack: &[u8], text: &str) -> bool {
    let needle: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    contains(haystack, &needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Arg;

    fn code_of(name: &str, bytes: &[u8]) -> Result<FileFormat, Code> {
        detect(Path::new(name), bytes).map_err(|f| f.code)
    }

    #[test]
    fn recognises_containers_and_disguises() {
        assert_eq!(
            code_of("a.xlsx", b"%PDF-1.7 ..."),
            Err(Code::UnsupportedFile)
        );
        assert_eq!(
            code_of("a.xlsx", b"PK\x03\x04 no directory"),
            Err(Code::TruncatedFile)
        );
        assert_eq!(
            code_of("a.xlsm", b"PK\x03\x04 ... PK\x05\x06 end"),
            Ok(FileFormat::Xlsm)
        );
        assert_eq!(
            code_of("a.xlsx", b"hello, world"),
            Err(Code::UnsupportedFile)
        );
        assert_eq!(code_of("a.csv", b"a,b\n1,2\n"), Ok(FileFormat::Csv));
        assert_eq!(code_of("a.data", b" {\"city\":{}}"), Ok(FileFormat::Json));
    }

    #[test]
    fn without_an_extension_the_content_decides() {
        // What `validate -` reads from stdin is named `-`.
        assert_eq!(
            code_of("-", b"PK\x03\x04 xl/workbook.xml PK\x05\x06 end"),
            Ok(FileFormat::Xlsx)
        );
        assert_eq!(
            code_of("-", b"PK\x03\x04 xl/workbook.bin PK\x05\x06 end"),
            Ok(FileFormat::Xlsb)
        );
        assert_eq!(
            code_of(
                "-",
                b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet PK\x05\x06"
            ),
            Ok(FileFormat::Ods)
        );
        assert_eq!(code_of("-", OLE_MAGIC), Ok(FileFormat::Xls));
        assert_eq!(code_of("-", b"\n {\"city\": {}}"), Ok(FileFormat::Json));
        assert_eq!(code_of("-", b"a,b\n1,2\n"), Ok(FileFormat::Csv));
    }

    #[test]
    fn a_binary_file_is_named_by_its_kind_and_a_disguise_by_its_extension() {
        let finding = detect(Path::new("a.xlsx"), b"%PDF-1.7 ...").unwrap_err();
        assert_eq!(finding.message, "r001-binary-file");
        assert_eq!(finding.args.get("kind"), Some(&Arg::from("pdf")));
        let finding = detect(Path::new("a.csv"), b"a\0b").unwrap_err();
        assert_eq!(finding.args.get("kind"), Some(&Arg::from("unknown")));
        let finding = detect(Path::new("a.XLS"), b"hello, world").unwrap_err();
        assert_eq!(finding.message, "r001-not-a-spreadsheet");
        assert_eq!(finding.args.get("extension"), Some(&Arg::from("xls")));
    }

    #[test]
    fn an_ole_file_with_encryption_info_is_encrypted() {
        let mut bytes = OLE_MAGIC.to_vec();
        bytes.extend(
            "..EncryptionInfo.."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        assert_eq!(code_of("a.xlsx", &bytes), Err(Code::EncryptedFile));
        assert_eq!(code_of("a.xls", OLE_MAGIC), Ok(FileFormat::Xls));
    }
}
