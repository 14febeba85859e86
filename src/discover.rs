//! Finds the files a run checks: files named on the command line as they
//! are, and folders walked recursively for the known extensions, skipping
//! Office lock files (`~$x.xlsx`), hidden folders and files, the run's own
//! output folder and `--exclude` matches. Folder contents come in name
//! order so every run sees the same sequence.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use walkdir::WalkDir;

use crate::read::KNOWN_EXTENSIONS;

#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error("invalid --exclude pattern `{pattern}`: {source}")]
    BadGlob {
        pattern: String,
        source: globset::Error,
    },
    #[error("cannot list {path}: {source}")]
    Walk {
        path: PathBuf,
        source: walkdir::Error,
    },
}

/// What to leave out of a walk.
#[derive(Debug, Default)]
pub struct Filter {
    excludes: Option<GlobSet>,
    /// Output folders (`--out`, `--annotate`), never searched.
    out_dirs: Vec<PathBuf>,
}

impl Filter {
    pub fn new(exclude_patterns: &[String], out_dir: Option<&Path>) -> Result<Self, DiscoverError> {
        let excludes = if exclude_patterns.is_empty() {
            None
        } else {
            let mut builder = GlobSetBuilder::new();
            for pattern in exclude_patterns {
                let glob = Glob::new(pattern).map_err(|source| DiscoverError::BadGlob {
                    pattern: pattern.clone(),
                    source,
                })?;
                builder.add(glob);
            }
            Some(builder.build().map_err(|source| DiscoverError::BadGlob {
                pattern: exclude_patterns.join(" "),
                source,
            })?)
        };
        Ok(Filter {
            excludes,
            out_dirs: out_dir
                .and_then(|d| d.canonicalize().ok())
                .into_iter()
                .collect(),
        })
    }

    /// Also leaves this output folder out of walks (when it exists).
    pub fn skipping(mut self, dir: &Path) -> Self {
        self.out_dirs.extend(dir.canonicalize().ok());
        self
    }

    fn excluded(&self, path: &Path, root: &Path) -> bool {
        let Some(globs) = &self.excludes else {
            return false;
        };
        let relative = path.strip_prefix(root).unwrap_or(path);
        globs.is_match(path)
            || globs.is_match(relative)
            || path.file_name().is_some_and(|n| globs.is_match(n))
    }

    fn is_out_dir(&self, path: &Path) -> bool {
        !self.out_dirs.is_empty()
            && path
                .canonicalize()
                .is_ok_and(|p| self.out_dirs.contains(&p))
    }
}

/// The files to check, in order, without duplicates: a file named twice,
/// or reached by two paths (`./a.xlsx` and `dir/../a.xlsx`, a link), is
/// checked once, under the first path it was reached by. The first path
/// that does not exist or cannot be listed is the error.
pub fn discover(inputs: &[PathBuf], filter: &Filter) -> Result<Vec<PathBuf>, DiscoverError> {
    let found = discover_each(inputs, filter);
    match found.problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(found.files),
    }
}

/// What [`discover_each`] found: the files to check, and the paths that
/// could not be searched, each with why.
#[derive(Debug, Default)]
pub struct Discovered {
    pub files: Vec<PathBuf>,
    pub problems: Vec<DiscoverError>,
}

/// Like [`discover`], but a path that does not exist (or a folder entry
/// that cannot be listed) does not stop the search: it is kept among the
/// problems and the other paths are still searched, as ripgrep does.
pub fn discover_each(inputs: &[PathBuf], filter: &Filter) -> Discovered {
    let mut seen = HashSet::new();
    let mut first =
        |path: &Path| seen.insert(path.canonicalize().unwrap_or_else(|_| path.to_owned()));
    let mut found = Discovered::default();
    for input in inputs {
        if !input.exists() {
            found.problems.push(DiscoverError::Missing(input.clone()));
            continue;
        }
        if input.is_file() {
            if first(input) {
                found.files.push(input.clone());
            }
            continue;
        }
        let walker = WalkDir::new(input)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0 || (!is_hidden(e.path()) && !filter.is_out_dir(e.path()))
            });
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(source) => {
                    found.problems.push(DiscoverError::Walk {
                        path: input.clone(),
                        source,
                    });
                    continue;
                }
            };
            let path = entry.path();
            if entry.file_type().is_file()
                && has_known_extension(path)
                && !is_lock_file(path)
                && !filter.excluded(path, input)
                && first(path)
            {
                found.files.push(path.to_owned());
            }
        }
    }
    found
}

fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("")
}

fn is_hidden(path: &Path) -> bool {
    file_name(path).starts_with('.')
}

fn is_lock_file(path: &Path) -> bool {
    file_name(path).starts_with("~$")
}

fn has_known_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| KNOWN_EXTENSIONS.iter().any(|k| k.eq_ignore_ascii_case(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn walks_folders_in_order_and_skips_what_it_should() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in [
            "b.xlsx",
            "a.csv",
            "~$a.xlsx",
            "notes.txt",
            "sub/c.ods",
            ".git/d.csv",
            "out/e.csv",
            "skip/f.csv",
        ] {
            let path = root.join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "x").unwrap();
        }
        let filter = Filter::new(&["skip/**".to_owned()], Some(&root.join("out"))).unwrap();
        let found = discover(&[root.to_owned()], &filter).unwrap();
        let names: Vec<_> = found
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().to_str().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["a.csv", "b.xlsx", "sub/c.ods"]);
    }

    #[test]
    fn a_file_reached_by_two_paths_is_checked_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("sub")).unwrap();
        fs::write(root.join("a.csv"), "x").unwrap();
        let again = root.join("sub").join("..").join("a.csv");
        let found = discover(
            &[root.to_owned(), again, root.join("a.csv")],
            &Filter::default(),
        )
        .unwrap();
        assert_eq!(found, [root.join("a.csv")]);
    }

    #[test]
    fn a_missing_path_is_an_error() {
        let err = discover(&[PathBuf::from("/no/such/place")], &Filter::default()).unwrap_err();
        assert!(matches!(err, DiscoverError::Missing(_)));
    }

    #[test]
    fn a_missing_path_among_others_is_a_problem_and_the_others_are_searched() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::write(root.join("a.csv"), "x").unwrap();
        fs::write(root.join("b.csv"), "x").unwrap();
        let missing = root.join("nope.csv");
        let found = discover_each(
            &[root.join("a.csv"), missing.clone(), root.join("b.csv")],
            &Filter::default(),
        );
        assert_eq!(found.files, [root.join("a.csv"), root.join("b.csv")]);
        assert_eq!(found.problems.len(), 1);
        assert!(matches!(&found.problems[0], DiscoverError::Missing(p) if *p == missing));
        assert_eq!(
            found.problems[0].to_string(),
            format!("{}: no such file or folder", missing.display())
        );
    }
}
