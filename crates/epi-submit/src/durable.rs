//! Durable writes: what an answer acknowledges is on disk first.
//!
//! A file is written to a temporary file in its own folder, fsync'd, renamed over (or, for a
//! file that must never be overwritten, linked into) its place, and the folder is fsync'd so the
//! rename itself survives a power cut. Appends take an OS lock, write one buffer and fsync.
//! Read-modify-write sequences hold an OS lock on a `.lock` file beside the data, which also
//! serialises them against other processes (the command line while the server runs).

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

use crate::error::{Result, SubmitError};

/// Writes `contents` to `path`, replacing it, durably.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<()> {
    let context = format!("cannot write {}", path.display());
    let dir = parent(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .map_err(SubmitError::io(&context))?;
    tmp.write_all(contents).map_err(SubmitError::io(&context))?;
    tmp.as_file()
        .sync_all()
        .map_err(SubmitError::io(&context))?;
    tmp.persist(path)
        .map_err(|err| SubmitError::io(&context)(err.error))?;
    sync_dir(dir)
}

/// Writes `contents` to a new file at `path`, durably; fails with [`SubmitError::Exists`] when
/// there is a file there already (the check and the creation are one atomic step).
pub fn write_new(path: &Path, contents: &[u8]) -> Result<()> {
    let context = format!("cannot write {}", path.display());
    let dir = parent(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .map_err(SubmitError::io(&context))?;
    tmp.write_all(contents).map_err(SubmitError::io(&context))?;
    tmp.as_file()
        .sync_all()
        .map_err(SubmitError::io(&context))?;
    match tmp.persist_noclobber(path) {
        Ok(_) => sync_dir(dir),
        Err(err) if err.error.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(SubmitError::Exists(path.to_path_buf()))
        }
        Err(err) => Err(SubmitError::io(&context)(err.error)),
    }
}

/// Creates `dir` (and its parents) when missing, making the new entry durable.
pub fn create_dir_durably(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    fs::create_dir_all(dir).map_err(SubmitError::io(format!("cannot create {}", dir.display())))?;
    sync_dir(parent(dir))
}

/// Appends `line` to `path` in one write, under an exclusive OS lock, and fsyncs it.
pub fn append_line(path: &Path, line: &[u8]) -> Result<()> {
    let context = format!("cannot append to {}", path.display());
    let existed = path.exists();
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(SubmitError::io(&context))?;
    file.lock().map_err(SubmitError::io(&context))?;
    let written = file
        .write_all(line)
        .and_then(|()| file.sync_data())
        .map_err(SubmitError::io(&context));
    let _ = file.unlock();
    written?;
    if !existed {
        sync_dir(parent(path))?;
    }
    Ok(())
}

/// Holds an exclusive OS lock on a lock file until dropped.
#[derive(Debug)]
pub struct LockGuard {
    file: File,
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// Waits for the exclusive lock on `path` (created when missing).
pub fn lock(path: &Path) -> Result<LockGuard> {
    let context = format!("cannot lock {}", path.display());
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(SubmitError::io(&context))?;
    file.lock().map_err(SubmitError::io(&context))?;
    Ok(LockGuard { file })
}

pub fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(SubmitError::io(format!("cannot sync {}", dir.display())))
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_writes_replace_and_leave_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.json"]);
    }

    #[test]
    fn new_files_never_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.md");
        write_new(&path, b"first").unwrap();
        let err = write_new(&path, b"second").unwrap_err();
        assert!(matches!(err, SubmitError::Exists(_)), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "first");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn appends_from_many_threads_keep_every_line_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log");
        std::thread::scope(|scope| {
            for t in 0..8 {
                let path = &path;
                scope.spawn(move || {
                    for i in 0..25 {
                        let line =
                            format!("{{\"t\":{t},\"i\":{i},\"pad\":\"{}\"}}\n", "x".repeat(500));
                        append_line(path, line.as_bytes()).unwrap();
                    }
                });
            }
        });
        let text = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 200);
        for line in lines {
            serde_json::from_str::<serde_json::Value>(line).unwrap();
        }
    }
}
