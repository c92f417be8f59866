//! One pass over a script for casting: its narration sentences as words, indexed by word, and
//! each speaker's tags and paragraphs. Each speaker's gender and accent are then read from the
//! few sentences that name them instead of from the whole script again, so casting a novel with
//! hundreds of speakers stays linear in its length.

use std::collections::{BTreeSet, HashMap};

use crate::script::{Kind, Script};

/// Lower-cased words, curly apostrophes made straight (`it’s` is `it's`).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('’', "'").to_lowercase())
}

/// A dialogue line's evidence, as written and as words.
pub struct Tag {
    pub evidence: String,
    pub words: Vec<String>,
}

pub struct Reading {
    /// The narration's sentences (ending at `.`, `!` or `?`), as words.
    sentences: Vec<Vec<String>>,
    /// Word → the sentences holding it, in order, each once.
    index: HashMap<String, Vec<usize>>,
    /// Paragraph → its sentences, as a range.
    by_paragraph: HashMap<usize, (usize, usize)>,
    tags: HashMap<String, Vec<Tag>>,
    /// Paragraph → who speaks in it.
    speakers_of: HashMap<usize, BTreeSet<String>>,
    /// Speaker → the paragraphs where they speak, in order.
    paragraphs_of: HashMap<String, BTreeSet<usize>>,
}

impl Reading {
    pub fn new(script: &Script) -> Reading {
        let mut reading = Reading {
            sentences: Vec::new(),
            index: HashMap::new(),
            by_paragraph: HashMap::new(),
            tags: HashMap::new(),
            speakers_of: HashMap::new(),
            paragraphs_of: HashMap::new(),
        };
        for line in &script.lines {
            match &line.kind {
                Kind::Dialogue(speech) => {
                    let tag = Tag { evidence: speech.evidence.clone(), words: words(&speech.evidence).collect() };
                    reading.tags.entry(speech.speaker.clone()).or_default().push(tag);
                    reading.speakers_of.entry(line.paragraph).or_default().insert(speech.speaker.clone());
                    reading.paragraphs_of.entry(speech.speaker.clone()).or_default().insert(line.paragraph);
                }
                Kind::Narration => {
                    for sentence in line.text.split_inclusive(['.', '!', '?']) {
                        let id = reading.sentences.len();
                        let words: Vec<String> = words(sentence).collect();
                        for word in &words {
                            let postings = reading.index.entry(word.clone()).or_default();
                            if postings.last() != Some(&id) {
                                postings.push(id);
                            }
                        }
                        let range = reading.by_paragraph.entry(line.paragraph).or_insert((id, id));
                        range.1 = id + 1;
                        reading.sentences.push(words);
                    }
                }
                _ => {}
            }
        }
        reading
    }

    /// The ids of the sentences holding `name` (lower-cased words) as a run, in order. Only the
    /// sentences holding its rarest word are looked at.
    pub fn naming(&self, name: &[String]) -> Vec<usize> {
        let postings = name.iter().map(|w| self.index.get(w).map_or(&[][..], Vec::as_slice)).min_by_key(|p| p.len());
        let Some(postings) = postings else { return Vec::new() };
        postings.iter().copied().filter(|&id| self.sentences[id].windows(name.len()).any(|w| w == name)).collect()
    }

    /// The words after `name`'s first run in sentence `id`, then those of the sentence after.
    pub fn after<'a>(&'a self, id: usize, name: &[String]) -> impl Iterator<Item = &'a String> {
        let words = &self.sentences[id];
        let at = words.windows(name.len().max(1)).position(|w| w == name).map_or(words.len(), |k| k + name.len());
        words[at..].iter().chain(self.sentences.get(id + 1).into_iter().flatten())
    }

    pub fn sentence(&self, id: usize) -> &[String] {
        &self.sentences[id]
    }

    /// The tags of every line `speaker` speaks, in order.
    pub fn tags(&self, speaker: &str) -> &[Tag] {
        self.tags.get(speaker).map_or(&[], Vec::as_slice)
    }

    /// The ids of the sentences of the paragraphs where `speaker` is the only one speaking.
    pub fn alone(&self, speaker: &str) -> Vec<usize> {
        let Some(paragraphs) = self.paragraphs_of.get(speaker) else { return Vec::new() };
        paragraphs
            .iter()
            .filter(|p| self.speakers_of.get(p).is_some_and(|s| s.len() == 1))
            .filter_map(|p| self.by_paragraph.get(p))
            .flat_map(|&(from, to)| from..to)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::{Line, Span, Speech};

    #[test]
    fn sentences_naming_a_speaker_and_paragraphs_they_speak_alone() {
        let line = |kind: Kind, paragraph: usize, text: &str| Line { kind, span: Span { start: 0, end: 1 }, paragraph, text: text.into() };
        let says = |speaker: &str| Kind::Dialogue(Speech { speaker: speaker.into(), confidence: 1.0, evidence: "tag: \"he said\"".into() });
        let script = Script {
            title: "t".into(),
            lines: vec![
                line(Kind::Narration, 0, "The old man sat. The man’s dog barked! An old dog slept."),
                line(says("the old man"), 1, "Hush."),
                line(Kind::Narration, 1, "He waved. The dog went quiet."),
                line(says("the old man"), 2, "Good."),
                line(says("Rhea"), 2, "Yes."),
                line(Kind::Narration, 2, "Rhea laughed."),
            ],
        };
        let reading = Reading::new(&script);
        let name: Vec<String> = words("the old man").collect();
        assert_eq!(reading.naming(&name), [0]);
        assert_eq!(reading.sentence(1), ["the", "man's", "dog", "barked"]);
        assert_eq!(reading.alone("the old man"), [3, 4], "paragraph 1 only: Rhea speaks in paragraph 2");
        assert_eq!(reading.tags("the old man").len(), 2);
        assert!(reading.naming(&[]).is_empty());
        let after: Vec<&String> = reading.after(0, &name).collect();
        assert_eq!(after, ["sat", "the", "man's", "dog", "barked"]);
    }
}
