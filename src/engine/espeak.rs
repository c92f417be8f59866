//! espeak-ng through its C library (Debian's `libespeak-ng`, GPL-3.0-or-later, hence our licence).
//! About 1,000× real time, deterministic, 22,050 Hz. The library keeps one global synthesizer, so
//! every call goes through `native_call`. Also provides IPA phonemes for the neural engine.

use std::ffi::{CStr, CString, c_char, c_int, c_short, c_void};
use std::num::NonZeroU32;
use std::sync::{Mutex, OnceLock};

use super::{Audio, Engine, EngineError, Gender, SampleRate, VoiceInfo, from_i16, kirshenbaum, native_call};

const AUDIO_OUTPUT_SYNCHRONOUS: c_int = 2;
const ESPEAK_CHARS_UTF8: u32 = 1;
const POS_CHARACTER: c_int = 1;
const ESPEAK_RATE: c_int = 1;
const ESPEAK_RATE_NORMAL: f32 = 175.0;
const PHONEMES_IPA: c_int = 0x02;
const PHONEMES_TRACE: c_int = 0x08;
/// espeak_Synth flag: text inside `[[ ]]` is phoneme mnemonics.
const ESPEAK_PHONEMES: u32 = 0x100;
const EE_OK: c_int = 0;

type SynthCallback = unsafe extern "C" fn(*mut c_short, c_int, *mut c_void) -> c_int;

#[link(name = "espeak-ng")]
unsafe extern "C" {
    fn espeak_Initialize(output: c_int, buflength: c_int, path: *const c_char, options: c_int) -> c_int;
    fn espeak_SetSynthCallback(callback: SynthCallback);
    fn espeak_SetVoiceByName(name: *const c_char) -> c_int;
    fn espeak_SetParameter(parameter: c_int, value: c_int, relative: c_int) -> c_int;
    fn espeak_Synth(
        text: *const c_void,
        size: usize,
        position: u32,
        position_type: c_int,
        end_position: u32,
        flags: u32,
        unique_identifier: *mut u32,
        user_data: *mut c_void,
    ) -> c_int;
    fn espeak_Synchronize() -> c_int;
    fn espeak_Info(path_data: *mut *const c_char) -> *const c_char;
    fn espeak_TextToPhonemes(textptr: *mut *const c_void, textmode: c_int, phonememode: c_int) -> *const c_char;
    fn espeak_SetPhonemeTrace(phonememode: c_int, stream: *mut c_void);
}

unsafe extern "C" {
    fn tmpfile() -> *mut c_void;
    fn fflush(stream: *mut c_void) -> c_int;
    fn rewind(stream: *mut c_void);
    fn fread(buffer: *mut c_void, size: usize, count: usize, stream: *mut c_void) -> usize;
    fn fclose(stream: *mut c_void) -> c_int;
}

/// English accents: espeak voice name → accent label. Names, not language codes: the library
/// refuses `en-gb`, so British English is the voice file `en`.
const ACCENTS: &[(&str, &str)] = &[
    ("en-us", "us"),
    ("en", "gb"),
    ("en-gb-x-rp", "rp"),
    ("en-gb-scotland", "scotland"),
    ("en-gb-x-gbclan", "lancaster"),
    ("en-gb-x-gbcwmd", "west-midlands"),
    ("en-029", "caribbean"),
    ("en-us-nyc", "nyc"),
];

/// Variants we cast, with the gender they sound. Female variants are the ones measured under 10%
/// word error (shared/reference/system-voices.md §2e); the robotic and whispering ones are left out.
const VARIANTS: &[(&str, Gender)] = &[
    ("", Gender::Male),
    ("m1", Gender::Male),
    ("m2", Gender::Male),
    ("m3", Gender::Male),
    ("m4", Gender::Male),
    ("m5", Gender::Male),
    ("m6", Gender::Male),
    ("m7", Gender::Male),
    ("f2", Gender::Female),
    ("f3", Gender::Female),
    ("steph", Gender::Female),
    ("steph2", Gender::Female),
    ("anika", Gender::Female),
    ("grandma", Gender::Female),
];

/// The library's global state: the samples the callback collects for the call in progress.
struct Library {
    rate: SampleRate,
    samples: Mutex<Vec<i16>>,
}

static LIBRARY: OnceLock<Result<Library, String>> = OnceLock::new();

unsafe extern "C" fn collect(wav: *mut c_short, count: c_int, _events: *mut c_void) -> c_int {
    if let (Some(Ok(library)), false) = (LIBRARY.get(), wav.is_null()) {
        // SAFETY: espeak hands us `count` valid samples at `wav` for the duration of the call.
        let chunk = unsafe { std::slice::from_raw_parts(wav, usize::try_from(count).unwrap_or(0)) };
        library.samples.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(chunk);
    }
    0
}

fn library() -> Result<&'static Library, EngineError> {
    let library = LIBRARY.get_or_init(|| {
        // SAFETY: plain C initialisation; a null path means the system's espeak-ng-data.
        let rate = native_call(|| unsafe { espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, std::ptr::null(), 0) });
        let rate = u32::try_from(rate).ok().and_then(NonZeroU32::new).ok_or("espeak-ng-data not found")?;
        // SAFETY: `collect` matches t_espeak_callback and lives for the whole program.
        unsafe { espeak_SetSynthCallback(collect) };
        Ok(Library { rate, samples: Mutex::new(Vec::new()) })
    });
    library
        .as_ref()
        .map_err(|reason| EngineError::Unavailable { engine: "espeak", reason: reason.clone() })
}

fn set_voice(name: &str) -> bool {
    let Ok(name) = CString::new(name) else { return false };
    // SAFETY: a valid C string; the caller is inside native_call.
    unsafe { espeak_SetVoiceByName(name.as_ptr()) == EE_OK }
}

/// The espeak-ng engine.
pub struct Espeak {
    library: &'static Library,
    voices: Vec<VoiceInfo>,
}

impl Espeak {
    /// Initializes the process-wide library and lists the English voices it accepts.
    pub fn global() -> Result<Self, EngineError> {
        let library = library()?;
        let mut voices = Vec::new();
        for &(accent_voice, accent) in ACCENTS {
            if !native_call(|| set_voice(accent_voice)) {
                continue;
            }
            for &(variant, gender) in VARIANTS {
                let name = if variant.is_empty() { accent_voice.to_string() } else { format!("{accent_voice}+{variant}") };
                voices.push(VoiceInfo {
                    id: format!("espeak:{name}"),
                    engine: "espeak",
                    gender,
                    accent: accent.to_string(),
                    language: "en".to_string(),
                });
            }
        }
        Ok(Espeak { library, voices })
    }

    /// IPA for `text` in espeak's voice `language` (`en-us`, `en`), clause by clause, without
    /// punctuation: the neural engine puts punctuation back itself.
    pub fn ipa(&self, language: &str, text: &str) -> Result<String, EngineError> {
        native_call(|| self.ipa_locked(language, text))
    }

    /// espeak-ng's IPA guess for `word` when its dictionary does not list the word (it spells it
    /// by letter-to-sound rules, as it does most names), or `None` when the dictionary knows it.
    pub fn guess(&self, language: &str, word: &str) -> Result<Option<String>, EngineError> {
        native_call(|| {
            // SAFETY: a stdio temporary file, closed below; the trace is switched off again
            // before the file is closed, so the library never holds a dangling stream.
            let trace = unsafe { tmpfile() };
            if trace.is_null() {
                return Err(EngineError::Unavailable { engine: "espeak", reason: "no temporary file for the trace".into() });
            }
            unsafe { espeak_SetPhonemeTrace(PHONEMES_TRACE, trace) };
            let ipa = self.ipa_locked(language, word);
            let mut log = Vec::new();
            unsafe {
                espeak_SetPhonemeTrace(0, std::ptr::null_mut());
                fflush(trace);
                rewind(trace);
                let mut buffer = [0u8; 4096];
                loop {
                    let read = fread(buffer.as_mut_ptr().cast(), 1, buffer.len(), trace);
                    log.extend_from_slice(&buffer[..read]);
                    if read < buffer.len() {
                        break;
                    }
                }
                fclose(trace);
            }
            let ipa = ipa?;
            // The trace says `Found: 'word'` for a dictionary entry and `Translate 'word'` for
            // a word it spells by rule.
            let known = String::from_utf8_lossy(&log).lines().any(|line| line.starts_with("Found: "));
            Ok(if known { None } else { Some(ipa) })
        })
    }

    fn ipa_locked(&self, language: &str, text: &str) -> Result<String, EngineError> {
        let failed = |message: &str| EngineError::Synthesis {
            engine: "espeak",
            voice: language.to_string(),
            message: message.to_string(),
        };
        if !set_voice(language) {
            return Err(failed("unknown espeak voice"));
        }
        let text = CString::new(text.replace('\0', " ")).map_err(|_| failed("text contains NUL"))?;
        let mut pointer: *const c_void = text.as_ptr().cast();
        let mut clauses = Vec::new();
        while !pointer.is_null() {
            // SAFETY: `pointer` walks the NUL-terminated `text`, which outlives the loop; the
            // library sets it to null after the last clause.
            let phonemes = unsafe { espeak_TextToPhonemes(&mut pointer, ESPEAK_CHARS_UTF8 as c_int, PHONEMES_IPA) };
            if phonemes.is_null() {
                break;
            }
            // SAFETY: the library returns a NUL-terminated string valid until the next call.
            clauses.push(unsafe { CStr::from_ptr(phonemes) }.to_string_lossy().trim().to_string());
        }
        Ok(clauses.join(" "))
    }
}

impl Engine for Espeak {
    fn name(&self) -> &'static str {
        "espeak"
    }

    fn voices(&self) -> &[VoiceInfo] {
        &self.voices
    }

    /// Measured: the library keeps waveform state (pitch flutter and the like) from one utterance
    /// to the next that neither `espeak_Initialize` nor reseeding `rand()` resets, so the same
    /// line sounds byte-identical only when the calls before it were the same.
    fn order_sensitive(&self) -> bool {
        true
    }

    fn reads_ipa(&self) -> bool {
        true
    }

    fn synthesize(&self, voice: &str, text: &str, speed: f32) -> Result<Audio, EngineError> {
        native_call(|| self.synthesize_locked(voice, text, speed))
    }

    fn version(&self) -> String {
        // SAFETY: espeak_Info returns a static NUL-terminated string; a null path_data is allowed.
        let version = unsafe { CStr::from_ptr(espeak_Info(std::ptr::null_mut())) };
        format!("espeak-ng {}", version.to_string_lossy())
    }

    /// The library's hidden state would make a measurement depend on what was spoken before and
    /// change every render after it, so measure in a fresh `espeak-ng` process (same library,
    /// same voice data). Without the program, fall back to the library.
    fn synthesize_isolated(&self, voice: &str, text: &str) -> Result<Audio, EngineError> {
        let failed = |message: String| EngineError::Synthesis { engine: "espeak", voice: voice.to_string(), message };
        let file = tempfile::Builder::new().prefix(".tableread-").suffix(".wav").tempfile().map_err(|e| failed(e.to_string()))?;
        let status = std::process::Command::new("espeak-ng")
            .args(["-v", voice, "-s", &(ESPEAK_RATE_NORMAL as u32).to_string(), "-w"])
            .arg(file.path())
            .arg(text)
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
        match status {
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => self.synthesize(voice, text, 1.0),
            Err(err) => Err(failed(format!("running espeak-ng: {err}"))),
            Ok(status) if !status.success() => Err(failed(format!("espeak-ng exited with {status}"))),
            Ok(_) => {
                let mut reader = hound::WavReader::open(file.path()).map_err(|e| failed(e.to_string()))?;
                let rate = NonZeroU32::new(reader.spec().sample_rate).ok_or_else(|| failed("zero sample rate".into()))?;
                let samples: Vec<i16> = reader.samples::<i16>().collect::<Result<_, _>>().map_err(|e| failed(e.to_string()))?;
                Ok(Audio { samples: from_i16(&samples), rate })
            }
        }
    }
}

impl Espeak {
    fn synthesize_locked(&self, voice: &str, text: &str, speed: f32) -> Result<Audio, EngineError> {
        let failed = |message: String| EngineError::Synthesis { engine: "espeak", voice: voice.to_string(), message };
        if !set_voice(voice) {
            return Err(EngineError::UnknownVoice { id: format!("espeak:{voice}") });
        }
        let rate = (ESPEAK_RATE_NORMAL * speed).round().clamp(80.0, 450.0) as c_int;
        let (text, flags) = match with_mnemonics(text) {
            Ok(Some(text)) => (text, ESPEAK_CHARS_UTF8 | ESPEAK_PHONEMES),
            Ok(None) => (text.to_string(), ESPEAK_CHARS_UTF8),
            Err(symbol) => return Err(failed(format!("no espeak-ng phoneme for the IPA symbol '{symbol}'"))),
        };
        let text = CString::new(text.replace('\0', " ")).map_err(|_| failed("text contains NUL".into()))?;
        self.library.samples.lock().unwrap_or_else(|e| e.into_inner()).clear();
        // SAFETY: `text` is a valid NUL-terminated UTF-8 buffer of the size given; in synchronous
        // mode espeak_Synth returns only after every callback has run.
        let status = unsafe {
            espeak_SetParameter(ESPEAK_RATE, rate, 0);
            let status = espeak_Synth(
                text.as_ptr().cast(),
                text.as_bytes_with_nul().len(),
                0,
                POS_CHARACTER,
                0,
                flags,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            );
            espeak_Synchronize();
            status
        };
        if status != EE_OK {
            return Err(failed(format!("espeak_Synth returned {status}")));
        }
        let samples = std::mem::take(&mut *self.library.samples.lock().unwrap_or_else(|e| e.into_inner()));
        Ok(Audio { samples: from_i16(&samples), rate: self.library.rate })
    }
}

/// `text` with every `[[IPA]]` segment (from the lexicon) rewritten in espeak-ng's mnemonics,
/// or `None` when it has none.
fn with_mnemonics(text: &str) -> Result<Option<String>, char> {
    if !text.contains("[[") {
        return Ok(None);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        let Some(close) = rest[open..].find("]]").map(|c| open + c) else { break };
        out.push_str(&rest[..open]);
        out.push_str("[[");
        out.push_str(&kirshenbaum::from_ipa(&rest[open + 2..close])?);
        out.push_str("]]");
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaks_at_the_library_rate() {
        let espeak = Espeak::global().unwrap();
        let a = espeak.synthesize("en-us+f3", "Hello there, stranger.", 1.0).unwrap();
        let b = espeak.synthesize("en-us+f3", "Hello there, stranger.", 1.0).unwrap();
        // Same words, same timing; the waveform itself drifts with the library's hidden state.
        assert!(a.samples.len().abs_diff(b.samples.len()) < 50);
        assert_eq!(a.rate.get(), 22_050);
        assert!((0.8..3.0).contains(&a.seconds()), "{} s", a.seconds());
        let fast = espeak.synthesize("en-us+f3", "Hello there, stranger.", 2.0).unwrap();
        assert!(fast.seconds() < a.seconds() * 0.7);
    }

    #[test]
    fn lists_male_and_female_english_voices() {
        let espeak = Espeak::global().unwrap();
        let voices = espeak.voices();
        assert!(voices.iter().any(|v| v.id == "espeak:en-us+f3" && v.gender == Gender::Female));
        assert!(voices.iter().any(|v| v.id == "espeak:en" && v.accent == "gb"));
        assert!(voices.len() >= 6 * VARIANTS.len(), "only {} voices", voices.len());
    }

    #[test]
    fn isolated_synthesis_repeats_exactly_and_names_the_version() {
        let espeak = Espeak::global().unwrap();
        let a = espeak.synthesize_isolated("en-gb-x-rp+f2", "Hello there, stranger.").unwrap();
        espeak.synthesize("en+m3", "Something else first.", 1.3).unwrap();
        assert!(a == espeak.synthesize_isolated("en-gb-x-rp+f2", "Hello there, stranger.").unwrap());
        assert!((0.8..3.5).contains(&a.seconds()), "{} s", a.seconds());
        assert!(espeak.version().starts_with("espeak-ng 1."), "{}", espeak.version());
    }

    #[test]
    fn ipa_in_double_brackets_is_spoken_as_phonemes() {
        let espeak = Espeak::global().unwrap();
        let word = espeak.synthesize("en-us", "Siobhan", 1.0).unwrap();
        let ipa = espeak.ipa("en-us", "Siobhan").unwrap();
        let phonemes = espeak.synthesize("en-us", &format!("[[{ipa}]]"), 1.0).unwrap();
        let ratio = phonemes.seconds() / word.seconds();
        assert!((0.9..1.1).contains(&ratio), "{} s as phonemes, {} s as a word", phonemes.seconds(), word.seconds());
        let longer = espeak.synthesize("en-us", &format!("[[{ipa}əbˈɛlə]]"), 1.0).unwrap();
        assert!(longer.seconds() > phonemes.seconds() + 0.1, "the added phonemes were not spoken");
        assert!(espeak.synthesize("en-us", "[[kˈʌʘ]]", 1.0).is_err());
    }

    #[test]
    fn guesses_only_words_its_dictionary_lacks() {
        let espeak = Espeak::global().unwrap();
        assert_eq!(espeak.guess("en-us", "Siobhan").unwrap(), None);
        let guess = espeak.guess("en-us", "Quillorne").unwrap();
        assert!(guess.as_deref().is_some_and(|ipa| ipa.contains('k')), "{guess:?}");
    }

    #[test]
    fn ipa_spells_words() {
        let ipa = Espeak::global().unwrap().ipa("en-us", "The rain had stopped.").unwrap();
        assert!(ipa.contains("ɹˈeɪn"), "{ipa}");
    }
}
