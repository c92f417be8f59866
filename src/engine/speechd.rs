//! speech-dispatcher, the desktop's speech service, through the `tts` crate (cargo feature
//! `speech-dispatcher`). It takes text and speaks it live on the desktop's audio; it cannot render
//! to samples or a file, so it is not an [`Engine`](super::Engine). It offers two things: its
//! English voices as [`VoiceInfo`] (`speechd:English (America)+Annie`), and [`speak`], which says
//! one text in one of them and returns when the utterance has ended.
//!
//! Every call to the daemon runs on a thread of its own under a deadline: libspeechd blocks
//! without limit on a daemon that holds its socket but no longer answers, and a daemon with no
//! working audio output never reports the end of an utterance
//! (shared/reference/system-voices.md §1, items 5 and 7; docs/speech-dispatcher.md).

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use tts::{Gender as TtsGender, Tts, UtteranceId};

use super::{EngineError, Gender, VoiceInfo};

/// The id prefix of speech-dispatcher voices.
pub const ENGINE: &str = super::SPEECHD;

/// How long the daemon may take to accept a connection, spawning included (0.2 s on a quiet
/// machine, about 1 s on our busy 2-core one).
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);

/// How long the daemon may take to send its voice list once connected: the espeak-ng module's
/// 13,363 voices took 2.9–3.8 s on our busy 2-core machine.
pub const LIST_TIMEOUT: Duration = Duration::from_secs(10);

/// What the daemon is called in messages.
const DAEMON: &str = "speech-dispatcher";

fn unavailable(reason: impl Into<String>) -> EngineError {
    EngineError::Unavailable { engine: DAEMON, reason: reason.into() }
}

/// Opens a connection; libspeechd starts the daemon itself when none runs (autospawn).
fn connect() -> Result<Tts, EngineError> {
    Tts::default().map_err(|err| {
        unavailable(format!("it is not running and could not be started ({err}); install the speech-dispatcher package or start the daemon"))
    })
}

/// The daemon's English voices, connecting at most [`CONNECT_TIMEOUT`] and listing at most
/// [`LIST_TIMEOUT`].
pub fn voices() -> Result<Vec<VoiceInfo>, EngineError> {
    let (sender, receiver) = mpsc::channel();
    // The thread is left behind when the daemon hangs; the process ends without waiting for it.
    thread::spawn(move || {
        let tts = match connect() {
            Ok(tts) => tts,
            Err(err) => return sender.send(Step::Done(Err(err))),
        };
        let _ = sender.send(Step::Connected);
        let listed = tts.voices().map_err(|err| unavailable(format!("listing its voices failed: {err}")));
        sender.send(Step::Done(listed.map(|voices| voices.iter().filter_map(voice_info).collect())))
    });
    wait_connected(&receiver)?;
    match receiver.recv_timeout(LIST_TIMEOUT) {
        Ok(Step::Done(result)) => result,
        _ => Err(unavailable(format!("it did not send its voice list within {} s", LIST_TIMEOUT.as_secs()))),
    }
}

/// Says `text` with the voice `name` (the id's part after `speechd:`) at `speed` (1.0 is the
/// voice's normal pace) on the desktop's audio, and returns when the utterance has ended.
pub fn speak(name: &str, text: &str, speed: f32) -> Result<(), EngineError> {
    let deadline = speaking_time(text, speed);
    let (sender, receiver) = mpsc::channel();
    let (name, text) = (name.to_string(), text.to_string());
    thread::spawn(move || {
        let mut tts = match connect() {
            Ok(tts) => tts,
            Err(err) => return sender.send(Step::Done(Err(err))),
        };
        let _ = sender.send(Step::Connected);
        let result = say(&mut tts, &name, &text, speed, deadline);
        if result.is_err() {
            // An end-of-utterance event arriving after the connection is dropped would panic
            // inside the tts crate (it unwraps the callback entry that Drop removes), so a
            // connection whose utterance may still be pending is kept until the process ends.
            std::mem::forget(tts);
        }
        sender.send(Step::Done(result))
    });
    wait_connected(&receiver)?;
    // The worker gives up on its own after `deadline`; this only guards against a daemon that
    // stops answering midway (the voice list or the cancel can block too).
    match receiver.recv_timeout(deadline + LIST_TIMEOUT) {
        Ok(Step::Done(result)) => result,
        _ => Err(unavailable("it stopped answering while speaking")),
    }
}

/// What the worker thread reports.
enum Step<T> {
    Connected,
    Done(Result<T, EngineError>),
}

fn wait_connected<T>(receiver: &mpsc::Receiver<Step<T>>) -> Result<(), EngineError> {
    match receiver.recv_timeout(CONNECT_TIMEOUT) {
        Ok(Step::Connected) => Ok(()),
        Ok(Step::Done(result)) => result.map(|_| ()),
        Err(_) => Err(unavailable(format!(
            "it did not answer within {} s (a hung daemon keeps its socket; restart it)",
            CONNECT_TIMEOUT.as_secs()
        ))),
    }
}

/// How long an utterance may take before we decide that the daemon's audio output is not
/// working: three times a slow reading (12 characters a second at `speed`), plus 5 s.
fn speaking_time(text: &str, speed: f32) -> Duration {
    let reading = text.chars().count() as f32 / (12.0 * speed.max(0.1));
    Duration::from_secs_f32(5.0 + 3.0 * reading)
}

/// speech-dispatcher's rate runs from -100 to 100 with 0 the voice's normal pace. espeak-ng's
/// own range, 80 to 450 words a minute around 175, is about 0.45× to 2.5×, so the rate is taken
/// as 100·log2(speed): 2.0 → 100, 0.5 → -100, the same range as `--speed`.
fn rate(speed: f32) -> f32 {
    (100.0 * speed.log2()).clamp(-100.0, 100.0)
}

fn say(tts: &mut Tts, name: &str, text: &str, speed: f32, deadline: Duration) -> Result<(), EngineError> {
    let failed = |step: &str, err: tts::Error| EngineError::Synthesis {
        engine: ENGINE,
        voice: name.to_string(),
        message: format!("{step}: {err}"),
    };
    let voices = tts.voices().map_err(|err| failed("listing voices", err))?;
    let voice = voices
        .iter()
        .find(|voice| voice.name() == name)
        .ok_or_else(|| EngineError::UnknownVoice { id: format!("{ENGINE}:{name}") })?;
    tts.set_voice(voice).map_err(|err| failed("choosing the voice", err))?;
    tts.set_rate(rate(speed)).map_err(|err| failed("setting the rate", err))?;
    // The end (or the cancellation, when another client interrupts) of each utterance arrives
    // on libspeechd's event thread; waiting on those events avoids the race in polling
    // `is_speaking`, which is still false until the daemon reports the beginning.
    let (ended, endings) = mpsc::channel::<UtteranceId>();
    let stopped = ended.clone();
    tts.on_utterance_end(Some(Box::new(move |id| {
        let _ = ended.send(id);
    }))).map_err(|err| failed("watching the utterance", err))?;
    tts.on_utterance_stop(Some(Box::new(move |id| {
        let _ = stopped.send(id);
    }))).map_err(|err| failed("watching the utterance", err))?;
    let utterance = tts.speak(text, false).map_err(|err| failed("speaking", err))?;
    let Some(utterance) = utterance else { return Ok(()) };
    let started = std::time::Instant::now();
    while let Some(left) = deadline.checked_sub(started.elapsed()) {
        match endings.recv_timeout(left) {
            Ok(id) if id == utterance => return Ok(()),
            Ok(_) => continue,
            Err(_) => break,
        }
    }
    // Cancel it, so that a daemon without audio does not keep the text queued forever.
    let _ = tts.stop();
    Err(EngineError::Synthesis {
        engine: ENGINE,
        voice: name.to_string(),
        message: format!(
            "the daemon took the text but did not finish speaking it within {} s; its audio output is probably not working (see docs/speech-dispatcher.md)",
            deadline.as_secs()
        ),
    })
}

/// A daemon voice as tableread lists it: English voices only, since scripts are English.
fn voice_info(voice: &tts::Voice) -> Option<VoiceInfo> {
    let language = voice.language();
    if language.primary_language() != "en" {
        return None;
    }
    let gender = match voice.gender() {
        Some(TtsGender::Female) => Gender::Female,
        Some(TtsGender::Male) => Gender::Male,
        // speech-dispatcher 0.11 reports no gender for any voice.
        None => Gender::Unknown,
    };
    Some(VoiceInfo {
        id: format!("{ENGINE}:{}", voice.name()),
        engine: ENGINE,
        gender,
        accent: accent(language.as_str()),
        language: "en".to_string(),
    })
}

/// The accent a language tag names, in the words the espeak engine uses: `en-GB-X-RP` → `rp`,
/// `en-GB-SCOTLAND` → `scotland`, `en-029` → `caribbean`, `en-US` → `us`, `en` → ``.
fn accent(tag: &str) -> String {
    let tag = tag.to_ascii_lowercase();
    let last = tag.split('-').skip(1).filter(|part| *part != "x").last().unwrap_or("");
    match last {
        "gbclan" => "lancaster".to_string(),
        "gbcwmd" => "west-midlands".to_string(),
        "029" => "caribbean".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_come_from_the_language_tag() {
        let accents: Vec<String> = ["en-US", "en-GB", "en-GB-X-RP", "en-GB-SCOTLAND", "en-GB-X-GBCWMD", "en-029", "en"]
            .into_iter()
            .map(accent)
            .collect();
        assert_eq!(accents, ["us", "gb", "rp", "scotland", "west-midlands", "caribbean", ""]);
    }

    #[test]
    fn speed_maps_onto_the_daemon_rate() {
        assert_eq!(rate(1.0), 0.0);
        assert_eq!(rate(2.0), 100.0);
        assert_eq!(rate(0.5), -100.0);
        assert_eq!(rate(9.0), 100.0);
    }

    #[test]
    fn longer_or_slower_text_gets_more_time() {
        let short = speaking_time("Hi.", 1.0);
        assert!(short >= Duration::from_secs(5));
        assert!(speaking_time(&"word ".repeat(100), 1.0) > short);
        assert!(speaking_time("Hello there.", 0.5) > speaking_time("Hello there.", 2.0));
    }
}
