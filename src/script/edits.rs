//! A user's fixes survive a re-run: `keep_edits` carries hand-set speakers from the old script
//! into a fresh one, and `review` lists the lines most worth checking by hand.

use std::collections::HashMap;

use super::{Kind, Script, Speech};

/// Evidence recorded for a speaker kept from the user's edit.
pub const EDITED: &str = "edited by hand";

/// Copies into `fresh` every speaker the user changed in `old` (a dialogue line whose speaker
/// differs from what attribution says now, or that carries no evidence of ours). Lines match by
/// span and text, or by text alone, in order, when the chapter moved. Returns how many were kept.
pub fn keep_edits(fresh: &mut Script, old: &Script) -> usize {
    let mut by_span: HashMap<(usize, usize, &str), &Speech> = HashMap::new();
    let mut by_text: HashMap<&str, Vec<&Speech>> = HashMap::new();
    for line in &old.lines {
        if let Kind::Dialogue(speech) = &line.kind {
            by_span.insert((line.span.start, line.span.end, line.text.as_str()), speech);
            by_text.entry(line.text.as_str()).or_default().push(speech);
        }
    }
    for list in by_text.values_mut() {
        list.reverse(); // pop() takes them in reading order
    }
    let mut kept = 0;
    for line in &mut fresh.lines {
        let Kind::Dialogue(speech) = &mut line.kind else { continue };
        let old_speech = by_span.get(&(line.span.start, line.span.end, line.text.as_str())).copied().or_else(|| by_text.get_mut(line.text.as_str()).and_then(Vec::pop));
        let Some(old_speech) = old_speech else { continue };
        let hand_set = old_speech.evidence == EDITED || old_speech.evidence == "edited";
        if old_speech.speaker != speech.speaker || hand_set {
            *speech = Speech { speaker: old_speech.speaker.clone(), confidence: 1.0, evidence: EDITED.to_string() };
            kept += 1;
        }
    }
    kept
}

/// The `count` least certain dialogue lines, one per row: index, confidence, speaker, evidence
/// and the start of the text, so a user can find and fix them in the TOML file.
pub fn review(script: &Script, count: usize) -> String {
    let mut lines: Vec<(usize, &Speech, &str)> = script
        .lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| match &line.kind {
            Kind::Dialogue(speech) if speech.evidence != EDITED => Some((i, speech, line.text.as_str())),
            _ => None,
        })
        .collect();
    lines.sort_by(|a, b| a.1.confidence.total_cmp(&b.1.confidence).then(a.0.cmp(&b.0)));
    let mut out = String::new();
    for (i, speech, text) in lines.into_iter().take(count) {
        let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let short: String = text.chars().take(60).collect();
        let more = if short.len() < text.len() { "…" } else { "" };
        out += &format!(
            "line {:>4}  {:.2}  {:<20} {:<36} \"{short}{more}\"\n",
            i + 1,
            speech.confidence,
            speech.speaker,
            format!("[{}]", speech.evidence)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::parse;

    #[test]
    fn edited_speakers_survive_a_rerun() {
        let text = "Chapter 1\n\n\"Hello,\" said Anne.\n\n\"Hi.\"\n\n\"Bye.\"";
        let mut old = parse(text, "t");
        let Kind::Dialogue(speech) = &mut old.lines[3].kind else { panic!("{:?}", old.lines[3]) };
        speech.speaker = "Tom".into();
        let mut fresh = parse(text, "t");
        assert_eq!(keep_edits(&mut fresh, &old), 1);
        let Kind::Dialogue(kept) = &fresh.lines[3].kind else { panic!() };
        assert_eq!((kept.speaker.as_str(), kept.evidence.as_str()), ("Tom", EDITED));
        // Unchanged lines keep the fresh attribution.
        let Kind::Dialogue(first) = &fresh.lines[1].kind else { panic!() };
        assert_eq!(first.speaker, "Anne");
        // A moved chapter still matches by text.
        let moved = format!("\n\n{text}");
        let mut again = parse(&moved, "t");
        assert_eq!(keep_edits(&mut again, &fresh), 1);
    }

    #[test]
    fn review_lists_least_certain_first() {
        let script = parse("\"Hello,\" said Anne.\n\n\"Hi.\"\n\n\"Bye.\"", "t");
        let report = review(&script, 2);
        let rows: Vec<&str> = report.lines().collect();
        assert_eq!(rows.len(), 2);
        assert!(!report.contains("said Anne"), "{report}");
    }
}
