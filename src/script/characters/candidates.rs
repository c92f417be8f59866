//! Name candidates: runs of capitalised words in the narration, with a title when one opens
//! them (`Mrs. Bennet`), that clustering then joins into characters.

use std::collections::HashSet;

use crate::script::english;
use crate::script::words::{Word, sentence_initial, words};

fn clean_title(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

pub(super) struct Candidate {
    /// Words of the name, title first when there is one.
    pub(super) words: Vec<Word>,
    pub(super) title: Option<Option<bool>>,
    pub(super) sentence_initial: bool,
    /// An acting verb follows (`Pell did not look up`): someone, even at a sentence start.
    pub(super) acting: bool,
}

fn is_name_word(source: &str, w: Word) -> bool {
    let lower = w.lower(source);
    let contraction = ["'d", "'ll", "'ve", "'re", "'m", "n't"].iter().any(|s| lower.ends_with(s));
    !contraction && w.capitalised(source) && !english::is(english::NOT_NAMES, &w.lower(source)) && w.text(source).chars().any(char::is_lowercase)
}

/// Name candidates in `source[from..to]` (a run of narration or a tag).
pub(super) fn candidates(source: &str, para_start: usize, from: usize, to: usize, vocab: &HashSet<String>) -> Vec<Candidate> {
    let ws = words(source, from, to);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        let lower = w.lower(source);
        // A sentence-initial word the text also uses in lower case is a common word (`Later`).
        if vocab.contains(&lower) && sentence_initial(source, para_start, w.start) && english::title(&clean_title(&lower)).is_none() {
            i += 1;
            continue;
        }
        let title = english::title(&clean_title(&lower));
        let title_next = i + 1 < ws.len() && (is_name_word(source, ws[i + 1]) || surname_after_title(source, ws[i + 1])) && only_gap(source, w.end, ws[i + 1].start);
        let start = i;
        let (title, first_name) = if w.capitalised(source) && title.is_some() && title_next {
            (title, i + 1)
        } else if is_name_word(source, w) {
            (None, i)
        } else {
            i += 1;
            continue;
        };
        let mut j = first_name + 1;
        let mut place = false;
        while j < ws.len() && only_gap(source, ws[j - 1].end, ws[j].start) && !possessive(source, ws[j - 1]) {
            let next = ws[j];
            if next.capitalised(source) && english::is(english::PLACE_WORDS, &next.lower(source)) {
                place = true;
                j += 1;
                break;
            }
            if is_name_word(source, next) {
                j += 1;
            } else if english::is(english::NAME_PARTICLES, &next.lower(source))
                && j + 1 < ws.len()
                && is_name_word(source, ws[j + 1])
                && only_gap(source, next.end, ws[j + 1].start)
            {
                j += 2;
            } else {
                break;
            }
        }
        if place {
            i = j;
            continue;
        }
        let mut name_words = ws[start..j].to_vec();
        let last = name_words.len() - 1;
        if possessive(source, name_words[last]) {
            // `Strether's hat`: the name is `Strether`.
            name_words[last].end -= if source[..name_words[last].end].ends_with("’s") { "’s".len() } else { 2 };
        }
        // `Pell did not look up`: a verb of doing, not a copula (`Death is`, `Riding was`), after a
        // word that is no participle or adverb (`Seating himself`, `Scarcely had`).
        let acting = j == start + 1
            && !lower.ends_with("ing")
            && !lower.ends_with("ly")
            && {
                // `Nell and Oskar sat`: the verb may follow a second name.
                let paired = ws.get(j).is_some_and(|w| w.lower(source) == "and") && ws.get(j + 1).is_some_and(|w| w.capitalised(source));
                let v = if paired { j + 2 } else { j };
                ws.get(v).is_some_and(|next| {
                    let verb = next.lower(source);
                    // `Danny raised his hand`: a first name before any past tense
                    let past = english::is_first_name(w.text(source)) && verb.len() > 4 && verb.ends_with("ed") && !next.capitalised(source);
                    only_gap(source, ws[v - 1].end, next.start) && (english::is(english::ACTING, &verb) || past) && !english::is(english::NOT_ACTING_AFTER_NAME, &verb)
                })
            };
        out.push(Candidate {
            words: name_words,
            title,
            sentence_initial: sentence_initial(source, para_start, ws[start].start),
            acting,
        });
        i = j;
    }
    out
}

/// After a title, a capitalised common word is a surname (`Mrs. Hall`, `Mr. Good`), unless it is
/// a pronoun, a title or a short function word (`Mr. And Mrs. Pell`).
fn surname_after_title(source: &str, w: Word) -> bool {
    let lower = w.lower(source);
    w.capitalised(source)
        && lower.len() > 3
        && w.text(source).chars().any(char::is_lowercase)
        && english::title(&clean_title(&lower)).is_none()
        && !english::is(english::SUBJECT_PRONOUNS_ALL, &lower)
        && !english::is(english::DETERMINERS, &lower)
}

/// A name under a title of the unmarried (`Miss Pinkerton`).
pub(super) fn unmarried(source: &str, c: &Candidate) -> bool {
    c.title.is_some() && c.words.first().is_some_and(|w| english::is(english::UNMARRIED_TITLES, &clean_title(&w.lower(source))))
}

fn possessive(source: &str, w: Word) -> bool {
    let text = w.text(source);
    (text.ends_with("'s") || text.ends_with("’s")) && text.len() > 3
}

/// Two words of one name are separated by one space or a title's period and a space.
fn only_gap(source: &str, end: usize, start: usize) -> bool {
    let gap = &source[end..start];
    if gap == ". " || gap == ".\n" {
        // only after a title: `Mr. Bennet`, never `Holland. Beyond`
        let word = source[..end].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        return english::title(&word.to_lowercase()).is_some();
    }
    gap == " " || gap == "\n"
}
