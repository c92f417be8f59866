//! The characters of a chapter, found in its text alone: proper-name mentions clustered into
//! characters with aliases (`Elizabeth`, `Miss Bennet`, `Elizabeth Bennet`), each with a gender
//! told by titles and the pronouns that follow its mentions; plus whether a first-person narrator
//! tells the story. Unnamed speakers (`the driver`) are added later by attribution.

use std::collections::{HashMap, HashSet};

use super::english;
use super::words::{Word, sentence_initial, words};

mod aliases;
mod candidates;
mod clusters;
mod mentions;
#[cfg(test)]
mod tests;

use candidates::{candidates, unmarried};

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
        // A word written in lower case is common, unless the text capitalises it inside a
        // sentence more often (`an oak settle` once, `Oak saw` many times: a name).
        let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
        for w in words(source, 0, source.len()) {
            if w.text(source).starts_with(char::is_lowercase) {
                counts.entry(w.lower(source)).or_default().0 += 1;
            } else if w.capitalised(source) && !sentence_initial(source, 0, w.start) {
                counts.entry(w.lower(source)).or_default().1 += 1;
            }
        }
        let vocab: HashSet<String> = counts.into_iter().filter(|&(_, (lower, capital))| lower > 0 && capital <= lower).map(|(w, _)| w).collect();
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
        chars.place_mentions(source, &found, &assigned);
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
