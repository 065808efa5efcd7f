//! Support for the end-to-end tests: the `epi` binary, fixture corpora in temporary folders, and
//! the real server started on a random loopback port.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

/// The `epi` binary of this build (target/<profile>/epi). `cargo test` builds binaries only for
/// their own package's tests, so the first call builds it (a no-op when it is up to date): the
/// tests never run a stale binary.
pub fn epi_binary() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let exe = std::env::current_exe().expect("the test executable");
            // target/<profile>/deps/e2e-<hash> → target/<profile>/epi
            let profile_dir = exe
                .parent()
                .and_then(Path::parent)
                .expect("a target folder");
            let mut build = Command::new(env!("CARGO"));
            build.args(["build", "-p", "epi"]);
            if profile_dir
                .file_name()
                .is_some_and(|name| name == "release")
            {
                build.arg("--release");
            }
            let status = build.status().expect("cargo build");
            assert!(status.success(), "cannot build the epi binary");
            profile_dir.join(format!("epi{}", std::env::consts::EXE_SUFFIX))
        })
        .clone()
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
    /// The small corpus of the command-line tests (`tests/fixtures/corpus`).
    pub fn with_fixture_corpus() -> Workspace {
        Workspace::with_corpus_from(&fixtures().join("corpus"))
    }

    /// The server tests' corpus: ten documents in the eight languages
    /// (`tests/fixtures/library`).
    pub fn with_library_fixture() -> Workspace {
        Workspace::with_corpus_from(&fixtures().join("library"))
    }

    /// A copy of `corpus` in a fresh temporary folder.
    pub fn with_corpus_from(corpus: &Path) -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(corpus, &dir.path().join("corpus"));
        Workspace { dir }
    }

    pub fn corpus(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }

    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// The data folder: accounts, submissions, audit log.
    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Creates an account with `epi accounts add` and returns its token.
    pub fn add_account(&self, role: &str, org: &str, city: Option<&str>) -> String {
        let mut args = vec!["accounts", "add", "--role", role, "--org", org];
        if let Some(city) = city {
            args.extend(["--city", city]);
        }
        let output = self.run(&args);
        assert!(output.status.success(), "{}", stderr(&output));
        stdout(&output)
            .lines()
            .find(|line| line.starts_with("epi_"))
            .unwrap_or_else(|| panic!("no token in {}", stdout(&output)))
            .to_owned()
    }

    /// An `epi` command with this workspace's corpus and index.
    pub fn epi(&self) -> Command {
        let mut command = Command::new(epi_binary());
        command
            .env("EPI_CORPUS", self.corpus())
            .env("EPI_INDEX", self.index())
            .env("EPI_DATA", self.data())
            .env_remove("EPI_LOG");
        command
    }

    /// Runs `epi` with `args`.
    pub fn run(&self, args: &[&str]) -> Output {
        self.epi().args(args).output().expect("epi runs")
    }
}

/// The hits of a search response as `<id>.<lang>`, in rank order.
pub fn hit_keys(results: &serde_json::Value) -> Vec<String> {
    results["hits"]
        .as_array()
        .expect("a hits array")
        .iter()
        .map(|h| {
            format!(
                "{}.{}",
                h["id"].as_str().unwrap(),
                h["lang"].as_str().unwrap()
            )
        })
        .collect()
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The real server (`epi serve`) on a random loopback port, stopped when dropped.
#[derive(Debug)]
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    agent: ureq::Agent,
}

/// An HTTP answer, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|err| panic!("not JSON ({err}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl Server {
    /// Starts `epi serve` over the workspace's corpus and index (building the index if there is
    /// none) and waits until it listens.
    pub fn start(workspace: &Workspace) -> Server {
        let log = std::fs::File::create(workspace.dir.path().join("server.log")).unwrap();
        let mut child = workspace
            .epi()
            .args(["serve", "--addr", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("epi serve starts");
        let mut first_line = String::new();
        let stdout = child.stdout.take().expect("piped stdout");
        BufReader::new(stdout).read_line(&mut first_line).unwrap();
        let base = first_line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| {
                let log = std::fs::read_to_string(workspace.dir.path().join("server.log"))
                    .unwrap_or_default();
                panic!("the server did not start: {first_line:?}\n{log}")
            })
            .to_owned();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        Server { child, base, agent }
    }

    /// GETs `path` (with its query string, already encoded).
    pub fn get(&self, path: &str) -> Reply {
        let url = format!("{}{path}", self.base);
        let mut response = self
            .agent
            .get(&url)
            .call()
            .unwrap_or_else(|err| panic!("GET {url}: {err}"));
        reply(&mut response)
    }

    /// GETs `path` with extra request headers (`Cookie`, `Accept-Language`, …).
    pub fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        let url = format!("{}{path}", self.base);
        let mut request = self.agent.get(&url);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let mut response = request
            .call()
            .unwrap_or_else(|err| panic!("GET {url}: {err}"));
        reply(&mut response)
    }

    /// Sends a request without a body with any method.
    pub fn request(&self, method: &str, path: &str) -> Reply {
        let url = format!("{}{path}", self.base);
        let request = ureq::http::Request::builder()
            .method(method)
            .uri(&url)
            .body(())
            .expect("a valid request");
        let mut response = self
            .agent
            .run(request)
            .unwrap_or_else(|err| panic!("{method} {url}: {err}"));
        reply(&mut response)
    }

    /// Sends a request with any method, headers and body.
    pub fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        let url = format!("{}{path}", self.base);
        let mut request = ureq::http::Request::builder().method(method).uri(&url);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request.body(body.to_vec()).expect("a valid request");
        let mut response = self
            .agent
            .run(request)
            .unwrap_or_else(|err| panic!("{method} {url}: {err}"));
        reply(&mut response)
    }

    /// Kills the server at once (SIGKILL on Unix), as a crash would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// The process id, to signal the server.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits for the server to exit (after a signal) and returns whether it exited cleanly.
    pub fn wait(&mut self) -> bool {
        self.child.wait().map(|s| s.success()).unwrap_or(false)
    }
}

fn reply(response: &mut ureq::http::Response<ureq::Body>) -> Reply {
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or_default().to_owned()))
        .collect::<Vec<_>>();
    let content_type = headers
        .iter()
        .find(|(n, _)| n == "content-type")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let body = response
        .body_mut()
        .with_config()
        .limit(50 * 1024 * 1024)
        .read_to_string()
        .unwrap_or_default();
    Reply {
        status,
        content_type,
        headers,
        body,
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Percent-encodes a query-string value.
pub fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
