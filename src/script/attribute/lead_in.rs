//! The lead-in of a quotation set off in a paragraph of its own: the previous paragraph, when it
//! ends with a colon (`This was the page the book fell open at:`), introduces it, and says
//! whether it is text on a page or imagined words rather than speech.

use super::State;
use crate::script::english;
use crate::script::segment::{Para, ParaKind, Quote};
use crate::script::words::words;

impl State<'_> {
    /// Whether the quotation opening `para` is written text (`the inscription below read:`) or
    /// imagined words (`might have been put into words like this:`) by the last sentence of the
    /// paragraph before, which ends with a colon.
    pub(super) fn lead_in_not_speech(&self, q: &Quote, para: &Para, prev: Option<&Para>) -> bool {
        let source = self.source;
        let Some(prev) = prev.filter(|p| p.kind == ParaKind::Body) else { return false };
        if !source[para.start..q.open].trim().is_empty() || q.dash {
            return false;
        }
        let text = &source[prev.start..prev.end];
        if !text.trim_end_matches(['-', '—']).ends_with(':') {
            return false;
        }
        let from = prev.start + text.rfind(['.', '!', '?', ';', '"', '“', '”']).map_or(0, |i| i + 1);
        let sentence = words(source, from, prev.end);
        let lower = source[from..prev.end].to_lowercase();
        // A letter opens with its salutation (`My dear friend,`): its writer's words.
        let letter = english::LETTER_OPENINGS.iter().any(|o| source[q.start..q.end].to_lowercase().starts_with(o));
        let cues: Vec<String> = sentence.iter().rev().take(10).map(|w| w.lower(source)).collect();
        let written = !letter && cues.iter().any(|w| english::is(english::WRITTEN_CUES, w) || english::is(english::PAGE_CUES, w));
        // A verb of saying makes the lead-in a tag (`the page bowed and announced:`, `said, with
        // more warmth than might have been expected:`).
        let talk = sentence.iter().any(|w| english::is(english::SPEECH_VERBS, &w.lower(source)) || english::is(english::TALKING, &w.lower(source)));
        !talk && (written || english::IMAGINED_CUES.iter().any(|c| lower.contains(c)))
    }
}

#[cfg(test)]
mod tests {
    use crate::script::sieves::dialogue;

    #[test]
    fn a_page_set_off_after_a_colon_is_narration() {
        let text = "Tom turned to the flyleaf. Under the stamp was his uncle's handwriting:\n\n\"Left to the parish school, March 3, 1850.\"\n\n\"Who wrote that?\" asked Tom.";
        assert_eq!(dialogue(text), ["Who wrote that?"]);
    }

    #[test]
    fn a_page_running_on_into_the_next_paragraph_is_narration() {
        let text = "Tom turned to the page the old atlas always fell open at:\n\n\"PLATE IX. THE NORTHERN SEAS.\n\n\"Soundings in fathoms; ice limits as of 1840.\"\n\n\"Who drew that?\" asked Tom.";
        assert_eq!(dialogue(text), ["Who drew that?"]);
    }

    #[test]
    fn imagined_words_set_off_after_a_colon_are_narration() {
        let text = "Nell sat frowning at her sums. Her mood might have been put into words like this:\n\n\"Nothing adds up, and nobody cares.\"\n\n\"Finished?\" asked her brother.";
        assert_eq!(dialogue(text), ["Finished?"]);
    }

    #[test]
    fn a_page_boy_announcing_is_speech() {
        let text = "The page bowed low and announced:\n\n\"The Earl of Wessex, my lady.\"";
        assert_eq!(dialogue(text), ["The Earl of Wessex, my lady."]);
    }

    #[test]
    fn a_letter_set_off_after_a_colon_is_its_writer_s() {
        let text = "Before he sailed, he wrote me this note:\n\n\"My dear Kit, look after the dog.\"";
        assert_eq!(dialogue(text), ["My dear Kit, look after the dog."]);
    }
}
