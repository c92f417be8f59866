//! The editable `*.cast.toml`: one entry per speaker with a comment saying why its voice was
//! chosen. Written by hand (the TOML crate drops comments); read with serde.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Cast, CastError, Role, Voice};
use crate::script::line_column;

/// `"Ivy" = "flite:slt"` or `"Ivy" = { voice = "flite:slt", speed = 1.1 }`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawVoice {
    Id(String),
    Full {
        voice: String,
        #[serde(default)]
        speed: Option<f32>,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCast {
    narrator: RawVoice,
    #[serde(default)]
    speakers: BTreeMap<String, RawVoice>,
}

impl From<RawVoice> for Voice {
    fn from(raw: RawVoice) -> Self {
        match raw {
            RawVoice::Id(id) => Voice { id, speed: 1.0 },
            RawVoice::Full { voice, speed } => Voice { id: voice, speed: speed.unwrap_or(1.0) },
        }
    }
}

fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn entry(role: &Role) -> String {
    let speed = if role.voice.speed == 1.0 { String::new() } else { format!(", speed = {}", role.voice.speed) };
    format!("{{ voice = {}{speed} }}  # {}", quoted(&role.voice.id), role.why.replace('\n', " "))
}

/// The cast as TOML; speakers appear in `order` (first appearance), then any others.
pub fn to_toml(cast: &Cast, script_name: &str, order: &[&str]) -> String {
    let mut out = format!(
        "# tableread cast for {script_name}\n\
         # Change any voice to an id from `tableread voices`; add `speed = 1.1` to pace someone.\n\
         # Entries here are kept when `tableread cast` runs again.\n\n\
         narrator = {}\n\n[speakers]\n",
        entry(&cast.narrator)
    );
    let rest = cast.speakers.keys().filter(|name| !order.contains(&name.as_str()));
    for name in order.iter().copied().filter(|n| cast.speakers.contains_key(*n)).chain(rest.map(String::as_str)) {
        out += &format!("{} = {}\n", quoted(name), entry(&cast.speakers[name]));
    }
    out
}

/// Parses a cast file; `path` only names the file in errors. Every role reads back as set by
/// hand; [`super::cast`] restores the reason of those that match what it would choose.
pub fn from_toml(text: &str, path: &str) -> Result<Cast, CastError> {
    let raw: RawCast = toml::from_str(text).map_err(|err| {
        let (line, column) = line_column(text, err.span().map_or(0, |span| span.start));
        CastError::Syntax { path: path.into(), line, column, message: err.message().trim().to_string() }
    })?;
    let kept = |raw: RawVoice| Role { voice: raw.into(), why: "set by hand in this file".to_string() };
    Ok(Cast {
        narrator: kept(raw.narrator),
        speakers: raw.speakers.into_iter().map(|(name, voice)| (name, kept(voice))).collect(),
    })
}
