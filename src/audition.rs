//! A casting reel: the whole cast of a chapter heard in about a minute. The narrator reads a
//! sentence of narration, then announces each speaker in order of appearance, and each speaker
//! says one or two of their own lines. The reel is itself a [`Script`] (over a text of its own,
//! so its spans are exact), which the render and mix stages take like any other.

use crate::script::{Kind, Line, Script, Span, Speech};

/// Lines this long or shorter are too slight to judge a voice by.
const MIN_WORDS: usize = 4;
/// Longer lines are cut at a sentence end, so no speaker takes over the reel.
const MAX_WORDS: usize = 30;
/// A speaker stops after two lines or once this many words are heard.
const ENOUGH_WORDS: usize = 18;

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The start of `text` up to the last sentence end within `MAX_WORDS` words, or the first
/// `MAX_WORDS` words when no sentence ends that early.
fn excerpt(text: &str) -> &str {
    let mut words = 0;
    let mut cut = text.len();
    let mut last_sentence_end = None;
    for (index, char) in text.char_indices() {
        if char.is_whitespace() && index > 0 && !text[..index].ends_with(char::is_whitespace) {
            words += 1;
            if words == MAX_WORDS {
                cut = index;
                break;
            }
        }
        if matches!(char, '.' | '!' | '?') {
            last_sentence_end = Some(index + 1);
        }
    }
    if cut == text.len() {
        return text.trim_end();
    }
    match last_sentence_end {
        Some(end) => &text[..end],
        None => &text[..cut],
    }
}

/// The lines a speaker auditions with: their first lines long enough to judge a voice by.
fn samples<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut lines: Vec<&str> = lines.collect();
    let mut chosen: Vec<&str> = Vec::new();
    for line in lines.iter().copied().filter(|l| word_count(l) >= MIN_WORDS) {
        chosen.push(excerpt(line));
        if chosen.len() == 2 || chosen.iter().map(|l| word_count(l)).sum::<usize>() >= ENOUGH_WORDS {
            return chosen;
        }
    }
    if chosen.is_empty() {
        // Only short lines: the longest of them is still better than silence.
        lines.sort_by_key(|l| std::cmp::Reverse(word_count(l)));
        chosen.extend(lines.first());
    }
    chosen
}

/// Builds the reel text and its script line by line.
struct Reel {
    text: String,
    lines: Vec<Line>,
}

impl Reel {
    fn push(&mut self, kind: Kind, words: &str) {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(words);
        let span = Span { start, end: self.text.len() };
        self.lines.push(Line { kind, span, paragraph: self.lines.len(), text: words.to_string() });
    }
}

/// The casting reel of `script`, and the text its spans index.
pub fn reel(script: &Script) -> (Script, String) {
    let mut reel = Reel { text: String::new(), lines: Vec::new() };
    let narration = script.lines.iter().find(|l| l.kind == Kind::Narration && word_count(&l.text) >= MIN_WORDS);
    reel.push(Kind::Narration, "The narrator.");
    if let Some(line) = narration {
        reel.push(Kind::Narration, excerpt(&line.text));
    }
    for speaker in script.speakers() {
        let theirs = script.lines.iter().filter_map(|line| match &line.kind {
            Kind::Dialogue(speech) if speech.speaker == speaker => Some(line.text.as_str()),
            _ => None,
        });
        let lines = samples(theirs);
        reel.push(Kind::Narration, &format!("{}.", capitalized(speaker)));
        for line in lines {
            let speech = Speech { speaker: speaker.to_string(), confidence: 1.0, evidence: "audition".into() };
            reel.push(Kind::Dialogue(speech), line);
        }
    }
    let title = format!("{} (audition)", script.title);
    (Script { title, lines: reel.lines }, reel.text)
}

/// `the casting panel` → `The casting panel`, so the announcement reads as a sentence.
fn capitalized(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A script of one narration line, `text`, for `tableread say`.
pub fn single(text: &str) -> Script {
    let line = Line { kind: Kind::Narration, span: Span { start: 0, end: text.len() }, paragraph: 0, text: text.to_string() };
    Script { title: "say".into(), lines: vec![line] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::NARRATOR;

    fn line(kind: Kind, text: &str) -> Line {
        Line { kind, span: Span { start: 0, end: text.len() }, paragraph: 0, text: text.into() }
    }

    fn said(speaker: &str, text: &str) -> Line {
        line(Kind::Dialogue(Speech { speaker: speaker.into(), confidence: 0.9, evidence: "test".into() }), text)
    }

    #[test]
    fn the_reel_announces_every_speaker_in_order_with_their_own_lines() {
        let script = Script {
            title: "t".into(),
            lines: vec![
                line(Kind::Heading, "Chapter 1"),
                line(Kind::Narration, "The kettle had boiled twice before anyone spoke."),
                said("Wren", "Is it always this cold in here?"),
                said("the twins", "No."),
                said("Wren", "Then somebody left the door open again, and I know who."),
                said("Wren", "A third line nobody needs to hear."),
            ],
        };
        let (reel, text) = reel(&script);
        for line in &reel.lines {
            assert_eq!(&text[line.span.start..line.span.end], line.text);
        }
        let spoken: Vec<(Option<&str>, &str)> = reel.lines.iter().map(|l| (l.voice_of(), l.text.as_str())).collect();
        assert_eq!(
            spoken,
            [
                (Some(NARRATOR), "The narrator."),
                (Some(NARRATOR), "The kettle had boiled twice before anyone spoke."),
                (Some(NARRATOR), "Wren."),
                (Some("Wren"), "Is it always this cold in here?"),
                (Some("Wren"), "Then somebody left the door open again, and I know who."),
                (Some(NARRATOR), "The twins."),
                (Some("the twins"), "No."),
            ]
        );
    }

    #[test]
    fn long_lines_are_cut_at_a_sentence_end() {
        let long = "One two three. Four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
                    sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four \
                    twenty-five twenty-six twenty-seven twenty-eight twenty-nine thirty thirty-one.";
        assert_eq!(excerpt(long), "One two three.");
        assert_eq!(excerpt("Short and done.  "), "Short and done.");
    }
}
