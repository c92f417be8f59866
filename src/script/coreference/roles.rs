//! Roles: a role noun the narration ties to one character by apposition (`Basil Hallward, the
//! painter,`), so that `said the painter` is Basil Hallward.

use crate::script::characters::Characters;
use crate::script::english;
use crate::script::words::{Word, only_space, words};

/// Roles the narration gives a named person by apposition: `Basil Hallward, the painter,`,
/// `the painter, Basil Hallward,`, `the artist himself, Basil Hallward`, `his friend, Lord
/// Henry,`. Returns each role noun (lower case) tied to exactly one character; a noun tied to two
/// (`the doctor` beside two doctors) ties nobody.
pub fn appositions(source: &str, chars: &Characters) -> Vec<(String, usize)> {
    let mut seen: Vec<(String, Option<usize>)> = Vec::new();
    for m in &chars.mentions {
        if !chars.is_person(m.character) {
            continue;
        }
        let after = role_after(source, m.end);
        let before = role_before(source, m.start).filter(|_| ends_phrase(source, m.end));
        let roles = after.into_iter().chain(before).filter(|r| english::is_role_noun(r));
        for role in roles.chain(first_person_kin(source, m.start)) {
            match seen.iter_mut().find(|(r, _)| *r == role) {
                Some((_, id)) if *id != Some(m.character) => *id = None,
                Some(_) => {}
                None => seen.push((role, Some(m.character))),
            }
        }
    }
    seen.into_iter().filter_map(|(role, id)| Some((role, id?))).collect()
}

/// The noun of `, the painter,` right after a name ending at `end`: a determiner, at most three
/// lower-case modifiers and the noun, closed by punctuation but not opening a list (`, and`).
fn role_after(source: &str, end: usize) -> Option<String> {
    let rest = &source[end..];
    if !rest.starts_with(',') {
        return None;
    }
    let ws = words(source, end, (end + 80).min(source.len()));
    let det = ws.first()?;
    if !only_space(source, end + 1, det.start) || !english::is(english::DESCRIPTION_DETERMINERS, &det.lower(source)) {
        return None;
    }
    let head = (1..ws.len().min(5)).find(|&h| ends_phrase(source, ws[h].end))?;
    if !ws[1..=head].iter().all(|w| role_word(source, *w)) || !only_gaps(source, &ws[..=head]) {
        return None;
    }
    let next = ws.get(head + 1).map(|w| w.lower(source));
    if matches!(next.as_deref(), Some("and" | "or" | "nor")) {
        return None;
    }
    Some(ws[head].lower(source))
}

/// The noun of `the painter, ` or `the artist himself, ` right before a name starting at
/// `start`.
fn role_before(source: &str, start: usize) -> Option<String> {
    let before = source[..start].trim_end();
    if !before.ends_with(',') {
        return None;
    }
    let comma = before.len() - 1;
    let ws = words(source, comma.saturating_sub(80), comma);
    let mut k = ws.len().checked_sub(1)?;
    if !only_space(source, ws[k].end, comma) {
        return None;
    }
    if matches!(ws[k].lower(source).as_str(), "himself" | "herself") {
        k = k.checked_sub(1)?;
    }
    let head = k;
    let det = (head.saturating_sub(4)..head).rev().find(|&d| english::is(english::DESCRIPTION_DETERMINERS, &ws[d].lower(source)))?;
    if !ws[det + 1..=head].iter().all(|w| role_word(source, *w)) || !only_gaps(source, &ws[det..=head]) {
        return None;
    }
    Some(ws[head].lower(source))
}

/// `my brother` in `my brother Robert was wise`: a first-person possessive and a relation noun
/// right before a name starting at `start`. The narrator stays one person through the chapter,
/// so `said my brother` is Robert wherever it stands; `his brother` may be anyone's.
fn first_person_kin(source: &str, start: usize) -> Option<String> {
    let ws = words(source, start.saturating_sub(40), start);
    let [.., det, noun] = ws[..] else { return None };
    let (det, noun) = (det.lower(source), noun.lower(source));
    let kin = english::is(english::GENERIC_PERSON_NOUNS, &noun) || english::is(english::RELATION_NOUNS, &noun);
    let linked = only_gaps(source, &ws[ws.len() - 2..]) && only_space(source, ws[ws.len() - 1].end, start);
    (matches!(det.as_str(), "my" | "our") && kin && english::gender_of_word(&noun).is_some() && linked).then(|| format!("{det} {noun}"))
}

/// A lower-case word that may stand in a role description (`elderly`, `painter`).
fn role_word(source: &str, w: Word) -> bool {
    let lower = w.lower(source);
    !w.capitalised(source)
        && lower.chars().all(|c| c.is_alphabetic() || c == '-')
        && !english::is(english::DESCRIPTION_BREAKS, &lower)
        && !english::is(english::NOT_ROLE_WORDS, &lower)
        && !english::is(english::SUBJECT_PRONOUNS_ALL, &lower)
        && !english::is(english::DESCRIPTION_DETERMINERS, &lower)
}

/// Only spaces between consecutive words (no punctuation inside the phrase).
fn only_gaps(source: &str, ws: &[Word]) -> bool {
    ws.windows(2).all(|p| only_space(source, p[0].end, p[1].start))
}

/// A phrase ends at `end`: a comma, a full stop or another closing mark follows.
fn ends_phrase(source: &str, end: usize) -> bool {
    source[end..].trim_start_matches([' ', '\t']).starts_with([',', '.', ';', ':', '!', '?', ')'])
}

/// The character a definite description names by a role the narration gave it by apposition
/// (`said the painter` after `Basil Hallward, the painter,`).
pub fn role(chars: &Characters, description: &str) -> Option<usize> {
    let lower = description.to_lowercase();
    let ws: Vec<&str> = lower.split_whitespace().collect();
    let noun = match ws[..] {
        [det, .., noun] if det == "the" || english::is(english::POSSESSIVE_DETERMINERS, det) => {
            // `said my brother` after `my brother Robert`
            let kin = format!("{det} {noun}");
            if let Some(&(_, id)) = chars.roles.iter().find(|(r, _)| *r == kin) {
                return Some(id);
            }
            noun
        }
        _ => return None,
    };
    chars.roles.iter().find(|(r, _)| r == noun).map(|&(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_of;
    use crate::script::characters::Characters;
    use crate::script::parse;

    #[test]
    fn an_apposition_gives_a_name_its_role() {
        let text = "In the workshop sat Orrin Blake, the clockmaker, beside young Tess.\n\n\
                    \"Hand me the file,\" said the clockmaker.\n\n\
                    \"This one?\" said Tess.";
        assert_eq!(speaker_of(&parse(text, "t"), "Hand me"), "Orrin Blake");
        // the role before the name, with `himself` between
        let text = "By the fire stood the fiddler himself, Amos Pell, and Tess.\n\n\
                    \"Dance!\" cried the fiddler.";
        assert_eq!(speaker_of(&parse(text, "t"), "Dance"), "Amos Pell");
        // a list is no apposition: `Amos Pell, the fiddler, and Tess`
        let text = "Amos Pell, the fiddler, and Tess came in.\n\n\"Dance!\" cried the fiddler.";
        assert_eq!(speaker_of(&parse(text, "t"), "Dance"), "the fiddler");
        // a noun for anyone is no role: `said the boy` may be another boy
        assert_eq!(roles("Tess waved to her brother, Abe, across the yard."), Vec::<String>::new());
    }

    #[test]
    fn my_brother_before_a_name_is_that_name() {
        let text = "I had come home for the summer, and my brother Tobias met me at the gate. \
                    I told him the news and he laughed at me.\n\n\
                    \"You will never settle,\" said my brother.\n\n\
                    \"Never,\" I said.";
        assert_eq!(speaker_of(&parse(text, "t"), "You will never"), "Tobias");
        // `his brother` may be anyone's brother
        assert_eq!(roles("Then his brother Tobias came in."), Vec::<String>::new());
    }

    #[test]
    fn a_role_tied_to_two_names_ties_neither() {
        let text = "Orrin Blake, the clockmaker, met Silas Dunn, the clockmaker.";
        assert_eq!(roles(text), Vec::<String>::new());
        let text = "Orrin Blake, the clockmaker, met Silas Dunn, the old tinker.";
        assert_eq!(roles(text), ["clockmaker -> Orrin Blake", "tinker -> Silas Dunn"]);
    }


    fn roles(text: &str) -> Vec<String> {
        let chars = Characters::find(text, &[(0, 0, text.len())]);
        chars.roles.iter().map(|(r, id)| format!("{r} -> {}", chars.list[*id].name)).collect()
    }
}
