//! The narration running into a quote that names whose voice it is (`And above them all rose the
//! voice of the tall lady, crying:`): the one described speaks.

use crate::script::english;
use crate::script::words::{Word, only_space};

/// The description after the last `the voice of` in `ws` (`the tall lady`), as written: a
/// determiner, lower-case words and a noun for a person, with nothing but spaces between.
pub(super) fn described_voice(source: &str, ws: &[Word]) -> Option<String> {
    let k = (1..ws.len().saturating_sub(2)).rev().find(|&k| {
        ws[k].lower(source) == "voice" && ws[k - 1].lower(source) == "the" && ws[k + 1].lower(source) == "of" && english::is(english::TAG_DETERMINERS, &ws[k + 2].lower(source))
    })?;
    let det = k + 2;
    for h in det + 1..(det + 4).min(ws.len()) {
        if !only_space(source, ws[h - 1].end, ws[h].start) || ws[h].capitalised(source) {
            return None;
        }
        let noun = ws[h].lower(source);
        if english::is(english::PLAIN_PERSON_NOUNS, &noun) || english::is(english::PERSON_NOUNS, &noun) {
            return Some(source[ws[det].start..ws[h].end].split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::script::sieves::speakers;

    #[test]
    fn the_voice_of_a_described_person_running_into_a_quote_is_hers() {
        let text = "Nell, Greta and Oskar sat at the long table with the other guests.\n\n\
                    \"Try the fish,\" said Oskar.\n\n\
                    \"No!\" cried a voice from the end of the table.\n\n\
                    \"Who is that?\" whispered Nell to Greta.\n\n\
                    The talk grew loud, and above it all rose the voice of the tall lady, crying: \"Never the fish! The soup is far better.\"";
        // the voice heard first is the lady the narration then brings on
        assert_eq!(speakers(text), ["Oskar", "the tall lady", "Nell", "the tall lady"]);
    }
}
