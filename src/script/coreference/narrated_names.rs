//! Naming an unnamed speaker from the narration: `Her name was Duchess` right after its line, or
//! a relative clause on its head noun (`The officer, whose name was Blakeney`).

use super::is_unnamed;
use crate::script::Speech;
use crate::script::characters::Characters;
use crate::script::english;
use crate::script::segment::Quote;
use crate::script::words::words;

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

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_of;
    use crate::script::parse;

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
}
