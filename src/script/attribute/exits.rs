//! Departures: someone the narration sends off the scene (`Concluding thus, the parson rode on
//! his way.`, `When he was gone, …`) takes no more turns in the conversation and is no longer on
//! stage, until the text brings them up again.

use super::{Event, STAGE_BYTES, State};
use crate::script::NARRATOR;
use crate::script::english;
use crate::script::segment::{Para, Quote};
use crate::script::words::{last_sentence, words};

impl State<'_> {
    /// Reads the narration of `para` for departures and takes the one leaving off the stage;
    /// returns whether someone left.
    pub(super) fn exits(&mut self, para: Para, quotes: &[Quote]) -> bool {
        let mut left = false;
        let source = self.source;
        let inside = |at: usize| quotes.iter().any(|q| at >= q.open && at < q.close.unwrap_or(q.end));
        let ws: Vec<_> = words(source, para.start, para.end).into_iter().filter(|w| !inside(w.start)).collect();
        // Compared in place, without a lower-case copy of every word: this reads all narration.
        let is = |k: usize, x: &str| ws.get(k).is_some_and(|w| w.text(source).eq_ignore_ascii_case(x));
        for (k, w) in ws.iter().enumerate() {
            let runs = |exit: &&[&str]| exit.iter().enumerate().all(|(j, x)| is(k + j, x));
            if !english::EXITS.iter().any(runs) {
                continue;
            }
            let negated = k > 0 && ["not", "never", "to"].iter().any(|x| is(k - 1, x));
            // `He disappeared within his room, still talking. "Look at McQuirk…"`: not gone yet.
            let speaks_on = quotes.iter().any(|q| q.open > w.start);
            if negated || speaks_on {
                continue;
            }
            // The one leaving is the nearest subject before the verb in its sentence.
            let (sentence, _) = last_sentence(source, para.start, w.start);
            let leaving = self.events_from(sentence).iter().take_while(|e| e.at < w.start).filter(|e| e.person && e.subject && e.who != NARRATOR).last();
            if let Some(who) = leaving.map(|e| e.who.clone()) {
                self.gone.push((who, w.start));
                left = true;
            }
        }
        left
    }

    /// Forgets the departures of those the paragraph from `at` brings up again, and the old
    /// ones (the stage has moved on). Narration may follow one who left (`While the little
    /// drummer was drinking…`); only a paragraph with speech, once attributed, calls this.
    pub(super) fn come_back(&mut self, at: usize) {
        let here = &self.events[self.events.partition_point(|e| e.at < at)..];
        self.gone.retain(|(who, left)| left + STAGE_BYTES >= at && !here.iter().any(|e| e.at > *left && e.who == *who));
    }

    /// Whether the person of event `e` has left the scene since, as of byte `at`.
    pub(super) fn has_left(&self, e: &Event, at: usize) -> bool {
        self.gone.iter().any(|(who, left)| *who == e.who && e.at < *left && *left < at)
    }

    /// Whether `who` has left the scene and not come back.
    pub(super) fn is_gone(&self, who: &str) -> bool {
        self.gone.iter().any(|(w, _)| w == who)
    }
}
