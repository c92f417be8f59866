//! Stage 3: every voiced line of a [`Script`] is spoken with its [`Cast`] voice and becomes a
//! [`Clip`] at the output rate, trimmed of the engine's own leading and trailing silence so the
//! mixer alone decides the pauses. Lines render in parallel across cores, except on engines
//! whose output depends on call order, which render in script order on one thread.
//! The clips go on to the mixer as they are made, in line order.

mod resample;
mod text;

use rayon::prelude::*;
use thiserror::Error;

use crate::cast::Cast;
use crate::engine::{EngineError, Engines, SampleRate};
use crate::script::Script;

pub use resample::{resample, trim_silence};
pub use text::speakable;

/// The one rate every clip and the final track use: 44.1 kHz.
pub const OUTPUT_RATE: SampleRate = SampleRate::new(44_100).unwrap();

/// One spoken line at [`OUTPUT_RATE`].
#[derive(Debug, Clone, PartialEq)]
pub struct Clip {
    /// Index into `Script::lines`.
    pub line: usize,
    pub samples: Vec<f32>,
}

/// What can stop a render.
#[derive(Debug, Error)]
pub enum RenderError {
    #[error("script line {line}: speaker '{speaker}' has no voice in the cast (run `tableread cast` on the script)")]
    Uncast { line: usize, speaker: String },
    #[error("script line {line}: {reason}")]
    Engine { line: usize, reason: EngineError },
    #[error("{count} of {total} lines failed to render")]
    Failed { count: usize, total: usize },
    #[error("passing a clip on: {0}")]
    Deliver(std::io::Error),
}

struct Job<'a> {
    line: usize,
    voice: &'a crate::cast::Voice,
    text: String,
}

fn run(job: &Job, engines: &Engines) -> Result<Clip, RenderError> {
    let audio = engines
        .synthesize(&job.voice.id, &job.text, job.voice.speed)
        .map_err(|reason| RenderError::Engine { line: job.line + 1, reason })?;
    let samples = resample(&trim_silence(&audio.samples, audio.rate), audio.rate, OUTPUT_RATE);
    Ok(Clip { line: job.line, samples })
}

/// Speaks every voiced line and hands each clip to `deliver` in line order. `on_line` is called
/// once per finished line (for progress) and `on_error` once per failed line; a failed line does
/// not stop the others, but the render fails at the end, so no partial track is ever written.
/// Lines go in batches a few times the number of cores, so only one batch of audio is ever
/// held in memory.
pub fn synthesize(
    script: &Script,
    cast: &Cast,
    engines: &Engines,
    on_line: &(dyn Fn() + Sync),
    on_error: &(dyn Fn(&RenderError) + Sync),
    deliver: &mut dyn FnMut(Clip) -> std::io::Result<()>,
) -> Result<(), RenderError> {
    let mut jobs = Vec::new();
    for (index, line) in script.lines.iter().enumerate() {
        let Some(speaker) = line.voice_of() else { continue };
        let voice = cast.voice(speaker).ok_or_else(|| RenderError::Uncast { line: index + 1, speaker: speaker.into() })?;
        let text = speakable(&line.text);
        if !text.is_empty() {
            jobs.push(Job { line: index, voice, text });
        }
    }
    let ordered = |job: &&Job| engines.engine_of(&job.voice.id).is_ok_and(|engine| engine.order_sensitive());
    let finish = |job: &Job| {
        let result = run(job, engines);
        match &result {
            Ok(_) => on_line(),
            Err(err) => on_error(err),
        }
        result
    };
    let mut failed = 0;
    for batch in jobs.chunks(rayon::current_num_threads() * 8) {
        let (in_order, parallel): (Vec<&Job>, Vec<&Job>) = batch.iter().partition(ordered);
        let (first, second) = rayon::join(
            || in_order.into_iter().map(finish).collect::<Vec<_>>(),
            || parallel.into_par_iter().map(finish).collect::<Vec<_>>(),
        );
        let mut clips = Vec::with_capacity(batch.len());
        for result in first.into_iter().chain(second) {
            match result {
                Ok(clip) => clips.push(clip),
                Err(_) => failed += 1,
            }
        }
        if failed == 0 {
            clips.sort_by_key(|clip| clip.line);
            for clip in clips {
                deliver(clip).map_err(RenderError::Deliver)?;
            }
        }
    }
    if failed > 0 {
        return Err(RenderError::Failed { count: failed, total: jobs.len() });
    }
    Ok(())
}
