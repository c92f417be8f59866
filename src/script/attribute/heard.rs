//! `He heard her speak.` ending the paragraph before a quotation: the one heard, a `him` or a
//! `her`, speaks it, and is not the hearer.

use super::State;
use crate::script::english;
use crate::script::segment::Para;
use crate::script::words::{last_sentence, words};

impl State<'_> {
    /// The one a `heard him say`/`heard her speak` closing paragraph `p` hears: the most recent
    /// person of that gender before it other than the hearer.
    pub(super) fn heard_pronoun(&self, p: &Para) -> Option<String> {
        let source = self.source;
        let (from, _) = last_sentence(source, p.start, p.end);
        let ws = words(source, from, p.end);
        let k = ws.iter().position(|w| english::is(english::HEARING, &w.lower(source)))?;
        let (pronoun, verb) = (ws.get(k + 1)?.lower(source), ws.get(k + 2)?.lower(source));
        let female = match pronoun.as_str() {
            "her" => true,
            "him" => false,
            _ => return None,
        };
        // The sentence must end there (`He heard her speak.`, not `heard her speak of Rome`).
        if !english::is(english::SAY_INFINITIVES, &verb) || k + 3 != ws.len() {
            return None;
        }
        let hearer = self.events_from(from).iter().take_while(|e| e.at < ws[k].start).filter(|e| e.person).last().map(|e| e.who.clone());
        self.recent(ws[k].start, |e| e.female == Some(female) && Some(&e.who) != hearer.as_ref()).map(|e| e.who.clone())
    }
}

#[cfg(test)]
mod tests {
    use crate::script::sieves::speakers;

    #[test]
    fn the_one_heard_speaking_speaks() {
        let text = "Oskar sat alone in the hall. Nell Brandt came down the stairs and went into the kitchen. Oskar heard her speak.\n\n\"The kettle is on, if anyone wants tea.\"";
        assert_eq!(speakers(text), ["Nell Brandt"]);
    }
}
