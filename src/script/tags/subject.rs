//! The subject of a speech tag: a pronoun, a name, a description (`the old man`, `Strether's
//! new acquaintance`, `the man who had sent Moze out`), a voice from a place, or the one heard
//! speaking (`Mary heard her say`).

use super::{Subject, adverb, gap_ok, is_action_verb, is_speech_verb, opens_describing_phrase, phrase, verb_at};
use crate::script::english;
use crate::script::words::Word;

fn stops(word: &str) -> bool {
    english::is(english::DESCRIPTION_ENDS, word) || english::is(english::DESCRIBING_PREPOSITIONS, word)
}

/// A determiner and a noun of time at word `k` (`One day`, `That evening`): an adverbial
/// opening the clause, never its subject.
pub(super) fn time_adverbial(source: &str, ws: &[Word], k: usize) -> bool {
    english::is(english::DETERMINERS, &ws[k].lower(source)) && ws.get(k + 1).is_some_and(|n| english::is(english::TIME_NOUNS, &n.lower(source)))
}

/// Parses a subject starting at word `k`: a pronoun, a name, or a description. Returns it and the
/// index of the first word after it.
pub(super) fn subject_at(source: &str, ws: &[Word], k: usize) -> Option<(Subject, usize)> {
    let w = *ws.get(k)?;
    let lower = w.lower(source);
    if english::SUBJECT_PRONOUNS.iter().any(|(p, _)| *p == lower) && (lower != "i" || w.text(source) == "I") {
        return Some((Subject::Pronoun(lower), k + 1));
    }
    if w.capitalised(source) && !english::is(english::DETERMINERS, &lower) {
        let title = english::title(lower.trim_end_matches('.')).is_some();
        // A word that is rarely a name (`Irish`, `Captain`) is one right next to a speech verb
        // (`Irish remarked`, `said Pink`); function words never are.
        let next_to_verb = verb_at(source, ws, k + 1).is_some() || k > 0 && verb_at(source, ws, k - 1).is_some();
        let function_word = english::is(english::NOT_NAMES, &lower)
            && (lower.len() < 4 || english::is(english::NEVER_NAMES, &lower));
        if english::is(english::NOT_NAMES, &lower) && !title && (function_word || !next_to_verb) {
            return None;
        }
        let mut j = k + 1;
        while j < ws.len() && ws[j].capitalised(source) && j - k < 4 && gap_ok(source, ws[j - 1], ws[j]) {
            j += 1;
        }
        // `Strether's new acquaintance pursued`: the possessor is not the subject (but `Tom's
        // voice rose` is Tom).
        if ws[j - 1].lower(source).ends_with("'s")
            && let Some(noun) = (j..(j + 3).min(ws.len())).take_while(|&n| gap_ok(source, ws[n - 1], ws[n]) && !ws[n].capitalised(source)).find(|&n| english::is_person_noun(&ws[n].lower(source)))
        {
            return Some((Subject::Described(phrase(source, ws, k, noun + 1)), noun + 1));
        }
        if title && j == k + 1 {
            // `said the Captain` handled below; a bare title (`Doctor`) is a description.
            return Some((Subject::Described(w.text(source).to_string()), j));
        }
        let name = source[w.start..ws[j - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
        return Some((Subject::Name(name), j));
    }
    if english::is(english::DETERMINERS, &lower) {
        if time_adverbial(source, ws, k) {
            return None;
        }
        let mut j = k + 1;
        // `one of the men`, `another of them`
        if matches!(lower.as_str(), "one" | "another" | "some") && ws.get(j).is_some_and(|w| w.lower(source) == "of") {
            j += 1;
            while j < ws.len() && j - k < 5 && english::is(english::OF_GROUP_WORDS, &ws[j].lower(source)) {
                j += 1;
            }
            if ws.get(j - 1).is_some_and(|w| w.lower(source) == "them") {
                let text = source[w.start..ws[j - 1].end].to_lowercase();
                return Some((Subject::Described(text), j));
            }
        }
        while j < ws.len() && j - k <= 5 && (gap_ok(source, ws[j - 1], ws[j]) || adjective_comma(source, ws, j)) {
            let word = ws[j].lower(source);
            // `-ly` before a noun is an adjective (`an elderly gentleman`), else an adverb
            let adjective = ws.get(j + 1).is_some_and(|n| gap_ok(source, ws[j], *n) && english::is_person_noun(&n.lower(source)));
            // `the oldest of the colts`: an article after `of` goes on
            let article = english::is(english::ARTICLES, &word) && ws[j - 1].lower(source) != "of";
            if stops(&word) || is_speech_verb(&word) || adverb(&word) && j > k + 1 && !adjective || article {
                break;
            }
            j += 1;
            // An action verb after a noun ends the description: `the man turned`.
            if j < ws.len() && j > k + 1 && is_action_verb(&ws[j].lower(source)) && !ws[j].lower(source).ends_with("ing") {
                break;
            }
        }
        if j == k + 1 {
            // `said another`, `somebody exclaimed`: someone new, by that word.
            return english::is(english::SOMEONE_NEW, &lower).then_some((Subject::Described(lower), j));
        }
        let text = source[w.start..ws[j - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
        let mut chars = text.chars();
        let text = match chars.next() {
            Some(c) => c.to_lowercase().collect::<String>() + chars.as_str(),
            None => text,
        };
        return Some((Subject::Described(text), j));
    }
    None
}

/// `said the man who had sent the boy out.`: a relative clause right after a described
/// speaker's noun belongs to the description, up to the punctuation that closes it (a
/// restrictive clause, so no comma before it). Only after the verb, where the clause cannot
/// run into the tag's own verb.
pub(super) fn relative_clause(source: &str, ws: &[Word], subject: Subject, end: usize) -> (Subject, usize) {
    let Subject::Described(d) = &subject else { return (subject, end) };
    let opens = |words: &[&str]| end < ws.len() && gap_ok(source, ws[end - 1], ws[end]) && english::is(words, &ws[end].lower(source)) && english::is_person_noun(&ws[end - 1].lower(source));
    // `exclaimed a man in the crowd`, `asked the girl at the front desk`: after an article, a
    // phrase of place or company tells which one she is (`said the man at last` tells when he
    // said it, and `said his wife in a low voice` how).
    let article = d.split(' ').next().is_some_and(|w| english::is(english::ARTICLES, w));
    let phrase_opens = article && english::is_person_noun(&ws[end - 1].lower(source)) && opens_describing_phrase(source, ws, end);
    if !opens(english::RELATIVE_PRONOUNS) && !phrase_opens {
        return (subject, end);
    }
    let limit = if phrase_opens { 5 } else { 12 };
    let mut e = end + 1;
    while e < ws.len() && e - end < limit && gap_ok(source, ws[e - 1], ws[e]) && !is_speech_verb(&ws[e].lower(source)) {
        e += 1;
    }
    let closed = source[ws[e - 1].end..].starts_with(['.', ',', ';', '!', '?']);
    if e == end + 1 || !closed || e < ws.len() && gap_ok(source, ws[e - 1], ws[e]) {
        return (subject, end);
    }
    if phrase_opens && ws[end..e].iter().any(|w| english::is(english::MANNER_NOUNS, &w.lower(source))) {
        return (subject, end);
    }
    let clause = phrase(source, ws, end, e);
    (Subject::Described(format!("{d} {clause}")), e)
}

/// A comma between two adjectives of one description (`a thin, elderly gentleman`): the words
/// after it reach a person noun within three words.
fn adjective_comma(source: &str, ws: &[Word], j: usize) -> bool {
    let gap = &source[ws[j - 1].end..ws[j].start];
    if gap.trim() != "," || gap.len() > 3 || english::is_person_noun(&ws[j - 1].lower(source)) {
        return false;
    }
    let mut end = j;
    while end < ws.len() && end - j < 3 {
        let word = ws[end].lower(source);
        if english::is_person_noun(&word) && !english::is(english::SUBJECT_PRONOUNS_ALL, &word) {
            return true;
        }
        if stops(&word) || is_speech_verb(&word) || end + 1 < ws.len() && !gap_ok(source, ws[end], ws[end + 1]) {
            return false;
        }
        end += 1;
    }
    false
}

/// `came the answer from behind the casting table`: a voice and where it comes from.
pub(super) fn voice_at(source: &str, ws: &[Word], k: usize) -> Option<(Subject, usize)> {
    let det = ws.get(k)?.lower(source);
    if !english::is(english::TAG_DETERMINERS, &det) {
        return None;
    }
    let mut j = k + 1;
    while j < ws.len() && j - k <= 2 && gap_ok(source, ws[j - 1], ws[j]) && !english::is(english::SPEECH_NOUNS, &ws[j].lower(source)) {
        j += 1;
    }
    if !ws.get(j).is_some_and(|w| english::is(english::SPEECH_NOUNS, &w.lower(source))) || !gap_ok(source, ws[j - 1], ws[j]) {
        return None;
    }
    // `a rough voice`: the noun with its adjectives
    let noun = source[ws[k + 1].start..ws[j].end].split_whitespace().collect::<Vec<_>>().join(" ");
    let mut place = Vec::new();
    let mut end = j + 1;
    if ws.get(j + 1).is_some_and(|w| matches!(w.lower(source).as_str(), "from" | "of")) {
        let mut m = j + 2;
        while m < ws.len() && m - j <= 7 && gap_ok(source, ws[m - 1], ws[m]) {
            place.push(ws[m].lower(source));
            m += 1;
            if english::is(english::PLACE_NOUNS, &ws[m - 1].lower(source)) || english::is(english::GROUP_NOUNS, &ws[m - 1].lower(source)) {
                break;
            }
        }
        end = m;
    }
    Some((Subject::Voice { noun, place }, end))
}

/// `Mary heard her say`, `he heard the driver calling`: the one heard is the speaker. `k` is the
/// word after the hearer; returns the speaker and the index after the verb of saying.
pub(super) fn heard_saying(source: &str, ws: &[Word], k: usize) -> Option<(Subject, usize)> {
    if !english::is(english::HEARING_VERBS, &ws.get(k)?.lower(source)) {
        return None;
    }
    let saying = |w: &Word| {
        let verb = w.lower(source);
        let base = verb.strip_suffix("ing").unwrap_or(&verb).trim_end_matches('e').to_string();
        base == "say" || base == "sa" || english::SPEECH_VERBS.iter().any(|v| v.trim_end_matches("ed").trim_end_matches('d').trim_end_matches('e') == base)
    };
    let verb = (k + 2..(k + 6).min(ws.len())).find(|&m| saying(&ws[m]) && gap_ok(source, ws[m - 1], ws[m]))?;
    let heard = match ws[k + 1].lower(source).as_str() {
        "him" if verb == k + 2 => Subject::Pronoun("he".into()),
        "her" if verb == k + 2 => Subject::Pronoun("she".into()),
        "them" if verb == k + 2 => Subject::Pronoun("they".into()),
        _ if ws[k + 1].capitalised(source) => Subject::Name(phrase(source, ws, k + 1, verb)),
        det if english::is(english::DETERMINERS, det) => Subject::Described(phrase(source, ws, k + 1, verb).to_lowercase()),
        _ => return None,
    };
    Some((heard, verb + 1))
}
