//! Resolving `he` or `she` in a speech tag to a speaker: an antecedent in the paragraph, the
//! one acting or addressed just before, or the conversation's one of that gender.

use super::{Event, State};
use crate::script::NARRATOR;
use crate::script::english;
use crate::script::segment::Para;
use crate::script::tags::Tag;
use crate::script::words::{last_sentence, only_space, words};

/// How a pronoun tag resolved to a name the line before called out and no character bears yet.
pub(super) const CALLED_STRANGER: &str = "called in the line before";

impl State<'_> {
    /// The people a pronoun tag's own clause names after its pronoun, up to its verb (`He
    /// beckoned Kronborg into the room and said`): objects, not the speaker.
    pub(super) fn bound(&self, tag: &Tag) -> Vec<String> {
        let n = tag.phrase.split_whitespace().count();
        let ws = words(self.source, tag.at, (tag.at + 2 * tag.phrase.len()).min(self.source.len()));
        let end = ws.get(n.saturating_sub(1)).map_or(tag.at, |w| w.end);
        self.events_from(tag.at + 1).iter().take_while(|e| e.at < end).filter(|e| e.person).map(|e| e.who.clone()).collect()
    }

    /// Resolves `he`/`she` at `at`: who, confidence, and which rule.
    pub(super) fn pronoun(&self, female: bool, at: usize, para: &Para, not: Option<&str>, answers: bool, bound: &[String]) -> Option<(String, f32, &'static str)> {
        let tag_at = at;
        // `he replied` right after a line: someone other than its speaker replies.
        let replied_to = self.turns.last().map(String::as_str).filter(|_| answers && self.quiet == 0);
        // `He beckoned Kronborg in and said`: a name the pronoun's own clause names after it is
        // someone else (its object), never the pronoun.
        let matches = |e: &Event| e.female == Some(female) && Some(e.who.as_str()) != not && !bound.contains(&e.who);
        // An antecedent in the same paragraph before the tag: the first sentence subject, whom
        // the paragraph is about (`Mrs. Hall lit the fire … and Millie, her maid, … she carried`),
        // rather than the last one named in passing (measured: 14 more lines right than the last).
        // Names only: a pronoun the narration resolved earlier is a guess of the same kind.
        let named = |e: &Event| !matches!(self.source[e.at..].split(|c: char| !c.is_alphabetic()).next(), Some("he" | "He" | "she" | "She"));
        let in_para: Vec<&Event> = self.events_from(para.start).iter().filter(|e| e.at < tag_at && e.person && matches(e) && named(e)).collect();
        // `Buck Mulligan wiped the razor. Then, gazing over it, he said:` continues the sentence before.
        let (tag_sentence, _) = last_sentence(self.source, para.start, tag_at);
        let (before_start, _) = last_sentence(self.source, para.start, tag_sentence);
        let just_before = in_para.iter().find(|e| e.subject && e.at >= before_start && e.at < tag_sentence && tag_sentence > para.start);
        // `But Mrs. Hilbery was immediately sensitive …, and leaning across the table she
        // observed` names her in the tag's own sentence.
        let in_sentence = in_para.iter().find(|e| e.subject && e.at >= tag_sentence && tag_sentence > para.start);
        if let Some(e) = in_sentence.or(just_before).or_else(|| in_para.iter().find(|e| e.subject)).or(in_para.last()) {
            return Some((e.who.clone(), if e.subject { 0.7 } else { 0.6 }, "in the paragraph"));
        }
        // `"That's my principle," said my uncle. "…," he added`: with nobody named before it, a
        // tag earlier in the paragraph named the speaker, who is no event yet (a description
        // often never is one). Not for a reply (`"No," he answered`), which is someone else's.
        if let Some(who) = self.said_here.as_deref().filter(|w| !answers && !bound.iter().any(|b| b == w) && self.gender(w) != Some(!female) && Some(*w) != not && *w != NARRATOR) {
            return Some((who.to_string(), 0.75, "said earlier in the paragraph"));
        }
        // `Curtis darted a glance at Florence.` ending the paragraph before: the one who then
        // speaks is the one who acted, when nobody acts in the quote's own paragraph first; with
        // no name in that last sentence, the one the paragraph opened with.
        let acted_here = self.events_from(para.start).iter().any(|e| e.at < tag_at && e.person);
        if !acted_here
            && let Some((start, end)) = self.told
        {
            let (begin, _) = last_sentence(self.source, start, end);
            // `He glanced round and saw that … Mr. Fortescue was a celebrity`: a pronoun opening
            // the sentence is its subject, before a name deep in it.
            let opens = |e: &Event| self.source[begin..e.at].trim_start().is_empty();
            let subject = |from: usize| self.events_from(from).iter().take_while(|e| e.at < end).find(|e| e.person && e.subject && matches(e) && (named(e) || from == begin && opens(e)));
            if let Some(e) = subject(begin).or_else(|| subject(start)) {
                return Some((e.who.clone(), 0.6, "acting in the paragraph before"));
            }
        }
        // The one the line before addressed by name, answering; not when this line calls a group
        // (`What a father you have, girls!`), which she is one of.
        if let Some(addressed) = self.addressed.as_ref().filter(|a| *a != NARRATOR)
            && !self.calls_group
            && self.gender(addressed) != Some(!female)
            && Some(addressed.as_str()) != not
            && self.turns.last() != Some(addressed)
            && !bound.contains(addressed)
        {
            return Some((addressed.clone(), 0.6, "addressed in the line before"));
        }
        // `"Feel pretty sick, Thea?" he asked. // She looked at him. "I thought…," she spoke`: a
        // first name of her gender the line before called out answers, though the narration
        // never named her.
        if let Some(name) = self.called_stranger.as_deref().filter(|n| english::first_name_gender(n) == Some(female) && Some(*n) != not) {
            return Some((name.to_string(), 0.5, CALLED_STRANGER));
        }
        // In a conversation, the one of the last two speakers with that gender.
        let mut two: Vec<&str> = Vec::new();
        for t in self.turns.iter().rev() {
            if !two.contains(&t.as_str()) {
                two.push(t);
            }
            if two.len() == 2 {
                break;
            }
        }
        // One who has left the scene (`he left the room`) says nothing more.
        let fits: Vec<&str> = two.iter().copied().filter(|t| self.gender(t) == Some(female) && Some(*t) != not && Some(*t) != replied_to && !self.is_gone(t)).collect();
        if fits.len() == 1 {
            return Some((fits[0].to_string(), 0.5, "the conversation's one"));
        }
        // `—Scutter! he cried. // He came over and, thrusting a hand into Stephen's pocket,
        // said:`: a pronoun opening the paragraph right after a line goes on with its speaker.
        if fits.len() == 2 && self.goes_on(female, para) {
            return Some((fits[0].to_string(), 0.35, "the last speaker going on"));
        }
        if fits.len() == 2 {
            return Some((fits[1].to_string(), 0.35, "the conversation's other"));
        }
        let matches = |e: &Event| matches(e) && Some(e.who.as_str()) != replied_to;
        if let Some(e) = self.recent(tag_at, |e| matches(e) && e.subject) {
            return Some((e.who.clone(), 0.45, "recent subject"));
        }
        if let Some(e) = self.recent(tag_at, matches) {
            return Some((e.who.clone(), 0.4, "recent"));
        }
        if let Some(e) = self.recent(tag_at, |e| e.female.is_none() && e.who != NARRATOR && Some(e.who.as_str()) != not) {
            return Some((e.who.clone(), 0.5, "gender unknown"));
        }
        None
    }

    /// Whether the narration right before the quote follows the last line directly and opens
    /// with this pronoun (`"Blast!" he cried. // He came over and said:`).
    fn goes_on(&self, female: bool, para: &Para) -> bool {
        let Some((start, end)) = self.narration_before(para) else { return false };
        let fresh = match self.quiet {
            0 => !only_space(self.source, para.start, self.quote_at),
            1 => self.told.map(|t| t.0) == Some(start),
            _ => false,
        };
        let first = self.source[start..end].split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty());
        fresh && first.is_some_and(|w| w.eq_ignore_ascii_case(if female { "she" } else { "he" }))
    }
}
