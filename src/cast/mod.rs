//! Stage 2: a [`Script`]'s speakers become a [`Cast`], a voice for the narrator and for each
//! speaker. Casting is deterministic (same script and catalogue, same cast), gender-aware where
//! the text tells, gives every speaker a different voice while the catalogue lasts, takes voices
//! from the best installed engine first, and among those gives each speaker the voice that
//! sounds farthest from the scene partners already cast ([`catalogue`] measures how voices
//! sound, [`scenes`] says who talks to whom; docs/casting.md). It records why it chose each
//! voice. `*.cast.toml` is the editable form; entries a user wrote there are kept.

mod accent;
#[cfg(test)]
mod baseline;
pub mod catalogue;
pub mod features;
mod file;
mod gender;
mod pool;
mod reading;
pub mod scenes;

use std::collections::BTreeMap;

use thiserror::Error;

use crate::engine::{EngineError, Engines, Gender, VoiceInfo};
use crate::script::{Kind, NARRATOR, Script};

use accent::Accent;
pub use pool::quality_rank;
use pool::{blends, candidates, is_blend};
use reading::Reading;

pub use catalogue::{Catalogue, Distances};
pub use file::{from_toml, to_toml};

/// A voice as cast: the catalogue id and a pace.
#[derive(Debug, Clone, PartialEq)]
pub struct Voice {
    /// `engine:name`, as `tableread voices` lists it.
    pub id: String,
    /// 1.0 is the voice's normal pace.
    pub speed: f32,
}

/// A voice given to someone, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub voice: Voice,
    pub why: String,
}

/// The narrator's and every speaker's voice.
#[derive(Debug, Clone, PartialEq)]
pub struct Cast {
    pub narrator: Role,
    pub speakers: BTreeMap<String, Role>,
}

impl Cast {
    /// The voice that reads lines of `speaker` (`narrator` included).
    pub fn voice(&self, speaker: &str) -> Option<&Voice> {
        if speaker == NARRATOR {
            return Some(&self.narrator.voice);
        }
        self.speakers.get(speaker).map(|role| &role.voice)
    }
}

/// What can be wrong with a cast.
#[derive(Debug, Error)]
pub enum CastError {
    #[error("{path}:{line}:{column}: {message}")]
    Syntax { path: String, line: usize, column: usize, message: String },
    #[error("{path}: {who} has unknown voice '{voice}' (run `tableread voices` to list the installed ones)")]
    UnknownVoice { path: String, who: String, voice: String },
    #[error("{path}: {who} has voice '{voice}', a speech-dispatcher voice, which speaks live only and cannot be rendered; use an espeak or flite voice")]
    LiveOnly { path: String, who: String, voice: String },
    #[error("{path}: {who}'s voice: {error}")]
    EngineMissing { path: String, who: String, error: EngineError },
    #[error("{path}: {who} has speed {speed}; use a pace between 0.5 and 2.0")]
    BadSpeed { path: String, who: String, speed: f32 },
    #[error("no {0} voice is installed; install espeak-ng or flite (tools/setup.sh)")]
    NoVoices(&'static str),
}

/// Dialogue lines per speaker, and the order speakers first appear in.
fn line_counts(script: &Script) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = script.speakers().into_iter().map(|s| (s.to_string(), 0)).collect();
    for line in &script.lines {
        if let Kind::Dialogue(speech) = &line.kind
            && let Some(entry) = counts.iter_mut().find(|(name, _)| *name == speech.speaker)
        {
            entry.1 += 1;
        }
    }
    counts
}

/// Casts every speaker of `script` from the voices `catalogue` has measured, keeping the roles
/// already in `existing` (a user's edits): new speakers get voices nobody has yet. Kept roles
/// that match a fresh casting keep its reason, so casting the same script again writes the
/// same file byte for byte.
pub fn cast(script: &Script, engines: &Engines, catalogue: &Catalogue, existing: Option<&Cast>) -> Result<Cast, CastError> {
    let reading = Reading::new(script);
    let fresh = assign(script, &reading, engines, catalogue, None)?;
    let Some(existing) = existing else { return Ok(fresh) };
    let mut kept = existing.clone();
    if kept.narrator.voice == fresh.narrator.voice {
        kept.narrator.why = fresh.narrator.why.clone();
    }
    for (name, role) in &mut kept.speakers {
        if let Some(fresh_role) = fresh.speakers.get(name).filter(|f| f.voice == role.voice) {
            role.why = fresh_role.why.clone();
        }
    }
    assign(script, &reading, engines, catalogue, Some(&kept))
}

/// "4 espeak male voices" or "4 male voices" when they come from several engines.
fn describe(voices: &[&VoiceInfo], gender: Gender) -> String {
    let engine = voices.first().map(|v| v.engine).filter(|e| voices.iter().all(|v| v.engine == *e));
    let plural = if voices.len() == 1 { "" } else { "s" };
    let kind = if voices.iter().all(|v| is_blend(v)) { "blend" } else { "voice" };
    match engine {
        Some(engine) => format!("{} {engine} {gender} {kind}{plural}", voices.len()),
        None => format!("{} {gender} {kind}{plural}", voices.len()),
    }
}

/// "narrator", "narrator and Wren", "narrator, Wren, Pell and 2 others".
fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [head @ .., last] if names.len() <= 3 => format!("{} and {last}", head.join(", ")),
        _ => format!("{} and {} others", names[..2].join(", "), names.len() - 2),
    }
}

/// The narrator: among the best free voices of `gender`, the calmest, most typical one: the
/// fewest semitones from the median pitch of those voices plus semitones of pitch spread.
fn narrator_voice(
    voices: &[&VoiceInfo],
    catalogue: &Catalogue,
    gender: Gender,
    accent: Option<&Accent>,
    used: &[String],
) -> Result<(String, String), CastError> {
    let (pool, _, accent_note) = candidates(voices, gender, accent, used)?;
    let features = |v: &VoiceInfo| catalogue.entries.get(&v.id).map(|e| e.features);
    let mut pitches: Vec<f64> = pool.iter().filter_map(|v| features(v)).map(|f| f.f0_hz.log2()).collect();
    pitches.sort_by(f64::total_cmp);
    let median = match pitches.len() {
        0 => 0.0,
        n => (pitches[(n - 1) / 2] + pitches[n / 2]) / 2.0,
    };
    let score = |v: &VoiceInfo| features(v).map_or(f64::INFINITY, |f| 12.0 * (f.f0_hz.log2() - median).abs() + f.f0_spread_st);
    let best = pool
        .iter()
        .min_by(|a, b| score(a).total_cmp(&score(b)).then(a.id.cmp(&b.id)))
        .expect("candidates are never empty");
    let why = match features(best) {
        Some(f) if pool.len() > 1 => format!(
            "calmest, most typical of {} ({:.0} Hz, pitch spread {:.1} semitones)",
            describe(&pool, gender),
            f.f0_hz,
            f.f0_spread_st
        ),
        Some(f) => format!("the clearest {gender} voice ({:.0} Hz, pitch spread {:.1} semitones)", f.f0_hz, f.f0_spread_st),
        None => format!("clearest {gender} voice"),
    };
    let why = match accent {
        Some(accent) => format!("{why}; {accent}{accent_note}"),
        None => why,
    };
    Ok((best.id.clone(), why))
}

fn assign(script: &Script, reading: &Reading, engines: &Engines, catalogue: &Catalogue, existing: Option<&Cast>) -> Result<Cast, CastError> {
    let blends = blends(engines);
    let voices: Vec<&VoiceInfo> = engines.voices().chain(&blends).collect();
    let mut distances = Distances::new(catalogue, engines);
    for blend in &blends {
        distances.add_blend(&blend.id);
    }
    let partners = scenes::partners(script);
    let mut used: Vec<String> = existing
        .map(|c| std::iter::once(&c.narrator).chain(c.speakers.values()).map(|r| r.voice.id.clone()).collect())
        .unwrap_or_default();

    // Most lines first, so the leads get the clearest voices and the widest choice.
    let mut speakers = line_counts(script);
    speakers.sort_by_key(|s| std::cmp::Reverse(s.1));
    let lead_gender = speakers.first().and_then(|(name, _)| gender::evidence(reading, name).gender());
    let chapter_accent = accent::of_chapter(script);

    let narrator = match existing {
        Some(existing) => existing.narrator.clone(),
        None => {
            // The narrator takes the gender the lead does not have, so the two never blur.
            let gender = if lead_gender == Some(Gender::Male) { Gender::Female } else { Gender::Male };
            let (id, why) = narrator_voice(&voices, catalogue, gender, chapter_accent.as_ref(), &used)?;
            used.push(id.clone());
            let why = match (speakers.first(), lead_gender) {
                (Some((lead, _)), Some(lead_gender)) => format!("{why}; the lead, {lead}, is {lead_gender}"),
                _ => why,
            };
            Role { voice: Voice { id, speed: 1.0 }, why }
        }
    };

    // Voices cast so far, in casting order: the narrator, then kept roles, then new ones.
    let mut cast_so_far: Vec<(String, String)> = vec![(NARRATOR.to_string(), narrator.voice.id.clone())];
    if let Some(existing) = existing {
        cast_so_far.extend(existing.speakers.iter().map(|(name, role)| (name.clone(), role.voice.id.clone())));
    }
    let mut roles = BTreeMap::new();
    for (name, lines) in &speakers {
        if let Some(role) = existing.and_then(|c| c.speakers.get(name)) {
            roles.insert(name.clone(), role.clone());
            continue;
        }
        let evidence = gender::evidence(reading, name);
        let gender = evidence.gender().unwrap_or_else(|| {
            let free = |g: Gender| engines.voices().filter(|v| v.gender == g && !used.contains(&v.id)).count();
            if free(Gender::Female) > free(Gender::Male) { Gender::Female } else { Gender::Male }
        });
        let own_accent = accent::of_speaker(reading, name);
        let (pool, any_free, accent_note) = candidates(&voices, gender, own_accent.as_ref().or(chapter_accent.as_ref()), &used)?;
        let accent_told = match (&own_accent, &chapter_accent) {
            (Some(accent), _) => format!("; {accent}{accent_note}"),
            (None, Some(accent)) => format!("; {}, as the chapter's spelling{accent_note}", accent.adjective()),
            (None, None) => String::new(),
        };
        let scene: Vec<&(String, String)> = cast_so_far
            .iter()
            .filter(|(other, _)| partners.get(name).is_some_and(|p| p.contains(other)))
            .collect();
        // The nearest scene partner of a candidate, and how near. A voice never measured (a
        // failed measurement) is the last choice; a partner whose voice was never measured (a
        // hand-set blend, say) cannot be compared, so it is left out rather than counted as 0.
        let nearest = |voice: &VoiceInfo| -> (f64, Option<&str>) {
            if distances.standardized(&voice.id).is_none() {
                return (-1.0, None);
            }
            scene
                .iter()
                .filter(|(_, id)| distances.standardized(id).is_some())
                .map(|(who, id)| (distances.between(&voice.id, id), Some(who.as_str())))
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .unwrap_or((f64::INFINITY, None))
        };
        let best = pool
            .iter()
            .max_by(|a, b| {
                nearest(a).0.total_cmp(&nearest(b).0).then(quality_rank(b).cmp(&quality_rank(a))).then(b.id.cmp(&a.id))
            })
            .expect("candidates are never empty");
        let (distance, nearest_name) = nearest(best);
        let names: Vec<&str> = scene.iter().map(|(who, _)| who.as_str()).collect();
        let near = nearest_name.map_or(String::new(), |who| format!(" (nearest: {who}, distance {distance:.1})"));
        let choice = match (any_free, pool.len()) {
            (true, 1) => format!("the one free {}{near}", describe(&pool, gender).trim_start_matches("1 ")),
            (true, _) => format!("farthest of {} from {}{near}", describe(&pool, gender), list(&names)),
            (false, _) => format!("every {gender} voice is taken; farthest from {}{near}", list(&names)),
        };
        let told = if evidence.gender().is_some() { evidence.to_string() } else { format!("gender not told, cast {gender}") };
        let plural = if *lines == 1 { "" } else { "s" };
        used.push(best.id.clone());
        cast_so_far.push((name.clone(), best.id.clone()));
        roles.insert(name.clone(), Role { voice: Voice { id: best.id.clone(), speed: 1.0 }, why: format!("{told}{accent_told}; {lines} line{plural}; {choice}") });
    }
    if let Some(existing) = existing {
        for (name, role) in &existing.speakers {
            roles.entry(name.clone()).or_insert_with(|| role.clone());
        }
    }
    Ok(Cast { narrator, speakers: roles })
}

/// Checks every voice in `cast` against the installed catalogue; `path` names the file in errors.
pub fn check(cast: &Cast, engines: &Engines, path: &str) -> Result<(), CastError> {
    let everyone = std::iter::once((NARRATOR, &cast.narrator)).chain(cast.speakers.iter().map(|(n, r)| (n.as_str(), r)));
    for (who, role) in everyone {
        match engines.voice(&role.voice.id) {
            Ok(_) => {}
            Err(EngineError::LiveOnly { .. }) => {
                return Err(CastError::LiveOnly { path: path.into(), who: who.into(), voice: role.voice.id.clone() });
            }
            Err(error @ EngineError::Unavailable { .. }) => {
                return Err(CastError::EngineMissing { path: path.into(), who: who.into(), error });
            }
            Err(_) => return Err(CastError::UnknownVoice { path: path.into(), who: who.into(), voice: role.voice.id.clone() }),
        }
        if !(0.5..=2.0).contains(&role.voice.speed) {
            return Err(CastError::BadSpeed { path: path.into(), who: who.into(), speed: role.voice.speed });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
