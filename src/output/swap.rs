//! Writing a run's outputs so that no reader ever sees half of them: every
//! file is first written into a staging folder inside the output folder,
//! and only when all are complete are they moved into place, one rename
//! each. An interrupted run leaves the previous run's files as they were;
//! a completed run replaces the files it writes and nothing else.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Prefix of the staging folder (left behind only by a killed process).
pub const STAGING_PREFIX: &str = ".ghgcheck-staging-";

/// A staging folder in `dir` collecting one run's outputs.
pub struct Staging {
    dir: PathBuf,
    staging: tempfile::TempDir,
    /// Names written, files and folders, relative to `dir`.
    written: Vec<String>,
}

impl Staging {
    /// The staging folder in `slot`, made in `dir` the first time it is
    /// needed (a run that writes nothing leaves no folder behind).
    pub fn made_in<'a>(slot: &'a mut Option<Staging>, dir: &Path) -> io::Result<&'a mut Staging> {
        match slot {
            Some(staging) => Ok(staging),
            empty => Ok(empty.insert(Staging::new(dir)?)),
        }
    }

    pub fn new(dir: &Path) -> io::Result<Self> {
        fs::create_dir_all(dir)?;
        let staging = tempfile::Builder::new()
            .prefix(STAGING_PREFIX)
            .tempdir_in(dir)?;
        Ok(Staging {
            dir: dir.to_owned(),
            staging,
            written: Vec::new(),
        })
    }

    /// Writes a file at `name` (a path relative to the output folder; the
    /// first component is what the swap replaces).
    pub fn write(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        fs::write(self.reserve(name)?, bytes)
    }

    /// Creates the file at `name` to be written bit by bit, as results
    /// come in; it is moved into place with the others at the commit.
    pub fn create(&mut self, name: &str) -> io::Result<fs::File> {
        fs::File::create(self.reserve(name)?)
    }

    /// The staged path of `name`, its folder made and its top component
    /// noted for the commit; whoever reserves it writes it.
    pub fn reserve(&mut self, name: &str) -> io::Result<PathBuf> {
        let path = self.staging.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let top = name.split('/').next().unwrap_or(name).to_owned();
        if !self.written.contains(&top) {
            self.written.push(top);
        }
        Ok(path)
    }

    /// Creates an (empty) folder at `name`, so that it replaces an earlier
    /// run's folder even when this run puts nothing in it.
    pub fn folder(&mut self, name: &str) -> io::Result<()> {
        fs::create_dir_all(self.staging.path().join(name))?;
        if !self.written.iter().any(|n| n == name) {
            self.written.push(name.to_owned());
        }
        Ok(())
    }

    /// Moves every written file and folder into the output folder,
    /// replacing what a previous run left under the same names. Nothing
    /// is touched when a name is taken by something of the other kind (a
    /// folder where a file goes, or the reverse); if a rename fails half
    /// way, the previous entries are put back.
    pub fn commit(self) -> io::Result<Vec<PathBuf>> {
        for name in &self.written {
            let (from, to) = (self.staging.path().join(name), self.dir.join(name));
            if to.symlink_metadata().is_ok() && to.is_dir() != from.is_dir() {
                let kind = if to.is_dir() { "a folder" } else { "a file" };
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!(
                        "{} is {kind} ghgcheck did not write; move it away",
                        to.display()
                    ),
                ));
            }
        }
        let trash = self.staging.path().join(".replaced");
        fs::create_dir_all(&trash)?;
        let mut set_aside = Vec::new();
        let mut placed = Vec::new();
        let outcome = (|| {
            for name in &self.written {
                let to = self.dir.join(name);
                if to.symlink_metadata().is_ok() {
                    fs::rename(&to, trash.join(name))?;
                    set_aside.push(name);
                }
            }
            for name in &self.written {
                let to = self.dir.join(name);
                fs::rename(self.staging.path().join(name), &to)?;
                placed.push(to);
            }
            Ok(())
        })();
        if let Err(error) = outcome {
            // Best effort: take out what was placed and put the old entries back.
            for path in &placed {
                let _ = fs::remove_dir_all(path).or_else(|_| fs::remove_file(path));
            }
            for name in set_aside {
                let _ = fs::rename(trash.join(name), self.dir.join(name));
            }
            return Err(error);
        }
        // Dropping the TempDir removes the staging folder and what it replaced.
        Ok(placed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commit_replaces_its_own_files_and_keeps_others() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("emissions.csv"), "old").unwrap();
        fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        fs::create_dir_all(dir.path().join("inventories")).unwrap();
        fs::write(dir.path().join("inventories/gone.json"), "{}").unwrap();
        let mut staging = Staging::new(dir.path()).unwrap();
        staging.write("emissions.csv", b"new").unwrap();
        staging.write("inventories/a.json", b"{}").unwrap();
        staging.commit().unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("emissions.csv")).unwrap(),
            "new"
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
            "mine"
        );
        assert!(dir.path().join("inventories/a.json").exists());
        assert!(!dir.path().join("inventories/gone.json").exists());
        let left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(STAGING_PREFIX))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn a_folder_where_a_file_goes_stops_the_commit_before_any_change() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("emissions.csv"), "old").unwrap();
        fs::create_dir_all(dir.path().join("findings.csv")).unwrap();
        let mut staging = Staging::new(dir.path()).unwrap();
        staging.write("emissions.csv", b"new").unwrap();
        staging.write("findings.csv", b"new").unwrap();
        let err = staging.commit().unwrap_err();
        assert!(
            err.to_string()
                .contains("is a folder ghgcheck did not write"),
            "{err}"
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("emissions.csv")).unwrap(),
            "old"
        );
        assert!(dir.path().join("findings.csv").is_dir());
    }

    #[test]
    fn an_abandoned_run_leaves_the_previous_files() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("emissions.csv"), "old").unwrap();
        let mut staging = Staging::new(dir.path()).unwrap();
        staging.write("emissions.csv", b"half").unwrap();
        drop(staging);
        assert_eq!(
            fs::read_to_string(dir.path().join("emissions.csv")).unwrap(),
            "old"
        );
    }
}
