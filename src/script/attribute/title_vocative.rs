//! A title called out as a vocative (`Good evening, doctor.`, `Captain, look!`): it addresses the
//! one character who bears that title, who is then not the speaker.

use super::State;
use crate::script::coreference;
use crate::script::english;
use crate::script::segment::Quote;
use crate::script::words::words;

impl State<'_> {
    /// The one character bearing the title the quotation calls out, set off by commas or
    /// closing the quotation (`Can you come, doctor?`); `None` when several or none bear it.
    pub(super) fn title_vocative(&self, q: &Quote) -> Option<String> {
        let source = self.source;
        let ws = words(source, q.start, q.end);
        ws.iter().enumerate().find_map(|(k, w)| {
            let lower = w.lower(source);
            // Kin (`aunt`, `uncle`) name a relation more than a rank: `the old lady` is taught
            // her name by the lines that call her.
            english::title_forms(&lower).filter(|_| !english::is(english::KIN_TITLES, &lower))?;
            let after = ws.get(k + 1).map_or(&source[w.end..q.end], |n| &source[w.end..n.start]);
            let closes = after.trim_start().starts_with([',', '!', '?', '.', ';']) || k + 1 == ws.len();
            let set_off = match k {
                0 => after.trim_start().starts_with([',', '!']),
                _ => source[ws[k - 1].end..w.start].trim() == "," && closes,
            };
            set_off.then(|| coreference::titled(self.chars, &lower)).flatten().map(|id| self.chars.list[id].name.clone())
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::script::sieves::speakers;

    #[test]
    fn the_one_a_title_calls_does_not_speak_the_line() {
        let text = "Dr. Brandt sat reading by the lamp when Oskar Fenn knocked. Dr. Brandt opened the door.\n\nOskar took off his hat and stood dripping on the step.\n\n\"Good evening, doctor. Can you come to the mill with me tonight?\"";
        assert_eq!(speakers(text), ["Oskar Fenn"]);
    }
}
