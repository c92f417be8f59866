//! Renaming an unnamed speaker with the name the other side of its exchange calls it by, or
//! the name it gives when asked.

use super::quoted_names::{name_opening, self_named, title_vocative, vocative};
use super::{exchanges, is_unnamed, same_gender};
use crate::script::Speech;
use crate::script::characters::Characters;
use crate::script::segment::Quote;

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
    // Where each character is first named by the narration.
    let mut first_mention = vec![usize::MAX; chars.list.len()];
    for m in &chars.mentions {
        first_mention[m.character] = first_mention[m.character].min(m.start);
    }
    for ((ex, unnamed), names) in called {
        let Some(name) = one_name(&names, speeches) else { continue };
        let how = if gave_own.contains(&(ex, unnamed.clone())) { format!("gives its name, {name}") } else { format!("called {name} by the other speaker") };
        let lines: Vec<usize> = (0..spoken.len()).filter(|&k| exchange[k] == ex && speaker(speeches, spoken[k]) == unnamed).collect();
        let (first, last) = (lines[0], lines[lines.len() - 1]);
        // `"…," broke in a thin, elderly gentleman`: `a` brings in someone new, not one the
        // narration has named already, whatever the others call him
        let newcomer = unnamed.starts_with("a ") || unnamed.starts_with("an ");
        let known = chars.lookup(&name).is_some_and(|id| first_mention[id] < quotes[spoken[lines[0]]].open);
        if newcomer && known && !gave_own.contains(&(ex, unnamed.clone())) {
            continue;
        }
        // the one named speaks too while the description does: two people
        if (first..=last).any(|k| speaker(speeches, spoken[k]) == name) {
            continue;
        }
        // `"…, Millie?" // "I have some luggage," he said`: a `he` is no woman's name
        let told = lines.iter().find_map(|&k| speeches[spoken[k]].as_ref().and_then(|s| pronoun_gender(&s.evidence)));
        let named = chars.lookup(&name).and_then(|id| chars.list[id].female);
        if told.is_some() && named.is_some() && told != named {
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

/// The gender a line's evidence tells by the pronoun of its tag (`tag: "he said" (…)`,
/// `same paragraph as tag: "said she"`).
fn pronoun_gender(evidence: &str) -> Option<bool> {
    let tag = evidence.split_once("tag: \"")?.1.split('"').next()?;
    let ws: Vec<&str> = tag.split_whitespace().collect();
    [ws.first()?, ws.last()?].iter().find_map(|w| match w.to_lowercase().as_str() {
        "she" => Some(true),
        "he" => Some(false),
        _ => None,
    })
}

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
    fn a_speaker_tagged_he_is_not_named_by_a_womans_name_called_near_him() {
        let text = "Mrs. Pike lit the lamp, and Nora, her maid, went out to the kitchen.\n\n\
                    \"A fire at last,\" said the visitor.\n\n\
                    \"Bring more coal, Nora!\" called Mrs. Pike.\n\n\
                    \"And a candle,\" he said.";
        // Nora is called away to the kitchen: the visitor, a `he`, is someone else
        assert_eq!(speaker_of(&parse(text, "t"), "A fire at last"), "the visitor");
    }

    #[test]
    fn a_newcomer_is_not_renamed_by_a_name_the_narration_gave_before() {
        let text = "Mr. Quill and Nell sat by the fire.\n\n\
                    \"It is cold tonight,\" said Nell.\n\n\
                    \"Colder tomorrow,\" broke in a tall gentleman.\n\n\
                    \"Do you think so, Mr. Quill?\" said Nell.";
        // Nell turns to Mr. Quill: the gentleman, brought in by `a`, is someone else
        assert_eq!(speaker_of(&parse(text, "t"), "Colder tomorrow"), "a tall gentleman");
    }
}
