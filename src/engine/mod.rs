//! Speech engines behind one trait. Each engine lives in its own file, lists its voices and turns
//! one line of text into mono samples at its native rate. [`Engines`] holds the engines that are
//! installed on this machine and resolves voice ids such as `espeak:en-us+f3`, `flite:slt` or
//! `kokoro:af_heart*0.6+bm_george*0.4`.

mod espeak;
mod flite;
mod kirshenbaum;
#[cfg(feature = "speech-dispatcher")]
pub mod speechd;
pub mod kokoro;

use std::fmt;
use std::num::NonZeroU32;
use std::sync::Mutex;

use serde::Serialize;

use crate::lexicon::Lexicon;
use thiserror::Error;

pub use espeak::Espeak;
pub use flite::Flite;
pub use kirshenbaum::from_ipa as espeak_mnemonics;
pub use kokoro::Kokoro;

/// Samples per second; a zero rate cannot exist.
pub type SampleRate = NonZeroU32;

/// Mono audio. NOTE: f32 in -1..1 so that mixing and gain never clip midway; only the final
/// WAV is quantized to 16 bits.
#[derive(Debug, Clone, PartialEq)]
pub struct Audio {
    pub samples: Vec<f32>,
    pub rate: SampleRate,
}

impl Audio {
    /// Length in seconds.
    pub fn seconds(&self) -> f64 {
        self.samples.len() as f64 / f64::from(self.rate.get())
    }
}

/// A voice's apparent gender, used by casting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Female,
    Male,
    /// Listed by an engine that does not say (speech-dispatcher); casting never picks these.
    Unknown,
}

impl fmt::Display for Gender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Unknown => "unknown",
        })
    }
}

/// One installed voice, as `tableread voices` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoiceInfo {
    /// `engine:name`, the id cast files use.
    pub id: String,
    pub engine: &'static str,
    pub gender: Gender,
    /// `us`, `gb`, `scotland`, … as the engine's data names it.
    pub accent: String,
    /// BCP-47-ish language code, `en` for every voice we cast today.
    pub language: String,
}

impl VoiceInfo {
    /// The part of the id after `engine:`.
    pub fn name(&self) -> &str {
        &self.id[self.engine.len() + 1..]
    }
}

/// The id prefix of speech-dispatcher voices (`speechd:English (America)+Annie`). They speak
/// live through the desktop's speech service and exist only in builds with the
/// `speech-dispatcher` feature; they are never cast or rendered.
pub const SPEECHD: &str = "speechd";

/// The name part of a speech-dispatcher voice id, or `None` for any other id.
pub fn speechd_name(id: &str) -> Option<&str> {
    id.strip_prefix(SPEECHD)?.strip_prefix(':')
}

/// What an engine can fail at.
#[derive(Debug, Error)]
pub enum EngineError {
    #[error("{engine} is not available: {reason}")]
    Unavailable { engine: &'static str, reason: String },
    #[error("unknown voice '{id}' (run `tableread voices` to list the installed ones)")]
    UnknownVoice { id: String },
    #[error("{engine} failed on voice {voice}: {message}")]
    Synthesis { engine: &'static str, voice: String, message: String },
    /// A `speechd:` voice where audio must be rendered: a cast, or `say -o`.
    #[error("{id} is a speech-dispatcher voice, which speaks live only and cannot be rendered or written to a file; use an espeak or flite voice here")]
    LiveOnly { id: String },
    /// A `speechd:` voice in a build without the feature.
    #[error("{id} is a speech-dispatcher voice, and this tableread was built without the `speech-dispatcher` feature; rebuild with `cargo build --release --features speech-dispatcher`")]
    SpeechdNotBuilt { id: String },
}

/// A speech engine. Implementations must be safe to call from several threads; an engine whose
/// library keeps global state serializes calls itself.
pub trait Engine: Send + Sync {
    /// The id prefix, e.g. `espeak`.
    fn name(&self) -> &'static str;
    /// Every voice this engine offers here.
    fn voices(&self) -> &[VoiceInfo];
    /// The voice `name` (the id's part after `engine:`), listed or not: an engine may accept
    /// ids it does not list, such as Kokoro's blends.
    fn voice(&self, name: &str) -> Option<VoiceInfo> {
        self.voices().iter().find(|voice| voice.name() == name).cloned()
    }
    /// True when an utterance's samples depend on the utterances synthesized before it, so
    /// that renders must call it in script order, on one thread, to be reproducible.
    fn order_sensitive(&self) -> bool {
        false
    }
    /// True when the engine speaks IPA given inside `[[ ]]` in the text (lexicon entries).
    fn reads_ipa(&self) -> bool {
        false
    }
    /// Takes the lexicon to apply itself, word by word as it phonemizes; false (the default)
    /// when the engine wants the lexicon's words rewritten in the text it is given instead.
    fn use_lexicon(&mut self, _lexicon: &Lexicon) -> bool {
        false
    }
    /// Speaks `text` with the voice `voice` (the id's part after `engine:`); `speed` 1.0 is the
    /// voice's normal pace.
    fn synthesize(&self, voice: &str, text: &str, speed: f32) -> Result<Audio, EngineError>;
    /// The engine's version and data, as recorded with the voice catalogue's measurements: when
    /// it changes, the engine's voices are measured again. Engines should name their library
    /// version and, for model-based engines, the model.
    fn version(&self) -> String {
        self.name().to_string()
    }
    /// Speaks `text` at normal pace so that neither the result depends on earlier calls nor
    /// later calls on this one: the voice catalogue measures voices with it. Order-sensitive
    /// engines override it (espeak-ng runs its command-line program, a fresh process).
    fn synthesize_isolated(&self, voice: &str, text: &str) -> Result<Audio, EngineError> {
        self.synthesize(voice, text, 1.0)
    }
}

/// The engines installed on this machine, and the lexicon they all say words by.
pub struct Engines {
    engines: Vec<Box<dyn Engine>>,
    lexicon: Lexicon,
    /// Engines that apply the lexicon themselves.
    own_lexicon: Vec<&'static str>,
    /// Engines we know of that could not load here, and why.
    missing: Vec<EngineError>,
}

impl Engines {
    /// Loads every engine whose library and data are present; missing ones are left out.
    /// Kokoro's assets are looked for in [`Kokoro::default_dir`].
    pub fn detect() -> Self {
        Self::detect_with(&Kokoro::default_dir())
    }

    /// [`Engines::detect`] with Kokoro's assets in `kokoro_dir`.
    pub fn detect_with(kokoro_dir: &std::path::Path) -> Self {
        let mut engines: Vec<Box<dyn Engine>> = Vec::new();
        let mut missing = Vec::new();
        match Espeak::global() {
            Ok(espeak) => engines.push(Box::new(espeak)),
            Err(err) => missing.push(err),
        }
        engines.push(Box::new(Flite::new()));
        match Kokoro::load(kokoro_dir) {
            Ok(Some(kokoro)) => engines.push(Box::new(kokoro)),
            Ok(None) => missing.push(EngineError::Unavailable {
                engine: "kokoro",
                reason: format!("its model is not installed in {} (run tools/setup-kokoro.sh)", kokoro_dir.display()),
            }),
            Err(err) => missing.push(err),
        }
        Engines { engines, lexicon: Lexicon::default(), own_lexicon: Vec::new(), missing }
    }

    /// These engines, saying the words of `lexicon` its way.
    pub fn with_lexicon(mut self, lexicon: Lexicon) -> Self {
        self.own_lexicon =
            self.engines.iter_mut().filter_map(|engine| engine.use_lexicon(&lexicon).then(|| engine.name())).collect();
        Engines { lexicon, ..self }
    }

    /// Only the engine `name`, for renders that must use it alone (`--draft`).
    pub fn only(self, name: &'static str) -> Result<Self, EngineError> {
        let engines: Vec<Box<dyn Engine>> = self.engines.into_iter().filter(|engine| engine.name() == name).collect();
        if engines.is_empty() {
            return Err(EngineError::Unavailable { engine: name, reason: "it is not installed".into() });
        }
        Ok(Engines { engines, lexicon: self.lexicon, own_lexicon: self.own_lexicon, missing: self.missing })
    }

    /// Every voice of every installed engine, in engine order.
    pub fn voices(&self) -> impl Iterator<Item = &VoiceInfo> {
        self.engines.iter().flat_map(|engine| engine.voices())
    }

    /// Looks up a voice id, listed or not (Kokoro blends), saying so when its engine is missing.
    pub fn voice(&self, id: &str) -> Result<VoiceInfo, EngineError> {
        if speechd_name(id).is_some() {
            return Err(EngineError::LiveOnly { id: id.to_string() });
        }
        let unknown = || EngineError::UnknownVoice { id: id.to_string() };
        let (engine, name) = id.split_once(':').ok_or_else(unknown)?;
        match self.engines.iter().find(|e| e.name() == engine) {
            Some(found) => found.voice(name).ok_or_else(unknown),
            None => match self.missing.iter().find(|m| matches!(m, EngineError::Unavailable { engine: e, .. } if *e == engine)) {
                Some(EngineError::Unavailable { engine, reason }) => {
                    Err(EngineError::Unavailable { engine, reason: reason.clone() })
                }
                _ => Err(unknown()),
            },
        }
    }

    /// A voice id's voice and the engine that owns it, resolved once.
    fn resolve(&self, id: &str) -> Result<(VoiceInfo, &dyn Engine), EngineError> {
        let voice = self.voice(id)?;
        let engine = self
            .engines
            .iter()
            .find(|engine| engine.name() == voice.engine)
            .expect("a resolved voice belongs to a loaded engine")
            .as_ref();
        Ok((voice, engine))
    }

    /// The engine that owns a voice id.
    pub fn engine_of(&self, id: &str) -> Result<&dyn Engine, EngineError> {
        Ok(self.resolve(id)?.1)
    }

    /// The version of the engine that owns the voice `id` (see [`Engine::version`]).
    pub fn version_of(&self, id: &str) -> Result<String, EngineError> {
        Ok(self.engine_of(id)?.version())
    }

    /// Speaks `text` with the voice `id` without touching any engine state (see
    /// [`Engine::synthesize_isolated`]), and without the lexicon: a voice's measurement must not
    /// depend on a user's word list.
    pub fn synthesize_isolated(&self, id: &str, text: &str) -> Result<Audio, EngineError> {
        let (voice, engine) = self.resolve(id)?;
        engine.synthesize_isolated(voice.name(), text)
    }

    /// Speaks `text` with the voice `id`, with the lexicon's words said its way.
    pub fn synthesize(&self, id: &str, text: &str, speed: f32) -> Result<Audio, EngineError> {
        let (voice, engine) = self.resolve(id)?;
        if self.own_lexicon.contains(&engine.name()) {
            return engine.synthesize(voice.name(), text, speed);
        }
        engine.synthesize(voice.name(), &self.lexicon.apply(text, engine.reads_ipa()), speed)
    }
}

unsafe extern "C" {
    fn srand(seed: std::ffi::c_uint);
}

/// espeak-ng and flite keep global state and both draw their noise from libc's one `rand()`.
static NATIVE: Mutex<()> = Mutex::new(());

/// Runs a call into the C engines alone, with `rand()` reseeded, so that a line's samples do not
/// depend on what was synthesized before it or on another thread.
fn native_call<T>(call: impl FnOnce() -> T) -> T {
    let _guard = NATIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    // SAFETY: srand only sets libc's seed; every other rand() user here runs under NATIVE too.
    unsafe { srand(1) };
    call()
}

/// i16 PCM from a C library as f32 samples.
fn from_i16(samples: &[i16]) -> Vec<f32> {
    samples.iter().map(|&s| f32::from(s) / 32768.0).collect()
}
