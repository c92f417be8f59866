//! Kokoro-82M (int8 ONNX, Apache-2.0 weights) through ONNX Runtime, loaded at run time from the
//! shared library `tools/setup-kokoro.sh` installs next to the model in `voices/kokoro/`.
//! Takes a voice id (a stock voice `af_heart` or a blend `af_heart*0.6+bm_george*0.4`) and a
//! line; returns 24 kHz mono. Phonemes come from libespeak-ng ([`phonemes`]); a line longer than
//! the model's 510 tokens is spoken in chunks, split at clauses, and joined. Inference is
//! deterministic, so lines may render in parallel: each concurrent call takes its own session
//! from a small pool (see docs/kokoro.md for the measured thread choices).

mod phonemes;
mod pool;

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use ort::value::Tensor;
use rayon::prelude::*;

use super::{Audio, Engine, EngineError, Espeak, Gender, SampleRate, VoiceInfo};

pub use phonemes::{MAX_TOKENS, Pronunciation, tokens};
pub use pool::Tuning;

use pool::Pool;

/// The model's output rate.
pub const KOKORO_RATE: SampleRate = NonZeroU32::new(24_000).unwrap();

/// What `tools/setup-kokoro.sh` installs, relative to the assets folder: the int8 model with
/// its decoder's convolutions rewritten to float32 (tools/kokoro-decoder-fp32.py), and the packs.
const MODEL: &str = "kokoro-v1.0.decoder-fp32.onnx";
const VOICE_DIR: &str = "voices";
/// Floats in a voice pack: one 256-wide style row per input length 1..=510.
const PACK_ROWS: usize = 510;
const STYLE_WIDTH: usize = 256;

/// The 28 English voices of kokoro-js 1.2.1. Prefix: `a` US, `b` British; then `f`/`m`.
pub const STOCK_VOICES: [&str; 28] = [
    "af_alloy", "af_aoede", "af_bella", "af_heart", "af_jessica", "af_kore", "af_nicole", "af_nova", "af_river",
    "af_sarah", "af_sky", "am_adam", "am_echo", "am_eric", "am_fenrir", "am_liam", "am_michael", "am_onyx",
    "am_puck", "am_santa", "bf_alice", "bf_emma", "bf_isabella", "bf_lily", "bm_daniel", "bm_fable", "bm_george",
    "bm_lewis",
];

/// How to complete a missing or partial install; every "not available" error says it.
const SETUP: &str = "run tools/setup-kokoro.sh";

fn unavailable(reason: String) -> EngineError {
    EngineError::Unavailable { engine: "kokoro", reason }
}

/// A parsed voice id: packs and their weights, summing to 1.
#[derive(Debug, Clone, PartialEq)]
struct Blend(Vec<(&'static str, f32)>);

impl Blend {
    /// `af_heart`, `af_heart+bm_george` (equal parts) or `af_heart*0.6+bm_george*0.4`.
    fn parse(name: &str) -> Option<Blend> {
        let mut parts = Vec::new();
        for part in name.split('+') {
            let (voice, weight) = match part.split_once('*') {
                Some((voice, weight)) => (voice.trim(), weight.trim().parse::<f32>().ok()?),
                None => (part.trim(), 1.0),
            };
            let voice = STOCK_VOICES.iter().find(|v| **v == voice)?;
            if !(weight.is_finite() && weight > 0.0) {
                return None;
            }
            parts.push((*voice, weight));
        }
        let total: f32 = parts.iter().map(|(_, w)| w).sum();
        Some(Blend(parts.into_iter().map(|(v, w)| (v, w / total)).collect()))
    }

    /// The heaviest pack (the first among equals) decides gender, accent and phonemizer.
    fn main_voice(&self) -> &'static str {
        let mut best = self.0[0];
        for &part in &self.0[1..] {
            if part.1 > best.1 {
                best = part;
            }
        }
        best.0
    }
}

fn info(id: String, stock: &str) -> VoiceInfo {
    let gender = if stock.as_bytes()[1] == b'f' { Gender::Female } else { Gender::Male };
    let accent = if stock.starts_with('a') { "us" } else { "gb" };
    VoiceInfo { id, engine: "kokoro", gender, accent: accent.to_string(), language: "en".to_string() }
}

/// espeak-ng's voice for an accent: the library refuses `en-gb`, British is the voice file `en`.
fn espeak_language(stock: &str) -> &'static str {
    if stock.starts_with('a') { "en-us" } else { "en" }
}

/// The Kokoro engine.
pub struct Kokoro {
    dir: PathBuf,
    voices: Vec<VoiceInfo>,
    espeak: Espeak,
    packs: Mutex<HashMap<&'static str, Arc<Vec<f32>>>>,
    pool: Pool,
    /// Consulted for every word before espeak-ng phonemizes it.
    lexicon: crate::lexicon::Lexicon,
}

impl Kokoro {
    /// The assets folder: `$TABLEREAD_KOKORO_DIR`, else `voices/kokoro` under the working
    /// directory, else the one `tools/setup.sh` filled beside a built `target/<profile>/tableread`,
    /// so that a chapter elsewhere is still read with the neural voices.
    pub fn default_dir() -> PathBuf {
        if let Some(dir) = std::env::var_os("TABLEREAD_KOKORO_DIR") {
            return PathBuf::from(dir);
        }
        let here = PathBuf::from("voices/kokoro");
        if here.join(MODEL).is_file() {
            return here;
        }
        let checkout = std::env::current_exe().ok().and_then(|exe| exe.ancestors().nth(3).map(|root| root.join("voices/kokoro")));
        checkout.filter(|dir| dir.join(MODEL).is_file()).unwrap_or(here)
    }

    /// Opens the assets in `dir` without loading the model (that happens at the first line).
    /// `Ok(None)` when no model is installed there; an error when the install is incomplete.
    pub fn load(dir: &Path) -> Result<Option<Kokoro>, EngineError> {
        Self::load_tuned(dir, Tuning::default())
    }

    /// [`Kokoro::load`] with explicit thread settings.
    pub fn load_tuned(dir: &Path, tuning: Tuning) -> Result<Option<Kokoro>, EngineError> {
        let model = dir.join(MODEL);
        if !model.is_file() {
            return Ok(None);
        }
        let incomplete = |what: &str| unavailable(format!("{} has no {what} ({SETUP})", dir.display()));
        let library = std::fs::read_dir(dir)
            .map_err(|e| unavailable(format!("reading {}: {e}", dir.display())))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("libonnxruntime.so")))
            .min()
            .ok_or_else(|| incomplete("ONNX Runtime library"))?;
        let voices: Vec<VoiceInfo> = STOCK_VOICES
            .iter()
            .filter(|v| dir.join(VOICE_DIR).join(format!("{v}.bin")).is_file())
            .map(|v| info(format!("kokoro:{v}"), v))
            .collect();
        if voices.is_empty() {
            return Err(incomplete("voice packs"));
        }
        let espeak = Espeak::global()
            .map_err(|e| unavailable(format!("its phonemizer, espeak-ng, is missing: {e}")))?;
        let pool = Pool::new(model, library, tuning);
        Ok(Some(Kokoro { dir: dir.to_path_buf(), voices, espeak, packs: Mutex::default(), pool, lexicon: Default::default() }))
    }

    /// The process's ONNX Runtime environment, loaded from our library: for tools that run the
    /// model themselves (the benchmark's profiler).
    pub fn ort_environment(&self) -> Result<&'static ort::environment::Environment, EngineError> {
        self.pool.environment()
    }


    fn blend(&self, voice: &str) -> Result<Blend, EngineError> {
        Blend::parse(voice)
            .filter(|b| b.0.iter().all(|(v, _)| self.voices.iter().any(|i| i.name() == *v)))
            .ok_or_else(|| EngineError::UnknownVoice { id: format!("kokoro:{voice}") })
    }

    /// The phoneme chunks the model is fed for `text` spoken by `voice`, each at most
    /// [`MAX_TOKENS`] tokens.
    pub fn phoneme_chunks(&self, voice: &str, text: &str) -> Result<Vec<String>, EngineError> {
        let language = espeak_language(self.blend(voice)?.main_voice());
        let lexicon = |word: &str| {
            let entry = self.lexicon.get(word)?;
            match (&entry.ipa, &entry.say) {
                (Some(ipa), _) => Some(Pronunciation::Ipa(ipa.clone())),
                (None, Some(say)) => Some(Pronunciation::Respelling(say.clone())),
                (None, None) => None,
            }
        };
        let mut out = Vec::new();
        for sentence in phonemes::sentences(&phonemes::normalize(text)) {
            let ipa = phonemes::phonemize(&self.espeak, language, &sentence, &lexicon)?;
            out.extend(phonemes::chunks(&ipa).into_iter().filter(|c| !phonemes::tokens(c).is_empty()));
        }
        Ok(out)
    }

    /// The phonemes the model is fed for `text` spoken by `voice`, chunks joined by spaces.
    pub fn phonemes(&self, voice: &str, text: &str) -> Result<String, EngineError> {
        Ok(self.phoneme_chunks(voice, text)?.join(" "))
    }

    /// A stock voice pack as floats, read once.
    fn pack(&self, voice: &'static str) -> Result<Arc<Vec<f32>>, EngineError> {
        if let Some(pack) = self.packs.lock().unwrap_or_else(|e| e.into_inner()).get(voice) {
            return Ok(pack.clone());
        }
        let path = self.dir.join(VOICE_DIR).join(format!("{voice}.bin"));
        let bytes = std::fs::read(&path)
            .map_err(|e| unavailable(format!("reading {}: {e} ({SETUP})", path.display())))?;
        if bytes.len() != PACK_ROWS * STYLE_WIDTH * 4 {
            return Err(unavailable(format!("{} is not a voice pack ({SETUP})", path.display())));
        }
        let floats: Vec<f32> = bytes.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
        let pack = Arc::new(floats);
        self.packs.lock().unwrap_or_else(|e| e.into_inner()).insert(voice, pack.clone());
        Ok(pack)
    }

    /// The style row for an input of `length` tokens: packs mix linearly.
    fn style(&self, blend: &Blend, length: usize) -> Result<Vec<f32>, EngineError> {
        let row = length.min(PACK_ROWS - 1) * STYLE_WIDTH;
        let mut style = vec![0.0f32; STYLE_WIDTH];
        for &(voice, weight) in &blend.0 {
            let pack = self.pack(voice)?;
            for (s, p) in style.iter_mut().zip(&pack[row..row + STYLE_WIDTH]) {
                *s += weight * p;
            }
        }
        Ok(style)
    }

    fn infer(&self, voice: &str, chunk: &str, style: Vec<f32>, speed: f32) -> Result<Vec<f32>, EngineError> {
        let failed = |message: String| EngineError::Synthesis { engine: "kokoro", voice: voice.to_string(), message };
        let mut tokens = vec![0i64];
        tokens.extend(phonemes::tokens(chunk));
        tokens.push(0);
        let length = tokens.len();
        self.pool.environment()?;
        let inputs = (|| -> ort::Result<_> {
            Ok(ort::inputs![
                "tokens" => Tensor::from_array(([1usize, length], tokens))?,
                "style" => Tensor::from_array(([1usize, STYLE_WIDTH], style))?,
                "speed" => Tensor::from_array(([1usize], vec![speed]))?,
            ])
        })()
        .map_err(|e| failed(e.to_string()))?;
        self.pool.with_session(|session| {
            let outputs = session.run(inputs).map_err(|e| failed(e.to_string()))?;
            let (_, audio) = outputs["audio"].try_extract_tensor::<f32>().map_err(|e| failed(e.to_string()))?;
            Ok(audio.to_vec())
        })?
    }
}

impl Engine for Kokoro {
    fn name(&self) -> &'static str {
        "kokoro"
    }

    /// The model file names the weights and the rewrite, so voices are measured again when
    /// either changes; espeak-ng, the phonemizer, is part of the sound too.
    fn version(&self) -> String {
        format!("kokoro {} ({})", MODEL.trim_end_matches(".onnx"), self.espeak.version())
    }

    /// Kokoro phonemizes word by word, so it takes IPA entries as they are and gives respellings
    /// to espeak-ng in place of the word.
    fn use_lexicon(&mut self, lexicon: &crate::lexicon::Lexicon) -> bool {
        self.lexicon = lexicon.clone();
        true
    }

    fn voices(&self) -> &[VoiceInfo] {
        &self.voices
    }

    /// Stock voices and any blend of them.
    fn voice(&self, name: &str) -> Option<VoiceInfo> {
        let blend = self.blend(name).ok()?;
        Some(info(format!("kokoro:{name}"), blend.main_voice()))
    }

    fn synthesize(&self, voice: &str, text: &str, speed: f32) -> Result<Audio, EngineError> {
        let blend = self.blend(voice)?;
        if !(speed.is_finite() && speed > 0.0) {
            let message = format!("speed {speed} is not a positive pace");
            return Err(EngineError::Synthesis { engine: "kokoro", voice: voice.to_string(), message });
        }
        // Sentences and long-sentence chunks run concurrently on the pool's free sessions, so a
        // long line (or `say`) uses every core too; each chunk's samples do not depend on which
        // session ran it, so the result is the same as in order.
        let chunks = self.phoneme_chunks(voice, text)?;
        let pieces: Vec<Vec<f32>> = chunks
            .par_iter()
            .map(|chunk| self.infer(voice, chunk, self.style(&blend, phonemes::tokens(chunk).len())?, speed))
            .collect::<Result<_, _>>()?;
        Ok(Audio { samples: pieces.concat(), rate: KOKORO_RATE })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blends_parse_and_normalize() {
        assert_eq!(Blend::parse("af_heart").unwrap().0, [("af_heart", 1.0)]);
        assert_eq!(Blend::parse("af_heart+bm_george").unwrap().0, [("af_heart", 0.5), ("bm_george", 0.5)]);
        let blend = Blend::parse("af_heart*0.6+bm_george*0.4").unwrap();
        assert_eq!(blend.main_voice(), "af_heart");
        assert_eq!(Blend::parse("af_heart*1+bm_george*3").unwrap().main_voice(), "bm_george");
        for bad in ["", "af_nobody", "af_heart*0", "af_heart*-1+bm_george", "af_heart*x", "af_heart+"] {
            assert_eq!(Blend::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn stock_voices_have_gender_and_accent_from_their_prefix() {
        let voice = info("kokoro:bf_emma".into(), "bf_emma");
        assert_eq!((voice.gender, voice.accent.as_str()), (Gender::Female, "gb"));
        let voice = info("kokoro:am_adam".into(), "am_adam");
        assert_eq!((voice.gender, voice.accent.as_str()), (Gender::Male, "us"));
        assert_eq!(STOCK_VOICES.iter().filter(|v| v.starts_with("af")).count(), 11);
        assert_eq!(STOCK_VOICES.iter().filter(|v| v.starts_with("am")).count(), 9);
    }

    #[test]
    fn missing_assets_mean_no_engine() {
        let empty = tempfile::tempdir().unwrap();
        assert!(Kokoro::load(empty.path()).unwrap().is_none());
        std::fs::write(empty.path().join(MODEL), b"").unwrap();
        let err = Kokoro::load(empty.path()).err().unwrap().to_string();
        assert!(err.contains("tools/setup-kokoro.sh"), "{err}");
    }
}
