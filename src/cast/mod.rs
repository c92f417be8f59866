//! Stage 2: a [`Script`]'s speakers become a [`Cast`], a voice for the narrator and for each
//! speaker. Casting is deterministic (same script and catalogue, same cast), gender-aware where
//! the text tells, gives every speaker a different voice from the narrator and from each other
//! while the catalogue lasts, and records why it chose each voice. `*.cast.toml` is the editable
//! form; entries a user wrote there are kept when the cast is updated.

mod file;
mod gender;

use std::collections::BTreeMap;

use thiserror::Error;

use crate::engine::{EngineError, Engines, Gender, VoiceInfo};
use crate::script::{Kind, NARRATOR, Script};

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
    #[error("{path}: {who}'s voice: {error}")]
    EngineMissing { path: String, who: String, error: EngineError },
    #[error("{path}: {who} has speed {speed}; use a pace between 0.5 and 2.0")]
    BadSpeed { path: String, who: String, speed: f32 },
    #[error("no {0} voice is installed; install espeak-ng or flite (tools/setup.sh)")]
    NoVoices(&'static str),
}

/// Voices of one gender, best first, arranged so that neighbours differ in engine, accent and
/// variant: the n-th pick is as unlike the ones before it as the catalogue allows.
fn pool(engines: &Engines, gender: Gender) -> Vec<&VoiceInfo> {
    let mut voices: Vec<&VoiceInfo> = engines.voices().filter(|v| v.gender == gender).collect();
    let accents: Vec<&str> = {
        let mut seen = Vec::new();
        for voice in &voices {
            if !seen.contains(&voice.accent.as_str()) {
                seen.push(voice.accent.as_str());
            }
        }
        seen
    };
    // flite's clustergen voices are the clearest system voices (1–3% word error, against 5–10%
    // for espeak-ng); its diphone voices kal and kal16 are the least clear of all (9–12%).
    let key = |voice: &VoiceInfo| -> (u32, usize, usize) {
        match (voice.engine, voice.name()) {
            ("flite", "slt" | "rms") => (0, 0, 0),
            ("flite", "awb") => (0, 1, 0),
            ("flite", _) => (3, 0, 0),
            // Kokoro waits for casting to rank it (issue 5): until then casts and render times
            // stay as they were, and a cast file may name Kokoro voices by hand.
            ("kokoro", _) => (4, 0, 0),
            _ => {
                let accent = accents.iter().position(|a| *a == voice.accent).unwrap_or(0);
                let same_accent: Vec<&&VoiceInfo> =
                    voices.iter().filter(|v| v.engine == voice.engine && v.accent == voice.accent).collect();
                let variant = same_accent.iter().position(|v| v.id == voice.id).unwrap_or(0);
                (1, variant + accent, accent)
            }
        }
    };
    let keys: BTreeMap<String, (u32, usize, usize)> = voices.iter().map(|v| (v.id.clone(), key(v))).collect();
    voices.sort_by(|a, b| keys[&a.id].cmp(&keys[&b.id]).then(a.id.cmp(&b.id)));
    voices
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

/// Casts every speaker of `script`, keeping the roles already in `existing` (a user's edits):
/// new speakers get voices nobody has yet. Kept roles that match a fresh casting keep its
/// reason, so casting the same script again writes the same file byte for byte.
pub fn cast(script: &Script, engines: &Engines, existing: Option<&Cast>) -> Result<Cast, CastError> {
    let fresh = assign(script, engines, None)?;
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
    assign(script, engines, Some(&kept))
}

/// Takes the first voice of `pool` nobody uses yet, or, when the catalogue runs out, the
/// least-used one; returns the id and its rank in the pool.
fn take(pool: &[&VoiceInfo], gender: Gender, used: &mut Vec<String>) -> Result<(String, usize), CastError> {
    if pool.is_empty() {
        return Err(CastError::NoVoices(if gender == Gender::Female { "female" } else { "male" }));
    }
    let uses = |id: &str| used.iter().filter(|u| *u == id).count();
    let index = (0..pool.len()).min_by_key(|&i| (uses(&pool[i].id), i)).unwrap_or(0);
    used.push(pool[index].id.clone());
    Ok((pool[index].id.clone(), index))
}

fn assign(script: &Script, engines: &Engines, existing: Option<&Cast>) -> Result<Cast, CastError> {
    let female = pool(engines, Gender::Female);
    let male = pool(engines, Gender::Male);
    let pool_of = |gender| if gender == Gender::Female { &female } else { &male };
    let mut used: Vec<String> = existing
        .map(|c| std::iter::once(&c.narrator).chain(c.speakers.values()).map(|r| r.voice.id.clone()).collect())
        .unwrap_or_default();

    // Most lines first, so the leads get the clearest voices.
    let mut speakers = line_counts(script);
    speakers.sort_by(|a, b| b.1.cmp(&a.1));
    let lead_gender = speakers.first().and_then(|(name, _)| gender::evidence(script, name).gender());

    let narrator = match existing {
        Some(existing) => existing.narrator.clone(),
        None => {
            // The narrator takes the gender the lead does not have, so the two never blur.
            let gender = if lead_gender == Some(Gender::Male) { Gender::Female } else { Gender::Male };
            let (id, _) = take(pool_of(gender), gender, &mut used)?;
            let why = match (speakers.first(), lead_gender) {
                (Some((lead, _)), Some(lead_gender)) => format!("clearest {gender} voice; the lead, {lead}, is {lead_gender}"),
                _ => format!("clearest {gender} voice"),
            };
            Role { voice: Voice { id, speed: 1.0 }, why }
        }
    };

    let mut roles = BTreeMap::new();
    for (name, lines) in &speakers {
        if let Some(role) = existing.and_then(|c| c.speakers.get(name)) {
            roles.insert(name.clone(), role.clone());
            continue;
        }
        let evidence = gender::evidence(script, name);
        let gender = evidence.gender().unwrap_or_else(|| {
            let free = |pool: &[&VoiceInfo]| pool.iter().filter(|v| !used.contains(&v.id)).count();
            if free(&female) > free(&male) { Gender::Female } else { Gender::Male }
        });
        let (id, rank) = take(pool_of(gender), gender, &mut used)?;
        let choice = match rank {
            0 => format!("first choice among {gender} voices"),
            n => format!("choice {} among {gender} voices, the ones before are taken", n + 1),
        };
        let told = if evidence.gender().is_some() { evidence.to_string() } else { format!("gender not told, cast {gender}") };
        let plural = if *lines == 1 { "" } else { "s" };
        roles.insert(name.clone(), Role { voice: Voice { id, speed: 1.0 }, why: format!("{told}; {lines} line{plural}; {choice}") });
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
            Err(error @ EngineError::Unavailable { .. }) => {
                return Err(CastError::EngineMissing { path: path.into(), who: who.into(), error });
            }
            Err(_) => {
                return Err(CastError::UnknownVoice { path: path.into(), who: who.into(), voice: role.voice.id.clone() });
            }
        }
        if !(0.5..=2.0).contains(&role.voice.speed) {
            return Err(CastError::BadSpeed { path: path.into(), who: who.into(), speed: role.voice.speed });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
