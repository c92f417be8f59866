//! Resolving a described subject (`said the doctor`, `replied his wife`) to a speaker: a name
//! in the description, a title or role someone bears, the one on stage it can be, or a new
//! unnamed speaker.

use super::{STAGE_BYTES, State};
use crate::script::NARRATOR;
use crate::script::coreference;
use crate::script::english;
use crate::script::segment::Para;
use crate::script::tags::Tag;

impl State<'_> {
    /// Resolves a tag whose subject is the description `full`, confirmed by a verb of saying
    /// or not as `tag_conf` tells.
    pub(super) fn described(&mut self, tag: &Tag, full: &str, para: &Para, not: Option<&str>, tag_conf: f32) -> (String, f32) {
        // `the man who had come in` is resolved as `the man`, and named in full.
        let d = english::description_core(full);
        let lower = d.to_lowercase();
        // `replied the poet Syme`: the name in the description.
        if let Some(id) = coreference::name_in(self.chars, &d.split_whitespace().collect::<Vec<_>>()) {
            return (self.chars.list[id].name.clone(), 0.9 * tag_conf);
        }
        // `said the doctor` when one character carries that title (Dr. Archie);
        // `continued the sergeant` when two carry it: the one of them on stage.
        let bearers = coreference::title_bearers(self.chars, d);
        if let [id] = bearers[..] {
            return (self.chars.list[id].name.clone(), 0.6 * tag_conf);
        }
        if let Some(who) = self.one_on_stage(&bearers, tag.at) {
            return (who, 0.5 * tag_conf);
        }
        // `said the painter` after `Basil Hallward, the painter,`.
        if let Some(id) = coreference::role(self.chars, d) {
            return (self.chars.list[id].name.clone(), 0.6 * tag_conf);
        }
        let female = lower.split(' ').filter_map(english::gender_of_word).next_back();
        // `"…, don't you, Good?" "Rather," said that gentleman`: a demonstrative points
        // back at the one just called, else at the last one named, never the last speaker.
        let demonstrative = lower.starts_with("that ") || lower.starts_with("this ");
        let head = english::description_head(&lower);
        if demonstrative && english::is_person_noun(&head) && !english::is(english::NEWCOMER_NOUNS, &head) {
            let last = self.turns.last().cloned();
            let fits = |who: &str| Some(who) != last.as_deref() && Some(who) != not && self.gender(who) != female.map(|f| !f);
            let called = self.addressed.clone().filter(|a| fits(a) && a != NARRATOR);
            let named = || self.recent(tag.at, |e| fits(&e.who) && e.who != NARRATOR && e.character.is_some()).map(|e| e.who.clone());
            if let Some(who) = called.or_else(named) {
                return (who, 0.5 * tag_conf);
            }
        }
        // `said his wife` with Mrs. Bennet on stage: the one named character it can be.
        if female.is_some() && !lower.starts_with("a ") && !lower.starts_with("an ") && !lower.starts_with("my ") {
            // nor the one the tag's own clause names (`The fellow turned to Simon and said:`)
            let bound = self.bound(tag);
            let mut named: Vec<&str> = Vec::new();
            for e in self.events.iter().rev().filter(|e| e.at < tag.at).take_while(|e| e.at + STAGE_BYTES >= tag.at) {
                // never the one the quote addresses (`Katharine?` her mother demanded)
                if e.person && e.female == female && e.who != NARRATOR && Some(e.who.as_str()) != not && e.character.is_some() && !named.contains(&e.who.as_str()) && !bound.contains(&e.who) {
                    named.push(&e.who);
                }
            }
            // `said her cousin`: `her` is someone else, and a cousin's gender is untold (`his
            // advice concluded` is his own, though).
            let possessive = lower.starts_with("his ") || lower.starts_with("her ");
            let head = lower.rsplit(' ').next().unwrap_or("");
            let untold = possessive && english::gender_of_word(head).is_none() && english::is_person_noun(head);
            // `asked a gentleman` … `said the gentleman`: the one described before, on stage.
            let described_on_stage = lower.starts_with("the ")
                && self.unnamed.iter().any(|u| u.head == head && !u.group && self.recent(tag.at, |e| e.who == u.name).is_some());
            // `There came a man and a burro. "Hello," called the man`: someone new, whom
            // the narration just brought in, not the named one on stage (`the tall man`
            // for `a tall man`, never `the young woman` for `a foreign woman`).
            if lower.starts_with("the ")
                && let Some(introduced) = self.introduced_before(head, para)
                && lower.split(' ').skip(1).all(|w| introduced.split(' ').any(|i| i == w))
            {
                return (self.describe(&introduced, female), 0.5 * tag_conf);
            }
            // `replied the mother` resolved to Mrs. Morel before: she again, though off
            // stage now.
            if let Some(who) = self.described.get(&lower).filter(|w| Some(w.as_str()) != not) {
                return (who.clone(), 0.5 * tag_conf);
            }
            // `"Wake up," said a rough voice. … "Up!" said the man`: the voice was his.
            let bare = lower.split(' ').count() == 2 && english::is(english::GENERIC_PERSON_NOUNS, head);
            if bare
                && !described_on_stage
                && let Some(voice) = self.turns.last().filter(|t| self.unnamed.iter().any(|u| &u.name == *t && u.head == "voice" && u.female != female.map(|f| !f)))
            {
                let voice = voice.clone();
                if let Some(f) = female {
                    self.learn_gender(&voice, f);
                }
                return (voice, 0.5 * tag_conf);
            }
            // `said a young officer` … `said the young man`: a noun for anyone with adjectives is
            // the speaker of the conversation those adjectives described.
            if let Some(who) = self.same_adjectives(&lower, head, female) {
                return (who, 0.5 * tag_conf);
            }
            // `said his lady` to Mr. Bennet: the one with his surname under a wife's title. The
            // man addressed comes first, then the named people of that gender on stage.
            let kinship = coreference::kinship(d);
            let mut possessors: Vec<usize> = Vec::new();
            if let Some((possessor_female, _)) = kinship {
                let addressed = not.and_then(|n| self.chars.lookup(n)).filter(|&id| self.chars.list[id].female != Some(!possessor_female));
                let recent = self.events.iter().rev().filter(|e| e.at < tag.at).take_while(|e| e.at + STAGE_BYTES >= tag.at);
                let recent = recent.filter(|e| e.person && e.female == Some(possessor_female)).filter_map(|e| e.character);
                for id in addressed.into_iter().chain(recent) {
                    if !possessors.contains(&id) {
                        possessors.push(id);
                    }
                }
            }
            // `"…," said Mrs. Quill. // "…," said her husband` is no Tom: a spouse or parent
            // shares the possessor's surname.
            let kin_of_another = || named.len() == 1 && self.chars.lookup(named[0]).is_some_and(|id| coreference::another_family(self.chars, id, &possessors));
            // `Ivy's phone rang. … "Of course," her mother said`: the one woman on stage is the
            // `her`, not her own mother.
            let possessor = possessive && named.len() == 1 && self.chars.lookup(named[0]).is_some_and(|id| possessors == [id]);
            if named.len() == 1 && !untold && !described_on_stage && !kin_of_another() && !possessor {
                return (named[0].to_string(), 0.5 * tag_conf);
            }
            // `beckoned by Lucy. "So glad," said the girl`: a noun for anyone, with several
            // of its gender on stage, is the one of them the sentence before names.
            let anyone = lower.starts_with("the ") && english::is(english::GENERIC_PERSON_NOUNS, head) && !described_on_stage;
            if anyone
                && let Some(people) = self.named_in_sentence_before(para)
                && let [one] = people.iter().filter(|p| Some(**p) != not && self.gender(p) == female && !bound.iter().any(|b| b == *p)).collect::<Vec<_>>()[..]
            {
                return (one.to_string(), 0.5 * tag_conf);
            }
            if untold && let Some(who) = self.relation_in_sentence_before(lower.starts_with("her "), para, not) {
                return (who, 0.5 * tag_conf);
            }
            if let Some((_, relative_female)) = kinship {
                if let Some(id) = coreference::relative(self.chars, relative_female, &possessors) {
                    return (self.chars.list[id].name.clone(), 0.6 * tag_conf);
                }
                let on_stage: Vec<usize> = named.iter().filter_map(|n| self.chars.lookup(n)).collect();
                if let Some(id) = coreference::married_on_stage(self.chars, relative_female, &on_stage) {
                    return (self.chars.list[id].name.clone(), 0.5 * tag_conf);
                }
            }
            // `replied the mother` (no possessor): the one married-titled character of
            // that gender on stage (`Mrs. Morel` beside her daughter Annie).
            let bare_kin = lower.split(' ').count() == 2 && lower.starts_with("the ") && head != "lady";
            if bare_kin && let Some(relative_female) = english::kin_noun(head) {
                let on_stage: Vec<usize> = named.iter().filter_map(|n| self.chars.lookup(n)).collect();
                if let Some(id) = coreference::married_on_stage(self.chars, relative_female, &on_stage) {
                    return (self.chars.list[id].name.clone(), 0.5 * tag_conf);
                }
            }
            if let Some(who) = self.other_party(tag, &lower, female, not) {
                return (who, 0.45 * tag_conf);
            }
            // `"May I dry them?" she said. // "Leave the hat," said her visitor`: not her maid.
            if untold && let Some(who) = self.possessors_partner(female) {
                return (who, 0.45 * tag_conf);
            }
            // `replied his step-son` to the last speaker: the other one of that gender.
            let last = self.turns.last().map(String::as_str);
            if possessive && named.len() == 2 && last.is_some_and(|l| named.contains(&l)) {
                let other = named.iter().find(|n| Some(**n) != last).unwrap();
                return (other.to_string(), 0.45 * tag_conf);
            }
        }
        (self.describe(full, female), 0.45 * tag_conf)
    }

    /// The one unnamed speaker of the last four turns whose description carries every adjective
    /// of `lower` (`the young man`, a noun for anyone) under another person noun not of the other
    /// gender (`a young officer`).
    fn same_adjectives(&self, lower: &str, head: &str, female: Option<bool>) -> Option<String> {
        if !lower.starts_with("the ") || !english::is(english::PLAIN_PERSON_NOUNS, head) {
            return None;
        }
        let adjectives: Vec<&str> = lower.split(' ').skip(1).take_while(|w| *w != head).collect();
        if adjectives.is_empty() {
            return None;
        }
        let recent = &self.turns[self.turns.len().saturating_sub(4)..];
        let mut fits = self.unnamed.iter().filter(|u| {
            let carries = || {
                let words = u.name.to_lowercase();
                adjectives.iter().all(|a| words.split(' ').any(|w| w == *a))
            };
            u.head != head && !u.group && u.female != female.map(|f| !f) && recent.contains(&u.name) && carries()
        });
        let one = fits.next()?;
        fits.next().is_none().then(|| one.name.clone())
    }

    /// The owner of a voice noun (`girl's voice` → `girl`): a person noun before `'s`.
    pub(super) fn voice_owner(noun: &str) -> Option<&str> {
        let owner = noun.strip_suffix(" voice").and_then(|o| o.strip_suffix("'s").or_else(|| o.strip_suffix("\u{2019}s")))?;
        english::is_person_noun(&english::description_head(&owner.to_lowercase())).then_some(owner)
    }

    /// The one of `bearers` (the characters carrying a title) on stage at `at`: Sergeant Bibot at
    /// the gate, not Sergeant Grospierre named pages before.
    fn one_on_stage(&self, bearers: &[usize], at: usize) -> Option<String> {
        if bearers.is_empty() {
            return None;
        }
        let stage = self.events.iter().rev().filter(|e| e.at < at).take_while(|e| e.at + STAGE_BYTES >= at);
        let mut present = stage.filter(|e| e.character.is_some_and(|id| bearers.contains(&id))).map(|e| e.who.as_str());
        let one = present.next()?;
        present.all(|w| w == one).then(|| one.to_string())
    }
}

#[cfg(test)]
mod tests {
    use crate::script::sieves::speakers;

    #[test]
    fn a_noun_for_anyone_with_the_adjectives_of_a_speaker_is_that_speaker() {
        let text = "Mr. Hale walked by the river.\n\n\
                    \"A fine morning,\" said a young sailor.\n\n\
                    \"It is,\" said Mr. Hale.\n\n\
                    \"Come along, then,\" said the young man.";
        assert_eq!(speakers(text)[2], "a young sailor");
        // no adjective shared: someone else
        assert_ne!(speakers(&text.replace("the young man", "the old man"))[2], "a young sailor");
    }

    #[test]
    fn a_spouse_is_no_named_one_of_another_family() {
        let text = "Tom and Mrs. Quill sat by the fire.\n\n\
                    \"Where is the boy?\" asked Tom.\n\n\
                    \"He left at nine,\" said Mrs. Quill.\n\n\
                    \"He was always late,\" said her husband.";
        assert_eq!(speakers(text)[2], "her husband");
        // one who carries her surname may be
        assert_eq!(speakers(&text.replace("Tom", "Tom Quill"))[2], "Tom Quill");
    }

    #[test]
    fn a_voice_with_an_owner_is_the_owners() {
        let text = "Tom knocked at the office door.\n\n\"Come in,\" called a girl's voice.";
        assert_eq!(speakers(text), ["a girl"]);
    }
}
