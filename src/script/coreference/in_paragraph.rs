//! Naming an unnamed speaker by the narration inside its own paragraph: a paragraph is one
//! speaker's, so a named subject acting between two of its quotations is that speaker.

use super::quoted_names::vocative;
use super::{is_unnamed, same_gender};
use crate::script::Speech;
use crate::script::characters::Characters;
use crate::script::english;
use crate::script::segment::Quote;

/// `"Oh, Emil! …" She went to the pole. … Alexandra turned away. "No, she won't come down."`:
/// when the narration between two quotations of one unnamed speaker (`his sister`) in one
/// paragraph names just one person, as a sentence subject, of the speaker's gender and not
/// addressed by either quotation, the speaker is that person in all its lines.
pub fn name_from_paragraph(source: &str, quotes: &[Quote], speeches: &mut [Option<Speech>], chars: &Characters) {
    for k in 1..quotes.len() {
        let (before, after) = (&quotes[k - 1], &quotes[k]);
        let (Some(a), Some(b)) = (&speeches[k - 1], &speeches[k]) else { continue };
        let group = english::is_plural_person(&english::description_head(&a.speaker));
        if before.para != after.para || a.speaker != b.speaker || !is_unnamed(chars, &a.speaker) || group {
            continue;
        }
        let from = before.close.unwrap_or(before.end);
        if !source[from..after.open].trim_end().ends_with(['.', '!', '?']) {
            continue;
        }
        let mentions = chars.mentions_in(from, after.open);
        let Some(first) = mentions.first() else { continue };
        let id = first.character;
        let female = chars.list[id].female;
        let name = chars.list[id].name.clone();
        let addressed = [before, after].iter().any(|q| vocative(source, q, chars).as_deref() == Some(name.as_str()));
        if !first.subject || female.is_none() || mentions.iter().any(|m| m.character != id) || addressed || !same_gender(chars, &a.speaker, &name) {
            continue;
        }
        let said_by = a.speaker.clone();
        for speech in speeches.iter_mut().flatten().filter(|s| s.speaker == said_by) {
            speech.evidence = format!("{}; named {name} acting between its lines", speech.evidence);
            speech.speaker = name.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::script::sieves::speakers;

    #[test]
    fn a_named_subject_between_an_unnamed_speakers_lines_is_that_speaker() {
        let text = "The boy sat crying on the quay.\n\nHis sister came down the steps.\n\n\
                    \"Why, Tobias! Where is your cap?\" She looked along the quay. NAME shook HIS head. \"It has gone in the water.\"\n\n\
                    \"Yes,\" said Tobias.";
        assert_eq!(speakers(&text.replace("NAME", "Greta").replace("HIS", "her")), ["Greta", "Greta", "Tobias"]);
        // a man named between her lines is not her
        let piet = text.replace("NAME", "Piet").replace("HIS", "his");
        assert_eq!(speakers(&piet), ["his sister", "his sister", "Tobias"]);
    }
}
