//! The conversation pass: after every quotation has a speaker, each two-person exchange is
//! re-read so that untagged turns alternate from the nearest tagged turn, before or after it (a
//! tag late in an exchange fixes the turns that led up to it).

use super::Speech;
use super::segment::{Para, ParaKind, Quote};

/// Evidence a later pass may overrule: the weak, conversation-level guesses.
fn weak(evidence: &str) -> bool {
    evidence == "turn-taking" || evidence.starts_with("last resort") || evidence.starts_with("first acting")
}

/// Confidence of a weak turn given to the one of two that it does not call by name (11 of 13
/// right on the eval set).
const CALLS_THE_OTHER: f32 = 0.8;

/// A paragraph with speech, as the conversation pass sees it.
struct Turn {
    para: usize,
    quotes: std::ops::Range<usize>,
    speaker: String,
    /// Decided by more than a conversation-level guess.
    anchored: bool,
    /// Whom it calls by name.
    calls: Option<String>,
}

/// Second pass over each two-person conversation: untagged turns alternate from the nearest
/// tagged turn, before or after (a tag later in the exchange fixes the turns leading to it).
/// `called` is, per quotation, whom it addresses by name; `departures` are the paragraphs in
/// which someone leaves the scene, which end a conversation.
pub fn alternate(paras: &[Para], quotes: &[Quote], called: &[Option<String>], departures: &[usize], result: &mut [Option<Speech>]) {
    let mut turns: Vec<Turn> = Vec::new();
    let mut q = 0;
    while q < quotes.len() {
        let p = quotes[q].para;
        let start = q;
        while q < quotes.len() && quotes[q].para == p {
            q += 1;
        }
        let spoken: Vec<&Speech> = result[start..q].iter().flatten().collect();
        let Some(first) = spoken.first() else { continue };
        let anchored = spoken.iter().any(|s| !weak(&s.evidence)) || spoken.iter().any(|s| s.speaker != first.speaker);
        let calls = called[start..q].iter().flatten().next().cloned();
        turns.push(Turn { para: p, quotes: start..q, speaker: first.speaker.clone(), anchored, calls });
    }
    let mut begin = 0;
    while begin < turns.len() {
        let mut end = begin + 1;
        while end < turns.len() {
            let (a, b) = (turns[end - 1].para, turns[end].para);
            let quiet = (a + 1..b).filter(|&i| paras[i].kind == ParaKind::Body).count();
            let left = departures.iter().any(|&d| (a..b).contains(&d));
            if quiet >= 2 || left || (a + 1..b).any(|i| paras[i].kind == ParaKind::Heading) {
                break;
            }
            end += 1;
        }
        let conversation = &turns[begin..end];
        let mut people: Vec<&str> = Vec::new();
        for t in conversation.iter().filter(|t| t.anchored) {
            if !people.contains(&t.speaker.as_str()) {
                people.push(&t.speaker);
            }
        }
        if people.len() == 2 {
            let other = |who: &str| if people[0] == who { people[1] } else { people[0] };
            // A weak turn that calls one of the two by name (`Upon my word, Basil, …`) is the
            // other's, and anchors the turns around it like a tag.
            let mut speaker: Vec<&str> = conversation.iter().map(|t| t.speaker.as_str()).collect();
            let mut anchored: Vec<bool> = conversation.iter().map(|t| t.anchored).collect();
            let mut fixes = Vec::new();
            for (i, t) in conversation.iter().enumerate() {
                if let Some(name) = t.calls.as_deref().filter(|n| !t.anchored && people.contains(n)) {
                    speaker[i] = other(name);
                    anchored[i] = true;
                    fixes.push((t.quotes.clone(), speaker[i].to_string(), CALLS_THE_OTHER, format!("addresses the other speaker: {name}")));
                }
            }
            let anchors: Vec<usize> = (0..conversation.len()).filter(|&i| anchored[i]).collect();
            for i in (0..conversation.len()).filter(|&i| !anchored[i]) {
                let nearest = *anchors.iter().min_by_key(|&&a| (a.abs_diff(i), a > i)).unwrap();
                let same = nearest.abs_diff(i) % 2 == 0;
                let who = if same { speaker[nearest] } else { other(speaker[nearest]) };
                // Both neighbouring anchors agreeing makes the guess firmer.
                let agree = anchors.iter().filter(|&&a| {
                    let expected = if a.abs_diff(i) % 2 == 0 { who } else { other(who) };
                    speaker[a] == expected
                }).count();
                let confidence = if agree >= 2 { 0.55 } else { 0.45 };
                fixes.push((conversation[i].quotes.clone(), who.to_string(), confidence, "turn-taking".into()));
            }
            for (range, who, confidence, evidence) in fixes {
                for s in result[range].iter_mut().flatten() {
                    *s = Speech { speaker: who.clone(), confidence, evidence: evidence.clone() };
                }
            }
        }
        begin = end;
    }
}

#[cfg(test)]
mod tests {
    use crate::script::{Kind, parse};

    #[test]
    fn a_later_tag_fixes_the_turns_before_it() {
        let text = "Tom and Anne sat by the fire.\n\n\"Cold tonight.\"\n\n\"Is it?\"\n\n\"I had not noticed,\" said Tom.\n\n\"You never do,\" said Anne.";
        let script = parse(text, "t");
        let speakers: Vec<(&str, &str)> = script
            .lines
            .iter()
            .filter_map(|l| match &l.kind {
                Kind::Dialogue(s) => Some((s.speaker.as_str(), s.evidence.as_str())),
                _ => None,
            })
            .collect();
        let names: Vec<&str> = speakers.iter().map(|s| s.0).collect();
        assert_eq!(names, ["Tom", "Anne", "Tom", "Anne"], "{speakers:?}");
        assert_eq!(speakers[0].1, "turn-taking");
    }
}
