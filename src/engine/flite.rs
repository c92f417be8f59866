//! flite through its C library (Debian's `flite1-dev`, BSD-like). Five built-in English voices at
//! 8 or 16 kHz: `slt` (the only female, and the clearest), `rms`, `awb` (Scottish), `kal`, `kal16`.
//! The clustergen voices run about 75× real time. Calls go through `native_call`, which
//! serializes them and reseeds the noise generator so the same line always gives the same samples.

use std::ffi::{CString, c_char, c_float, c_int, c_short, c_void};
use std::num::NonZeroU32;
use std::sync::OnceLock;

use super::{Audio, Engine, EngineError, Gender, VoiceInfo, from_i16, native_call};

#[repr(C)]
struct CstWave {
    kind: *const c_char,
    sample_rate: c_int,
    num_samples: c_int,
    num_channels: c_int,
    samples: *mut c_short,
}

/// The leading fields of `cst_voice`; we only read `features`.
#[repr(C)]
struct CstVoice {
    name: *const c_char,
    features: *mut c_void,
}

type Register = unsafe extern "C" fn(voxdir: *const c_char) -> *mut CstVoice;

#[link(name = "flite_cmu_us_slt")]
#[link(name = "flite_cmu_us_rms")]
#[link(name = "flite_cmu_us_awb")]
#[link(name = "flite_cmu_us_kal")]
#[link(name = "flite_cmu_us_kal16")]
#[link(name = "flite_usenglish")]
#[link(name = "flite_cmulex")]
#[link(name = "flite")]
unsafe extern "C" {
    fn flite_init() -> c_int;
    fn flite_text_to_wave(text: *const c_char, voice: *mut CstVoice) -> *mut CstWave;
    fn delete_wave(wave: *mut CstWave);
    fn flite_feat_set_float(features: *mut c_void, name: *const c_char, value: c_float);
    fn register_cmu_us_slt(voxdir: *const c_char) -> *mut CstVoice;
    fn register_cmu_us_rms(voxdir: *const c_char) -> *mut CstVoice;
    fn register_cmu_us_awb(voxdir: *const c_char) -> *mut CstVoice;
    fn register_cmu_us_kal(voxdir: *const c_char) -> *mut CstVoice;
    fn register_cmu_us_kal16(voxdir: *const c_char) -> *mut CstVoice;
}

/// name, gender, accent, registration function.
const VOICES: &[(&str, Gender, &str, Register)] = &[
    ("slt", Gender::Female, "us", register_cmu_us_slt),
    ("rms", Gender::Male, "us", register_cmu_us_rms),
    ("awb", Gender::Male, "scotland", register_cmu_us_awb),
    ("kal16", Gender::Male, "us", register_cmu_us_kal16),
    ("kal", Gender::Male, "us", register_cmu_us_kal),
];

struct Registered {
    name: &'static str,
    voice: *mut CstVoice,
}

/// Registered voices.
struct Library {
    voices: Vec<Registered>,
}

// SAFETY: the voice pointers are only dereferenced by flite inside `native_call`, one at a time.
unsafe impl Send for Library {}
unsafe impl Sync for Library {}

static LIBRARY: OnceLock<Library> = OnceLock::new();

fn library() -> &'static Library {
    LIBRARY.get_or_init(|| {
        native_call(|| {
            // SAFETY: flite_init and the registration functions only build static voice data.
            let voices = unsafe {
                flite_init();
                VOICES
                    .iter()
                    .map(|&(name, _, _, register)| Registered { name, voice: register(std::ptr::null()) })
                    .filter(|registered| !registered.voice.is_null())
                    .collect()
            };
            Library { voices }
        })
    })
}

/// The flite engine.
pub struct Flite {
    voices: Vec<VoiceInfo>,
}

impl Default for Flite {
    fn default() -> Self {
        Self::new()
    }
}

impl Flite {
    /// Registers flite's built-in voices.
    pub fn new() -> Self {
        let library = library();
        let voices = VOICES
            .iter()
            .filter(|(name, ..)| library.voices.iter().any(|r| r.name == *name))
            .map(|&(name, gender, accent, _)| VoiceInfo {
                id: format!("flite:{name}"),
                engine: "flite",
                gender,
                accent: accent.to_string(),
                language: "en".to_string(),
            })
            .collect();
        Flite { voices }
    }
}

impl Engine for Flite {
    fn name(&self) -> &'static str {
        "flite"
    }

    fn voices(&self) -> &[VoiceInfo] {
        &self.voices
    }

    /// `FLITE_PROJECT_VERSION` from `flite_version.h`; the library exports no version symbol.
    fn version(&self) -> String {
        "flite 2.2".to_string()
    }

    fn synthesize(&self, voice: &str, text: &str, speed: f32) -> Result<Audio, EngineError> {
        let failed = |message: &str| EngineError::Synthesis {
            engine: "flite",
            voice: voice.to_string(),
            message: message.to_string(),
        };
        let registered = library()
            .voices
            .iter()
            .find(|r| r.name == voice)
            .ok_or_else(|| EngineError::UnknownVoice { id: format!("flite:{voice}") })?;
        let text = CString::new(text.replace('\0', " ")).map_err(|_| failed("text contains NUL"))?;
        // SAFETY: the voice is registered and native_call serializes; the wave is copied then freed.
        native_call(|| unsafe {
            // duration_stretch scales every phone's length, so speed 2.0 halves it.
            flite_feat_set_float((*registered.voice).features, c"duration_stretch".as_ptr(), 1.0 / speed.max(0.1));
            let wave = flite_text_to_wave(text.as_ptr(), registered.voice);
            if wave.is_null() {
                return Err(failed("flite_text_to_wave returned nothing"));
            }
            let wave_ref = &*wave;
            let count = usize::try_from(wave_ref.num_samples).unwrap_or(0);
            let samples = if count == 0 || wave_ref.samples.is_null() {
                Vec::new()
            } else {
                from_i16(std::slice::from_raw_parts(wave_ref.samples, count))
            };
            let rate = u32::try_from(wave_ref.sample_rate).ok().and_then(NonZeroU32::new);
            delete_wave(wave);
            let rate = rate.ok_or_else(|| failed("flite returned a zero sample rate"))?;
            Ok(Audio { samples, rate })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_voice_speaks_deterministically() {
        let flite = Flite::new();
        assert_eq!(flite.voices().len(), VOICES.len());
        for voice in flite.voices() {
            let a = flite.synthesize(voice.name(), "Good morning.", 1.0).unwrap();
            assert!((0.4..3.0).contains(&a.seconds()), "{}: {} s", voice.id, a.seconds());
            assert!(a.samples.iter().any(|s| s.abs() > 0.05), "{} is silent", voice.id);
            assert!(a == flite.synthesize(voice.name(), "Good morning.", 1.0).unwrap(), "{} differs", voice.id);
        }
    }

    #[test]
    fn speed_shortens_speech() {
        let flite = Flite::new();
        let normal = flite.synthesize("kal16", "One two three four five six.", 1.0).unwrap();
        let fast = flite.synthesize("kal16", "One two three four five six.", 1.5).unwrap();
        assert!(fast.seconds() < normal.seconds() * 0.85, "{} vs {}", fast.seconds(), normal.seconds());
    }
}
