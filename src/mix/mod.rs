//! Clips become one mastered track: laid end to end with structure-aware pauses ([`pause`]),
//! held on disk ([`spill`]) until the whole is measured, brought to -18 LUFS with a -1 dBTP
//! ceiling ([`loudness`], [`limit`]) on the way out, and written as WAV ([`wav`]) with SubRip
//! subtitles ([`subtitles`]). Memory stays flat however long the book.

pub mod limit;
pub mod loudness;
pub mod pause;
pub mod spill;
pub mod subtitles;
pub mod wav;

use std::io;

use crate::render::{Clip, OUTPUT_RATE};
use crate::script::{Kind, NARRATOR, Script};
use loudness::Meter;
use spill::Spill;

/// When a line is heard in the track.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// Index into `Script::lines`.
    pub line: usize,
    pub start_seconds: f64,
    pub end_seconds: f64,
    /// The speaker of a dialogue line (`None` for the narrator's own reading).
    pub speaker: Option<String>,
    pub text: String,
}

/// The mixed audio at [`OUTPUT_RATE`], not yet mastered, and where each line sits in it.
pub struct Track {
    audio: Spill,
    level: loudness::Level,
    pub cues: Vec<Cue>,
}

impl Track {
    /// The number of samples.
    pub fn sample_count(&self) -> usize {
        self.audio.sample_count()
    }

    /// Length in seconds.
    pub fn seconds(&self) -> f64 {
        self.sample_count() as f64 / f64::from(OUTPUT_RATE.get())
    }

    /// Streams the mastered track to `out`; returns its integrated loudness (`None` if silent).
    pub fn master(&mut self, out: &mut dyn FnMut(&[f32]) -> io::Result<()>) -> io::Result<Option<f64>> {
        loudness::master(&mut self.audio, self.level, OUTPUT_RATE.get(), out)
    }
}

/// Lays clips end to end, in line order, with pauses, measuring the loudness as they go.
pub struct Mixer<'a> {
    script: &'a Script,
    audio: Spill,
    meter: Meter,
    cues: Vec<Cue>,
    previous: Option<usize>,
}

impl<'a> Mixer<'a> {
    pub fn new(script: &'a Script) -> io::Result<Mixer<'a>> {
        Ok(Mixer { script, audio: Spill::new()?, meter: Meter::new(OUTPUT_RATE.get())?, cues: Vec::new(), previous: None })
    }

    /// Fails as soon as the track outgrows a WAV file, not after hours more of rendering.
    fn append(&mut self, samples: &[f32]) -> io::Result<()> {
        let count = self.audio.sample_count() + samples.len();
        if count > wav::MAX_SAMPLES {
            return Err(wav::too_long(count, OUTPUT_RATE.get()));
        }
        self.meter.add(samples)?;
        self.audio.push(samples)
    }

    fn silence(&mut self, pause_ms: u32) -> io::Result<()> {
        self.append(&vec![0.0; pause::samples(pause_ms, OUTPUT_RATE.get())])
    }

    /// Adds the clip of the line after the last one added.
    pub fn push(&mut self, clip: Clip) -> io::Result<()> {
        let line = &self.script.lines[clip.line];
        let pause_ms = self.previous.map_or(pause::EDGE_MS, |p| pause::between_ms(&self.script.lines[p], line));
        self.silence(pause_ms)?;
        let rate = f64::from(OUTPUT_RATE.get());
        let start_seconds = self.audio.sample_count() as f64 / rate;
        self.append(&clip.samples)?;
        let speaker = match &line.kind {
            Kind::Dialogue(speech) if speech.speaker != NARRATOR => Some(speech.speaker.clone()),
            _ => None,
        };
        self.cues.push(Cue { line: clip.line, start_seconds, end_seconds: self.audio.sample_count() as f64 / rate, speaker, text: line.text.clone() });
        self.previous = Some(clip.line);
        Ok(())
    }

    /// The track, closed with the edge silence.
    pub fn finish(mut self) -> io::Result<Track> {
        self.silence(pause::EDGE_MS)?;
        Ok(Track { level: self.meter.level(), audio: self.audio, cues: self.cues })
    }
}
