//! Speaker attribution: decides which quotations are speech and who speaks each, as a sequence of
//! sieves, most precise first (after Muzny et al., EACL 2017, and CoreNLP's `quoteattribution`):
//!
//! 1. a speech tag after, before or inside the quote (`said Anne`, `she called`),
//! 2. another tagged quote in the same paragraph, or the speech this one continues,
//! 3. a tag clause ending the previous paragraph with a colon,
//! 4. a voice the previous paragraph names (`whispers from behind the table`),
//! 5. a group speaking as `we` in a conversation with a group,
//! 6. the single character acting in the quote's paragraph,
//! 7. the person the previous line addressed by name (vocative),
//! 8. turn-taking in a two-person exchange (A-B-A-B),
//! 9. a last resort: the most recent other character on stage.
//!
//! Each sieve sets the evidence and a confidence measured on the eval set (docs/attribution.md).

use super::characters::Characters;
use super::conversation;
use super::coreference;
use super::english;
use super::segment::{Para, ParaKind, Quote};
use super::tags::{self, Subject, Tag};
use super::words::{last_sentence, sentence_initial, words};
use super::{NARRATOR, Speech};

/// Words that cannot sit between a determiner and the noun it describes.
const DESCRIPTION_BREAKS: &[&str] = &["of", "and", "or", "to", "in", "with", "was", "is", "had", "who", "that", "which", "as", "for", "at", "by", "on", "from"];

/// How far back (bytes) a character still counts as on stage.
const STAGE_BYTES: usize = 2500;

/// An unnamed speaker made from a description (`the old man`) or a voice's place.
#[derive(Debug, Clone)]
struct Unnamed {
    name: String,
    /// The description's last word, or the place noun: what later descriptions match on.
    head: String,
    female: Option<bool>,
    group: bool,
}

/// Someone mentioned or heard at a byte offset.
#[derive(Debug, Clone)]
struct Event {
    at: usize,
    who: String,
    female: Option<bool>,
    person: bool,
    /// The subject of its sentence (or a speaker): what a later pronoun most likely means.
    subject: bool,
}

/// The attribution of every quotation: `None` for quoted words that are not speech.
pub fn attribute(source: &str, paras: &[Para], quotes: &[Quote], chars: &mut Characters) -> Vec<Option<Speech>> {
    let mut state = State { source, chars, unnamed: Vec::new(), events: Vec::new(), turns: Vec::new(), quiet: 0, addressed: None, how: "" };
    let mut result: Vec<Option<Speech>> = vec![None; quotes.len()];
    let mut q = 0;
    for (p_index, para) in paras.iter().enumerate() {
        let first = q;
        while q < quotes.len() && quotes[q].para == p_index {
            q += 1;
        }
        if para.kind != ParaKind::Body {
            if para.kind == ParaKind::Heading {
                state.turns.clear();
            }
            continue;
        }
        state.push_mentions(para.start, para.end, &quotes[first..q]);
        let spoken = state.paragraph(p_index, paras, &quotes[first..q], first, quotes, &mut result);
        if spoken {
            state.quiet = 0;
        } else if let Some(who) = state.reported_turn(*para) {
            // `Mr. Bennet replied that he had not.`: a turn of the conversation told, not quoted.
            state.turns.push(who);
            state.quiet = 0;
        } else {
            state.quiet += 1;
            if state.quiet >= 2 {
                state.turns.clear();
                state.addressed = None;
            }
        }
    }
    conversation::alternate(paras, quotes, &mut result);
    result
}

struct State<'a> {
    source: &'a str,
    chars: &'a mut Characters,
    unnamed: Vec<Unnamed>,
    events: Vec<Event>,
    /// Speakers of the conversation so far, one per paragraph with speech.
    turns: Vec<String>,
    /// Paragraphs without speech since the last one with speech.
    quiet: usize,
    /// Who the previous line addressed by name.
    addressed: Option<String>,
    /// How the last pronoun was resolved, for the evidence.
    how: &'static str,
}

fn speech(speaker: &str, confidence: f32, evidence: String) -> Speech {
    Speech { speaker: speaker.to_string(), confidence, evidence }
}

impl State<'_> {
    fn gender(&self, who: &str) -> Option<bool> {
        if let Some(id) = self.chars.lookup(who) {
            return self.chars.list[id].female;
        }
        self.unnamed.iter().find(|u| u.name == who).and_then(|u| u.female)
    }

    /// Adds the paragraph's name mentions outside quotations (and a first-person narrator's
    /// `I`) to the events.
    fn push_mentions(&mut self, from: usize, to: usize, quotes: &[Quote]) {
        let inside = |at: usize| quotes.iter().any(|q| at >= q.start && at < q.end);
        for m in self.chars.mentions_in(from, to).to_vec() {
            if inside(m.start) {
                continue;
            }
            let c = &self.chars.list[m.character];
            self.events.push(Event { at: m.start, who: c.name.clone(), female: c.female, person: self.chars.is_person(m.character), subject: m.subject });
        }
        if self.chars.first_person {
            for w in words(self.source, from, to) {
                if w.text(self.source) == "I" && !inside(w.start) {
                    self.events.push(Event { at: w.start, who: NARRATOR.into(), female: None, person: true, subject: true });
                }
            }
        }
        self.push_descriptions(from, to, quotes);
        self.sort_tail(from);
        self.push_pronouns(from, to, quotes);
    }

    /// Resolves each `he`/`she` of the paragraph's narration to the most recent subject of that
    /// gender and adds it as an event, so that a chain of pronouns keeps its referent on stage
    /// (`Mrs. Hall … She noticed … "Can I take your coat?" she said`). Pronouns of speech tags
    /// are left to the tag sieve, whose speaker becomes an event of its own.
    fn push_pronouns(&mut self, from: usize, to: usize, quotes: &[Quote]) {
        let source = self.source;
        let inside = |at: usize| quotes.iter().any(|q| at >= q.open && at < q.close.unwrap_or(q.end));
        let ws = words(source, from, to);
        for (k, w) in ws.iter().enumerate() {
            let female = match w.lower(source).as_str() {
                "she" => true,
                "he" => false,
                _ => continue,
            };
            if inside(w.start) {
                continue;
            }
            let verb_near = |j: Option<usize>| j.and_then(|j| ws.get(j)).is_some_and(|v| english::is(english::SPEECH_VERBS, &v.lower(source)));
            if verb_near(k.checked_sub(1)) || verb_near(Some(k + 1)) {
                continue;
            }
            let found = self
                .continued_subject(from, w.start, female)
                .or_else(|| self.recent(w.start, |e| e.female == Some(female) && e.subject))
                .or_else(|| self.recent(w.start, |e| e.female == Some(female)));
            // `The stranger came early in February … He was wrapped up`: the pronoun tells the
            // gender of a description or name that had none.
            let person_noun = |who: &str| self.unnamed.iter().any(|u| u.name == who && !u.group && english::is(english::PERSON_NOUNS, &u.head));
            let unknown = self.recent(w.start, |e| e.subject && e.female.is_none() && person_noun(&e.who));
            let found = match (found, unknown) {
                (Some(f), Some(u)) if u.at > f.at => Some(self.learn_gender(&u.who.clone(), female)),
                (None, Some(u)) => Some(self.learn_gender(&u.who.clone(), female)),
                (f, _) => f.map(|e| e.who.clone()),
            };
            if let Some(who) = found {
                let event = Event { at: w.start, who, female: Some(female), person: true, subject: true };
                let at = self.events.partition_point(|e| e.at <= w.start);
                self.events.insert(at, event);
            }
        }
    }

    /// Adds descriptions of unnamed people in the narration (`the girl`, `an old man`) as events,
    /// when no named character of that gender is on stage to be the one described.
    fn push_descriptions(&mut self, from: usize, to: usize, quotes: &[Quote]) {
        let source = self.source;
        let inside = |at: usize| quotes.iter().any(|q| at >= q.start && at < q.end);
        let ws = words(source, from, to);
        for k in 0..ws.len() {
            let det = ws[k].lower(source);
            if !english::is(&["the", "a", "an", "his", "her", "my", "our", "their"], &det) || inside(ws[k].start) {
                continue;
            }
            // A lower-case title after an adjective is a noun like any other (`the old lady`, `his
            // old master`); bare (`devoted to a lady who`), it is often someone in passing.
            let Some(h) = (k + 1..(k + 4).min(ws.len())).find(|&h| {
                let w = ws[h].lower(source);
                let title_noun = h > k + 1 && english::title(&w).is_some() && !ws[h].capitalised(source);
                english::is(english::PERSON_NOUNS, &w) || english::gender_of_word(&w).is_some() && (title_noun || !english::is(english::SUBJECT_PRONOUNS_ALL, &w))
            }) else {
                continue;
            };
            // adjectives only between the determiner and the noun
            if ws[k + 1..h].iter().any(|w| w.capitalised(source) || english::is(DESCRIPTION_BREAKS, &w.lower(source))) {
                continue;
            }
            let head = ws[h].lower(source);
            let female = english::gender_of_word(&head);
            let at = ws[k].start;
            let subject = sentence_initial(source, from, at);
            // `the painter` after `Basil Hallward, the painter,`: the named character acts.
            let described = format!("{det} {head}");
            if let Some(id) = coreference::role(self.chars, &described) {
                let c = &self.chars.list[id];
                self.events.push(Event { at, who: c.name.clone(), female: c.female.or(female), person: true, subject });
                continue;
            }
            let named_on_stage = self.events.iter().rev().take_while(|e| e.at + STAGE_BYTES >= at).any(|e| {
                e.at < at && e.person && self.chars.lookup(&e.who).is_some() && (female.is_none() || e.female == female || e.female.is_none())
            });
            if named_on_stage {
                continue;
            }
            let det = det.as_str();
            let name = format!("{det} {}", source[ws[k + 1].start..ws[h].end].split_whitespace().collect::<Vec<_>>().join(" "));
            let who = self.describe(&name, female);
            self.events.push(Event { at, who, female, person: true, subject });
        }
    }

    /// For a pronoun opening a sentence, the subject that opened the sentence before, when it
    /// matches: the story goes on about whom it was about (`She swept the step, and Oona waved.
    /// She set out the bread.` — the second `she` is the first one's).
    fn continued_subject(&self, para_start: usize, at: usize, female: bool) -> Option<&Event> {
        if !sentence_initial(self.source, para_start, at) {
            return None;
        }
        let (begin, end) = last_sentence(self.source, para_start, at);
        let opener = self.events.iter().filter(|e| e.at >= begin && e.at < end).find(|e| e.person && e.subject)?;
        (opener.female == Some(female)).then_some(opener)
    }

    /// Records a gender the text has just told for someone who had none; returns who.
    fn learn_gender(&mut self, who: &str, female: bool) -> String {
        match self.chars.lookup(who) {
            Some(id) => self.chars.list[id].female = Some(female),
            None => {
                for u in self.unnamed.iter_mut().filter(|u| u.name == who) {
                    u.female = Some(female);
                }
            }
        }
        for e in self.events.iter_mut().filter(|e| e.who == who) {
            e.female = Some(female);
        }
        who.to_string()
    }

    /// Keeps the events in order: only those of the current paragraph (from `from` on) can be
    /// out of order, so sorting the tail keeps the whole pass linear.
    fn sort_tail(&mut self, from: usize) {
        let tail = self.events.partition_point(|e| e.at < from);
        self.events[tail..].sort_by_key(|e| e.at);
    }

    /// The events at or after byte `from`.
    fn events_from(&self, from: usize) -> &[Event] {
        &self.events[self.events.partition_point(|e| e.at < from)..]
    }

    /// The most recent person before `at` (within the stage) passing `keep`.
    fn recent(&self, at: usize, keep: impl Fn(&Event) -> bool) -> Option<&Event> {
        self.events.iter().rev().filter(|e| e.at < at).take_while(|e| e.at + STAGE_BYTES >= at).find(|e| e.person && keep(e))
    }

    /// Resolves `he`/`she` at `at`: who, confidence, and which rule.
    fn pronoun(&self, female: bool, at: usize, para: &Para, not: Option<&str>, answers: bool) -> Option<(String, f32, &'static str)> {
        let tag_at = at;
        // `he replied` right after a line: someone other than its speaker replies.
        let replied_to = self.turns.last().map(String::as_str).filter(|_| answers && self.quiet == 0);
        let matches = |e: &Event| e.female == Some(female) && Some(e.who.as_str()) != not;
        // An antecedent in the same paragraph before the tag: the first sentence subject, whom
        // the paragraph is about (`Mrs. Hall lit the fire … and Millie, her maid, … she carried`),
        // rather than the last one named in passing (measured: 14 more lines right than the last).
        // Names only: a pronoun the narration resolved earlier is a guess of the same kind.
        let named = |e: &Event| !matches!(self.source[e.at..].split(|c: char| !c.is_alphabetic()).next(), Some("he" | "He" | "she" | "She"));
        let in_para: Vec<&Event> = self.events_from(para.start).iter().filter(|e| e.at < tag_at && e.person && matches(e) && named(e)).collect();
        if let Some(e) = in_para.iter().find(|e| e.subject).or(in_para.last()) {
            return Some((e.who.clone(), if e.subject { 0.7 } else { 0.6 }, "in the paragraph"));
        }
        // The one the line before addressed by name, answering.
        if let Some(addressed) = &self.addressed
            && self.gender(addressed) != Some(!female)
            && Some(addressed.as_str()) != not
            && self.turns.last() != Some(addressed)
        {
            return Some((addressed.clone(), 0.6, "addressed in the line before"));
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

    /// Resolves a tag's subject to a speaker and a confidence.
    fn resolve(&mut self, tag: &Tag, para: &Para, not: Option<&str>) -> (String, f32) {
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
            Subject::Pronoun(p) if p == "he" || p == "she" => match self.pronoun(p == "she", tag.at, para, not, english::answers(&tag.phrase)) {
                Some((who, confidence, how)) => {
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
            Subject::Described(d) => {
                let lower = d.to_lowercase();
                // `replied the poet Syme`: the name in the description.
                if let Some(id) = coreference::name_in(self.chars, &d.split_whitespace().collect::<Vec<_>>()) {
                    return (self.chars.list[id].name.clone(), 0.9 * tag_conf);
                }
                // `said the doctor` when one character carries that title (Dr. Archie).
                if let Some(id) = coreference::titled(self.chars, d) {
                    return (self.chars.list[id].name.clone(), 0.6 * tag_conf);
                }
                // `said the painter` after `Basil Hallward, the painter,`.
                if let Some(id) = coreference::role(self.chars, d) {
                    return (self.chars.list[id].name.clone(), 0.6 * tag_conf);
                }
                let female = lower.split(' ').filter_map(english::gender_of_word).next_back();
                // `said his wife` with Mrs. Bennet on stage: the one named character it can be.
                if female.is_some() && !lower.starts_with("a ") && !lower.starts_with("an ") && !lower.starts_with("my ") {
                    let mut named: Vec<&str> = Vec::new();
                    for e in self.events.iter().rev().filter(|e| e.at < tag.at).take_while(|e| e.at + STAGE_BYTES >= tag.at) {
                        // never the one the quote addresses (`Katharine?` her mother demanded)
                        if e.person && e.female == female && e.who != NARRATOR && Some(e.who.as_str()) != not && self.chars.lookup(&e.who).is_some() && !named.contains(&e.who.as_str()) {
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
                    if named.len() == 1 && !untold && !described_on_stage {
                        return (named[0].to_string(), 0.5 * tag_conf);
                    }
                    // `said his lady` to Mr. Bennet: the one with his surname under a wife's title. The
                    // man addressed comes first, then the named people of that gender on stage.
                    if let Some((possessor_female, relative_female)) = coreference::kinship(d) {
                        let mut possessors: Vec<usize> = Vec::new();
                        let addressed = not.and_then(|n| self.chars.lookup(n)).filter(|&id| self.chars.list[id].female != Some(!possessor_female));
                        let recent = self.events.iter().rev().filter(|e| e.at < tag.at).take_while(|e| e.at + STAGE_BYTES >= tag.at);
                        let recent = recent.filter(|e| e.person && e.female == Some(possessor_female)).filter_map(|e| self.chars.lookup(&e.who));
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
                (self.describe(d, female), 0.45 * tag_conf)
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
            Subject::Voice { noun, place } if place.is_empty() => (self.describe(&format!("the {noun}"), None), 0.6 * tag_conf),
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

    /// The unnamed speaker a description names, created on first use.
    fn describe(&mut self, description: &str, female: Option<bool>) -> String {
        let head = description.rsplit(' ').next().unwrap_or(description).to_lowercase();
        let definite = !description.starts_with(['a', 'A']) || description.starts_with("another");
        let possessive = !description.starts_with(['t', 'T', 'a', 'A']);
        // Two descriptions of one head noun are two people when each has adjectives and they
        // share none (`a foreign lady` in passing, later `the young lady`).
        let modifiers = |d: &str| -> Vec<String> {
            let ws: Vec<String> = d.split(' ').map(str::to_lowercase).collect();
            ws[1..ws.len().saturating_sub(1).max(1)].to_vec()
        };
        let mine = modifiers(description);
        let apart = |u: &Unnamed| {
            let theirs = modifiers(&u.name);
            !mine.is_empty() && !theirs.is_empty() && !mine.iter().any(|m| theirs.contains(m))
        };
        if let Some(u) = self.unnamed.iter().rev().find(|u| u.head == head && (definite || !possessive) && !apart(u))
            && (definite || u.name.starts_with("a "))
        {
            return u.name.clone();
        }
        let group = english::is(english::GROUP_NOUNS, &head) || head == "they";
        self.unnamed.push(Unnamed { name: description.to_string(), head, female, group });
        description.to_string()
    }

    /// The speaker for a voice from a place: `the casting panel` for `from behind the casting
    /// table` when the text has named a panel before; `a voice from the crowd` otherwise.
    fn voice(&mut self, noun: &str, place: &[String], at: usize) -> String {
        let head = place.last().cloned().unwrap_or_else(|| noun.to_string());
        if let Some(u) = self.unnamed.iter().rev().find(|u| u.head == head) {
            return u.name.clone();
        }
        // The group named most recently, in the last few pages (bounded, so the pass stays linear).
        let window = at.saturating_sub(20_000);
        let window = (window..=at).find(|&i| self.source.is_char_boundary(i)).unwrap_or(at);
        let before = self.source[window..at].to_lowercase();
        let group = english::GROUP_NOUNS
            .iter()
            .filter_map(|g| before.rfind(&format!("the {g}")).filter(|&i| before[i + 4 + g.len()..].starts_with(|c: char| !c.is_alphanumeric())).map(|i| (i, *g)))
            .max();
        let modifier = place.iter().rev().nth(1).filter(|m| !english::is(english::DETERMINERS, m) && !english::is(&["behind", "from", "across", "inside", "outside", "beyond", "under", "near"], m));
        let name = match (group, modifier) {
            (Some((_, g)), Some(m)) => format!("the {m} {g}"),
            (Some((_, g)), None) => format!("the {g}"),
            (None, _) if place.is_empty() => format!("a {noun}"),
            (None, _) => format!("a voice from {}", place.join(" ")),
        };
        self.unnamed.push(Unnamed { name: name.clone(), head, female: None, group: true });
        name
    }

    /// The speaker of reported speech opening a paragraph (`Mr. Bennet replied that…`).
    fn reported_turn(&mut self, para: Para) -> Option<String> {
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

    /// Whom a quotation addresses by name (`Thanks, John.`, `Mr. Darcy, sit down`).
    fn vocative(&self, q: &Quote) -> Option<String> {
        let ws = words(self.source, q.start, q.end);
        for (k, w) in ws.iter().enumerate() {
            if !w.capitalised(self.source) {
                continue;
            }
            let before = if k == 0 { &self.source[q.start..w.start] } else { &self.source[ws[k - 1].end..w.start] };
            let mut end = k + 1;
            while end < ws.len() && ws[end].capitalised(self.source) && self.source[ws[end - 1].end..ws[end].start].trim_matches('.').trim().is_empty() && end - k < 3 {
                end += 1;
            }
            let opens = k == 0 || before.contains([',', '!', '?', '.']);
            let prev_word = if k > 0 { ws[k - 1].lower(self.source) } else { String::new() };
            let dear = matches!(prev_word.as_str(), "dear" | "o" | "oh");
            // The longest run that is a name: `Mr. Darcy`, but `Jo` in `Stop, Jo. It's late.`
            for end in (k + 1..=end).rev() {
                let after = if end < ws.len() { &self.source[ws[end - 1].end..ws[end].start] } else { &self.source[ws[end - 1].end..q.end] };
                let closes = after.trim_start().starts_with([',', '!', '?', '.']) || end == ws.len();
                if !((opens || dear) && closes) {
                    continue;
                }
                let name = self.source[w.start..ws[end - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
                if let Some(id) = self.chars.lookup(&name) {
                    return Some(self.chars.list[id].name.clone());
                }
            }
        }
        None
    }

    /// The characters a quotation names, by any of their names: not its speaker.
    fn named_in(&self, q: &Quote) -> Vec<String> {
        let ws = words(self.source, q.start, q.end);
        let mut named = Vec::new();
        for (k, w) in ws.iter().enumerate() {
            if !w.capitalised(self.source) {
                continue;
            }
            let longest = (k + 1..(k + 4).min(ws.len()) + 1).rev().find_map(|end| {
                let name = self.source[w.start..ws[end - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
                self.chars.lookup(&name)
            });
            if let Some(id) = longest {
                named.push(self.chars.list[id].name.clone());
            }
        }
        named
    }

    /// Whether a quotation is speech: titles, scare quotes, meanings and thoughts inside a
    /// sentence of narration are not, nor written text, epigraphs and words nobody says aloud
    /// (issue 4: quote detection precision).
    fn is_speech(&self, q: &Quote, para: &Para, tagged: bool) -> bool {
        use super::segment::{is_epigraph, is_title_case};
        let source = self.source;
        let text = &source[para.start..para.end];
        let content = &source[q.start..q.end];
        let before = source[para.start..q.open].trim_end();
        // The narration between the previous quotation and this one: `said Anne, ` or `the title `.
        let clause = before.rfind(['"', '“', '”', '‘', '’']).map_or(before, |i| &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..]).trim_start_matches(['\'', ' ']);
        let clause_lower = clause.to_lowercase().replace('’', "'").split_whitespace().collect::<Vec<_>>().join(" ");
        let clause_start = para.start + before.len() - clause.len();
        // The last sentence of that narration (`. ` ends one; `Mr. ` does not matter here).
        let sentence_start = clause.rfind(['.', '!', '?', ';']).map_or(clause_start, |i| clause_start + i + 1);
        let sentence: Vec<String> = words(source, sentence_start, q.open).iter().rev().take(10).map(|w| w.lower(source)).collect();
        let after = q.close.map_or("", |c| &source[c..para.end]);
        let after_lower = after.trim_start_matches([',', ' ', '\n']).to_lowercase();
        let n = words(source, q.start, q.end).len();
        let exclaims = content.ends_with(['!', '?']);
        // Pictures and epigraphs: `[Illustration: "…"]`, a verse indented under a heading.
        if text.starts_with("[Illustration") || is_epigraph(source, para) {
            return false;
        }
        // A letter's salutation or closing alone in its paragraph (`"Dearest Joan,`, `"Yours truly,`).
        if q.open == para.start && n <= 3 && content.ends_with(',') && source[q.close.unwrap_or(q.end)..para.end].trim().is_empty() {
            return false;
        }
        // Written text: `the inscription, "…"`, `under the title "…"`, `"…" was engraved upon it`.
        if sentence.iter().any(|w| english::is(english::WRITTEN_CUES, w)) {
            return false;
        }
        if let Some(rest) = ["was ", "were ", "is ", "had been "].iter().find_map(|v| after_lower.strip_prefix(v))
            && english::is(english::WRITTEN_AFTER, rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
        {
            return false;
        }
        // Words nobody says aloud: `as much as to say, "…"`, `"…" you will exclaim`.
        let clause_end = clause_lower.trim_end_matches([',', ':', ' ', '-', '—']);
        // `"As slick," we used to say`: the same cues after the quotation, behind their subject.
        let after_verb = after_lower.split_once(' ').filter(|(w, _)| english::SUBJECT_PRONOUNS.iter().any(|(p, _)| p == w)).map_or("", |(_, rest)| rest);
        if english::UNSPOKEN_CUES.iter().any(|c| clause_end.ends_with(c) && clause_end[..clause_end.len() - c.len()].ends_with([' ', ',']) || clause_end == *c || after_verb.starts_with(c))
            || english::UNSPOKEN_AFTER.iter().any(|c| after_lower.starts_with(&format!("{c} ")))
        {
            return false;
        }
        let embedded = before.chars().next_back().is_some_and(char::is_alphanumeric);
        let prev_word = words(source, para.start, para.start + before.len()).last().map(|w| w.lower(source)).unwrap_or_default();
        // One or two words quoted mid-sentence and the sentence runs on (`as he put it, "tarried,"
        // in the valley`, `a spoon "Derby," a coat`): a scare quote even beside a verb of saying.
        let next_word = after_lower.split(|c: char| !c.is_alphanumeric() && c != '\'').next().unwrap_or("");
        let runs_on = after.trim_start_matches([',', ' ', '\n']).starts_with(|c: char| c.is_lowercase())
            && !english::is(english::SPEECH_VERBS, next_word)
            && !english::SUBJECT_PRONOUNS.iter().any(|(p, _)| *p == next_word)
            && next_word != "as";
        if n <= 2 && (embedded || before.ends_with(',')) && !content.ends_with(['!', '?', '.', '-', '—', '_']) && runs_on && !q.continued && !q.dash {
            return false;
        }
        // One or two lower-case words inside a sentence (`hence was "ready-made";`).
        let lower_start = content.starts_with(|c: char| c.is_lowercase());
        let reported = prev_word == "that" || english::is(english::SPEECH_VERBS, &prev_word);
        if n <= 2 && embedded && lower_start && !reported && !content.ends_with(['!', '?']) && !q.continued && !q.dash {
            return false;
        }
        if q.continued || q.dash || tagged {
            return true;
        }
        if embedded && (english::is(english::MENTION_CUES, &prev_word) || english::is(english::THOUGHT_CUES, &prev_word)) {
            return false;
        }
        // The object of a preposition or a determiner (`shaking with "…"`, `kept on a "…"`), or
        // words that start in lower case and carry on the sentence (`an army "numerous as…"`).
        if embedded && !exclaims && (lower_start && prev_word != "that" || english::is(english::PREPOSITIONS, &prev_word) || english::is(english::QUOTE_DETERMINERS, &prev_word)) {
            return false;
        }
        // `for a month or two, "on account of his health."`: a lower-case quotation after a
        // comma, with no verb of saying in the clause, quotes a phrase rather than a speaker.
        let clause_words: Vec<String> = words(source, clause_start, q.open).iter().map(|w| w.lower(source)).collect();
        let talk = clause_words.iter().any(|w| english::is(english::SPEECH_VERBS, w) || english::is(english::TALKING, w)) || clause_lower.contains(" to himself") || clause_lower.contains(" to herself");
        if lower_start && before.ends_with(',') && !talk && !exclaims {
            return false;
        }
        // A Title Case run inside a sentence names a book, a song or a motto.
        if (embedded || before.ends_with(',')) && !exclaims && is_title_case(content) {
            return false;
        }
        let terminal = content.ends_with(['.', ',', '!', '?', ';', ':', '—', '-', '…']);
        let continues = after.trim_start().starts_with(|c: char| c.is_lowercase() || ",;)".contains(c)) || after.starts_with(|c: char| c.is_alphanumeric());
        if n <= 5 && !terminal && (embedded || continues) {
            return false;
        }
        // A few words quoted inside a running sentence (`he had “tarried,” in Sleepy Hollow`,
        // `at Geneva “studying.”`) are a scare quote unless a sentence ends inside them.
        let inner_sentence = content.trim_end_matches(['.', ',', '!', '?', ';', ':']).contains(['.', '!', '?']);
        let after_speech_verb = english::is(english::SPEECH_VERBS, &prev_word);
        !(n <= 4 && embedded && !inner_sentence && !after_speech_verb && !exclaims)
    }

    /// Attributes the quotations of one paragraph; returns whether it had speech.
    fn paragraph(&mut self, p_index: usize, paras: &[Para], quotes: &[Quote], offset: usize, all: &[Quote], out: &mut [Option<Speech>]) -> bool {
        let para = paras[p_index];
        let source = self.source;
        let mut decided: Vec<Option<Speech>> = vec![None; quotes.len()];
        let mut speech_flags = vec![false; quotes.len()];
        let vocatives: Vec<Option<String>> = quotes.iter().map(|q| self.vocative(q)).collect();
        let addressee = vocatives.iter().flatten().next().cloned();
        // Sieve 1: tags.
        for (k, q) in quotes.iter().enumerate() {
            let next_open = quotes.get(k + 1).map_or(para.end, |n| n.open);
            let prev_close = if k == 0 { para.start } else { quotes[k - 1].close.unwrap_or(quotes[k - 1].end) };
            let tag = q.close.and_then(|c| tags::after(source, c, next_open)).or_else(|| tags::before(source, prev_close, q.open));
            speech_flags[k] = self.is_speech(q, &para, tag.as_ref().is_some_and(|t| t.speech));
            if !speech_flags[k] {
                continue;
            }
            if let Some(tag) = tag {
                self.how = "";
                let (who, conf) = self.resolve(&tag, &para, vocatives[k].as_deref());
                let how = if self.how.is_empty() { String::new() } else { format!(" ({})", self.how) };
                decided[k] = Some(speech(&who, conf, format!("tag: \"{}\"{how}", tag.phrase)));
            }
        }
        if !speech_flags.iter().any(|&s| s) {
            return false;
        }
        // Sieve 2: same paragraph as a tagged quote; a continued speech.
        for k in 0..quotes.len() {
            if !speech_flags[k] || decided[k].is_some() {
                continue;
            }
            let near = (0..k).rev().chain(k + 1..quotes.len()).find(|&j| decided[j].as_ref().is_some_and(|s| s.evidence.starts_with("tag")));
            // `"Oh, it spoils it," observed Fergus. "Nonsense, Fergus!"`: a line that addresses
            // the tagged speaker is someone else's.
            let addresses = |s: &Speech| vocatives[k].as_deref() == Some(s.speaker.as_str());
            if let Some(j) = near {
                let s = decided[j].clone().unwrap();
                if !addresses(&s) {
                    decided[k] = Some(speech(&s.speaker, s.confidence * 0.9, format!("same paragraph as {}", s.evidence)));
                }
            } else if quotes[k].continued && offset + k > 0 && let Some(prev) = &out[offset + k - 1] {
                decided[k] = Some(speech(&prev.speaker, prev.confidence * 0.97, "continues the speech before".into()));
            }
        }
        // The remaining sieves decide the paragraph's first undecided quote; the others follow it.
        if let Some(k) = (0..quotes.len()).find(|&k| speech_flags[k] && decided[k].is_none()) {
            let found = self.untagged(p_index, paras, &quotes[k], vocatives[k].as_deref(), all);
            for j in 0..quotes.len() {
                if speech_flags[j] && decided[j].is_none() {
                    decided[j] = Some(found.clone());
                }
            }
        }
        for (k, d) in decided.into_iter().enumerate() {
            if let Some(s) = &d {
                let female = self.gender(&s.speaker);
                self.events.push(Event { at: quotes[k].start, who: s.speaker.clone(), female, person: true, subject: true });
            }
            out[offset + k] = d;
        }
        self.sort_tail(para.start);
        let last = out[offset..offset + quotes.len()].iter().flatten().next_back().map(|s| s.speaker.clone());
        if let Some(last) = last {
            self.turns.push(last);
        }
        self.addressed = addressee;
        true
    }

    /// Sieves 3–9 for a quotation with no tag in its paragraph.
    fn untagged(&mut self, p_index: usize, paras: &[Para], q: &Quote, not: Option<&str>, all: &[Quote]) -> Speech {
        let source = self.source;
        let para = paras[p_index];
        let prev = p_index.checked_sub(1).map(|i| paras[i]).filter(|p| p.kind == ParaKind::Body);
        // Sieve 3: `He held the bowl aloft and intoned:` ending the paragraph before.
        if let Some(p) = prev
            && q.open == para.start
            && let Some(tag) = tags::before(source, p.start, p.end)
        {
            let (who, conf) = self.resolve(&tag, &p, not);
            return speech(&who, conf * 0.6, format!("tag before: \"{}\"", tag.phrase));
        }
        // Sieve 4: a voice the paragraph before names (`whispers from behind the table`).
        if let Some(p) = prev {
            let ws = words(source, p.start, p.end);
            let start = ws.len().saturating_sub(12);
            for k in start..ws.len() {
                let from = (k + 1..(k + 4).min(ws.len())).find(|&f| ws[f].lower(source) == "from");
                if english::is(english::SPEECH_NOUNS, &ws[k].lower(source)) && let Some(f) = from {
                    let place: Vec<String> = ws[f + 1..].iter().take(5).map(|w| w.lower(source)).collect();
                    let who = self.voice(&ws[k].lower(source), &place, ws[k].start);
                    return speech(&who, 0.8, format!("voice: \"{}\"", source[ws[k].start..ws[ws.len() - 1].end].split_whitespace().collect::<Vec<_>>().join(" ")));
                }
            }
        }
        // Sieve 4b: `she heard the committee murmuring` ending the paragraph before.
        if let Some(p) = prev {
            let ws = words(source, p.start, p.end);
            let start = ws.len().saturating_sub(10);
            if let Some(k) = (start..ws.len()).find(|&k| matches!(ws[k].lower(source).as_str(), "heard" | "hear" | "hears")) {
                let rest = &ws[k + 1..];
                let speaking = rest.iter().position(|w| {
                    let w = w.lower(source);
                    w.ends_with("ing") && english::SPEECH_VERBS.iter().any(|v| w.starts_with(&v[..v.len().saturating_sub(2).max(3)]))
                });
                if let Some(v) = speaking.filter(|&v| (1..=4).contains(&v)) {
                    let np = source[rest[0].start..rest[v - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
                    if let Some(id) = self.chars.lookup(&np) {
                        let who = self.chars.list[id].name.clone();
                        return speech(&who, 0.75, format!("heard speaking: \"{np}\""));
                    }
                    if english::is(english::DETERMINERS, &rest[0].lower(source)) {
                        let female = np.split(' ').filter_map(|w| english::gender_of_word(&w.to_lowercase())).next_back();
                        let who = self.describe(&np.to_lowercase(), female);
                        return speech(&who, 0.75, format!("heard speaking: \"{np}\""));
                    }
                }
            }
        }
        // Sieve 5: `we` with no `I`, when a group has spoken in this conversation.
        let qw: Vec<String> = words(source, q.start, q.end).iter().map(|w| w.lower(source)).collect();
        let plural = qw.iter().any(|w| matches!(w.as_str(), "we" | "we've" | "we're" | "we'll" | "us" | "our" | "let's"));
        let singular = qw.iter().any(|w| matches!(w.as_str(), "i" | "i'm" | "i've" | "i'll" | "i'd" | "me" | "my"));
        if plural && !singular
            && let Some(group) = self.unnamed.iter().rev().find(|u| u.group && self.turns.contains(&u.name))
        {
            return speech(&group.name.clone(), 0.6, "group speaking as \"we\"".into());
        }
        // Sieve 6: the one character acting in the paragraph's narration.
        let mut acting: Vec<&Event> = self
            .events_from(para.start)
            .iter()
            .filter(|e| e.at < para.end && e.person && Some(e.who.as_str()) != not && !(e.at >= q.start && e.at < q.end))
            .collect();
        acting.dedup_by(|a, b| a.who == b.who);
        let distinct: Vec<&str> = {
            let mut d: Vec<&str> = Vec::new();
            for e in &acting {
                if !d.contains(&e.who.as_str()) {
                    d.push(&e.who);
                }
            }
            d
        };
        if distinct.len() == 1 {
            let who = distinct[0].to_string();
            return speech(&who, 0.55, format!("acting in the paragraph: {who}"));
        }
        let subject_pronoun = words(source, para.start, q.open.max(para.start)).first().map(|w| w.lower(source));
        if distinct.is_empty()
            && let Some(p) = subject_pronoun.filter(|p| p == "she" || p == "he")
        {
            let female = p == "she";
            if let Some(e) = self.recent(para.start, |e| e.female == Some(female) && Some(e.who.as_str()) != not) {
                let who = e.who.clone();
                return speech(&who, 0.45, format!("acting in the paragraph: \"{p}\""));
            }
        }
        // Sieve 6b: the paragraph before ends in narration whose last sentence one person acts
        // in (`"Mother gave it to me," said Ogden. … Ogden took another sweet.`), after its
        // speech and its tag's sentence, if it had any.
        if let Some(p) = prev
            && q.open == para.start
        {
            let spoken_end = all.iter().filter(|x| x.para + 1 == p_index).map(|x| x.close.unwrap_or(x.end)).max().unwrap_or(p.start);
            let (sentence, _) = last_sentence(self.source, p.start, p.end);
            let after_speech = spoken_end == p.start || sentence > spoken_end + 1 && self.source[spoken_end..sentence - 1].contains(['.', '!', '?']);
            let people: Vec<&Event> = self.events_from(sentence).iter().take_while(|e| e.at < p.end).filter(|e| e.person).collect();
            let alone = people.iter().all(|e| e.who == people[0].who);
            let actor = people.first().filter(|e| after_speech && alone && e.subject && e.who != NARRATOR && Some(e.who.as_str()) != not);
            if let Some(e) = actor {
                let who = e.who.clone();
                return speech(&who, 0.5, format!("acting in the paragraph before: {who}"));
            }
        }
        // Sieve 7: the previous line addressed someone by name.
        if let Some(addressed) = self.addressed.clone()
            && Some(addressed.as_str()) != not
            && self.turns.last() != Some(&addressed)
        {
            return speech(&addressed, 0.65, format!("addressed in the line before: {addressed}"));
        }
        // Sieve 8: turn-taking; when the line names the one whose turn it would be (`Yes,
        // Curtis; you and Florence are equal`), a third person on stage speaks.
        let n = self.turns.len();
        if n >= 2 && self.turns[n - 1] != self.turns[n - 2] && Some(self.turns[n - 2].as_str()) != not {
            let named = self.named_in(q);
            let who = self.turns[n - 2].clone();
            if !named.contains(&who) {
                return speech(&who, 0.45, "turn-taking".into());
            }
            let last = &self.turns[n - 1];
            if let Some(e) = self.recent(q.start, |e| &e.who != last && !named.contains(&e.who) && e.who != NARRATOR && Some(e.who.as_str()) != not) {
                let who = e.who.clone();
                return speech(&who, 0.4, format!("on stage and not named in the line: {who}"));
            }
        }
        if distinct.len() > 1 {
            let who = distinct[0].to_string();
            return speech(&who, 0.15, format!("first acting in the paragraph: {who}"));
        }
        // Sieve 9: the most recent other person on stage.
        let last = self.turns.last().cloned();
        if let Some(e) = self.recent(q.start, |e| Some(&e.who) != last.as_ref() && Some(e.who.as_str()) != not) {
            let who = e.who.clone();
            return speech(&who, 0.25, "last resort: most recent other character".into());
        }
        if let Some(last) = last {
            return speech(&last, 0.2, "last resort: the last speaker".into());
        }
        let who = self.describe("a voice", None);
        speech(&who, 0.1, "last resort: nobody on stage".into())
    }
}
