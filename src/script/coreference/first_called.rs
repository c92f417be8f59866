//! Naming an unnamed speaker by the name another speaker first calls someone by: `The little boy
//! kicked the sand. … "Matilda," said the tall lady, "stop that at once."` — Matilda is nobody
//! yet, and the child who has been speaking, tagged only `said the child`, is the one called.

use super::{described_gender, exchanges, is_unnamed};
use crate::script::Speech;
use crate::script::characters::Characters;
use crate::script::english;
use crate::script::segment::Quote;
use crate::script::words::words;

/// When a line calls someone by a name (`Randolph,`, `Am I right, Jack?`, `How do you do, Mr.
/// Pell?`) that the narration has not named and that has not spoken before it, the one unnamed
/// speaker of its exchange whose gender fits, other than the one calling, is that name in all its
/// lines of the exchange. The descriptions of one person (`the child`, `his young interlocutor`,
/// `this vivacious infant`) count as one when no two of them ever answer each other; when two
/// do, or the description answers the name's own tagged line, they are two people and nobody is
/// renamed. Runs after the other renaming passes over `speeches` (one per quote).
pub fn name_the_first_called(source: &str, quotes: &[Quote], speeches: &mut [Option<Speech>], chars: &Characters) {
    let spoken: Vec<usize> = (0..quotes.len()).filter(|&q| speeches[q].is_some()).collect();
    let speaker = |speeches: &[Option<Speech>], k: usize| speeches[spoken[k]].as_ref().map(|s| s.speaker.clone()).unwrap_or_default();
    let exchange = exchanges(quotes, &spoken);
    // Where each line's exchange ends, found once.
    let mut exchange_end = vec![spoken.len(); spoken.len()];
    for k in (0..spoken.len().saturating_sub(1)).rev() {
        exchange_end[k] = if exchange[k + 1] != exchange[k] { k + 1 } else { exchange_end[k + 1] };
    }
    // Where each character is first named by the narration.
    let mut first_mention = vec![usize::MAX; chars.list.len()];
    for m in &chars.mentions {
        first_mention[m.character] = first_mention[m.character].min(m.start);
    }
    // who has spoken so far, kept as we read so that no line looks back over all the others
    let mut have_spoken = std::collections::HashSet::new();
    let mut begin = 0;
    for k in 0..spoken.len() {
        if exchange[k] != exchange[begin] {
            begin = k;
        }
        let q = &quotes[spoken[k]];
        let said_by = speaker(speeches, k);
        // (the line's own speaker counts too: a name it bears is not called, checked below)
        have_spoken.insert(said_by.clone());
        // the speech goes on after its tag (`"Randolph," said the lady, "what are you doing?"`)
        let goes_on = spoken.get(k + 1).is_some_and(|&n| quotes[n].para == q.para && speeches[n].as_ref().is_some_and(|s| s.speaker == said_by));
        let Some((name, female)) = called(source, q, chars, goes_on) else { continue };
        let id = chars.lookup(&name);
        if name == said_by || id.is_some_and(|id| chars.lookup(&said_by) == Some(id) || first_mention[id] < q.open) {
            continue;
        }
        if have_spoken.contains(&name) {
            continue;
        }
        // A line looks at most `REACH` lines either way, so a book that is one long exchange
        // (all dialogue) stays linear.
        let begin = begin.max(k.saturating_sub(REACH));
        let end = exchange_end[k].min(k + REACH);
        let fits = |s: &str| s != said_by && unnamed(chars, s) && fits_gender(s, female);
        let mut described: Vec<String> = (begin..end).map(|j| speaker(speeches, j)).filter(|s| fits(s)).collect();
        described.sort();
        described.dedup();
        if described.is_empty() {
            // `… Meanwhile, the soldier who had fetched the rumor bustled about. // "What's up,
            // Jim?"`: one unnamed speaker of an earlier exchange whose role the narration right
            // before the call names is the one called.
            let from = k.saturating_sub(REACH);
            let lead = if k > 0 { quotes[spoken[k - 1]].close.unwrap_or(quotes[spoken[k - 1]].end) } else { 0 }.max(q.open.saturating_sub(NARRATION_BYTES));
            let named: Vec<String> = words(source, lead, q.open).iter().map(|w| w.lower(source)).collect();
            // `the soldier who had fetched the rumor` is one seen before; `a large officer` is new
            let definite = |head: &str| {
                (0..named.len()).any(|h| named[h] == head && named[h.saturating_sub(3)..h].iter().rev().find(|w| english::is(english::ARTICLES, w)).is_some_and(|d| d == "the"))
            };
            let mut earlier: Vec<String> = (from..begin)
                .map(|j| speaker(speeches, j))
                .filter(|s| fits(s) && {
                    let head = english::description_head(s);
                    english::is_role_noun(&head) && definite(&head)
                })
                .collect();
            earlier.sort();
            earlier.dedup();
            if earlier.len() == 1 {
                rename(speeches, spoken[from..end].iter().copied(), &earlier, &name, &said_by);
                have_spoken.insert(name);
            }
            continue;
        }
        // Two of them answering each other, or one answering the name's own tagged line, are two people.
        let answers = (begin + 1..end).any(|j| {
            let (a, b) = (speaker(speeches, j - 1), speaker(speeches, j));
            let tagged = |k: usize| speeches[spoken[k]].as_ref().is_some_and(|s| s.evidence.starts_with("tag:"));
            let one = |s: &str| described.iter().any(|d| d == s);
            quotes[spoken[j - 1]].para != quotes[spoken[j]].para
                && a != b
                && (one(&a) && one(&b) || one(&a) && b == name && tagged(j) || one(&b) && a == name && tagged(j - 1))
        });
        if answers {
            continue;
        }
        // The one called is on stage: it spoke the line just before (`"…, Rudolf?" said my
        // brother's wife. // "My dear Rose," I answered`) or answers (`"Am I right, Jack?" //
        // "That's my principle," said my uncle`); or the name answers in its own tagged line and
        // the description, silent from then on, spoke a few paragraphs before.
        let near = |j: usize| quotes[spoken[j]].para.abs_diff(q.para) <= 2 && speaker(speeches, j) != said_by;
        let before = (begin..k).rev().find(|&j| speaker(speeches, j) != said_by).filter(|&j| near(j));
        let after = (k + 1..end).find(|&j| speaker(speeches, j) != said_by).filter(|&j| near(j));
        let one = |j: Option<usize>| j.is_some_and(|j| described.contains(&speaker(speeches, j)));
        let tagged = |j: usize| speeches[spoken[j]].as_ref().is_some_and(|s| s.evidence.starts_with("tag:"));
        let last = (begin..end).rev().find(|&j| described.contains(&speaker(speeches, j)));
        let silent = last.is_some_and(|j| j < k && quotes[spoken[j]].para + 3 >= q.para);
        let answered = after.is_some_and(|j| speaker(speeches, j) == name && tagged(j));
        let on_stage = one(before) || one(after) || answered && silent;
        if !on_stage {
            // A role the narration before or between the last two lines names (`revealed a clergyman` — `"How
            // do you do, Mr. Pell?"`) is on stage: only such ones take the name. Not a noun for
            // anyone (`the man`), who may be anybody there.
            let close = |j: usize| quotes[spoken[j]].close.unwrap_or(quotes[spoken[j]].end);
            let from = k.saturating_sub(2);
            let lead = if from > 0 { close(from - 1) } else { 0 }.max(quotes[spoken[from]].open.saturating_sub(NARRATION_BYTES));
            let gaps = std::iter::once((lead, quotes[spoken[from]].open)).chain((from..k).map(|j| (close(j), quotes[spoken[j + 1]].open)));
            let named: Vec<String> = gaps.flat_map(|(a, b)| words(source, a, b)).map(|w| w.lower(source)).collect();
            described.retain(|d| {
                let head = english::description_head(d);
                english::is_role_noun(&head) && named.contains(&head)
            });
            if described.is_empty() {
                continue;
            }
        }
        rename(speeches, spoken[begin..end].iter().copied(), &described, &name, &said_by);
        have_spoken.insert(name);
    }
}

/// Gives `name` to the lines among `lines` that `described` speak, noting who called it.
fn rename(speeches: &mut [Option<Speech>], lines: impl Iterator<Item = usize>, described: &[String], name: &str, said_by: &str) {
    for q in lines {
        if let Some(speech) = speeches[q].as_mut().filter(|s| described.contains(&s.speaker)) {
            speech.evidence = format!("{}; first called {name} by {said_by}", speech.evidence);
            speech.speaker = name.to_string();
        }
    }
}

/// How many lines of its exchange either side of a call are searched for the one called.
const REACH: usize = 60;

/// How far before the last two lines the narration may bring a role on stage.
const NARRATION_BYTES: usize = 1000;

/// A description standing for one person, `this`/`that` ones too (`this vivacious infant`).
fn unnamed(chars: &Characters, speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    let head = english::description_head(&lower);
    // `this newcomer` is someone new, not the one on stage
    let demonstrative = matches!(lower.split(' ').next(), Some("this" | "that")) && (english::is_person_noun(&head) || english::is_agent_noun(&head)) && !english::is(english::NEWCOMER_NOUNS, &head);
    (is_unnamed(chars, speaker) || demonstrative && chars.lookup(speaker).is_none()) && !english::is_plural_person(&head)
}

/// A description whose words do not tell the other gender than `female`.
fn fits_gender(description: &str, female: Option<bool>) -> bool {
    match (described_gender(description), female) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// The name a quotation calls someone by, with its gender: a known character, a title with a
/// surname, or a first name of known gender, set off by a comma (or opening the quotation) and
/// closed by punctuation. A lone name with at most one word after it (`Pip, sir.`) is a name
/// given in answer, unless the speech goes on after its tag.
fn called(source: &str, q: &Quote, chars: &Characters, goes_on: bool) -> Option<(String, Option<bool>)> {
    let ws = words(source, q.start, q.end);
    'word: for (k, w) in ws.iter().enumerate() {
        let prev = if k > 0 { ws[k - 1].lower(source) } else { String::new() };
        let opens = k == 0 || source[ws[k - 1].end..w.start].contains(',') || english::is(english::VOCATIVE_LEADS, &prev);
        let first = w.lower(source);
        if !w.capitalised(source) || !opens || english::is(english::NOT_NAMES, &first) && english::title(&first).is_none() {
            continue;
        }
        let mut end = k + 1;
        while end < ws.len() && end - k < 3 && ws[end].capitalised(source) && source[ws[end - 1].end..ws[end].start].trim_matches('.').trim().is_empty() {
            end += 1;
        }
        for end in (k + 1..=end).rev() {
            let after = if end < ws.len() { &source[ws[end - 1].end..ws[end].start] } else { &source[ws[end - 1].end..q.end] };
            if !(end == ws.len() || after.trim_start().starts_with([',', '!', '?', '.'])) {
                continue;
            }
            if ws.len() - (end - k) <= 1 && !goes_on {
                return None;
            }
            let name = source[w.start..ws[end - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some(id) = chars.lookup(&name) {
                // a name only ever called (`Jack`) has the gender of its first name
                return Some((chars.list[id].name.clone(), chars.list[id].female.or_else(|| english::first_name_gender(&name))));
            }
            let title = english::title(first.trim_end_matches('.')).flatten();
            if end - k >= 2 && title.is_some() {
                return Some((name, title));
            }
            // opening the quote, any word is capitalised: a name only if the text never writes
            // it in lower case (`Boy, fetch the cows`)
            // (one both lists hold, `Fred`, tells no gender)
            if end == k + 1 && !(k == 0 && chars.vocab.contains(&first)) && english::is_first_name(&name) {
                return Some((name.clone(), english::first_name_gender(&name)));
            }
            continue 'word;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_of;
    use crate::script::parse;

    const PARK: &str = "A tall lady sat on the bench by the pond with Mr. Webb. A little girl played in the sand.\n\n\
                        \"Can I have a bun?\" said the child.\n\n\
                        \"After tea,\" said Mr. Webb.\n\n\
                        \"I want one now!\" cried the little girl.\n\n\
                        \"NAME,\" said the tall lady, \"stop that at once.\"\n\n\
                        \"Yes, mamma,\" said NAME.";

    #[test]
    fn the_one_unnamed_speaker_on_stage_takes_the_name_it_is_first_called() {
        let script = parse(&PARK.replace("NAME", "Matilda"), "t");
        // `the child` and `the little girl` never answer each other: one girl
        assert_eq!(speaker_of(&script, "Can I have"), "Matilda");
        assert_eq!(speaker_of(&script, "I want one"), "Matilda");
        assert_eq!(speaker_of(&script, "After tea"), "Mr. Webb");
    }

    #[test]
    fn a_role_the_narration_just_brought_on_stage_is_the_one_called() {
        let text = "Mrs. Pye and Nell sat at supper.\n\n\
                    The door opened and revealed a parson, thin and grey. \"At last!\" cried Nell.\n\n\
                    \"Good evening, Mr. Holt,\" said Mrs. Pye.\n\n\
                    \"We kept the soup hot,\" said Nell.\n\n\
                    \"Thank you,\" said the parson.";
        assert_eq!(speaker_of(&parse(text, "t"), "Thank you"), "Mr. Holt");
        // no parson came in: the one called is not on stage
        let text = text.replace("revealed a parson, thin and grey", "let in the cold");
        assert_ne!(speaker_of(&parse(&text, "t"), "Thank you"), "Mr. Holt");
    }

    #[test]
    fn a_name_of_the_other_gender_or_one_answered_by_the_description_renames_nobody() {
        let script = parse(&PARK.replace("NAME", "Jack"), "t");
        assert_eq!(speaker_of(&script, "I want one"), "a little girl");
        // Pip is called, answers, and the boatman answers him: two people
        let text = "The ferry bumped the jetty.\n\n\
                    \"Mind the step,\" said the boatman.\n\n\
                    \"Look, Pip, the tide is turning,\" said the doctor.\n\n\
                    \"So it is,\" said Pip.\n\n\
                    \"Get in, both of you,\" said the boatman.";
        assert_eq!(speaker_of(&parse(text, "t"), "Mind the step"), "the boatman");
    }
}
