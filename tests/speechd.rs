//! The `speech-dispatcher` feature against a real speech-dispatcher daemon, a hung one and a
//! missing one. Each test gives the daemon a home of its own, so it spawns a daemon of its own;
//! an ALSA device named in that home's speechd.conf stands in for the sound card
//! (docs/speech-dispatcher.md says what was measured).
#![cfg(feature = "speech-dispatcher")]

#[allow(dead_code)]
mod common;

use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::Sandbox;

const AMERICA: &str = "speechd:English (America)";

/// A home for a daemon of the test's own, whose audio goes to the ALSA device `device`:
/// `null` swallows it at once, a missing device never plays it.
struct Daemon {
    home: PathBuf,
    runtime: PathBuf,
}

impl Daemon {
    fn new(sandbox: &Sandbox, device: &str) -> Self {
        assert!(
            Path::new("/usr/bin/speech-dispatcher").exists(),
            "speech-dispatcher is not installed: tools/setup.sh --deps --speech-dispatcher installs it"
        );
        let config = format!("AudioOutputMethod \"alsa\"\nAudioALSADevice \"{device}\"\n");
        sandbox.write("home/.config/speech-dispatcher/speechd.conf", config);
        let runtime = sandbox.path("home/run");
        std::fs::create_dir_all(&runtime).unwrap();
        Daemon { home: sandbox.path("home"), runtime }
    }

    fn run(&self, sandbox: &Sandbox, args: &[&str]) -> common::Run {
        let config = self.home.join(".config");
        let cache = self.home.join(".cache");
        let env = [("HOME", &*self.home), ("XDG_RUNTIME_DIR", &*self.runtime), ("XDG_CONFIG_HOME", &config), ("XDG_CACHE_HOME", &cache)];
        sandbox.run_env(args, &env, &["SPEECHD_ADDRESS"])
    }
}

impl Drop for Daemon {
    /// Stops the daemon this test spawned. One stuck on its audio ignores SIGTERM, hence KILL.
    fn drop(&mut self) {
        let pid_file = self.runtime.join("speech-dispatcher/pid/speech-dispatcher.pid");
        if let Ok(pid) = std::fs::read_to_string(pid_file) {
            let _ = std::process::Command::new("kill").args(["-KILL", pid.trim()]).status();
        }
    }
}

/// Runs with speech-dispatcher's address set to `socket`.
fn run_at(sandbox: &Sandbox, socket: &Path, args: &[&str]) -> (common::Run, Duration) {
    let address = PathBuf::from(format!("unix_socket:{}", socket.display()));
    let started = Instant::now();
    let run = sandbox.run_with(args, &[("SPEECHD_ADDRESS", &address)]);
    (run, started.elapsed())
}

#[test]
fn voices_lists_the_daemons_english_voices_and_say_speaks_live() {
    let sandbox = Sandbox::new();
    let daemon = Daemon::new(&sandbox, "null");
    let run = daemon.run(&sandbox, &["voices", "--format", "jsonl"]).success();
    assert_eq!(run.stderr(), "", "a working daemon needs no note");
    let voices: Vec<serde_json::Value> = run.stdout().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let live: Vec<&serde_json::Value> = voices.iter().filter(|v| v["engine"] == "speechd").collect();
    assert!(!live.is_empty(), "no speechd voice listed");
    assert!(live.iter().all(|v| v["language"] == "en" && v["id"].as_str().unwrap().starts_with("speechd:")));
    // The espeak-ng module names its voices after the language, and tags them with the region.
    let america = live.iter().find(|v| v["id"] == AMERICA).expect("the espeak-ng module's American voice");
    assert_eq!(america["accent"], "us");
    assert_eq!(america["gender"], "unknown");
    assert!(voices.iter().any(|v| v["engine"] == "espeak"), "the rendering engines are still listed");

    daemon.run(&sandbox, &["say", "--voice", AMERICA, "--speed", "1.5", "The casting panel is ready."]).success();
    daemon.run(&sandbox, &["say", "--voice", "speechd:Nobody", "Hi."]).fails_with("unknown voice 'speechd:Nobody'");
}

#[test]
fn a_daemon_that_never_finishes_speaking_is_given_up_on() {
    let sandbox = Sandbox::new();
    let daemon = Daemon::new(&sandbox, "no-such-device");
    daemon
        .run(&sandbox, &["say", "--voice", AMERICA, "Hi."])
        .fails_with("did not finish speaking it within 5 s; its audio output is probably not working");
}

#[test]
fn a_missing_or_hung_daemon_gets_one_line_within_the_timeout() {
    let sandbox = Sandbox::new();
    let missing = sandbox.path("missing/speechd.sock");
    let (run, took) = run_at(&sandbox, &missing, &["say", "--voice", AMERICA, "Hi."]);
    run.fails_with("speech-dispatcher is not available: it is not running");
    assert!(took < Duration::from_secs(4), "{took:?}");

    // A socket that accepts connections and never answers, like a daemon stopped midway.
    let hung = sandbox.path("hung.sock");
    let _listener = UnixListener::bind(&hung).unwrap();
    let (run, took) = run_at(&sandbox, &hung, &["say", "--voice", AMERICA, "Hi."]);
    run.fails_with("speech-dispatcher is not available: it did not answer within 2 s");
    assert!(took < Duration::from_secs(5), "{took:?}");

    // `voices` still lists the other engines, with one note on stderr.
    let (run, took) = run_at(&sandbox, &hung, &["voices"]);
    let run = run.success();
    assert!(run.stdout().contains("flite:slt"));
    assert!(!run.stdout().contains("speechd:"));
    assert_eq!(run.stderr().lines().count(), 1, "{}", run.stderr());
    assert!(run.stderr().contains("did not answer within 2 s"), "{}", run.stderr());
    assert!(took < Duration::from_secs(5), "{took:?}");
}
