//! The casting before measured distances (commit 978ee03), kept for tests only as the
//! baseline the distance-maximising casting is measured against (docs/casting.md): a fixed
//! pool order per gender, each speaker taking the first free voice.

use std::collections::BTreeMap;

use super::reading::Reading;
use super::{Cast, CastError, Role, Voice, gender, line_counts};
use crate::engine::{Engines, Gender, VoiceInfo};
use crate::script::Script;

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

pub fn old_cast(script: &Script, engines: &Engines) -> Result<Cast, CastError> {
    let existing: Option<&Cast> = None;
    let reading = Reading::new(script);
    let female = pool(engines, Gender::Female);
    let male = pool(engines, Gender::Male);
    let pool_of = |gender| if gender == Gender::Female { &female } else { &male };
    let mut used: Vec<String> = existing
        .map(|c| std::iter::once(&c.narrator).chain(c.speakers.values()).map(|r| r.voice.id.clone()).collect())
        .unwrap_or_default();

    // Most lines first, so the leads get the clearest voices.
    let mut speakers = line_counts(script);
    speakers.sort_by_key(|s| std::cmp::Reverse(s.1));
    let lead_gender = speakers.first().and_then(|(name, _)| gender::evidence(&reading, name).gender());

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
        let evidence = gender::evidence(&reading, name);
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


