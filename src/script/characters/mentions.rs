//! What the narration around each name mention tells: whether the name is a person or a place
//! (`said Anne` against `the Lusitania`), whether the mention is the subject of its sentence, the
//! gender of the pronouns that follow it, and an epithet the text always writes before it.

use super::candidates::Candidate;
use super::{Characters, Mention};
use crate::script::english::{self, ACTING, PERSON_PREPOSITIONS, PLACE_BEFORE};
use crate::script::words::{Word, only_space, sentence_initial, words};

impl Characters {
    /// Records the mention of each clustered candidate (`assigned[i]` is the character of
    /// `found[i]`) in reading order, and scores its character as a person or a place by the words
    /// around it.
    pub(super) fn place_mentions(&mut self, source: &str, found: &[(usize, Candidate)], assigned: &[Option<usize>]) {
        for (i, (para_start, c)) in found.iter().enumerate() {
            let Some(id) = assigned[i] else { continue };
            let last = c.words[c.words.len() - 1];
            let first = c.words[0];
            let after = words(source, last.end, (last.end + 40).min(source.len()).max(last.end));
            let after = after.first().filter(|w| only_space(source, last.end, w.start) || source[last.end..w.start].trim() == "," );
            let before = words(source, first.start.saturating_sub(20), first.start);
            if let Some(w) = after
                && (english::is(ACTING, &w.lower(source)) || english::is(english::SPEECH_VERBS, &w.lower(source)))
            {
                self.list[id].person += 1;
            }
            // `"…!" Weary paid generous tribute.`: right after a quotation closes, in the place of a
            // tag's subject, and before a lower-case word, a name is the speaker's.
            let closed = source[..first.start].trim_end().strip_suffix(['”', '"']).is_some_and(|b| b.ends_with(['!', '?', ',', '.', '-', '—']));
            if closed && after.is_some_and(|w| only_space(source, last.end, w.start) && w.text(source).starts_with(char::is_lowercase)) {
                self.list[id].person += 1;
            }
            if let Some(w) = before.last() {
                let word = w.lower(source);
                if word == "the" {
                    // `the Lusitania`, `the Red Indians`: a ship, a people, a place; `the Admiral
                    // Benbow` too, an inn named after a person, outweighing its title.
                    self.list[id].person -= if c.title.is_some() { 6 } else { 3 };
                } else if english::is(PLACE_BEFORE, &word) && !(english::is(PERSON_PREPOSITIONS, &word) && english::first_name_gender(first.text(source)).is_some()) {
                    // `to John`, `a letter from John`: these also stand before people, so they
                    // count against a name only when it is no known first name.
                    self.list[id].person -= 1;
                } else if english::is(english::SPEECH_VERBS, &word) {
                    self.list[id].person += 2;
                }
            }
            // `Buck Mulligan peeped`, `Old Cotter looked`: a name behind one capitalised word
            // opening the sentence (a common word the text also writes in lower case) is its subject.
            let behind_opener = before.last().is_some_and(|w| {
                w.start >= *para_start && w.capitalised(source) && sentence_initial(source, *para_start, w.start) && only_space(source, w.end, first.start)
            });
            // `Mr. Tobias's little son was asleep`: a possessive name owning a person is not the
            // sentence's subject, that person is (`Nell's lips twitched` still counts as Nell).
            let suffix = ["'s", "’s", "'", "’"].iter().find(|p| source[last.end..].starts_with(**p)).map(|p| p.len());
            let possessive = suffix.is_some() || ["'s", "’s"].iter().any(|p| source[..last.end].ends_with(p));
            let owner_end = last.end + suffix.unwrap_or(0);
            let owned = words(source, owner_end, (owner_end + 40).min(source.len()).max(owner_end));
            let owns_person = possessive && owned.iter().take(3).any(|w| english::is_person_noun(&w.lower(source)));
            // `After a long while Ezra stood up`: a name right before its verb is a subject too.
            let before_verb = after.is_some_and(|w| only_space(source, last.end, w.start) && english::is(ACTING, &w.lower(source)));
            // `In fact, Mr. Quist, the old poet, stood up`: a name behind a short opening
            // phrase set off by a comma is the subject too.
            let phrase: Vec<&Word> = before.iter().rev().take_while(|w| w.start >= *para_start).take(3).collect();
            let after_phrase = source[..first.start].trim_end().ends_with(',')
                && phrase.iter().position(|w| sentence_initial(source, *para_start, w.start)).is_some_and(|k| phrase[..k].iter().all(|w| !w.capitalised(source)));
            // `that my good friend, Master John Rolfe, was without`: a name set off by commas
            // before its verb names the subject it follows.
            let apposed = source[..first.start].trim_end().ends_with(',') && after.is_some_and(|w| !only_space(source, last.end, w.start) && english::is(ACTING, &w.lower(source)));
            let subject = !owns_person && (c.sentence_initial || behind_opener || before_verb || after_phrase || apposed || before.last().is_some_and(|w| w.lower(source) == "and"));
            self.mentions.push(Mention { start: first.start, end: last.end, character: id, subject });
        }
        self.mentions.sort_by_key(|m| m.start);
    }

    /// Each mention votes for the gender of the next pronoun in its sentence or the next one,
    /// when no other name comes between.
    pub(super) fn vote_pronouns(&mut self, source: &str, runs: &[(usize, usize, usize)]) {
        for &(_, from, to) in runs {
            let ws = words(source, from, to);
            // mentions are sorted by start
            let first = self.mentions.partition_point(|m| m.start < from);
            let end = self.mentions.partition_point(|m| m.start < to);
            for k in first..end {
                let m = self.mentions[k];
                let limit = self.mentions.get(k + 1).map_or(to, |n| n.start.min(to));
                let mut sentences = 0;
                let mut prev_end = m.end;
                for w in ws.iter().filter(|w| w.start >= m.end && w.start < limit) {
                    if source[prev_end..w.start].contains(['.', '!', '?']) {
                        sentences += 1;
                        if sentences > 1 {
                            break;
                        }
                    }
                    prev_end = w.end;
                    match w.lower(source).as_str() {
                        // `her` and `him` are often someone else (`caught her sleeve`).
                        "she" | "herself" => {
                            self.list[m.character].votes.0 += 1;
                            break;
                        }
                        "he" | "his" | "himself" => {
                            self.list[m.character].votes.1 += 1;
                            break;
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    /// A one-word name that the narration never writes without the same epithet before it (`old
    /// Cotter`, `Old Cotter`) is known by both: the epithet is part of how the text names him.
    pub(super) fn name_epithets(&mut self, source: &str) {
        let mut epithet: Vec<Option<Option<String>>> = vec![None; self.list.len()];
        let mut count = vec![0usize; self.list.len()];
        for m in &self.mentions {
            count[m.character] += 1;
            let before = words(source, m.start.saturating_sub(12), m.start);
            let word = before.last().filter(|w| only_space(source, w.end, m.start)).map(|w| w.lower(source)).filter(|w| english::is(english::EPITHETS, w));
            epithet[m.character] = match &epithet[m.character] {
                None => Some(word),
                Some(seen) if *seen == word => Some(word),
                Some(_) => Some(None),
            };
        }
        for (id, e) in epithet.into_iter().enumerate() {
            if let Some(Some(word)) = e
                && count[id] >= 2
                && !self.list[id].name.contains(' ')
            {
                let name = format!("{}{} {}", word[..1].to_uppercase(), &word[1..], self.list[id].name);
                self.index.insert(name.to_lowercase(), id);
                self.list[id].name = name;
            }
        }
    }
}
