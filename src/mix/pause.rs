//! Structure-aware pauses: how long the silence before a line is, from what the line and the one
//! before it are. A quote and its speech tag run close together; a new paragraph breathes; a
//! heading stands apart.

use crate::script::{Kind, Line};

/// Silence before the first line and after the last.
pub const EDGE_MS: u32 = 400;

/// The pause between `previous` and `next`, in milliseconds.
pub fn between_ms(previous: &Line, next: &Line) -> u32 {
    match (&previous.kind, &next.kind) {
        (Kind::Heading, _) => 1200,
        (_, Kind::Heading) => 1500,
        _ if previous.paragraph != next.paragraph => 700,
        // A quote and its tag, inside one paragraph: `"Yes," she said, "now."`
        (Kind::Dialogue(_), Kind::Narration) | (Kind::Narration, Kind::Dialogue(_)) => {
            if ends_sentence(&previous.text) { 350 } else { 180 }
        }
        _ => 300,
    }
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ' ', '\n']).ends_with(['.', '!', '?', '…'])
}

/// The number of samples `pause_ms` lasts at `rate`.
pub fn samples(pause_ms: u32, rate: u32) -> usize {
    (u64::from(pause_ms) * u64::from(rate) / 1000) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::{Span, Speech};

    fn line(kind: Kind, paragraph: usize, text: &str) -> Line {
        Line { kind, span: Span { start: 0, end: 0 }, paragraph, text: text.into() }
    }

    #[test]
    fn structure_sets_the_pause() {
        let quote = line(Kind::Dialogue(Speech { speaker: "A".into(), confidence: 1.0, evidence: String::new() }), 1, "Yes,");
        let tag = line(Kind::Narration, 1, "she said.");
        let heading = line(Kind::Heading, 0, "Chapter 1");
        let next_paragraph = line(Kind::Narration, 2, "Later.");
        let tag_pause = between_ms(&quote, &tag);
        let paragraph_pause = between_ms(&tag, &next_paragraph);
        assert!(tag_pause < paragraph_pause && paragraph_pause < between_ms(&heading, &quote));
        assert!(between_ms(&tag, &quote) > tag_pause, "a finished sentence pauses longer");
    }

    #[test]
    fn a_pause_of_n_ms_is_n_times_rate_over_1000_samples() {
        assert_eq!(samples(700, 44_100), 30_870);
        assert_eq!(samples(0, 44_100), 0);
    }
}
