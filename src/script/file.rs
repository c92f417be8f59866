//! The script's two file forms: `*.script.toml`, which people edit and every later stage reads,
//! and JSONL (one object per line), which other tools read to score our attribution.

use serde::{Deserialize, Serialize};

use super::{Kind, Line, Script, ScriptError, Span, Speech};

const HEADER: &str = "\
# tableread script: one [[lines]] entry per line, in reading order.
# kind is heading, narration, dialogue or skip (never voiced). Fix a speaker by editing
# `speaker`; give a new character any name you like and `tableread cast` gives it a voice.
# start/end are byte offsets into the source chapter; paragraph drives the pauses.

";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScript {
    title: String,
    #[serde(default)]
    lines: Vec<RawLine>,
}

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "lowercase")]
enum RawKind {
    Heading,
    Narration,
    Dialogue,
    Skip,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLine {
    kind: RawKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<String>,
    start: usize,
    end: usize,
    #[serde(default)]
    paragraph: usize,
    text: String,
}

/// One JSONL row: exactly the fields other tools read, `null` where they do not apply.
#[derive(Serialize)]
struct JsonLine<'a> {
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    speaker: Option<&'a str>,
    confidence: Option<f64>,
    evidence: Option<&'a str>,
}

/// Two decimals are all a confidence means; this keeps `0.9` from printing as `0.899999976`.
fn round_confidence(confidence: f32) -> f64 {
    (f64::from(confidence) * 100.0).round() / 100.0
}

fn speech_of(line: &Line) -> Option<&Speech> {
    match &line.kind {
        Kind::Dialogue(speech) => Some(speech),
        _ => None,
    }
}

/// The script as editable TOML, with a header saying how to edit it.
pub fn to_toml(script: &Script) -> String {
    let raw = RawScript {
        title: script.title.clone(),
        lines: script
            .lines
            .iter()
            .map(|line| {
                let speech = speech_of(line);
                RawLine {
                    kind: match line.kind {
                        Kind::Heading => RawKind::Heading,
                        Kind::Narration => RawKind::Narration,
                        Kind::Dialogue(_) => RawKind::Dialogue,
                        Kind::Skip => RawKind::Skip,
                    },
                    speaker: speech.map(|s| s.speaker.clone()),
                    confidence: speech.map(|s| round_confidence(s.confidence)),
                    evidence: speech.map(|s| s.evidence.clone()),
                    start: line.span.start,
                    end: line.span.end,
                    paragraph: line.paragraph,
                    text: line.text.clone(),
                }
            })
            .collect(),
    };
    let body = toml::to_string(&raw).expect("a script always serializes: plain strings and numbers");
    format!("{HEADER}{body}")
}

/// One JSON object per line, in reading order.
pub fn to_jsonl(script: &Script) -> String {
    let mut out = String::new();
    for line in &script.lines {
        let speech = speech_of(line);
        let row = JsonLine {
            kind: line.kind_name(),
            text: &line.text,
            start: line.span.start,
            end: line.span.end,
            speaker: speech.map(|s| s.speaker.as_str()),
            confidence: speech.map(|s| round_confidence(s.confidence)),
            evidence: speech.map(|s| s.evidence.as_str()),
        };
        out.push_str(&serde_json::to_string(&row).expect("plain strings and numbers serialize"));
        out.push('\n');
    }
    out
}

/// 1-based line and column of a byte offset, for error messages people can jump to.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Parses a `*.script.toml`; `path` only names the file in errors.
pub fn from_toml(text: &str, path: &str) -> Result<Script, ScriptError> {
    let raw: RawScript = toml::from_str(text).map_err(|err| {
        let (line, column) = line_column(text, err.span().map_or(0, |span| span.start));
        ScriptError::Syntax {
            path: path.to_string(),
            line,
            column,
            message: err.message().trim().to_string(),
        }
    })?;
    let invalid = |index: usize, message: &str| ScriptError::Invalid {
        path: path.to_string(),
        index: index + 1,
        message: message.to_string(),
    };
    let mut lines = Vec::with_capacity(raw.lines.len());
    for (index, raw_line) in raw.lines.into_iter().enumerate() {
        if raw_line.start > raw_line.end {
            return Err(invalid(index, "start is after end"));
        }
        let kind = match raw_line.kind {
            RawKind::Dialogue => {
                let speaker = raw_line.speaker.as_deref().map(str::trim).unwrap_or_default();
                if speaker.is_empty() {
                    return Err(invalid(index, "a dialogue line needs a speaker"));
                }
                // An edited line without a confidence was set by a person: trust it fully.
                let confidence = raw_line.confidence.unwrap_or(1.0);
                if !(0.0..=1.0).contains(&confidence) {
                    return Err(invalid(index, "confidence must be between 0 and 1"));
                }
                Kind::Dialogue(Speech {
                    speaker: speaker.to_string(),
                    confidence: confidence as f32,
                    evidence: raw_line.evidence.unwrap_or_else(|| "edited".to_string()),
                })
            }
            other => {
                if raw_line.speaker.is_some() {
                    return Err(invalid(index, "only dialogue lines take a speaker (set kind = \"dialogue\")"));
                }
                match other {
                    RawKind::Heading => Kind::Heading,
                    RawKind::Narration => Kind::Narration,
                    _ => Kind::Skip,
                }
            }
        };
        lines.push(Line {
            kind,
            span: Span { start: raw_line.start, end: raw_line.end },
            paragraph: raw_line.paragraph,
            text: raw_line.text,
        });
    }
    Ok(Script { title: raw.title, lines })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Script {
        let line = |kind, start, end, paragraph, text: &str| Line {
            kind,
            span: Span { start, end },
            paragraph,
            text: text.to_string(),
        };
        Script {
            title: "test".into(),
            lines: vec![
                line(Kind::Heading, 0, 9, 0, "Chapter 1"),
                line(
                    Kind::Dialogue(Speech { speaker: "Ada".into(), confidence: 0.9, evidence: "tag: \"Ada said\"".into() }),
                    12,
                    20,
                    1,
                    "Go \"now\"\nplease",
                ),
                line(Kind::Narration, 21, 30, 1, "Ada said."),
            ],
        }
    }

    #[test]
    fn toml_round_trips() {
        let script = sample();
        let text = to_toml(&script);
        assert!(text.starts_with("# tableread script"));
        assert_eq!(from_toml(&text, "x.toml").unwrap(), script);
    }

    #[test]
    fn jsonl_has_exactly_the_contract_fields() {
        let text = to_jsonl(&sample());
        let rows: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(rows.len(), 3);
        let keys: Vec<&String> = rows[0].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["confidence", "end", "evidence", "kind", "speaker", "start", "text"]);
        assert!(rows[0]["speaker"].is_null());
        assert_eq!(rows[1]["speaker"], "Ada");
        assert_eq!(rows[1]["confidence"], 0.9);
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let text = "title = \"t\"\n[[lines]]\nkind = \"dialogue\nstart = 1\n";
        let err = from_toml(text, "a.toml").unwrap_err().to_string();
        assert!(err.starts_with("a.toml:3:"), "{err}");
    }

    #[test]
    fn dialogue_without_speaker_is_refused() {
        let text = "title = \"t\"\n[[lines]]\nkind = \"dialogue\"\nstart = 0\nend = 2\ntext = \"Hi\"\n";
        let err = from_toml(text, "a.toml").unwrap_err().to_string();
        assert_eq!(err, "a.toml: line 1: a dialogue line needs a speaker");
    }
}
