//! Clips become one mastered [`Track`]: laid end to end with structure-aware pauses
//! ([`pause`]), brought to -18 LUFS with a -1 dBTP ceiling ([`loudness`], [`limit`]), and written as WAV
//! ([`wav`]) with SubRip subtitles ([`subtitles`]).

pub mod limit;
pub mod loudness;
pub mod pause;
pub mod subtitles;
pub mod wav;

use crate::render::{Clip, OUTPUT_RATE};
use crate::script::{Kind, NARRATOR, Script};

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

/// The finished audio at [`OUTPUT_RATE`] and where each line sits in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub samples: Vec<f32>,
    pub cues: Vec<Cue>,
}

impl Track {
    /// Length in seconds.
    pub fn seconds(&self) -> f64 {
        self.samples.len() as f64 / f64::from(OUTPUT_RATE.get())
    }
}

/// Lays `clips` (sorted by line) end to end with pauses and masters the loudness. Each clip is
/// dropped once copied, so a long book does not hold its audio twice.
pub fn mix(script: &Script, clips: Vec<Clip>) -> Track {
    let rate = OUTPUT_RATE.get();
    let total: usize = clips.iter().map(|c| c.samples.len() + pause::samples(1500, rate)).sum();
    let mut samples = Vec::with_capacity(total);
    let mut cues = Vec::with_capacity(clips.len());
    let mut previous: Option<usize> = None;
    for clip in clips {
        let line = &script.lines[clip.line];
        let pause_ms = previous.map_or(pause::EDGE_MS, |p| pause::between_ms(&script.lines[p], line));
        samples.resize(samples.len() + pause::samples(pause_ms, rate), 0.0);
        let start = samples.len();
        samples.extend_from_slice(&clip.samples);
        let clip_line = clip.line;
        drop(clip);
        let speaker = match &line.kind {
            Kind::Dialogue(speech) if speech.speaker != NARRATOR => Some(speech.speaker.clone()),
            _ => None,
        };
        cues.push(Cue {
            line: clip_line,
            start_seconds: start as f64 / f64::from(rate),
            end_seconds: samples.len() as f64 / f64::from(rate),
            speaker,
            text: line.text.clone(),
        });
        previous = Some(clip_line);
    }
    samples.resize(samples.len() + pause::samples(pause::EDGE_MS, rate), 0.0);
    loudness::normalize(&mut samples, rate);
    Track { samples, cues }
}
