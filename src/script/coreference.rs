//! Coreference from a description in a speech tag to a named character: a description that
//! holds a name (`the poet Syme`, `the voice of John Reed`), a title spelled out as a noun
//! (`the doctor` for Dr. Archie), and kinship through a possessive (`his wife` for Mr. Bennet's
//! wife, `her father` for Elizabeth Bennet's). Takes the cast ([`Characters`]) and, for a
//! possessive, who `his`/`her` may mean; returns a character index or nothing, so attribution
//! keeps its unnamed speaker (`the old man`) when the text does not tell.

use super::characters::Characters;
use super::english;
use super::segment::Quote;
use super::Speech;
use super::words::{Word, only_space, words};

/// The known character a description ends with (`the poet Syme` → Syme, `the burly Moze`):
/// the longest run of capitalised words closing `words` (as written) that is a character's name.
/// `the Boston lawyer` names nobody: its name is not its head.
pub fn name_in(chars: &Characters, words: &[&str]) -> Option<usize> {
    let words: Vec<&str> = words.iter().map(|w| w.trim_end_matches(['.', ',', ';', ':', '!', '?'])).filter(|w| !w.is_empty()).collect();
    let run = words.iter().rev().take_while(|w| w.starts_with(char::is_uppercase)).count();
    (words.len() - run..words.len())
        .filter(|&start| {
            let first = words[start].to_lowercase();
            !english::is(english::DETERMINERS, &first) && (!english::is(english::NOT_NAMES, &first) || english::title(&first).is_some())
        })
        .find_map(|start| chars.lookup(&words[start..].join(" ")))
}

/// The known character whose voice a tag names (`cried the voice of John Reed`): the name right
/// after `of` in the tag's words.
pub fn voice_of(chars: &Characters, words: &[&str]) -> Option<usize> {
    let of = words.iter().position(|w| *w == "of")?;
    let name: Vec<&str> = words[of + 1..].iter().copied().take_while(|w| w.starts_with(char::is_uppercase)).collect();
    name_in(chars, &name)
}

/// The one character who carries the title a description spells out (`the doctor`, `the old
/// captain`, a bare `Captain` → Dr. Archie, Captain Hook). Only a definite description counts:
/// `a doctor` is someone new.
pub fn titled(chars: &Characters, description: &str) -> Option<usize> {
    let lower = description.to_lowercase();
    let ws: Vec<&str> = lower.split_whitespace().collect();
    let noun = match ws[..] {
        [bare] => bare,
        ["the", .., noun] => noun,
        _ => return None,
    };
    let titles = english::title_forms(noun)?;
    let mut bearers = (0..chars.list.len()).filter(|&id| {
        chars.list[id].forms.iter().any(|(f, _)| {
            let first = f.split([' ', '.']).next().unwrap_or("").to_lowercase();
            f.contains(' ') && titles.contains(&first.as_str())
        })
    });
    let one = bearers.next()?;
    bearers.next().is_none().then_some(one)
}

/// The female `his`/`her` (`Some(true)` for `her`) of a kinship description such as `his
/// wife`, and the gender of the relative, when the description is one.
pub fn kinship(description: &str) -> Option<(bool, bool)> {
    let lower = description.to_lowercase();
    let mut ws = lower.split_whitespace();
    let possessor_female = match ws.next()? {
        "his" => false,
        "her" => true,
        _ => return None,
    };
    let noun = ws.next_back()?;
    let female = english::kin_noun(noun)?;
    Some((possessor_female, female))
}

/// The relative a kinship description means (`his wife`, `her mother`): for the first of
/// `possessors` (most likely first) who has a surname, the one other character of the
/// relative's gender known by a married title with that surname (`Mrs. Bennet`). `female` is the
/// relative's gender.
pub fn relative(chars: &Characters, female: bool, possessors: &[usize]) -> Option<usize> {
    for &p in possessors {
        let Some(surname) = surname(chars, p) else { continue };
        let mut kin = (0..chars.list.len()).filter(|&id| {
            id != p
                && chars.list[id].female != Some(!female)
                && chars.list[id].forms.iter().any(|(f, _)| {
                    let mut parts = f.split([' ', '.']).filter(|w| !w.is_empty());
                    let title = parts.next().unwrap_or("").to_lowercase();
                    english::title(&title) == Some(Some(female))
                        && !english::is(english::UNMARRIED_TITLES, &title)
                        && parts.next_back().is_some_and(|last| last == surname)
                })
        });
        if let Some(one) = kin.next() {
            return kin.next().is_none().then_some(one);
        }
    }
    None
}

/// The relative when no possessor's surname tells: the one character on stage (`on_stage`)
/// known by a married title of the relative's gender (`her mother` → the one `Mrs.` present).
pub fn married_on_stage(chars: &Characters, female: bool, on_stage: &[usize]) -> Option<usize> {
    let mut married = on_stage.iter().copied().filter(|&id| {
        chars.list[id].forms.iter().any(|(f, _)| {
            let title = f.split([' ', '.']).next().unwrap_or("").to_lowercase();
            f.contains(' ') && english::title(&title) == Some(Some(female)) && !english::is(english::UNMARRIED_TITLES, &title)
        })
    });
    let one = married.next()?;
    married.next().is_none().then_some(one)
}

/// Determiners that open an appositive description (`the painter`, `his friend`, `a clergyman`).
const APPOSITION_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "our", "my"];

/// Words that end a description before its noun, or show it is no description of a person.
const NOT_ROLE_WORDS: &[&str] = &[
    "of", "and", "or", "to", "in", "with", "was", "is", "had", "who", "that", "which", "as", "for", "at", "by", "on",
    "from", "but", "not", "same", "other", "one", "first", "last", "next", "way", "time", "day", "end",
];

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
        for role in after.into_iter().chain(before).filter(|r| english::is_role_noun(r)) {
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
    if !only_space(source, end + 1, det.start) || !english::is(APPOSITION_DETERMINERS, &det.lower(source)) {
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
    let det = (head.saturating_sub(4)..head).rev().find(|&d| english::is(APPOSITION_DETERMINERS, &ws[d].lower(source)))?;
    if !ws[det + 1..=head].iter().all(|w| role_word(source, *w)) || !only_gaps(source, &ws[det..=head]) {
        return None;
    }
    Some(ws[head].lower(source))
}

/// A lower-case word that may stand in a role description (`elderly`, `painter`).
fn role_word(source: &str, w: Word) -> bool {
    let lower = w.lower(source);
    !w.capitalised(source)
        && lower.chars().all(|c| c.is_alphabetic() || c == '-')
        && !english::is(NOT_ROLE_WORDS, &lower)
        && !english::is(english::SUBJECT_PRONOUNS_ALL, &lower)
        && !english::is(APPOSITION_DETERMINERS, &lower)
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
        [det, .., noun] if english::is(&["the", "his", "her", "my", "our", "their"], det) => noun,
        _ => return None,
    };
    chars.roles.iter().find(|(r, _)| r == noun).map(|&(_, id)| id)
}

/// Gives an unnamed speaker the name the other side of its exchange calls it by: when a line
/// right before or after one of `the nurse`'s lines addresses someone by name (`It's all over,
/// Mrs. Thingummy!`), and every such line names the same person, `the nurse` is that person in
/// every line. Runs after attribution over `speeches` (one per quote, `None` when not speech).
pub fn name_the_unnamed(source: &str, quotes: &[Quote], speeches: &mut [Option<Speech>], chars: &Characters) {
    let spoken: Vec<usize> = (0..quotes.len()).filter(|&q| speeches[q].is_some()).collect();
    let speaker = |speeches: &[Option<Speech>], q: usize| speeches[q].as_ref().map(|s| s.speaker.clone()).unwrap_or_default();
    // Each exchange (speech paragraphs at most three apart) on its own: one description (`the
    // girl`) may stand for two people in two scenes.
    let mut exchange = vec![0; spoken.len()];
    for k in 1..spoken.len() {
        exchange[k] = exchange[k - 1] + usize::from(quotes[spoken[k]].para > quotes[spoken[k - 1]].para + 3);
    }
    // (exchange, unnamed speaker) → the one name it is called by (None once two disagree)
    let mut called: Vec<((usize, String), Option<String>)> = Vec::new();
    for (k, &q) in spoken.iter().enumerate() {
        let said_by = speaker(speeches, q);
        // `What name?` — `Greyson, office on second floor.`: the one answering gives his own.
        if k > 0 && is_unnamed(chars, &said_by) {
            let asked = spoken[k - 1];
            let question = source[quotes[asked].start..quotes[asked].end].to_lowercase();
            let answers = quotes[asked].para != quotes[q].para && quotes[asked].para + 2 >= quotes[q].para && speaker(speeches, asked) != said_by;
            if answers
                && question.contains("name")
                && question.ends_with('?')
                && let Some(name) = name_opening(source, &quotes[q], chars).filter(|n| same_gender(chars, &said_by, n))
            {
                record(&mut called, (exchange[k], said_by.clone()), &name);
            }
        }
        let Some(name) = vocative(source, &quotes[q], chars) else { continue };
        if name == said_by || chars.lookup(&said_by).is_some_and(|id| chars.lookup(&name) == Some(id)) {
            continue;
        }
        // the neighbouring lines of the exchange, in other paragraphs near this one
        let near = |j: usize| quotes[spoken[j]].para != quotes[q].para && quotes[spoken[j]].para.abs_diff(quotes[q].para) <= 2;
        let prev = (0..k).rev().find(|&j| quotes[spoken[j]].para != quotes[q].para).filter(|&j| near(j));
        let next = (k + 1..spoken.len()).find(|&j| quotes[spoken[j]].para != quotes[q].para).filter(|&j| near(j));
        for j in prev.into_iter().chain(next) {
            let other = speaker(speeches, spoken[j]);
            if other == said_by || !is_unnamed(chars, &other) || !same_gender(chars, &other, &name) {
                continue;
            }
            record(&mut called, (exchange[k], other), &name);
        }
    }
    for ((ex, unnamed), name) in called {
        let Some(name) = name else { continue };
        let lines: Vec<usize> = (0..spoken.len()).filter(|&k| exchange[k] == ex && speaker(speeches, spoken[k]) == unnamed).collect();
        let (first, last) = (lines[0], lines[lines.len() - 1]);
        // the one named speaks too while the description does: two people
        if (first..=last).any(|k| speaker(speeches, spoken[k]) == name) {
            continue;
        }
        for k in lines {
            if let Some(speech) = speeches[spoken[k]].as_mut() {
                speech.evidence = format!("{}; called {name} by the other speaker", speech.evidence);
                speech.speaker = name.clone();
            }
        }
    }
}

/// Notes that an unnamed speaker in an exchange is called `name`; two names for one
/// description leave it unnamed.
fn record(called: &mut Vec<((usize, String), Option<String>)>, key: (usize, String), name: &str) {
    match called.iter_mut().find(|(u, _)| *u == key) {
        Some((_, n)) if n.as_deref() != Some(name) => *n = None,
        Some(_) => {}
        None => called.push((key, Some(name.to_string()))),
    }
}

/// The name a quotation opens with (`Greyson,--office on second floor.`): a known character or a
/// title with a surname, closed by punctuation.
fn name_opening(source: &str, q: &Quote, chars: &Characters) -> Option<String> {
    let ws = words(source, q.start, q.end);
    let first = ws.first()?;
    if !only_space(source, q.start, first.start) || !first.capitalised(source) {
        return None;
    }
    let mut end = 1;
    while end < ws.len() && end < 3 && ws[end].capitalised(source) && source[ws[end - 1].end..ws[end].start].trim_matches('.').trim().is_empty() {
        end += 1;
    }
    let after = source[ws[end - 1].end..q.end].trim_start();
    if !(after.is_empty() || after.starts_with([',', '.', '!', ';', '-', '—'])) {
        return None;
    }
    let lower = first.lower(source);
    if english::is(english::NOT_NAMES, &lower) && english::title(&lower).is_none() {
        return None;
    }
    let name = source[first.start..ws[end - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(id) = chars.lookup(&name).or_else(|| surname_bearer(chars, &name)) {
        return Some(chars.list[id].name.clone());
    }
    (end >= 2 && english::title(lower.trim_end_matches('.')).flatten().is_some()).then_some(name)
}

/// The one character whose titled name ends with `surname` (`Greyson` → Mr. Greyson).
fn surname_bearer(chars: &Characters, surname: &str) -> Option<usize> {
    let mut bearers = (0..chars.list.len()).filter(|&id| {
        chars.list[id].forms.iter().any(|(f, _)| {
            let title = f.split([' ', '.']).next().unwrap_or("").to_lowercase();
            f.contains(' ') && english::title(&title).is_some() && f.rsplit(' ').next() == Some(surname)
        })
    });
    let one = bearers.next()?;
    bearers.next().is_none().then_some(one)
}

/// A description standing for a speaker (`the nurse`, `a tall soldier`, `her cousin`), not a
/// character, the narrator, a group or a voice.
fn is_unnamed(chars: &Characters, speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    let mut ws = lower.split_whitespace();
    let det = ws.next().unwrap_or("");
    let head = lower.rsplit(' ').next().unwrap_or("");
    chars.lookup(speaker).is_none()
        && english::is(&["the", "a", "an", "his", "her"], det)
        && english::is_person_noun(head)
        && !english::is(english::GROUP_NOUNS, head)
}

/// A description and a name that do not tell opposite genders.
fn same_gender(chars: &Characters, description: &str, name: &str) -> bool {
    let described = description.to_lowercase().split_whitespace().filter_map(english::gender_of_word).next_back();
    let named = chars.lookup(name).and_then(|id| chars.list[id].female).or_else(|| {
        let title = name.split([' ', '.']).next().unwrap_or("").to_lowercase();
        english::title(&title).flatten()
    });
    match (described, named) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// Whom a quotation addresses by name (`Thanks, John.`, `It's all over, Mrs. Thingummy!`): a
/// known character, or a title with a surname, set off by commas or closing the sentence.
fn vocative(source: &str, q: &Quote, chars: &Characters) -> Option<String> {
    let ws = words(source, q.start, q.end);
    for (k, w) in ws.iter().enumerate() {
        if !w.capitalised(source) || k > 0 && !source[ws[k - 1].end..w.start].contains(',') && !matches!(ws[k - 1].lower(source).as_str(), "dear" | "o" | "oh") {
            continue;
        }
        let mut end = k + 1;
        while end < ws.len() && end - k < 3 && ws[end].capitalised(source) && source[ws[end - 1].end..ws[end].start].trim_matches('.').trim().is_empty() {
            end += 1;
        }
        let after = if end < ws.len() { &source[ws[end - 1].end..ws[end].start] } else { &source[ws[end - 1].end..q.end] };
        if !after.trim_start().starts_with([',', '!', '?', '.']) && end < ws.len() {
            continue;
        }
        // `Well, I …`: a capitalised word that is no name
        let first = ws[k].lower(source);
        if english::is(english::NOT_NAMES, &first) && english::title(&first).is_none() {
            continue;
        }
        // `Pip, sir.`: a name given in answer, not someone addressed
        let rest = ws.iter().enumerate().filter(|&(j, _)| j < k || j >= end).count();
        if rest <= 1 {
            return None;
        }
        let name = source[w.start..ws[end - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(id) = chars.lookup(&name) {
            return Some(chars.list[id].name.clone());
        }
        let title = first.trim_end_matches('.');
        if end - k >= 2 && english::title(title).flatten().is_some() {
            return Some(name);
        }
    }
    None
}

/// A character's surname: the last word of its longest form of two words or more.
fn surname(chars: &Characters, id: usize) -> Option<&str> {
    let form = chars.list[id].forms.iter().map(|(f, _)| f.as_str()).filter(|f| f.contains(' ')).max_by_key(|f| f.split(' ').count())?;
    form.rsplit([' ', '.']).next().filter(|s| s.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::super::{Kind, Script, parse};
    use super::Characters;

    fn speaker_of<'a>(script: &'a Script, text: &str) -> &'a str {
        script
            .lines
            .iter()
            .find_map(|l| match &l.kind {
                Kind::Dialogue(s) if l.text.starts_with(text) => Some(s.speaker.as_str()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no dialogue line {text:?}"))
    }

    #[test]
    fn a_spelled_out_title_is_the_one_character_who_carries_it() {
        let text = "Dr. Quillan set down his bag. Nell watched him from the door.\n\n\
                    \"Where does it hurt?\" asked the doctor.\n\n\
                    \"Everywhere,\" said Nell.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Where does"), "Dr. Quillan");
        let text = "Colonel Brandt rode up with Nell.\n\n\"Halt there!\" shouted the old colonel.";
        assert_eq!(speaker_of(&parse(text, "t"), "Halt"), "Colonel Brandt");
        // two bearers of the title: nobody in particular
        let text = "Dr. Quillan and Dr. Marsh came in.\n\n\"Sit,\" said the doctor.";
        assert_eq!(speaker_of(&parse(text, "t"), "Sit"), "the doctor");
    }

    #[test]
    fn a_description_holding_a_name_is_that_character() {
        let text = "Tobias Venn waited by the gate with Ada.\n\n\
                    \"Late again,\" remarked the carpenter Tobias Venn.\n\n\
                    \"Not I,\" said Ada.\n\n\
                    \"Come here!\" cried the voice of Tobias Venn from the yard.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Late again"), "Tobias Venn");
        assert_eq!(speaker_of(&script, "Come here"), "Tobias Venn");
    }

    #[test]
    fn kinship_finds_the_spouse_or_parent_by_surname() {
        let text = "Mr. Harrow sat by the window. Mrs. Harrow had news.\n\n\
                    \"My dear Mr. Harrow,\" said his lady, \"the mill is sold.\"\n\n\
                    Mr. Harrow turned a page.\n\n\
                    \"Is it?\" he said.\n\n\
                    \"You never listen,\" cried his wife.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "My dear"), "Mrs. Harrow");
        assert_eq!(speaker_of(&script, "You never"), "Mrs. Harrow");
        let text = "Mr. Harrow and Mrs. Harrow sat with Jenny Harrow and Tom.\n\n\
                    \"May I go out?\" asked Jenny Harrow.\n\n\
                    \"No,\" said her father.";
        assert_eq!(speaker_of(&parse(text, "t"), "No"), "Mr. Harrow");
        // the one a quote addresses is not its speaker, even as the only woman on stage
        let text = "Nora sat at the piano.\n\n\"Is it late, Nora?\" her aunt asked.";
        assert_eq!(speaker_of(&parse(text, "t"), "Is it late"), "her aunt");
        // no surname known for the daughters: the one married woman on stage
        let text = "Kitty laughed and she ran in. Nell came after, and she sat down. Mrs. Harrow frowned.\n\n\
                    \"Hush, both of you!\" cried her mother.";
        assert_eq!(speaker_of(&parse(text, "t"), "Hush"), "Mrs. Harrow");
        // nobody with the surname: the description stays
        let text = "Jenny Ashby sat down.\n\n\"No,\" said her father.";
        assert_eq!(speaker_of(&parse(text, "t"), "No"), "her father");
    }

    #[test]
    fn a_bare_parent_is_the_one_married_character_of_that_gender_on_stage() {
        let text = "Kitty came in from the yard, and she stamped the mud off. Mrs. Harrow looked up from the stove.\n\n\
                    \"Can I go to the fair?\" asked Kitty.\n\n\
                    \"Not in those boots,\" replied the mother.";
        assert_eq!(speaker_of(&parse(text, "t"), "Not in those"), "Mrs. Harrow");
        // a lady is not a relative
        let text = "Kitty came in, and she sat. Mrs. Harrow looked up.\n\n\"Well?\" said the lady.";
        assert_eq!(speaker_of(&parse(text, "t"), "Well"), "the lady");
    }

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
    fn a_role_tied_to_two_names_ties_neither() {
        let text = "Orrin Blake, the clockmaker, met Silas Dunn, the clockmaker.";
        assert_eq!(roles(text), Vec::<String>::new());
        let text = "Orrin Blake, the clockmaker, met Silas Dunn, the old tinker.";
        assert_eq!(roles(text), ["clockmaker -> Orrin Blake", "tinker -> Silas Dunn"]);
    }

    #[test]
    fn an_unnamed_speaker_takes_the_name_the_other_side_calls_it() {
        let text = "The ferry bumped the jetty. An old boatman threw the rope to the doctor.\n\n\
                    \"Mind the step,\" said the boatman.\n\n\
                    \"Thank you kindly, Mr. Pollock,\" said the doctor.\n\n\
                    \"Back at six, then.\"";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Mind the step"), "Mr. Pollock");
        // a name given in answer (`Pip, sir.`) is the speaker's own, not the other's
        let text = "I stood on the jetty and I waited. I was cold.\n\n\
                    \"Who are you?\" said the boatman.\n\n\
                    \"Mr. Vane, sir,\" I said.\n\n\
                    \"Well, get in.\"";
        assert_eq!(speaker_of(&parse(text, "t"), "Who are"), "the boatman");
        // the one named speaks too: the description is someone else
        let text = "The ferry bumped the jetty.\n\n\
                    \"Mind the step,\" said the boatman.\n\n\
                    \"Look, Pollock, it is late,\" said the doctor.\n\n\
                    \"So it is,\" said Pollock.\n\n\
                    \"Get in,\" said the boatman.";
        assert_eq!(speaker_of(&parse(text, "t"), "Mind the step"), "the boatman");
    }

    #[test]
    fn an_unnamed_speaker_asked_its_name_gives_it() {
        let text = "Jed sat on the kerb with his brushes.\n\n\
                    \"A shine?\" asked a gentleman on his way.\n\n\
                    \"Five cents,\" said Jed.\n\n\
                    \"Here. Bring the change to my office.\"\n\n\
                    \"Yes, sir. What name?\"\n\n\
                    \"Harlow,--second floor.\"\n\n\
                    Mr. Harlow walked off briskly.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "A shine"), "Mr. Harlow");
        assert_eq!(speaker_of(&script, "Harlow,"), "Mr. Harlow");
    }

    #[test]
    fn a_described_speaker_on_stage_is_not_the_one_named_man() {
        let text = "Jed sat on the kerb with his brushes.\n\n\
                    \"A shine?\" asked a gentleman on his way.\n\n\
                    \"Five cents,\" said Jed.\n\n\
                    \"That is steep,\" said the gentleman, with a look at Jed's coat.";
        assert_eq!(speaker_of(&parse(text, "t"), "That is steep"), "a gentleman");
    }

    fn roles(text: &str) -> Vec<String> {
        let chars = Characters::find(text, &[(0, 0, text.len())]);
        chars.roles.iter().map(|(r, id)| format!("{r} -> {}", chars.list[*id].name)).collect()
    }
}
