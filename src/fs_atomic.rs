//! Atomic file output: the bytes go to a temporary file next to the target,
//! which is then renamed over it, so a reader never sees half a file and a
//! crash leaves the previous file intact. The file gets the permissions a
//! newly created file gets (0666 less the umask, usually 0644), or keeps
//! those of the file it replaces; never the owner-only 0600 of a temporary
//! file.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same directory.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with this mode, which the umask narrows like any new file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    if !dir.is_dir() {
        // Said plainly, not as the temporary file's path.
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("no folder {}", dir.display()),
        ));
    }
    let mut file = builder.tempfile_in(dir)?;
    if let Ok(existing) = std::fs::metadata(path) {
        file.as_file().set_permissions(existing.permissions())?;
    }
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn replaces_the_target_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("t.csv");
        fs::write(&target, b"old").unwrap();
        write_atomically(&target, b"new").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"new");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_readable_by_others_and_a_replaced_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("new.csv");
        write_atomically(&target, b"x").unwrap();
        let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        // 0666 less the umask: whatever the umask, never owner-only unless
        // the umask says so; under the usual 022, 0644.
        assert_eq!(mode & 0o600, 0o600, "{mode:o}");
        assert_eq!(mode, 0o666 & !umask(dir.path()), "{mode:o}");
        let kept = dir.path().join("kept.csv");
        fs::write(&kept, b"old").unwrap();
        fs::set_permissions(&kept, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&kept, b"new").unwrap();
        let mode = fs::metadata(&kept).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "{mode:o}");
    }

    /// The umask, seen in the mode of a file created with 0666.
    #[cfg(unix)]
    fn umask(dir: &Path) -> u32 {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let probe = dir.join("probe");
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o666)
            .open(&probe)
            .unwrap();
        let mode = fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
        fs::remove_file(probe).unwrap();
        0o666 & !mode
    }

    #[test]
    fn a_missing_directory_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing").join("t.xlsx");
        assert!(write_atomically(&target, b"x").is_err());
        assert!(!target.exists());
    }
}
