//! Who shares a scene with whom: the pairs of speakers casting keeps apart. Takes a [`Script`],
//! returns each speaker's scene partners. Two speakers share a scene when a line of one and a
//! line of the other are at most [`SCENE_WINDOW_LINES`] script lines apart with no heading
//! between them; the narrator shares a scene with everyone.

use std::collections::{BTreeMap, BTreeSet};

use crate::script::{Kind, NARRATOR, Script};

/// How close two speakers' lines must be to count as one conversation: about four paragraphs
/// of dialogue with their speech tags and narration, long enough to span an exchange with a
/// third voice cutting in, short enough that a character who left pages ago does not count.
pub const SCENE_WINDOW_LINES: usize = 10;

/// Each speaker's scene partners (`narrator` included), symmetric.
pub fn partners(script: &Script) -> BTreeMap<String, BTreeSet<String>> {
    let mut partners: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (i, line) in script.lines.iter().enumerate() {
        let Kind::Dialogue(speech) = &line.kind else { continue };
        let entry = partners.entry(speech.speaker.clone()).or_default();
        if speech.speaker != NARRATOR {
            entry.insert(NARRATOR.to_string());
        }
        for later in script.lines.iter().skip(i + 1).take(SCENE_WINDOW_LINES) {
            match &later.kind {
                Kind::Heading => break,
                Kind::Dialogue(other) if other.speaker != speech.speaker => {
                    partners.entry(speech.speaker.clone()).or_default().insert(other.speaker.clone());
                    partners.entry(other.speaker.clone()).or_default().insert(speech.speaker.clone());
                }
                _ => {}
            }
        }
    }
    let speakers: Vec<String> = partners.keys().filter(|s| *s != NARRATOR).cloned().collect();
    partners.entry(NARRATOR.to_string()).or_default().extend(speakers);
    partners
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::{Line, Span, Speech};

    #[test]
    fn nearby_lines_make_partners_and_headings_part_them() {
        let line = |kind: Kind| Line { kind, span: Span { start: 0, end: 1 }, paragraph: 0, text: "x".into() };
        let says = |who: &str| line(Kind::Dialogue(Speech { speaker: who.into(), confidence: 1.0, evidence: String::new() }));
        let mut lines = vec![says("Ann"), line(Kind::Narration), says("Bo"), line(Kind::Heading), says("Cy")];
        lines.extend((0..SCENE_WINDOW_LINES).map(|_| line(Kind::Narration)));
        lines.push(says("Di"));
        let partners = partners(&Script { title: "t".into(), lines });
        let names = |who: &str| partners[who].iter().map(String::as_str).collect::<Vec<_>>();
        assert_eq!(names("Ann"), ["Bo", "narrator"]);
        assert_eq!(names("Cy"), ["narrator"]);
        assert_eq!(names("Di"), ["narrator"]);
        assert_eq!(names("narrator"), ["Ann", "Bo", "Cy", "Di"]);
    }
}
