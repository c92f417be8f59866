//! The characters of a chapter, found in its text alone: proper-name mentions clustered into
//! characters with aliases (`Elizabeth`, `Miss Bennet`, `Elizabeth Bennet`), each with a gender
//! told by titles and the pronouns that follow its mentions; plus whether a first-person narrator
//! tells the story. Unnamed speakers (`the driver`) are added later by attribution.

use std::collections::{HashMap, HashSet};

use super::english;
use super::words::{Word, sentence_initial, words};

mod aliases;
mod candidates;

use candidates::{Candidate, candidates, unmarried};

/// One character.
#[derive(Debug, Clone, PartialEq)]
pub struct Character {
    /// The name used as speaker id: the most frequent full form of its mentions.
    pub name: String,
    /// `Some(true)` female, `Some(false)` male.
    pub female: Option<bool>,
    /// Every form seen, with its count.
    pub forms: Vec<(String, usize)>,
    /// Votes: female, male.
    votes: (u32, u32),
    /// How much the text treats it as a person (titles, verbs after it) rather than a place.
    pub person: i32,
}

impl Character {
    /// Told female so far by its titles and first names (while clustering, before pronouns).
    fn leans_female(&self) -> bool {
        self.lean() == Some(true)
    }

    /// The gender its votes tell so far.
    fn lean(&self) -> Option<bool> {
        let (f, m) = self.votes;
        if f > m * 2 { Some(true) } else if m > f * 2 { Some(false) } else { None }
    }
}

/// A mention of a character at a byte offset, outside quotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub character: usize,
    /// Opens a sentence or follows a conjunction: likely the one acting.
    pub subject: bool,
}

/// The chapter's cast as the text tells it.
#[derive(Debug, Default)]
pub struct Characters {
    pub list: Vec<Character>,
    /// Name mentions outside quotations, in reading order.
    pub mentions: Vec<Mention>,
    /// The story is told in the first person.
    pub first_person: bool,
    /// Role nouns the narration ties to one character by apposition (`Basil Hallward, the
    /// painter,` → `painter`), found by [`super::coreference::appositions`].
    pub roles: Vec<(String, usize)>,
    /// Lower-case form (`mr. bennet`, `elizabeth`) → character.
    index: HashMap<String, usize>,
    /// Pet names no form spells that one character answers to (`lizzy` → `Elizabeth`).
    pet_names: HashMap<String, usize>,
    /// Every word the text writes in lower case somewhere: a capitalised one of these may be a
    /// common word opening a sentence (`Boy, bring me that`).
    pub vocab: HashSet<String>,
}

/// Verbs (and auxiliaries) that show the word before them is someone acting.
const ACTING: &[&str] = &[
    "was", "had", "is", "has", "did", "could", "would", "will", "should", "might", "must", "can", "went",
    "came", "saw", "took", "made", "felt", "knew", "looked", "stood", "sat", "turned", "gave", "got", "ran",
    "shook", "put", "smiled", "laughed", "nodded", "thought", "began", "seemed", "kept", "let", "told",
    "asked", "said", "says", "cried", "answered", "replied", "spoke", "heard", "held", "left", "found",
    "wanted", "loved", "liked", "hated", "walked", "sighed", "shrugged", "grinned", "frowned", "stared",
    "glanced", "whispered", "shouted", "called", "muttered", "added", "continued", "paused", "waited",
    "wore", "rose", "fell", "leaned", "reached", "opened", "closed", "pulled", "pushed", "picked", "set",
    "stepped", "moved", "followed", "watched", "noticed", "realized", "realised", "remembered", "wondered",
    "hesitated", "returned", "entered", "herself", "himself", "isn't", "wasn't", "didn't",
    "couldn't", "wouldn't", "hadn't", "ain't",
];

/// Prepositions that show the next word is a place.
const PLACE_BEFORE: &[&str] = &["in", "at", "to", "from", "into", "near", "of", "towards", "toward", "through", "across", "via", "on"];

/// The words of [`PLACE_BEFORE`] that as often stand before a person (`gave it to John`).
const PERSON_PREPOSITIONS: &[&str] = &["to", "from", "of", "towards", "toward"];

/// The title a form opens with (`Mrs. Bennet` → `Some(Some(true))`), if any.
fn form_title(form: &str) -> Option<Option<bool>> {
    english::title(&form.split([' ', '.']).next().unwrap_or("").to_lowercase())
}

/// The words of a form, without periods (`Mr. Bennet` → `Mr`, `Bennet`).
fn name_parts(form: &str) -> Vec<&str> {
    form.split([' ', '.']).filter(|p| !p.is_empty()).collect()
}

fn form(source: &str, words: &[Word]) -> String {
    source[words[0].start..words[words.len() - 1].end].split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Characters {
    /// Finds the characters named in `runs`: `(paragraph start, from, to)` ranges of narration.
    pub fn find(source: &str, runs: &[(usize, usize, usize)]) -> Characters {
        let mut found = Vec::new();
        let mut non_initial: HashMap<String, usize> = HashMap::new();
        let mut initial_count: HashMap<String, usize> = HashMap::new();
        let vocab: HashSet<String> = words(source, 0, source.len())
            .iter()
            .filter(|w| w.text(source).chars().next().is_some_and(char::is_lowercase))
            .map(|w| w.lower(source))
            .collect();
        let mut first_person = 0usize;
        for &(para_start, from, to) in runs {
            for c in candidates(source, para_start, from, to, &vocab) {
                if !c.sentence_initial || c.title.is_some() || c.words.len() > 1 {
                    for w in &c.words {
                        *non_initial.entry(w.text(source).to_string()).or_default() += 1;
                    }
                }
                if c.words.len() == 1 {
                    *initial_count.entry(c.words[0].text(source).to_string()).or_default() += 1;
                }
                found.push((para_start, c));
            }
            first_person += words(source, from, to).iter().filter(|w| matches!(w.text(source), "I" | "me" | "my" | "I'm" | "I’m")).count();
        }
        let mut chars = Characters { first_person: first_person >= 3, ..Characters::default() };
        // The names that follow `Miss` alone (`Miss Jemima`, `Miss Pinkerton`), for telling sisters apart.
        let misses: HashSet<String> = found.iter().filter(|(_, c)| c.words.len() == 2 && unmarried(source, c)).map(|(_, c)| c.words[1].text(source).to_string()).collect();
        // Longest forms first, so `Elizabeth` joins `Elizabeth Bennet`.
        let mut order: Vec<usize> = (0..found.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(found[i].1.words.len()));
        let mut assigned: Vec<Option<usize>> = vec![None; found.len()];
        for &i in &order {
            let c = &found[i].1;
            let name_words: Vec<Word> = if c.title.is_some() { c.words[1..].to_vec() } else { c.words.clone() };
            // A lone capitalised word opening a sentence counts only if seen elsewhere mid-sentence
            // or acting (`Pell did not look up`; a common word the text also writes in lower case
            // never got this far).
            if c.title.is_none()
                && name_words.len() == 1
                && c.sentence_initial
                && !c.acting
                && !non_initial.contains_key(name_words[0].text(source))
                && initial_count.get(name_words[0].text(source)).copied().unwrap_or(0) < 2
            {
                continue;
            }
            let full = form(source, &c.words);
            let key = full.to_lowercase();
            let id = match chars.index.get(&key) {
                Some(&id) => id,
                None => {
                    let id = chars.cluster_for(source, c, &name_words, &misses).unwrap_or_else(|| {
                        chars.list.push(Character { name: full.clone(), female: None, forms: Vec::new(), votes: (0, 0), person: 0 });
                        chars.list.len() - 1
                    });
                    chars.index.insert(key, id);
                    id
                }
            };
            assigned[i] = Some(id);
            let character = &mut chars.list[id];
            match character.forms.iter_mut().find(|(f, _)| *f == full) {
                Some((_, n)) => *n += 1,
                None => character.forms.push((full, 1)),
            }
            if let Some(Some(female)) = c.title {
                if female { character.votes.0 += 10 } else { character.votes.1 += 10 }
            }
            if c.title.is_some() {
                character.person += 3;
            } else if let Some(female) = english::first_name_gender(name_words[0].text(source)) {
                // A first name from the public-domain lists: as good as a few pronouns.
                if female { character.votes.0 += 3 } else { character.votes.1 += 3 }
            }
        }
        chars.merge_pet_names(&mut assigned, &vocab);
        for (i, (para_start, c)) in found.iter().enumerate() {
            let Some(id) = assigned[i] else { continue };
            let last = c.words[c.words.len() - 1];
            let first = c.words[0];
            let after = words(source, last.end, (last.end + 40).min(source.len()).max(last.end));
            let after = after.first().filter(|w| super::words::only_space(source, last.end, w.start) || source[last.end..w.start].trim() == "," );
            let before = words(source, first.start.saturating_sub(20), first.start);
            if let Some(w) = after
                && (english::is(ACTING, &w.lower(source)) || english::is(english::SPEECH_VERBS, &w.lower(source)))
            {
                chars.list[id].person += 1;
            }
            if let Some(w) = before.last() {
                let word = w.lower(source);
                if word == "the" {
                    // `the Lusitania`, `the Red Indians`: a ship, a people, a place; `the Admiral
                    // Benbow` too, an inn named after a person, outweighing its title.
                    chars.list[id].person -= if c.title.is_some() { 6 } else { 3 };
                } else if english::is(PLACE_BEFORE, &word) && !(english::is(PERSON_PREPOSITIONS, &word) && english::first_name_gender(first.text(source)).is_some()) {
                    // `to John`, `a letter from John`: these also stand before people, so they
                    // count against a name only when it is no known first name.
                    chars.list[id].person -= 1;
                } else if english::is(english::SPEECH_VERBS, &word) {
                    chars.list[id].person += 2;
                }
            }
            // `Buck Mulligan peeped`, `Old Cotter looked`: a name behind one capitalised word
            // opening the sentence (a common word the text also writes in lower case) is its subject.
            let behind_opener = before.last().is_some_and(|w| {
                w.start >= *para_start && w.capitalised(source) && sentence_initial(source, *para_start, w.start) && super::words::only_space(source, w.end, first.start)
            });
            // `Mr. Tobias's little son was asleep`: a possessive name owning a person is not the
            // sentence's subject, that person is (`Nell's lips twitched` still counts as Nell).
            let suffix = ["'s", "’s", "'", "’"].iter().find(|p| source[last.end..].starts_with(**p)).map(|p| p.len());
            let possessive = suffix.is_some() || ["'s", "’s"].iter().any(|p| source[..last.end].ends_with(p));
            let owner_end = last.end + suffix.unwrap_or(0);
            let owned = words(source, owner_end, (owner_end + 40).min(source.len()).max(owner_end));
            let owns_person = possessive && owned.iter().take(3).any(|w| english::is_person_noun(&w.lower(source)));
            // `After a long while Ezra stood up`: a name right before its verb is a subject too.
            let before_verb = after.is_some_and(|w| super::words::only_space(source, last.end, w.start) && english::is(ACTING, &w.lower(source)));
            // `In fact, Mr. Quist, the old poet, stood up`: a name behind a short opening
            // phrase set off by a comma is the subject too.
            let phrase: Vec<&Word> = before.iter().rev().take_while(|w| w.start >= *para_start).take(3).collect();
            let after_phrase = source[..first.start].trim_end().ends_with(',')
                && phrase.iter().position(|w| sentence_initial(source, *para_start, w.start)).is_some_and(|k| phrase[..k].iter().all(|w| !w.capitalised(source)));
            let subject = !owns_person && (c.sentence_initial || behind_opener || before_verb || after_phrase || before.last().is_some_and(|w| w.lower(source) == "and"));
            chars.mentions.push(Mention { start: first.start, end: last.end, character: id, subject });
        }
        chars.mentions.sort_by_key(|m| m.start);
        chars.vote_pronouns(source, runs);
        for character in &mut chars.list {
            character.forms.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.len().cmp(&a.0.len())).then(a.0.cmp(&b.0)));
            character.name = character.forms[0].0.clone();
            let (f, m) = character.votes;
            character.female = if f > m * 2 && f >= 1 { Some(true) } else if m > f * 2 && m >= 1 { Some(false) } else { None };
        }
        chars.name_epithets(source);
        chars.pet_names = chars.pet_name_index(&vocab);
        chars.roles = super::coreference::appositions(source, &chars);
        chars.vocab = vocab;
        chars
    }

    /// The cluster a new form joins: `Elizabeth` → `Elizabeth Bennet`, `Mr. Darcy` → `Darcy`,
    /// `Mr. Kronborg` ↔ `Peter Kronborg`, and a bare surname → its one male or unmarked bearer.
    fn cluster_for(&self, source: &str, c: &Candidate, name_words: &[Word], misses: &HashSet<String>) -> Option<usize> {
        let tokens: Vec<String> = name_words.iter().map(|w| w.text(source).to_string()).collect();
        let title_female = c.title.flatten();
        let mut hits: Vec<usize> = Vec::new();
        for (id, character) in self.list.iter().enumerate() {
            // A gendered title with a surname (`Mrs. Bennet`) joins only a character known by that
            // surname alone, by titles of the same gender, or (a man's title only) by a first
            // name with that surname that is no woman's, on no one leaning female (`Mr.
            // Kronborg` → `Peter Kronborg`, `Mr. Quist` → `Hilary Quist`, Hilary being in both
            // lists), never `Elizabeth Bennet`: `Miss Bennet` may be any of the sisters.
            let compatible = match title_female {
                Some(female) => character.forms.iter().all(|(f, _)| match form_title(f) {
                    Some(Some(g)) => g == female,
                    Some(None) => true,
                    None => !f.contains(' ') || !female && f.split(' ').next().and_then(english::first_name_gender) != Some(true) && !character.leans_female(),
                }),
                None => true,
            };
            let contains = character.forms.iter().any(|(f, _)| {
                let parts = name_parts(f);
                tokens.iter().all(|t| parts.contains(&t.as_str()))
            });
            // `Miss Jemima` and `Miss Pinkerton` are two sisters, the younger called by her
            // first name and the elder by the surname: `Miss Pinkerton` does not join `Miss
            // Jemima Pinkerton` when the text also says `Miss Jemima`.
            let sister = unmarried(source, c) && tokens.len() == 1 && character.forms.iter().any(|(f, _)| {
                let parts = name_parts(f);
                parts.len() == 3 && parts[2] == tokens[0] && misses.contains(parts[1]) && english::is(english::UNMARRIED_TITLES, &parts[0].to_lowercase())
            });
            if compatible && contains && !sister && !hits.contains(&id) {
                hits.push(id);
            }
        }
        if hits.is_empty() && c.title.is_none() && tokens.len() >= 2 {
            return self.titled_bearer(&tokens);
        }
        if hits.len() > 1 && c.title.is_none() && tokens.len() == 1 {
            // A bare surname shared by a family (`Kronborg` beside `Mrs. Kronborg`) is the man
            // or the unmarked bearer, when only one is not a woman.
            let not_female: Vec<usize> = hits.iter().copied().filter(|&id| !self.list[id].leans_female()).collect();
            if not_female.len() == 1 {
                return Some(not_female[0]);
            }
        }
        // A title with a surname shared by several characters (`Mr. Bennet` among the Bennet
        // sisters) is a character of its own; so is any ambiguous first name.
        if hits.len() == 1 { Some(hits[0]) } else { None }
    }

    /// The one character known so far only by a man's or an unmarked title with the surname of
    /// `tokens` (`Mr. Kronborg`, `Dr. Archie`), which a first name and surname (`Peter
    /// Kronborg`) joins unless the first name is a woman's.
    fn titled_bearer(&self, tokens: &[String]) -> Option<usize> {
        if english::first_name_gender(&tokens[0]) == Some(true) {
            return None;
        }
        let hits: Vec<usize> = (0..self.list.len())
            .filter(|&id| {
                let forms = &self.list[id].forms;
                forms.iter().any(|(f, _)| form_title(f).is_some())
                    && forms.iter().all(|(f, _)| {
                        let parts = name_parts(f);
                        let known = if form_title(f).is_some() { &parts[1..] } else { &parts[..] };
                        form_title(f) != Some(Some(true)) && !known.is_empty() && known.iter().all(|p| tokens[1..].iter().any(|t| t == p))
                    })
            })
            .collect();
        if hits.len() == 1 { Some(hits[0]) } else { None }
    }

    /// Each mention votes for the gender of the next pronoun in its sentence or the next one,
    /// when no other name comes between.
    fn vote_pronouns(&mut self, source: &str, runs: &[(usize, usize, usize)]) {
        let mut next_mention = 0;
        for &(_, from, to) in runs {
            let ws = words(source, from, to);
            for k in next_mention..self.mentions.len() {
                let m = self.mentions[k];
                if m.start >= to {
                    break;
                }
                next_mention = k + 1;
                if m.start < from {
                    continue;
                }
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
    fn name_epithets(&mut self, source: &str) {
        let mut epithet: Vec<Option<Option<String>>> = vec![None; self.list.len()];
        let mut count = vec![0usize; self.list.len()];
        for m in &self.mentions {
            count[m.character] += 1;
            let before = words(source, m.start.saturating_sub(12), m.start);
            let word = before.last().filter(|w| super::words::only_space(source, w.end, m.start)).map(|w| w.lower(source)).filter(|w| english::is(english::EPITHETS, w));
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

    /// The character a name in a tag refers to (`Anne`, `Mr. Bennet`), if it is one we know.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        // Most names come spaced once already; the stage asks for every event, so skip the join.
        let spaced = !name.starts_with(' ') && !name.ends_with(' ') && !name.contains("  ") && !name.contains(|c: char| c.is_whitespace() && c != ' ');
        let key = if spaced { name.to_lowercase() } else { name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase() };
        if let Some(&id) = self.index.get(&key) {
            return Some(id);
        }
        // `Mr Bennet` for `Mr. Bennet`, and a surname alone; a description (`the tall lady`) has
        // no title to dot.
        let alt = (key.contains(' ') && name.starts_with(char::is_uppercase)).then(|| key.replacen(' ', ". ", 1));
        alt.and_then(|alt| self.index.get(&alt)).or_else(|| self.pet_names.get(&key)).copied()
    }

    /// Adds a character named only in a tag (`said Anne`), or returns the one it is.
    pub fn add(&mut self, name: &str, female: Option<bool>) -> usize {
        if let Some(id) = self.lookup(name) {
            return id;
        }
        self.list.push(Character { name: name.to_string(), female, forms: vec![(name.to_string(), 1)], votes: (0, 0), person: 2 });
        self.index.insert(name.to_lowercase(), self.list.len() - 1);
        self.list.len() - 1
    }

    /// Mentions whose start lies in `from..to`.
    pub fn mentions_in(&self, from: usize, to: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.start < from);
        let b = self.mentions.partition_point(|m| m.start < to);
        &self.mentions[a..b]
    }

    /// A person rather than a place or a thing.
    pub fn is_person(&self, id: usize) -> bool {
        let c = &self.list[id];
        c.person > 0 || c.person == 0 && c.votes.0.max(c.votes.1) >= 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn find(text: &str) -> Characters {
        Characters::find(text, &[(0, 0, text.len())])
    }

    #[test]
    fn names_cluster_with_titles_and_aliases() {
        let text = "Elizabeth Bennet sat down. Then Elizabeth smiled at Mr. Darcy, and Darcy frowned. \
                    Mrs. Bennet laughed at her. Elizabeth went to London.";
        let c = find(text);
        let lizzy = c.lookup("Elizabeth").unwrap();
        assert_eq!(c.lookup("Elizabeth Bennet"), Some(lizzy));
        assert_eq!(c.lookup("Darcy"), c.lookup("Mr. Darcy"));
        assert_eq!(c.list[c.lookup("Mr. Darcy").unwrap()].female, Some(false));
        assert_ne!(c.lookup("Mrs. Bennet"), Some(lizzy));
        assert_eq!(c.list[c.lookup("Mrs. Bennet").unwrap()].female, Some(true));
        assert_eq!(c.lookup("London"), None, "a stop-listed place");
        assert!(!c.first_person);
    }

    #[test]
    fn miss_with_a_first_name_and_miss_with_the_surname_are_two_sisters() {
        let text = "Miss Tabitha Quell poured the tea. Miss Quell frowned at her. Miss Tabitha smiled. Then Miss Quell rang the bell.";
        let c = find(text);
        assert_ne!(c.lookup("Miss Tabitha"), c.lookup("Miss Quell"));
        assert_eq!(c.lookup("Miss Tabitha"), c.lookup("Miss Tabitha Quell"));
    }

    #[test]
    fn a_common_word_after_a_title_is_a_surname() {
        let text = "Mrs. Church swept the yard while Mr. Street watched from the road. Then Mr. And Mrs. Pell came by.";
        let c = find(text);
        assert_eq!(c.list[c.lookup("Mrs. Church").unwrap()].female, Some(true));
        assert_eq!(c.list[c.lookup("Mr. Street").unwrap()].female, Some(false));
        assert_eq!(c.lookup("Mr. And"), None);
    }

    #[test]
    fn a_surname_family_splits_by_gender_not_by_form() {
        // title first, then the full name: the man is one character, his wife another
        let text = "Mr. Halvorsen came in late. Ansgar Halvorsen sat down by the fire. \
                    Mrs. Halvorsen looked up at him. Then Halvorsen laughed.";
        let c = find(text);
        let man = c.lookup("Mr. Halvorsen").unwrap();
        assert_eq!(c.lookup("Ansgar Halvorsen"), Some(man));
        assert_eq!(c.lookup("Halvorsen"), Some(man), "the bare surname goes with the man");
        assert_ne!(c.lookup("Mrs. Halvorsen"), Some(man));
        // a neutral title joins the full name too, whichever comes first
        let c = find("Dr. Quillan knocked. Then Oswin Quillan sat down.");
        assert_eq!(c.lookup("Oswin Quillan"), c.lookup("Dr. Quillan"));
        // a man's title joins a full name whose first name is in both lists, unless its bearer leans female
        let c = find("Hilary Quist came in. Then Mr. Quist sat down, and Quist laughed.");
        assert_eq!(c.lookup("Mr. Quist"), c.lookup("Hilary Quist"));
        assert_eq!(c.lookup("Quist"), c.lookup("Hilary Quist"));
        // a woman's title never joins an untitled full name: `Miss Halvorsen` may be a sister
        let c = find("Ansgar Halvorsen sat down. Miss Halvorsen laughed.");
        assert_ne!(c.lookup("Miss Halvorsen"), c.lookup("Ansgar Halvorsen"));
    }

    #[test]
    fn a_name_seen_once_at_a_sentence_start_counts_when_it_acts() {
        let text = "The boat was late. Marrow stood by the rail. Silence was all around. \
                    Slowly it grew dark. Settling down, the crew slept. Quill and Marrow sat.";
        let c = find(text);
        assert!(c.lookup("Marrow").is_some());
        assert!(c.lookup("Quill").is_some());
        for word in ["Silence", "Slowly", "Settling"] {
            assert_eq!(c.lookup(word), None, "{word}");
        }
    }

    #[test]
    fn pronouns_tell_gender_and_first_person_is_seen() {
        let text = "Ivy stood up. She was tired. Ivy sat. Then Tom came in and he sat. I saw them. I left. I think my day was long.";
        let c = find(text);
        assert_eq!(c.list[c.lookup("Ivy").unwrap()].female, Some(true));
        assert_eq!(c.list[c.lookup("Tom").unwrap()].female, Some(false));
        assert!(c.first_person);
    }

    #[test]
    fn a_name_behind_a_short_opening_phrase_is_the_subject() {
        let text = "The lamps were lit. In fact, Mr. Quist, the old poet, stood up. At the door Nell waited.";
        let c = find(text);
        let quist = c.mentions.iter().find(|m| m.character == c.lookup("Mr. Quist").unwrap()).unwrap();
        assert!(quist.subject);
    }

    #[test]
    fn a_name_always_behind_one_epithet_keeps_it() {
        let text = "Old Pell was at the fire. The others listened to old Pell. Then young Dunn came in; Dunn sat down.";
        let c = find(text);
        assert_eq!(c.list[c.lookup("Pell").unwrap()].name, "Old Pell");
        assert_eq!(c.lookup("Old Pell"), c.lookup("Pell"));
        assert_eq!(c.list[c.lookup("Dunn").unwrap()].name, "Dunn");
    }

    #[test]
    fn a_titled_name_after_the_is_a_place() {
        let text = "My aunt kept the Colonel Fairweather, an inn by the quay. Sailors drank at the Colonel Fairweather. \
                    Then Captain Rusk came in, and Captain Rusk sat down.";
        let c = find(text);
        assert!(!c.is_person(c.lookup("Colonel Fairweather").unwrap()));
        assert!(c.is_person(c.lookup("Captain Rusk").unwrap()));
    }

    #[test]
    fn a_first_name_after_to_or_from_is_still_a_person() {
        if english::first_name_gender("Harold").is_none() {
            return; // built without the first-name lists (tools/fetch-names.sh)
        }
        let text = "Nobody was kind to Harold. The parcel came from Harold. Harold had a cold.                     The boys were cruel to Harold, and the maid wrote to Harold.";
        let c = find(text);
        assert!(c.is_person(c.lookup("Harold").unwrap()));
    }
}
