//! Naming a voice: a speaker heard before it is seen (`"Stand still!" cried a harsh voice`, or a
//! call with no tag that the last resort leaves to `a voice`) is, in the usual order of a
//! scene, the person the narration brings on right after (`and a man rose from the ditch`),
//! unless its tag says whose it was (`which Nell knew to be that of Mrs. Pike`).

use std::collections::HashMap;

use super::{described_gender, exchanges, is_unnamed};
use crate::script::Speech;
use crate::script::characters::Characters;
use crate::script::english;
use crate::script::segment::Quote;
use crate::script::words::{only_space, words};

/// How far after a voice's first line (bytes) the narration may bring on the one it is.
const BRINGS_ON_BYTES: usize = 1500;

/// When the narration after the first line of a voice speaker (`a voice`, `a rough voice`) in an
/// exchange first brings on a described person (`a man`, `The old woman`) who later speaks in
/// that exchange under a description of that head noun and had not spoken before the voice,
/// every line of the voice in the exchange is that person's; so they are the character its tag
/// says it was `that of`, first.
pub fn name_the_voices(source: &str, quotes: &[Quote], speeches: &mut [Option<Speech>], chars: &Characters) {
    let spoken: Vec<usize> = (0..quotes.len()).filter(|&q| speeches[q].is_some()).collect();
    let exchange = exchanges(quotes, &spoken);
    let speaker = |speeches: &[Option<Speech>], k: usize| speeches[spoken[k]].as_ref().map(|s| s.speaker.clone()).unwrap_or_default();
    // One pass: each speaker's first line in each exchange, and every line of each voice.
    let mut first: HashMap<(usize, String), usize> = HashMap::new();
    let mut voices: HashMap<(usize, String), Vec<usize>> = HashMap::new();
    for (k, &ex) in exchange.iter().enumerate() {
        let said_by = speaker(speeches, k);
        if is_voice(&said_by) {
            voices.entry((ex, said_by.clone())).or_default().push(k);
        }
        first.entry((ex, said_by)).or_insert(k);
    }
    let mut voices: Vec<((usize, String), Vec<usize>)> = voices.into_iter().collect();
    voices.sort_by_key(|(_, ks)| ks[0]);
    for ((ex, voice), ks) in voices {
        let k = ks[0];
        // `replied another voice, which Nell knew to be that of Mrs. Pike`: the narration says whose
        let named = that_of(source, quotes, spoken[k], chars);
        let person = named.or_else(|| {
            // brought on, not already there (`the boy` hiding outside is not the voice within)
            let open = quotes[spoken[k]].open;
            let present = described_people(source, open.saturating_sub(BRINGS_ON_BYTES), open);
            let head = first_brought_on(source, quotes, spoken[k]).filter(|h| !present.contains(h))?;
            // the one brought on speaks soon after in the exchange, and did not before the voice
            let soon = (k + 1..(k + 1 + SPEAKS_WITHIN).min(spoken.len())).take_while(|&j| exchange[j] == ex);
            soon.map(|j| speaker(speeches, j)).find(|s| {
                is_unnamed(chars, s) && english::description_head(s) == head && first.get(&(ex, s.clone())).is_some_and(|&f| f > k) && match (described_gender(s), described_gender(&voice)) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
            })
        });
        let Some(person) = person else { continue };
        for &j in &ks {
            if let Some(s) = speeches[spoken[j]].as_mut() {
                s.evidence = format!("{}; the voice of {person}", s.evidence);
                s.speaker = person.clone();
            }
        }
    }
}

/// How many lines after a voice's first the one brought on must speak (a bound that keeps the
/// pass linear in long exchanges).
const SPEAKS_WITHIN: usize = 40;

/// How far after a voice's line (bytes) its tag may say whose it was.
const THAT_OF_BYTES: usize = 120;

/// The known character the sentence after quote `q` says the voice was `that of` (`which Nell
/// knew to be that of Mrs. Pike`).
fn that_of(source: &str, quotes: &[Quote], q: usize, chars: &Characters) -> Option<String> {
    let from = quotes[q].close.unwrap_or(quotes[q].end);
    let to = quotes.get(q + 1).map_or(source.len(), |n| n.open);
    // the tag's clause: up to a stop that no title's full stop (`Mrs.`) can be
    let sentence = source[from..to].find(['!', '?', ';']).map_or(to, |i| from + i).min(from + THAT_OF_BYTES);
    let sentence = source.ceil_char_boundary(sentence);
    let ws = words(source, from, sentence);
    let of = (1..ws.len()).find(|&i| ws[i - 1].lower(source) == "that" && ws[i].lower(source) == "of")?;
    let ws = &ws[of + 1..];
    if ws.is_empty() {
        return None;
    }
    let run = ws.iter().take_while(|w| w.capitalised(source)).count().min(3);
    (1..=run).rev().find_map(|n| chars.lookup(&source[ws[0].start..ws[n - 1].end].split_whitespace().collect::<Vec<_>>().join(" "))).map(|id| chars.list[id].name.clone())
}

/// A voice heard, not a person seen: a lower-case description whose head noun is `voice`.
fn is_voice(speaker: &str) -> bool {
    speaker.starts_with(char::is_lowercase) && english::description_head(speaker) == "voice"
}

/// The head noun of the first person the narration after quote `q` describes with an article
/// (`as a man started up`, `The old lady pulled`), within [`BRINGS_ON_BYTES`]; narration only.
fn first_brought_on(source: &str, quotes: &[Quote], q: usize) -> Option<String> {
    let from = quotes[q].close.unwrap_or(quotes[q].end);
    let limit = source.ceil_char_boundary(from + BRINGS_ON_BYTES);
    let mut at = from;
    for next in &quotes[q + 1..] {
        if at >= limit {
            return None;
        }
        if let Some(head) = described_person(source, at, next.open.min(limit)) {
            return Some(head);
        }
        at = next.close.unwrap_or(next.end);
    }
    described_person(source, at, limit)
}

/// The head noun of the first `a`/`an`/`the` + lower-case words + person noun in `from..to`.
fn described_person(source: &str, from: usize, to: usize) -> Option<String> {
    described_people(source, from, to).into_iter().next()
}

/// The head nouns of every `a`/`an`/`the` + lower-case words + person noun in `from..to`.
fn described_people(source: &str, from: usize, to: usize) -> Vec<String> {
    let mut heads = Vec::new();
    if from >= to {
        return heads;
    }
    let ws = words(source, from, to);
    for (k, w) in ws.iter().enumerate() {
        if !english::is(english::ARTICLES, &w.lower(source)) {
            continue;
        }
        for h in k + 1..(k + 4).min(ws.len()) {
            if !only_space(source, ws[h - 1].end, ws[h].start) || ws[h].capitalised(source) {
                break;
            }
            let noun = ws[h].lower(source);
            // `a voice in her ear`: the phrase ends at a preposition, a pronoun or a determiner
            if [english::DETERMINERS, english::PREPOSITIONS, english::DESCRIBING_PREPOSITIONS, english::SPOKEN_TO, english::PERSONAL_PRONOUNS].iter().any(|t| english::is(t, &noun)) {
                break;
            }
            if english::is_person_noun(&noun) {
                heads.push(noun);
                break;
            }
        }
    }
    heads
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_of;
    use crate::script::parse;

    #[test]
    fn a_voice_is_the_person_the_narration_brings_on_after_it() {
        let text = "The lane was dark and empty, and Nell hurried past the mill.\n\n\
                    \"Stand still!\" cried a harsh voice, as a man rose out of the ditch.\n\n\
                    \"Please let me go,\" Nell begged.\n\n\
                    \"Not yet,\" said the man.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Stand still"), "a man");
        // a woman brought on is no `the man` who speaks later
        let script = parse(&text.replace("as a man rose", "as a woman rose"), "t");
        assert_eq!(speaker_of(&script, "Stand still"), "a harsh voice");
        // a man already there before the voice is not brought on by it
        let text = text.replace("and Nell hurried", "and a man and Nell hurried");
        assert_eq!(speaker_of(&parse(&text, "t"), "Stand still"), "a harsh voice");
    }

    #[test]
    fn a_voice_the_narration_says_is_that_of_someone_is_theirs() {
        let text = "Nell stood at the door of the parlour, where Mrs. Pike sat with the vicar.\n\n\
                    \"The rain will spoil the fair,\" said the vicar.\n\n\
                    \"Not if it stops by noon,\" replied another voice, which Nell knew to be\n\
                    that of Mrs. Pike, who never missed a fair.";
        assert_eq!(speaker_of(&parse(text, "t"), "Not if it stops"), "Mrs. Pike");
    }
}
