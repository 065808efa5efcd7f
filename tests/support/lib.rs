//! Support for the end-to-end tests: the `epi` binary, fixture corpora in temporary folders.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `epi` binary of this build (target/<profile>/epi), built first if it is missing.
pub fn epi_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test executable");
    // target/<profile>/deps/e2e-<hash> → target/<profile>/epi
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("a target folder");
    let binary = profile_dir.join(format!("epi{}", std::env::consts::EXE_SUFFIX));
    if !binary.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "-p", "epi"])
            .status()
            .expect("cargo build");
        assert!(status.success(), "cannot build the epi binary");
    }
    binary
}

/// The fixture folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A workspace for one test: a copy of the fixture corpus and an index folder.
#[derive(Debug)]
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn with_fixture_corpus() -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixtures().join("corpus"), &dir.path().join("corpus"));
        Workspace { dir }
    }

    pub fn corpus(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }

    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// An `epi` command with this workspace's corpus and index.
    pub fn epi(&self) -> Command {
        let mut command = Command::new(epi_binary());
        command
            .env("EPI_CORPUS", self.corpus())
            .env("EPI_INDEX", self.index())
            .env_remove("EPI_LOG");
        command
    }

    /// Runs `epi` with `args`.
    pub fn run(&self, args: &[&str]) -> Output {
        self.epi().args(args).output().expect("epi runs")
    }
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
