//! Runs the real `tableread` binary in a temporary directory of its own.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary working directory and the binary to run in it.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

/// What one run printed and how it ended.
pub struct Run {
    pub output: Output,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox { dir: tempfile::tempdir().expect("a temporary directory") }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Writes a file (creating folders) and returns its path.
    pub fn write(&self, relative: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Copies a file from the repository (or ../shared) into the sandbox.
    pub fn copy(&self, from: &Path, relative: &str) -> PathBuf {
        self.write(relative, std::fs::read(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())))
    }

    /// Runs `tableread ARGS` in the sandbox, with `env` added to its environment.
    pub fn run_with(&self, args: &[&str], env: &[(&str, &Path)]) -> Run {
        self.run_env(args, env, &[])
    }

    /// Runs `tableread ARGS` in the sandbox, with `env` added to its environment and the
    /// variables `remove` taken out of it.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &Path)], remove: &[&str]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_tableread"));
        // The binary would otherwise find the checkout's Kokoro install beside it; a sandbox has
        // only what a test puts in it.
        command.args(args).current_dir(self.dir.path()).env("TABLEREAD_KOKORO_DIR", self.path("voices/kokoro"));
        for key in remove {
            command.env_remove(key);
        }
        for (key, value) in env {
            command.env(key, value);
        }
        Run { output: command.output().expect("the binary runs") }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[])
    }

    /// Every file under the sandbox, relative, sorted.
    pub fn files(&self) -> Vec<String> {
        fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, root, out);
                } else {
                    out.push(path.strip_prefix(root).unwrap().display().to_string());
                }
            }
        }
        let mut out = Vec::new();
        walk(self.dir.path(), self.dir.path(), &mut out);
        out.sort();
        out
    }
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// Asserts success and returns self.
    pub fn success(self) -> Self {
        assert!(self.output.status.success(), "failed: {}", self.stderr());
        self
    }

    /// Asserts a clean failure: non-zero exit, one line on stderr starting `tableread:` and
    /// containing `needle`, no panic or backtrace.
    pub fn fails_with(self, needle: &str) -> Self {
        let stderr = self.stderr();
        assert_eq!(self.output.status.code(), Some(1), "stderr: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "not one line: {stderr}");
        assert!(stderr.starts_with("tableread: "), "{stderr}");
        assert!(stderr.contains(needle), "'{needle}' not in: {stderr}");
        self
    }
}

/// A file of this repository.
pub fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}
