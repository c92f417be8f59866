//! Reading the narration right before a quote: its last sentence, a role opening it, the
//! people it names, someone it brings on.

use super::State;
use crate::script::NARRATOR;
use crate::script::coreference;
use crate::script::english;
use crate::script::segment::Para;
use crate::script::words::{Word, last_sentence, only_space, words};

impl State<'_> {
    /// The one a role description opening the sentence right before the quote names (`The
    /// gatekeeper surveyed the vehicle. "A handsome maid," he said`), when its gender fits: the
    /// sentence is the narration before the quote in its paragraph, else the last one of the
    /// narration paragraph before. A noun for anyone (`the boy`) is often a named character
    /// again, so only role nouns (`guide`, `surgeon`) count.
    pub(super) fn role_before(&mut self, female: bool, para: &Para) -> Option<String> {
        let (begin, end) = self.sentence_before(para)?;
        self.role_opening(words(self.source, begin, end), Some(female), false)
    }

    /// The one a role description opening the sentence `ws`, or its last clause, names (`The
    /// gatekeeper surveyed the vehicle.`), when its gender fits `female` (any, for `None`): the
    /// character with that title or role, else an unnamed speaker. With `described`, any person
    /// noun behind a modifier counts as a role (`The lath-like stripling frowned.`).
    pub(super) fn role_opening(&mut self, ws: Vec<Word>, female: Option<bool>, described: bool) -> Option<String> {
        // `…came to an end, and the coffin-maker looked up.`, `The boys ran off up the hill, and
        // the clerk stood on the slip`: the subject of the sentence's last clause, who acted last.
        let last_clause = (1..ws.len()).rev().find(|&k| {
            let gap = &self.source[ws[k - 1].end..ws[k].start];
            gap.contains(';') || gap.contains(',') && ws[k].lower(self.source) == "and"
        });
        if let Some(who) = self.role_heading(&ws, female, described) {
            return Some(who);
        }
        let k = last_clause?;
        self.role_heading(&ws[k + usize::from(ws[k].lower(self.source) == "and")..], female, described)
    }

    /// The one a role description opening `ws` names, as for [`Self::role_opening`].
    fn role_heading(&mut self, ws: &[Word], female: Option<bool>, described: bool) -> Option<String> {
        if ws.first()?.lower(self.source) != "the" {
            return None;
        }
        // a maker or keeper of something (`coffin-maker`, `door-keeper`, `stationmaster`) is a
        // role too
        let compound = |w: &str| w.contains('-') && english::is_agent_noun(w) || english::is_compound_person_noun(w);
        let h = (1..ws.len().min(4)).find(|&h| english::is_person_noun(&ws[h].lower(self.source)) || compound(&ws[h].lower(self.source)))?;
        let head = ws[h].lower(self.source);
        let adjectives = ws[1..h].iter().all(|w| !w.capitalised(self.source) && !w.lower(self.source).ends_with("'s"));
        let clash = female.is_some_and(|f| english::gender_of_word(&head) == Some(!f) || f && english::gender_of_word(&head).is_none());
        // Right before its quote, a described person (`The lath-like stripling frowned.`) acts
        // as a role does.
        let described = described && h > 1;
        let listed = english::is(english::PERSON_NOUNS, &head) || compound(&head) || described;
        if !adjectives || !listed || !(english::is_role_noun(&head) || described) || clash {
            return None;
        }
        let name = format!("the {}", self.source[ws[1].start..ws[h].end].split_whitespace().collect::<Vec<_>>().join(" "));
        if let Some(id) = coreference::titled(self.chars, &name).or_else(|| coreference::role(self.chars, &name)) {
            return Some(self.chars.list[id].name.clone());
        }
        let who = self.describe(&name, female);
        Some(match female {
            Some(f) => self.learn_gender(&who, f),
            None => who,
        })
    }

    /// The one a relation of untold gender (`her cousin`) means: `Curtis and Florence returned
    /// to the library. "Florence," said her cousin`. Of the named people in the sentence right
    /// before the quote (as for [`Self::role_before`]), the relation is the one left when the
    /// one addressed and those of the possessor's gender are set aside, and the possessor is
    /// there too.
    pub(super) fn relation_in_sentence_before(&self, possessor_female: bool, para: &Para, not: Option<&str>) -> Option<String> {
        let people = self.named_in_sentence_before(para)?;
        if !people.iter().any(|p| self.gender(p) == Some(possessor_female)) {
            return None;
        }
        let mut rest = people.into_iter().filter(|p| Some(*p) != not && self.gender(p) != Some(possessor_female));
        let one = rest.next()?;
        rest.next().is_none().then(|| one.to_string())
    }

    /// The sentence right before the quote: the narration before it in its paragraph, else the
    /// last sentence of the narration paragraph before.
    pub(super) fn sentence_before(&self, para: &Para) -> Option<(usize, usize)> {
        let (start, end) = self.narration_before(para)?;
        Some(last_sentence(self.source, start, end))
    }

    /// The narration just before the quote: its paragraph up to the quote, else the narration
    /// paragraph before.
    pub(super) fn narration_before(&self, para: &Para) -> Option<(usize, usize)> {
        self.narration_before_at(para, self.quote_at)
    }

    /// [`Self::narration_before`] the quote that opens at `open`.
    pub(super) fn narration_before_at(&self, para: &Para, open: usize) -> Option<(usize, usize)> {
        if only_space(self.source, para.start, open) { self.told } else { Some((para.start, open)) }
    }

    /// The last indefinite description with this head noun (`a white man`, `an old man`) in
    /// [`Self::narration_before`] the quote.
    pub(super) fn introduced_before(&self, head: &str, para: &Para) -> Option<String> {
        let (start, end) = self.narration_before(para)?;
        let ws = words(self.source, start, end);
        let h = (1..ws.len()).rev().find(|&h| ws[h].lower(self.source) == head)?;
        let a = (h.saturating_sub(3)..h).find(|&a| matches!(ws[a].lower(self.source).as_str(), "a" | "an"))?;
        let adjectives = ws[a + 1..h].iter().all(|w| !w.capitalised(self.source) && !english::is_person_noun(&w.lower(self.source)));
        let phrase = self.source[ws[a].start..ws[h].end].split_whitespace().collect::<Vec<_>>().join(" ");
        (adjectives && !phrase.contains([',', '.', ';'])).then(|| phrase.to_lowercase())
    }

    /// The named people of [`Self::sentence_before`].
    pub(super) fn named_in_sentence_before(&self, para: &Para) -> Option<Vec<&str>> {
        let (begin, end) = self.sentence_before(para)?;
        let mut people: Vec<&str> = Vec::new();
        for e in self.events_from(begin).iter().take_while(|e| e.at < end) {
            if e.person && e.who != NARRATOR && e.character.is_some() && !people.contains(&e.who.as_str()) {
                people.push(&e.who);
            }
        }
        Some(people)
    }
}
