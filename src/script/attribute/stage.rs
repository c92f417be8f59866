//! Who is on stage: the names, pronouns and descriptions of the narration become events, and
//! unnamed speakers are made from descriptions and voices.

use super::{Event, STAGE_BYTES, State, Unnamed};
use crate::script::NARRATOR;
use crate::script::coreference;
use crate::script::english;
use crate::script::segment::Quote;
use crate::script::words::{Word, last_sentence, only_space, sentence_initial, words};

impl State<'_> {
    /// Adds the paragraph's name mentions outside quotations (and a first-person narrator's
    /// `I`) to the events.
    pub(super) fn push_mentions(&mut self, from: usize, to: usize, quotes: &[Quote]) {
        let inside = |at: usize| quotes.iter().any(|q| at >= q.start && at < q.end);
        for m in self.chars.mentions_in(from, to).to_vec() {
            if inside(m.start) {
                continue;
            }
            let c = &self.chars.list[m.character];
            self.events.push(Event { at: m.start, who: c.name.clone(), female: c.female, person: self.chars.is_person(m.character), subject: m.subject, character: Some(m.character) });
        }
        if self.chars.first_person {
            for w in words(self.source, from, to) {
                if w.text(self.source) == "I" && !inside(w.start) {
                    self.events.push(Event { at: w.start, who: NARRATOR.into(), female: None, person: true, subject: true, character: None });
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
    pub(super) fn push_pronouns(&mut self, from: usize, to: usize, quotes: &[Quote]) {
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
            // `said the nurse, … as she stooped`: someone of that gender named after the untold one
            // is nearer, so the pronoun tells nothing of the untold one (it made `the surgeon` a woman).
            let nearer = unknown.is_some_and(|u| self.recent(w.start, |e| e.female == Some(female)).is_some_and(|e| e.at > u.at));
            let unknown = unknown.filter(|_| !nearer);
            let found = match (found, unknown) {
                (Some(f), Some(u)) if u.at > f.at => Some(self.learn_gender(&u.who.clone(), female)),
                (None, Some(u)) => Some(self.learn_gender(&u.who.clone(), female)),
                (f, _) => f.map(|e| e.who.clone()),
            };
            if let Some(who) = found {
                let event = self.person(w.start, who, Some(female), true);
                let at = self.events.partition_point(|e| e.at <= w.start);
                self.events.insert(at, event);
            }
        }
    }

    /// Adds descriptions of unnamed people in the narration (`the girl`, `an old man`) as events,
    /// when no named character of that gender is on stage to be the one described.
    pub(super) fn push_descriptions(&mut self, from: usize, to: usize, quotes: &[Quote]) {
        let source = self.source;
        let inside = |at: usize| quotes.iter().any(|q| at >= q.start && at < q.end);
        let ws = words(source, from, to);
        for k in 0..ws.len() {
            let det = ws[k].lower(source);
            // `made him look like a little old man` likens him to nobody on stage
            let likened = k > 0 && ws[k - 1].lower(source) == "like";
            if !english::is(english::DESCRIPTION_DETERMINERS, &det) || inside(ws[k].start) || likened {
                continue;
            }
            // A lower-case title after an adjective is a noun like any other (`the old lady`, `his
            // old master`); bare (`devoted to a lady who`), it is often someone in passing.
            let Some(h) = (k + 1..(k + 4).min(ws.len())).find(|&h| {
                let w = ws[h].lower(source);
                let title_noun = h > k + 1 && english::title(&w).is_some() && !ws[h].capitalised(source);
                english::is(english::PERSON_NOUNS, &w) || english::is_compound_person_noun(&w) || english::gender_of_word(&w).is_some() && (title_noun || !english::is(english::SUBJECT_PRONOUNS_ALL, &w))
            }) else {
                continue;
            };
            // adjectives only between the determiner and the noun, with no punctuation (`at the
            // barricades, Sergeant Bibot` describes nobody)
            let apart = (k + 1..=h).any(|i| !only_space(source, ws[i - 1].end, ws[i].start));
            if apart || ws[k + 1..h].iter().any(|w| w.capitalised(source) || english::is(english::DESCRIPTION_BREAKS, &w.lower(source))) {
                continue;
            }
            // `a woman servant`, `the boy officer`: the second noun says who the person is.
            let female = english::gender_of_word(&ws[h].lower(source));
            let h = match ws.get(h + 1) {
                Some(n) if only_space(source, ws[h].end, n.start) && !n.capitalised(source) && english::is(english::PERSON_NOUNS, &n.lower(source)) => h + 1,
                _ => h,
            };
            let head = ws[h].lower(source);
            // `the tall old boatman` is a man, as `a clergyman` is.
            let female = female.or_else(|| english::gender_of_word(&head)).or_else(|| english::agent_gender(&head));
            let at = ws[k].start;
            let subject = sentence_initial(source, from, at);
            // `the painter` after `Basil Hallward, the painter,`, or `the doctor` when one
            // character is titled `Dr.`: the named character acts.
            let described = format!("{det} {head}");
            if let Some(id) = coreference::role(self.chars, &described).or_else(|| coreference::titled(self.chars, &described)) {
                let c = &self.chars.list[id];
                self.events.push(Event { at, who: c.name.clone(), female: c.female.or(female), person: true, subject, character: Some(id) });
                continue;
            }
            // `At the wish of Dr. Quillan … the tall old boatman came to stay`: a man named only
            // in passing is not the one a gendered role is (a noun for anyone, `the unfortunate
            // man`, often is).
            let role = female.is_some() && !english::is(english::GENERIC_PERSON_NOUNS, &head) && !english::is_plural_person(&head);
            let named_on_stage = self.events.iter().rev().take_while(|e| e.at + STAGE_BYTES >= at).any(|e| {
                e.at < at && e.person && (female.is_none() || e.female == female || e.female.is_none()) && (!role || e.subject) && e.character.is_some()
            });
            // `A man stood on the step`: an indefinite subject is someone new, whoever is on
            // stage. Not anyone at all (`A woman should`), nor one a clause describes, whom
            // the story names by the clause only when nobody else is about.
            let generic = ws.get(h + 1).is_some_and(|w| english::is(english::GENERIC_AFTER, &w.lower(source)));
            // A clause with its verb (`A girl of ten sat by the fire`), not a fragment that
            // describes again one just brought on (`A fearful man, all in gray.`).
            let acts = || {
                let after = ws[h + 1..(h + 6).min(ws.len())].iter().enumerate();
                let mut clause = after.take_while(|(j, w)| only_space(source, ws[h + j].end, w.start));
                clause.any(|(_, w)| english::is(english::ACTING, &w.lower(source)))
            };
            // … or opening the sentence's last clause (`A light appeared, and a boy came running`).
            // With no comma, the `and` must join clauses, not people (`Tom and a woman came`).
            let joins_clauses = |w: Word| source[w.end..ws[k - 1].start].contains(',') || !w.capitalised(source) && !english::is_person_noun(&w.lower(source));
            let last_clause = k >= 2 && ws[k - 1].lower(source) == "and" && joins_clauses(ws[k - 2]);
            let relative = relative_end(source, &ws, h);
            // … or behind an adverbial opener (`Presently a freckled girl ran up`).
            let opened = || (k.saturating_sub(3)..k).find(|&j| ws[j..k].iter().all(|w| english::is(english::ADVERBIAL_OPENERS, &w.lower(source)))).is_some_and(|j| sentence_initial(source, from, ws[j].start));
            let newcomer = (subject || last_clause || opened()) && (det == "a" || det == "an") && !generic && relative.is_none() && acts();
            let subject = subject || newcomer;
            if named_on_stage && !newcomer {
                // `Presently the lad stood in front of her`: a noun for anyone, with one named
                // character of its gender on stage, is that character acting.
                if det == "the" && let Some(who) = self.one_named_of(female, &head, (from, at, to)) {
                    let opener = (k.saturating_sub(3)..k).find(|&j| ws[j..k].iter().all(|w| english::is(english::ADVERBIAL_OPENERS, &w.lower(source))));
                    let subject = subject || opener.is_some_and(|j| sentence_initial(source, from, ws[j].start));
                    let event = self.person(at, who, female, subject);
                    self.events.push(event);
                }
                continue;
            }
            let det = det.as_str();
            // `The first man who came in was an officer`: the clause singles him out, and the
            // reader (and the annotator) knows him by it.
            // `a man with a beard`, `The man with the beard leaned back`: so is a phrase of what
            // the person has or wears.
            let end = relative.or_else(|| describing_phrase_end(source, &ws, h)).unwrap_or(ws[h].end);
            let name = format!("{det} {}", source[ws[k + 1].start..end].split_whitespace().collect::<Vec<_>>().join(" "));
            let who = if newcomer { self.newcomer(name, head, female) } else { self.describe(&name, female) };
            let event = self.person(at, who, female, subject);
            self.events.push(event);
        }
    }

    /// The one named character on stage at `at` of the gender of `head`, a plain noun for anyone
    /// (`the lad`, `the old man`), unless its sentence names that character too; `from`
    /// and `to` bound the paragraph.
    fn one_named_of(&self, female: Option<bool>, head: &str, (from, at, to): (usize, usize, usize)) -> Option<String> {
        if female.is_none() || !english::is(english::PLAIN_PERSON_NOUNS, head) {
            return None;
        }
        let mut named = self.events.iter().rev().filter(|e| e.at < at).take_while(|e| e.at + STAGE_BYTES >= at);
        let mut named = named.by_ref().filter(|e| e.person && e.female == female && e.who != NARRATOR && e.character.is_some());
        let one = named.next()?;
        // named only in passing (`At the wish of Dr. Quillan`), nobody acts there
        if !self.events.iter().rev().filter(|e| e.at < at).take_while(|e| e.at + STAGE_BYTES >= at).any(|e| e.who == one.who && e.subject) {
            return None;
        }
        if !named.all(|e| e.who == one.who) {
            return None;
        }
        // `The lad stood before Durbeyfield`: a sentence naming the one is about someone else.
        let (begin, _) = last_sentence(self.source, from, at);
        let end = self.source[at..to].find(['.', '!', '?', ';']).map_or(to, |i| at + i);
        // Only this paragraph's events (not yet sorted) can lie in the sentence.
        let in_sentence = self.events_from(from).iter().any(|e| e.at >= begin && e.at < end && e.at != at && e.who == one.who);
        (!in_sentence).then(|| one.who.clone())
    }

    /// For a pronoun opening a sentence, the subject that opened the sentence before, when it
    /// matches: the story goes on about whom it was about (`She swept the step, and Oona waved.
    /// She set out the bread.` — the second `she` is the first one's).
    pub(super) fn continued_subject(&self, para_start: usize, at: usize, female: bool) -> Option<&Event> {
        if !sentence_initial(self.source, para_start, at) {
            return None;
        }
        let (begin, end) = last_sentence(self.source, para_start, at);
        let opener = self.events.iter().filter(|e| e.at >= begin && e.at < end).find(|e| e.person && e.subject)?;
        (opener.female == Some(female)).then_some(opener)
    }

    /// Records a gender the text has just told for someone who had none; returns who.
    pub(super) fn learn_gender(&mut self, who: &str, female: bool) -> String {
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

    /// Someone new the narration brings on (`A man stood on the step`): not one described
    /// before, unless by the very same words.
    fn newcomer(&mut self, name: String, head: String, female: Option<bool>) -> String {
        if !self.unnamed.iter().any(|u| u.name == name) {
            let group = english::is(english::GROUP_NOUNS, &head);
            self.unnamed.push(Unnamed { name: name.clone(), head, female, group });
        }
        name
    }

    /// The unnamed speaker a description names, created on first use.
    pub(super) fn describe(&mut self, description: &str, female: Option<bool>) -> String {
        let head = english::description_head(description);
        // `one of the colts` may be any of them, not the one described before
        let definite = (!description.starts_with(['a', 'A']) || description.starts_with("another")) && !description.starts_with("one of");
        let possessive = !description.starts_with(['t', 'T', 'a', 'A']);
        // Two descriptions of one head noun are two people when each has adjectives and they
        // share none (`a foreign lady` in passing, later `the young lady`).
        let modifiers = |d: &str| -> Vec<String> {
            let ws: Vec<String> = english::description_core(d).split(' ').map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
            ws[1..ws.len().saturating_sub(1).max(1)].to_vec()
        };
        let mine = modifiers(description);
        let apart = |u: &Unnamed| {
            let theirs = modifiers(&u.name);
            !mine.is_empty() && !theirs.is_empty() && !mine.iter().any(|m| theirs.contains(m))
        };
        // `the man who had come in` singles out one man among others: not the `the man` before,
        // but `the man with the beard` is `a man with a beard`.
        let singled_out = english::description_core(description) != description;
        let bare = |d: &str| d.split(' ').filter(|w| !english::is(english::ARTICLES, &w.to_lowercase())).collect::<Vec<_>>().join(" ");
        if let Some(u) = self.unnamed.iter().rev().find(|u| u.head == head && (definite || !possessive) && !apart(u) && (!singled_out || bare(&u.name) == bare(description)))
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
    pub(super) fn voice(&mut self, noun: &str, place: &[String], at: usize) -> String {
        let head = place.last().cloned().unwrap_or_else(|| noun.to_string());
        if let Some(u) = self.unnamed.iter().rev().find(|u| u.head == head) {
            return u.name.clone();
        }
        // The group named most recently, in the last few pages (bounded, so the pass stays linear).
        let window = at.saturating_sub(20_000);
        let window = self.source.ceil_char_boundary(window);
        let before = self.source[window..at].to_lowercase();
        let group = english::GROUP_NOUNS
            .iter()
            .filter_map(|g| before.rfind(&format!("the {g}")).filter(|&i| before[i + 4 + g.len()..].starts_with(|c: char| !c.is_alphanumeric())).map(|i| (i, *g)))
            .max();
        let modifier = place.iter().rev().nth(1).filter(|m| !english::is(english::DETERMINERS, m) && !english::is(english::PLACE_PREPOSITIONS, m));
        let name = match (group, modifier) {
            (Some((_, g)), Some(m)) => format!("the {m} {g}"),
            (Some((_, g)), None) => format!("the {g}"),
            (None, _) if place.is_empty() => format!("a {noun}"),
            (None, _) => format!("a voice from {}", place.join(" ")),
        };
        self.unnamed.push(Unnamed { name: name.clone(), head, female: None, group: true });
        name
    }
}

/// The end of a phrase of what a person has or wears after the head noun at word `h` (`with a
/// beard`, `in the red dress`: `with` or `in`, a determiner, a noun maybe behind one adjective),
/// closed by punctuation, by the verb of the description's sentence or by an `and` (`a man with
/// a beard and a younger man`). Not a place: `the little creature on the pole` is where a kitten
/// sits, not who it is.
fn describing_phrase_end(source: &str, ws: &[Word], h: usize) -> Option<usize> {
    let word = |i: usize| ws.get(i).filter(|w| only_space(source, ws[i - 1].end, w.start)).map(|w| w.lower(source));
    if !word(h + 1).is_some_and(|w| w == "with" || w == "in") || !word(h + 2).is_some_and(|w| english::is(english::TAG_DETERMINERS, &w)) {
        return None;
    }
    (h + 3..(h + 5).min(ws.len())).take_while(|&e| word(e).is_some()).find_map(|e| {
        let noun = ws[e].lower(source);
        if english::is(english::MANNER_NOUNS, &noun) || english::is(english::DESCRIPTION_BREAKS, &noun) {
            return None;
        }
        let closed = source[ws[e].end..].starts_with([',', '.', ';', '!', '?', ':']);
        let verb = word(e + 1).is_some_and(|v| english::is(english::ACTING, &v) || english::is(english::SPEECH_VERBS, &v) || v.ends_with("ed") || v == "and");
        (closed || verb).then_some(ws[e].end)
    })
}

/// The end of a short restrictive relative clause after the head noun at word `h`, which
/// singles the person out (`The first man who came in was an officer`): up to the verb the
/// description is the subject of, or to punctuation, at most six words.
fn relative_end(source: &str, ws: &[Word], h: usize) -> Option<usize> {
    ws.get(h + 1).filter(|w| only_space(source, ws[h].end, w.start) && english::is(english::RELATIVE_PRONOUNS, &w.lower(source)))?;
    for j in h + 2..(h + 8).min(ws.len()) {
        if !only_space(source, ws[j - 1].end, ws[j].start) {
            return (j > h + 2).then_some(ws[j - 1].end);
        }
        if j > h + 2 && english::is(english::COPULAS, &ws[j].lower(source)) {
            return Some(ws[j - 1].end);
        }
    }
    None
}
