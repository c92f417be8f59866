//! Resolving a speech tag's subject (a name, a pronoun, a description, a voice) to a speaker.

use super::{Event, STAGE_BYTES, State};
use crate::script::NARRATOR;
use crate::script::coreference;
use crate::script::english;
use crate::script::segment::Para;
use crate::script::tags::{self, Subject, Tag};
use crate::script::words::{Word, last_sentence, only_space, words};

/// How a pronoun tag resolved to a name the line before called out and no character bears yet.
const CALLED_STRANGER: &str = "called in the line before";

impl State<'_> {
    /// The people a pronoun tag's own clause names after its pronoun, up to its verb (`He
    /// beckoned Kronborg into the room and said`): objects, not the speaker.
    fn bound(&self, tag: &Tag) -> Vec<String> {
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
        if let Some(e) = just_before.or_else(|| in_para.iter().find(|e| e.subject)).or(in_para.last()) {
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
            let subject = |from: usize| self.events_from(from).iter().take_while(|e| e.at < end).find(|e| e.person && e.subject && matches(e) && named(e));
            if let Some(e) = subject(begin).or_else(|| subject(start)) {
                return Some((e.who.clone(), 0.6, "acting in the paragraph before"));
            }
        }
        // The one the line before addressed by name, answering; not when this line calls a group
        // (`What a father you have, girls!`), which she is one of.
        if let Some(addressed) = &self.addressed
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
        let fits: Vec<&str> = two.iter().copied().filter(|t| self.gender(t) == Some(female) && Some(*t) != not && Some(*t) != replied_to).collect();
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

    /// Resolves a tag's subject to a speaker and a confidence.
    pub(super) fn resolve(&mut self, tag: &Tag, para: &Para, not: Option<&str>) -> (String, f32) {
        let tag_conf = if tag.speech { 1.0 } else { 0.85 };
        match &tag.subject {
            Subject::Name(name) => {
                let id = match self.chars.lookup(name) {
                    Some(id) => id,
                    None => match name.split(' ').next_back().and_then(|last| self.chars.lookup(last)) {
                        Some(id) => id,
                        None => self.chars.add(name, None),
                    },
                };
                // `said Anne` is surer than `Anne said` (measured: 96% against 92%).
                let order = if tag.phrase.starts_with(char::is_uppercase) { 0.9 } else { 0.97 };
                (self.chars.list[id].name.clone(), order * tag_conf)
            }
            Subject::Pronoun(p) if p == "i" => (NARRATOR.to_string(), 0.95 * tag_conf),
            Subject::Pronoun(p) if (p == "he" || p == "she") && let Some(who) = self.role_before(p == "she", para) => {
                self.how = "described in the sentence before";
                (who, 0.6 * tag_conf)
            }
            Subject::Pronoun(p) if p == "he" || p == "she" => match self.pronoun(p == "she", tag.at, para, not, english::answers(&tag.phrase), &self.bound(tag)) {
                Some((who, confidence, how)) => {
                    if how == CALLED_STRANGER {
                        self.chars.add(&who, Some(p == "she"));
                    }
                    self.how = how;
                    (who, confidence * tag_conf)
                }
                None => {
                    let name = if p == "she" { "a woman" } else { "a man" };
                    (self.describe(name, Some(p == "she")), 0.4 * tag_conf)
                }
            },
            Subject::Pronoun(_) => {
                // they / we: a group on stage, else the group named by the pronoun.
                match self.unnamed.iter().rev().find(|u| u.group) {
                    Some(u) => (u.name.clone(), 0.6 * tag_conf),
                    None => (self.describe("they", None), 0.4 * tag_conf),
                }
            }
            Subject::Described(full) => {
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
                    let called = self.addressed.clone().filter(|a| fits(a));
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
                    if named.len() == 1 && !untold && !described_on_stage {
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
                    // `said his lady` to Mr. Bennet: the one with his surname under a wife's title. The
                    // man addressed comes first, then the named people of that gender on stage.
                    if let Some((possessor_female, relative_female)) = coreference::kinship(d) {
                        let mut possessors: Vec<usize> = Vec::new();
                        let addressed = not.and_then(|n| self.chars.lookup(n)).filter(|&id| self.chars.list[id].female != Some(!possessor_female));
                        let recent = self.events.iter().rev().filter(|e| e.at < tag.at).take_while(|e| e.at + STAGE_BYTES >= tag.at);
                        let recent = recent.filter(|e| e.person && e.female == Some(possessor_female)).filter_map(|e| e.character);
                        for id in addressed.into_iter().chain(recent) {
                            if !possessors.contains(&id) {
                                possessors.push(id);
                            }
                        }
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
                    // `replied his step-son` to the last speaker: the other one of that gender.
                    let last = self.turns.last().map(String::as_str);
                    if possessive && named.len() == 2 && last.is_some_and(|l| named.contains(&l)) {
                        let other = named.iter().find(|n| Some(**n) != last).unwrap();
                        return (other.to_string(), 0.45 * tag_conf);
                    }
                }
                (self.describe(full, female), 0.45 * tag_conf)
            }
            Subject::Voice { noun, place }
                if place.is_empty()
                    && !self.turns.is_empty()
                    && (!tag.indefinite || ["reply", "answer", "response", "retort", "question"].iter().any(|r| noun.ends_with(r))) =>
            {
                // `came the reply`: the other one in the conversation.
                let last = self.turns.last().cloned();
                match self.recent(tag.at, |e| Some(&e.who) != last.as_ref() && Some(e.who.as_str()) != not) {
                    Some(e) => (e.who.clone(), 0.6 * tag_conf),
                    None => (self.describe(&format!("the {noun}"), None), 0.4 * tag_conf),
                }
            }
            Subject::Voice { noun, place } if place.is_empty() => {
                let det = if tag.indefinite { "a" } else { "the" };
                (self.describe(&format!("{det} {noun}"), None), 0.6 * tag_conf)
            }
            Subject::Voice { noun, place } => {
                // `cried the voice of John Reed`: a person, not a place.
                let words: Vec<&str> = tag.phrase.split_whitespace().collect();
                match coreference::voice_of(self.chars, &words) {
                    Some(id) => (self.chars.list[id].name.clone(), 0.9 * tag_conf),
                    None => (self.voice(noun, place, tag.at), 0.9 * tag_conf),
                }
            }
        }
    }

    /// The one a role description opening the sentence right before the quote names (`The
    /// gatekeeper surveyed the vehicle. "A handsome maid," he said`), when its gender fits: the
    /// sentence is the narration before the quote in its paragraph, else the last one of the
    /// narration paragraph before. A noun for anyone (`the boy`) is often a named character
    /// again, so only role nouns (`guide`, `surgeon`) count.
    fn role_before(&mut self, female: bool, para: &Para) -> Option<String> {
        let (begin, end) = self.sentence_before(para)?;
        self.role_opening(words(self.source, begin, end), Some(female))
    }

    /// The one a role description opening the sentence `ws`, or its last clause, names (`The
    /// gatekeeper surveyed the vehicle.`), when its gender fits `female` (any, for `None`): the
    /// character with that title or role, else an unnamed speaker.
    pub(super) fn role_opening(&mut self, mut ws: Vec<Word>, female: Option<bool>) -> Option<String> {
        // `…came to an end, and the coffin-maker looked up.`: the subject of the sentence's last
        // clause, who acted last.
        let last_clause = (1..ws.len()).rev().find(|&k| {
            let gap = &self.source[ws[k - 1].end..ws[k].start];
            gap.contains(';') || gap.contains(',') && ws[k].lower(self.source) == "and"
        });
        if ws.first()?.lower(self.source) != "the"
            && let Some(k) = last_clause
        {
            ws.drain(..k + usize::from(ws[k].lower(self.source) == "and"));
        }
        if ws.first()?.lower(self.source) != "the" {
            return None;
        }
        // a maker or keeper of something (`coffin-maker`, `door-keeper`) is a role too
        let compound = |w: &str| w.contains('-') && english::is_agent_noun(w);
        let h = (1..ws.len().min(4)).find(|&h| english::is_person_noun(&ws[h].lower(self.source)) || compound(&ws[h].lower(self.source)))?;
        let head = ws[h].lower(self.source);
        let adjectives = ws[1..h].iter().all(|w| !w.capitalised(self.source) && !w.lower(self.source).ends_with("'s"));
        let clash = female.is_some_and(|f| english::gender_of_word(&head) == Some(!f) || f && english::gender_of_word(&head).is_none());
        if !adjectives || !(english::is(english::PERSON_NOUNS, &head) || compound(&head)) || !english::is_role_noun(&head) || clash {
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
    fn relation_in_sentence_before(&self, possessor_female: bool, para: &Para, not: Option<&str>) -> Option<String> {
        let people = self.named_in_sentence_before(para)?;
        if !people.iter().any(|p| self.gender(p) == Some(possessor_female)) {
            return None;
        }
        let mut rest = people.into_iter().filter(|p| Some(*p) != not && self.gender(p) != Some(possessor_female));
        let one = rest.next()?;
        rest.next().is_none().then(|| one.to_string())
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

    /// The sentence right before the quote: the narration before it in its paragraph, else the
    /// last sentence of the narration paragraph before.
    fn sentence_before(&self, para: &Para) -> Option<(usize, usize)> {
        let (start, end) = self.narration_before(para)?;
        Some(last_sentence(self.source, start, end))
    }

    /// The narration just before the quote: its paragraph up to the quote, else the narration
    /// paragraph before.
    fn narration_before(&self, para: &Para) -> Option<(usize, usize)> {
        if only_space(self.source, para.start, self.quote_at) { self.told } else { Some((para.start, self.quote_at)) }
    }

    /// The last indefinite description with this head noun (`a white man`, `an old man`) in
    /// [`Self::narration_before`] the quote.
    fn introduced_before(&self, head: &str, para: &Para) -> Option<String> {
        let (start, end) = self.narration_before(para)?;
        let ws = words(self.source, start, end);
        let h = (1..ws.len()).rev().find(|&h| ws[h].lower(self.source) == head)?;
        let a = (h.saturating_sub(3)..h).find(|&a| matches!(ws[a].lower(self.source).as_str(), "a" | "an"))?;
        let adjectives = ws[a + 1..h].iter().all(|w| !w.capitalised(self.source) && !english::is_person_noun(&w.lower(self.source)));
        let phrase = self.source[ws[a].start..ws[h].end].split_whitespace().collect::<Vec<_>>().join(" ");
        (adjectives && !phrase.contains([',', '.', ';'])).then(|| phrase.to_lowercase())
    }

    /// The named people of [`Self::sentence_before`].
    fn named_in_sentence_before(&self, para: &Para) -> Option<Vec<&str>> {
        let (begin, end) = self.sentence_before(para)?;
        let mut people: Vec<&str> = Vec::new();
        for e in self.events_from(begin).iter().take_while(|e| e.at < end) {
            if e.person && e.who != NARRATOR && e.character.is_some() && !people.contains(&e.who.as_str()) {
                people.push(&e.who);
            }
        }
        Some(people)
    }

    /// The speaker of reported speech opening a paragraph (`Mr. Bennet replied that…`).
    pub(super) fn reported_turn(&mut self, para: Para) -> Option<String> {
        if self.turns.is_empty() {
            return None;
        }
        let end = self.source[para.start..para.end].find(['.', '!', '?', ';']).map_or(para.end, |i| para.start + i);
        let ws = words(self.source, para.start, end);
        if ws.len() > 25 {
            return None;
        }
        let tag = tags::after(self.source, para.start, end).filter(|t| t.speech)?;
        // Only a verb of saying with a reported clause: `replied that…`, not `She laughed`.
        let after_tag = self.source[tag.at..end].split_whitespace().nth(tag.phrase.split_whitespace().count()).unwrap_or("");
        if !matches!(after_tag.to_lowercase().trim_matches(|c: char| !c.is_alphabetic()), "that" | "whether" | "if" | "yes" | "no" | "how" | "what") {
            return None;
        }
        if !matches!(tag.subject, Subject::Name(_) | Subject::Pronoun(_)) {
            return None;
        }
        let (who, _) = self.resolve(&tag, &para, None);
        Some(who)
    }
}
