//! Renaming an unnamed speaker with the name the other side of its exchange calls it by, or
//! the name it gives when asked.

use crate::script::Speech;
use crate::script::characters::Characters;
use crate::script::english;
use crate::script::segment::Quote;
use crate::script::words::{only_space, words};

/// Gives an unnamed speaker the name the other side of its exchange calls it by: when a line
/// right before or after one of `the nurse`'s lines addresses someone by name (`It's all over,
/// Mrs. Thingummy!`) or by the title of the one character carrying it (`Look out, aunt!` → Aunt
/// Polly), and every such line names the same person, `the nurse` is that person in every line
/// of the exchange. So does the name it gives itself (`I am Parson Tringham`). Runs after attribution over `speeches` (one per quote, `None` when not speech).
pub fn name_the_unnamed(source: &str, quotes: &[Quote], speeches: &mut [Option<Speech>], chars: &Characters) {
    let spoken: Vec<usize> = (0..quotes.len()).filter(|&q| speeches[q].is_some()).collect();
    let speaker = |speeches: &[Option<Speech>], q: usize| speeches[q].as_ref().map(|s| s.speaker.clone()).unwrap_or_default();
    // Each exchange on its own: one description (`the girl`) may stand for two people in two
    // scenes.
    let exchange = exchanges(quotes, &spoken);
    // (exchange, unnamed speaker) → the names it is called by
    let mut called: Vec<((usize, String), Vec<String>)> = Vec::new();
    // the (exchange, unnamed speaker) pairs that gave their own name
    let mut gave_own: Vec<(usize, String)> = Vec::new();
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
        // `I am Parson Tringham, the antiquary`: an unnamed speaker naming itself
        if is_unnamed(chars, &said_by) && let Some(name) = self_named(source, &quotes[q], chars).filter(|n| same_gender(chars, &said_by, n)) {
            record(&mut called, (exchange[k], said_by.clone()), &name);
            gave_own.push((exchange[k], said_by.clone()));
        }
        let Some(name) = vocative(source, &quotes[q], chars).or_else(|| title_vocative(source, &quotes[q], chars)) else { continue };
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
    for ((ex, unnamed), names) in called {
        let Some(name) = one_name(&names, speeches) else { continue };
        let how = if gave_own.contains(&(ex, unnamed.clone())) { format!("gives its name, {name}") } else { format!("called {name} by the other speaker") };
        let lines: Vec<usize> = (0..spoken.len()).filter(|&k| exchange[k] == ex && speaker(speeches, spoken[k]) == unnamed).collect();
        let (first, last) = (lines[0], lines[lines.len() - 1]);
        // the one named speaks too while the description does: two people
        if (first..=last).any(|k| speaker(speeches, spoken[k]) == name) {
            continue;
        }
        for k in lines {
            if let Some(speech) = speeches[spoken[k]].as_mut() {
                speech.evidence = format!("{}; {how}", speech.evidence);
                speech.speaker = name.clone();
            }
        }
    }
}

/// Names an unnamed speaker the narration names right after its line (`"…in play." / I have
/// never forgotten my mother's advice. Her name was Duchess`): the last speaker before `her name
/// was` (at most [`NAMING_BYTES`] before it) is that one in all its lines, when it is an unnamed
/// one whose gender fits the pronoun (the name's own may be misread: `Her name was Duchess, but
/// he often called her Pet`).
pub fn name_from_narration(source: &str, quotes: &[Quote], speeches: &mut [Option<Speech>], chars: &Characters) {
    for (pronoun, female) in [("her name was ", true), ("Her name was ", true), ("his name was ", false), ("His name was ", false)] {
        for (at, _) in source.match_indices(pronoun) {
            let inside = quotes.iter().any(|q| q.open <= at && at < q.close.unwrap_or(q.end));
            let Some(last) = quotes.iter().rposition(|q| q.end <= at) else { continue };
            if inside || quotes[last].end + NAMING_BYTES < at {
                continue;
            }
            let Some(said_by) = speeches[last].as_ref().map(|s| s.speaker.clone()) else { continue };
            let after = at + pronoun.len();
            let Some(w) = words(source, after, (after + 40).min(source.len())).into_iter().next().filter(|w| w.start == after && w.capitalised(source)) else { continue };
            let word = &source[w.start..w.end];
            let name = chars.lookup(word).map_or_else(|| word.to_string(), |id| chars.list[id].name.clone());
            let described = said_by.to_lowercase().split_whitespace().filter_map(english::gender_of_word).next_back();
            if !is_unnamed(chars, &said_by) || described == Some(!female) {
                continue;
            }
            for speech in speeches.iter_mut().flatten().filter(|s| s.speaker == said_by) {
                speech.evidence = format!("{}; named {name} in the narration", speech.evidence);
                speech.speaker = name.clone();
            }
        }
    }
}

/// Names an unnamed speaker the narration names through a relative clause on its head noun (`The
/// officer, whose name was Blakeney, knocked`): the one unnamed speaker with that head noun (`a
/// young officer`) is that name in all its lines.
pub fn name_from_relative_clause(source: &str, quotes: &[Quote], speeches: &mut [Option<Speech>], chars: &Characters) {
    for clause in [" whose name was ", " whose name is "] {
        for (at, _) in source.match_indices(clause) {
            if quotes.iter().any(|q| q.open <= at && at < q.close.unwrap_or(q.end)) {
                continue;
            }
            let before = source[..at].trim_end_matches(',');
            let Some(noun) = before.rsplit(|c: char| !c.is_alphanumeric() && c != '-').next().map(str::to_lowercase) else { continue };
            let after = at + clause.len();
            let Some(w) = words(source, after, (after + 40).min(source.len())).into_iter().next().filter(|w| w.start == after && w.capitalised(source)) else { continue };
            let word = &source[w.start..w.end];
            let name = chars.lookup(word).map_or_else(|| word.to_string(), |id| chars.list[id].name.clone());
            let mut described: Vec<String> = speeches.iter().flatten().map(|s| s.speaker.clone()).filter(|s| is_unnamed(chars, s) && english::description_head(s) == noun).collect();
            described.sort();
            described.dedup();
            let [said_by] = &described[..] else { continue };
            let said_by = said_by.clone();
            for speech in speeches.iter_mut().flatten().filter(|s| s.speaker == said_by) {
                speech.evidence = format!("{}; named {name} in the narration", speech.evidence);
                speech.speaker = name.clone();
            }
        }
    }
}

/// How far after its speaker's line the narration may name it (`Her name was Duchess`).
const NAMING_BYTES: usize = 600;

/// Notes that an unnamed speaker in an exchange is called `name`.
fn record(called: &mut Vec<((usize, String), Vec<String>)>, key: (usize, String), name: &str) {
    match called.iter_mut().find(|(u, _)| *u == key) {
        Some((_, names)) if !names.iter().any(|n| n == name) => names.push(name.to_string()),
        Some(_) => {}
        None => called.push((key, vec![name.to_string()])),
    }
}

/// The name a description called by `names` takes: the only one, or of two or more (`Sir John`
/// in jest, `Durbeyfield`) the only one that speaks in its own name somewhere in the chapter.
fn one_name(names: &[String], speeches: &[Option<Speech>]) -> Option<String> {
    if let [one] = names {
        return Some(one.clone());
    }
    let mut speaking = names.iter().filter(|n| speeches.iter().flatten().any(|s| &s.speaker == *n));
    let one = speaking.next()?;
    speaking.next().is_none().then(|| one.clone())
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

/// The name a speaker gives itself (`I am Parson Tringham, the antiquary`, `My name is Kit.`):
/// after `I am`/`I'm`, a known character or a run of two or three capitalised words; after `my
/// name is`, any capitalised word. The run must close with punctuation (`I am Mr. Hale's clerk`
/// names nobody).
fn self_named(source: &str, q: &Quote, chars: &Characters) -> Option<String> {
    let ws = words(source, q.start, q.end);
    for k in 0..ws.len() {
        let lead: Vec<String> = ws[k..].iter().take(3).map(|w| w.lower(source).replace('’', "'")).collect();
        let (skip, any_word) = match lead.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["my", "name", "is", ..] => (3, true),
            ["my", "name's", ..] => (2, true),
            ["i", "am", ..] => (2, false),
            ["i'm", ..] => (1, false),
            _ => continue,
        };
        let start = k + skip;
        if start >= ws.len() || !ws[start].capitalised(source) || !only_space(source, ws[start - 1].end, ws[start].start) {
            return None;
        }
        let mut end = start + 1;
        while end < ws.len() && end - start < 3 && ws[end].capitalised(source) && source[ws[end - 1].end..ws[end].start].trim_matches('.').trim().is_empty() {
            end += 1;
        }
        let after = source[ws[end - 1].end..q.end].trim_start();
        let first = ws[start].lower(source);
        if !(after.is_empty() || after.starts_with([',', '.', '!', '?', ';', '-', '—'])) || english::is(english::NOT_NAMES, &first) && english::title(&first).is_none() {
            return None;
        }
        let name = source[ws[start].start..ws[end - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(id) = chars.lookup(&name) {
            return Some(chars.list[id].name.clone());
        }
        return (any_word || end - start >= 2).then_some(name);
    }
    None
}

/// Whom a quotation addresses by a bare title (`Look behind you, aunt!`, `Yes, Doctor.`): the
/// one character who carries it (`Aunt Polly`), the title set off by a comma before it and
/// punctuation or the end after it.
fn title_vocative(source: &str, q: &Quote, chars: &Characters) -> Option<String> {
    let ws = words(source, q.start, q.end);
    for (k, w) in ws.iter().enumerate().skip(1) {
        let lower = w.lower(source);
        if english::title_forms(&lower).is_none() || !source[ws[k - 1].end..w.start].contains(',') {
            continue;
        }
        let after = if k + 1 < ws.len() { &source[w.end..ws[k + 1].start] } else { &source[w.end..q.end] };
        if !(k + 1 == ws.len() || after.trim_start().starts_with([',', '!', '?', '.'])) {
            continue;
        }
        return super::titled(chars, &lower).map(|id| chars.list[id].name.clone());
    }
    None
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

/// The one character known by a full name opening with `first` (`Basil` → Basil Hallward),
/// when the text never names it by the first name alone.
fn first_name_bearer(chars: &Characters, first: &str) -> Option<usize> {
    if first.contains(' ') {
        return None;
    }
    let mut bearers = (0..chars.list.len()).filter(|&id| {
        chars.list[id].forms.iter().any(|(f, _)| f.split(' ').count() >= 2 && f.split(' ').next() == Some(first) && english::title(&first.to_lowercase()).is_none())
    });
    let one = bearers.next()?;
    bearers.next().is_none().then_some(one)
}

/// The exchange of each spoken quotation (`spoken`: indices into `quotes`), numbered from 0: speech
/// paragraphs at most three apart are one exchange.
pub(super) fn exchanges(quotes: &[Quote], spoken: &[usize]) -> Vec<usize> {
    let mut exchange = vec![0; spoken.len()];
    for k in 1..spoken.len() {
        exchange[k] = exchange[k - 1] + usize::from(quotes[spoken[k]].para > quotes[spoken[k - 1]].para + 3);
    }
    exchange
}

/// A description standing for a speaker (`the nurse`, `a tall soldier`, `her cousin`), not a
/// character, the narrator, a group or a voice.
pub(super) fn is_unnamed(chars: &Characters, speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    let mut ws = lower.split_whitespace();
    let det = ws.next().unwrap_or("");
    let head = english::description_head(&lower);
    let head = head.as_str();
    chars.lookup(speaker).is_none()
        && english::is(&["the", "a", "an", "his", "her", "my", "our", "their", "your"], det)
        && (english::is_person_noun(head) || english::is_agent_noun(head))
        && !english::is(english::GROUP_NOUNS, head)
}

/// The gender a description's words tell (`the old woman`, `the clergyman`), if any.
pub(super) fn described_gender(description: &str) -> Option<bool> {
    english::description_core(description).to_lowercase().split_whitespace().filter_map(|w| english::gender_of_word(w).or_else(|| english::agent_gender(w))).next_back()
}

/// A description and a name that do not tell opposite genders.
pub(super) fn same_gender(chars: &Characters, description: &str, name: &str) -> bool {
    let described = described_gender(description);
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
pub(super) fn vocative(source: &str, q: &Quote, chars: &Characters) -> Option<String> {
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
        if let Some(id) = chars.lookup(&name).or_else(|| first_name_bearer(chars, &name)) {
            return Some(chars.list[id].name.clone());
        }
        let title = first.trim_end_matches('.');
        if end - k >= 2 && english::title(title).flatten().is_some() {
            return Some(name);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_of;
    use crate::script::parse;

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
    fn of_two_names_called_the_one_that_speaks_for_itself_is_taken() {
        // `Sir Ned` is a jest; `Pollock` speaks under his own name later on.
        let text = "A ferryman leaned on his pole as the doctor came down the bank.\n\n\
                    \"Evening,\" said the ferryman.\n\n\
                    \"A good evening to you, Sir Ned,\" said the doctor.\n\n\
                    \"Cold tonight.\"\n\n\
                    \"Cold enough. Mind the rope, Pollock.\"\n\n\
                    The doctor crossed and was gone. The night came down over the water.\n\n\
                    The river ran on past the willows and the mill for a long while.\n\n\
                    Nobody came to the bank at all till the moon was high.\n\n\
                    The morning came, and the miller came down.\n\n\
                    \"Up early,\" said Pollock.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Cold tonight"), "Pollock");
    }

    #[test]
    fn a_first_person_possessive_description_takes_the_name_too() {
        let text = "Ned Barlow sat by the fire with my aunt and me. I had been reading my book.\n\n\
                    \"Is the lad in bed yet, Ned?\" asked my aunt.\n\n\
                    \"Not yet,\" said my uncle.";
        assert_eq!(speaker_of(&parse(text, "t"), "Not yet"), "Ned Barlow");
    }

    #[test]
    fn an_in_law_is_of_its_kin_nouns_gender() {
        // `my sister-in-law` is a woman, so the name the narrator calls her by is hers
        let text = "My brother and I sat by the fire with my pipe and my book.\n\n\
                    \"You look tired,\" said my sister-in-law.\n\n\
                    \"Only a little, Nora,\" I said.\n\n\
                    Nora Vance laughed at me.";
        assert_eq!(speaker_of(&parse(text, "t"), "You look"), "Nora Vance");
    }

    #[test]
    fn a_role_noun_called_by_a_first_name_is_the_one_with_that_full_name() {
        let text = "Orrin Vale sat at his easel while Tom Reeve lay on the divan.\n\n\
                    \"I must go now, Orrin,\" said Tom Reeve.\n\n\
                    \"Why?\" said the painter.\n\n\
                    \"I have a train.\"";
        assert_eq!(speaker_of(&parse(text, "t"), "Why?"), "Orrin Vale");
        // a `-man` is no `Miss`
        let text = "Nell Hart and the vicar came in.\n\n\
                    \"Sit down, Miss Hart,\" said Mrs. Pye.\n\n\
                    \"Thank you,\" said the clergyman.";
        assert_eq!(speaker_of(&parse(text, "t"), "Thank you"), "the clergyman");
    }

    #[test]
    fn the_narration_naming_the_last_speaker_names_all_its_lines() {
        let text = "The old mare grazed beside me in the meadow.\n\n\
                    \"Keep away from the brook,\" said my mother.\n\n\
                    I always listened to my mother. Her name was Bess, and she was wise.\n\n\
                    \"The hounds!\" said my mother.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Keep away"), "Bess");
        assert_eq!(speaker_of(&script, "The hounds"), "Bess");
        // `his name was` does not name a mother
        let script = parse(&text.replace("Her name was Bess, and she", "His name was Bob, and he"), "t");
        assert_eq!(speaker_of(&script, "Keep away"), "my mother");
    }

    #[test]
    fn an_unnamed_speaker_naming_itself_takes_that_name() {
        let text = "Wat Cobb was mending a gate when a stout rider came up the lane.\n\n\
                    \"Fine weather,\" said the rider.\n\n\
                    \"Who might you be, sir?\" said Wat Cobb.\n\n\
                    \"I am Deacon Marlow, the new man at the chapel. And you?\"\n\n\
                    \"Just a gate-mender.\"";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Fine weather"), "Deacon Marlow");
        assert_eq!(speaker_of(&script, "I am Deacon"), "Deacon Marlow");
        // a possessive is no name of the speaker's own
        let script = parse(&text.replace("I am Deacon Marlow, the new man", "I am Deacon Marlow's new man"), "t");
        assert_eq!(speaker_of(&script, "Fine weather"), "the rider");
    }

    #[test]
    fn an_unnamed_speaker_called_by_a_bare_title_is_the_one_who_carries_it() {
        let text = "Aunt Bessie lived with Kit at the mill.\n\n\
                    One morning the old woman looked for the boy everywhere.\n\n\
                    \"Where are you hiding?\" said the old woman.\n\n\
                    \"In the loft, aunt!\" said Kit.\n\n\
                    \"Come down at once.\"";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Where are you"), "Aunt Bessie");
        // two aunts: the title names neither
        let script = parse(&text.replace("lived with Kit", "and Aunt Rose lived with Kit"), "t");
        assert_eq!(speaker_of(&script, "Where are you"), "the old woman");
    }

    #[test]
    fn a_relative_clause_naming_a_head_noun_names_its_speaker() {
        let text = "Mrs. Penrose kept the inn by the harbour.\n\n\
                    \"Any rooms tonight?\" asked a tall sailor.\n\n\
                    \"One, at the back,\" said Mrs. Penrose.\n\n\
                    The sailor, whose name was Hobb, dropped his bag by the fire.";
        assert_eq!(speaker_of(&parse(text, "t"), "Any rooms"), "Hobb");
        // a clause on another noun names nobody who spoke
        let text = text.replace("The sailor, whose", "The dog, whose");
        assert_eq!(speaker_of(&parse(&text, "t"), "Any rooms"), "a tall sailor");
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
}
