//! Kokoro's ONNX Runtime sessions: the process's one environment, loaded from the library in
//! the assets folder, and a pool that gives each concurrent call a session of its own
//! (`Session::run` needs `&mut`), creating them on first need up to [`Tuning::sessions`].

use std::path::PathBuf;
use std::sync::{Condvar, Mutex, OnceLock};

use ort::session::Session;

use super::{SETUP, unavailable};
use crate::engine::EngineError;

/// How inference uses the cores: `sessions` lines at once, each on `intra_threads` threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tuning {
    /// Sessions in the pool: how many lines (or chunks) run at once.
    pub sessions: usize,
    /// ONNX Runtime intra-op threads per session.
    pub intra_threads: usize,
}

impl Default for Tuning {
    /// One session per core, one thread each. Measured on 2 cores (docs/kokoro.md): two
    /// sessions on one thread each render at 3.3–3.6× real time, one session on two threads at
    /// 2.7–3.5× (a second intra-op thread costs a fifth more CPU per second of audio, a second
    /// session a few percent). Past 4 cores, sessions get more threads rather than the pool
    /// more memory (~500–700 MB resident per session).
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let sessions = cores.clamp(1, 4);
        Tuning { sessions, intra_threads: (cores / sessions).max(1) }
    }
}

/// Sessions handed out one per concurrent call, created on first need up to the tuning's count.
pub struct Pool {
    model: PathBuf,
    library: PathBuf,
    tuning: Tuning,
    state: Mutex<(Vec<Session>, usize)>,
    freed: Condvar,
}

/// ONNX Runtime allows one environment per process; the first library path loaded wins.
static ENVIRONMENT: OnceLock<Result<ort::environment::Environment, String>> = OnceLock::new();

impl Pool {
    pub fn new(model: PathBuf, library: PathBuf, tuning: Tuning) -> Pool {
        Pool { model, library, tuning, state: Mutex::new((Vec::new(), 0)), freed: Condvar::new() }
    }

    /// Loads ONNX Runtime from our library. Must come before any other ort call (even building
    /// a tensor), else ort looks for a system-wide `libonnxruntime.so` and panics.
    pub fn environment(&self) -> Result<&'static ort::environment::Environment, EngineError> {
        let environment = ENVIRONMENT.get_or_init(|| {
            let builder = ort::init_from(&self.library).map_err(|e| format!("loading {}: {e}", self.library.display()))?;
            builder.with_name("tableread").with_telemetry(false).build().map_err(|e| e.to_string())
        });
        environment.as_ref().map_err(|reason| unavailable(format!("{reason} ({SETUP})")))
    }

    fn create(&self) -> Result<Session, EngineError> {
        let environment = self.environment()?;
        let failed = |e: String| unavailable(format!("loading {}: {e} ({SETUP})", self.model.display()));
        Session::builder(environment)
            .and_then(|b| Ok(b.with_intra_threads(self.tuning.intra_threads)?))
            .and_then(|b| Ok(b.with_inter_threads(1)?))
            .map_err(|e| failed(e.to_string()))?
            .commit_from_file(&self.model)
            .map_err(|e| failed(e.to_string()))
    }

    /// A free session, or a new one while fewer than the tuning's count exist, or the next
    /// one returned.
    fn take(&self) -> Result<Session, EngineError> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(session) = state.0.pop() {
                return Ok(session);
            }
            if state.1 < self.tuning.sessions {
                state.1 += 1;
                drop(state);
                let created = self.create();
                if created.is_err() {
                    self.state.lock().unwrap_or_else(|e| e.into_inner()).1 -= 1;
                }
                return created;
            }
            state = self.freed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Runs `work` on a session of its own.
    pub fn with_session<T>(&self, work: impl FnOnce(&mut Session) -> T) -> Result<T, EngineError> {
        let mut lease = Lease { pool: self, session: Some(self.take()?) };
        Ok(work(lease.session.as_mut().expect("a leased session")))
    }
}

/// A session out of the pool; it goes back when the lease drops, even if the work panicked,
/// so that waiting callers are never left without one.
struct Lease<'a> {
    pool: &'a Pool,
    session: Option<Session>,
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let Some(session) = self.session.take() {
            self.pool.state.lock().unwrap_or_else(|e| e.into_inner()).0.push(session);
            self.pool.freed.notify_one();
        }
    }
}

