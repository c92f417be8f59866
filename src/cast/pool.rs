//! The voices a new role may take: engines ranked by quality, the accent the script asks for,
//! and Kokoro blends once the stock voices run out (docs/casting.md, "Choosing voices").

use super::CastError;
use super::accent::Accent;
use crate::engine::{Engines, Gender, VoiceInfo};

/// Engine quality, best first (issue 5): Kokoro's neural voices, then flite's clustergen
/// voices (1–3% word error), espeak-ng (5–10%), and flite's diphone voices `kal` and `kal16`
/// (9–12%) last. Casting takes a speaker's voice from the best rank that has one free.
pub fn quality_rank(voice: &VoiceInfo) -> u32 {
    match (voice.engine, voice.name()) {
        ("kokoro", _) => 0,
        ("flite", "slt" | "rms" | "awb") => 1,
        ("flite", _) => 3,
        _ => 2,
    }
}

fn gender_name(gender: Gender) -> &'static str {
    if gender == Gender::Female { "female" } else { "male" }
}

/// Blends casting may use once the stock voices it would choose are taken: every equal mix of
/// two listed Kokoro voices of one gender and accent (103 from the 28 stock voices). Their
/// features are estimated from their parents ([`super::Distances::add_blend`]).
pub fn blends(engines: &Engines) -> Vec<VoiceInfo> {
    let stock: Vec<&VoiceInfo> = engines.voices().filter(|v| v.engine == "kokoro").collect();
    let mut blends = Vec::new();
    for (i, a) in stock.iter().enumerate() {
        for b in &stock[i + 1..] {
            if a.gender == b.gender
                && a.accent == b.accent
                && let Ok(blend) = engines.voice(&format!("kokoro:{}+{}", a.name(), b.name()))
            {
                blends.push(blend);
            }
        }
    }
    blends
}

pub fn is_blend(voice: &VoiceInfo) -> bool {
    voice.name().contains('+')
}

/// The voices a new role of `gender` chooses from, and what became of the accent asked for.
/// Among the free voices (`voices`: the listed ones, then the blends), the best engine first;
/// within it, voices of `accent`, then of its family (any British voice for a Scot), then any;
/// stock voices before blends. When every listed voice of the gender is taken, all of its stock
/// voices (or its blends, when it has no stock voice).
pub fn candidates<'a>(
    voices: &[&'a VoiceInfo],
    gender: Gender,
    accent: Option<&Accent>,
    used: &[String],
) -> Result<(Vec<&'a VoiceInfo>, bool, String), CastError> {
    let all: Vec<&VoiceInfo> = voices.iter().copied().filter(|v| v.gender == gender).collect();
    if all.is_empty() {
        return Err(CastError::NoVoices(gender_name(gender)));
    }
    let accent_miss = |v: &VoiceInfo| match accent {
        Some(accent) if v.accent != accent.label => 1 + u32::from(!Accent::family(accent.label).contains(&v.accent.as_str())),
        _ => 0,
    };
    let key = |v: &VoiceInfo| (quality_rank(v), accent_miss(v), is_blend(v));
    let free: Vec<&VoiceInfo> = all.iter().copied().filter(|v| !used.contains(&v.id)).collect();
    let Some(best) = free.iter().map(|v| key(v)).min() else {
        // Stock voices are shared before blends; espeak-ng's women are all blends (`en+f2`).
        let stock: Vec<&VoiceInfo> = all.iter().copied().filter(|v| !is_blend(v)).collect();
        return Ok((if stock.is_empty() { all } else { stock }, false, String::new()));
    };
    let note = match (accent, best.1) {
        (Some(accent), 1) => format!(", no {} voice free: a kindred accent", accent.adjective()),
        (Some(accent), 2) => format!(", no {} or kindred voice free", accent.adjective()),
        _ => String::new(),
    };
    Ok((free.into_iter().filter(|v| key(v) == best).collect(), true, note))
}
