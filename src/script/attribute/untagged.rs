//! Sieves 3–9, for a quotation with no speech tag in its paragraph.

use super::{Event, State, speech, voice_of};
use crate::script::NARRATOR;
use crate::script::Speech;
use crate::script::english;
use crate::script::segment::{Para, ParaKind, Quote};
use crate::script::tags;
use crate::script::words::{last_sentence, words};

impl State<'_> {
    /// Sieves 3–9 for a quotation with no tag in its paragraph.
    pub(super) fn untagged(&mut self, p_index: usize, paras: &[Para], q: &Quote, not: Option<&str>, all: &[Quote]) -> Speech {
        let source = self.source;
        let para = paras[p_index];
        // `Yes, Beatrice.` calls Beatrice Blaine too, and `Upon my word, Basil,` Basil Hallward.
        let first = self.stranger_vocative(q);
        let first = first.as_deref();
        let prev = p_index.checked_sub(1).map(|i| paras[i]).filter(|p| p.kind == ParaKind::Body);
        // Where the speech of the paragraph before ends (its start, when it has none).
        let spoken_end = prev.map(|p| quotes_of(all, p_index - 1).iter().map(|x| x.close.unwrap_or(x.end)).max().unwrap_or(p.start));
        // Sieve 3: `He held the bowl aloft and intoned:` ending the paragraph before.
        if let Some(p) = prev
            && q.open == para.start
            && !source[p.start..p.end].trim_end().ends_with('.')
            && let Some(tag) = tags::before(source, p.start, p.end)
        {
            self.quote_at = q.open;
            let (who, conf) = self.resolve(&tag, &p, not);
            return speech(&who, conf * 0.6, format!("tag before: \"{}\"", tag.phrase));
        }
        // Sieve 4: a voice the paragraph before names (`whispers from behind the table`), after
        // its last quotation: a voice that spoke there has had its say.
        if let (Some(p), Some(spoken_end)) = (prev, spoken_end) {
            let ws = words(source, spoken_end, p.end);
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
            if let Some(k) = (start..ws.len()).find(|&k| english::is(english::HEARING_VERBS, &ws[k].lower(source))) {
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
        // `He heard her speak.`: the one heard, not the hearer.
        if let Some(p) = prev
            && q.open == para.start
            && let Some(who) = self.heard_pronoun(&p).filter(|w| !called(w, not, first))
        {
            return speech(&who, 0.7, format!("heard speaking: {who}"));
        }
        // Sieve 4c: the paragraph before ends with a colon that introduces the speech, in a
        // clause `tags::before` does not read (`he said, as if returning to some former remark
        // of his:`, `the Old Man introduced him with a quirk of the lips:`).
        if let Some(p) = prev
            && q.open == para.start
            && source[p.start..p.end].trim_end().trim_end_matches(['-', '—']).ends_with(':')
            && let Some((who, conf, what)) = self.introducer(last_sentence(source, p.start, p.end).0, p.end, &p, not)
        {
            return speech(&who, conf, format!("introduced by the paragraph before: {what}"));
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
            .filter(|e| e.at < para.end && e.person && !called(&e.who, not, first) && !(e.at >= q.start && e.at < q.end))
            .collect();
        acting.dedup_by(|a, b| a.who == b.who);
        let distinct: Vec<String> = {
            let mut d: Vec<String> = Vec::new();
            for e in &acting {
                if !d.contains(&e.who) {
                    d.push(e.who.clone());
                }
            }
            d
        };
        // `The porter looked up from his ledger. "Name, sir?"`: a role opening the sentence
        // right before the quote acts, before any name it tells of.
        // The end of the last quotation before this one in its paragraph.
        let prev_close = quotes_of(all, q.para).iter().filter_map(|x| x.close).filter(|&c| c <= q.open).max().unwrap_or(para.start);
        if q.open > prev_close
            && let Some(who) = self.role_opening(words(source, last_sentence(source, prev_close, q.open).0.max(prev_close), q.open), None, true).filter(|w| !called(w, not, first))
        {
            return speech(&who, 0.55, format!("a role acting in the paragraph: {who}"));
        }
        // `Ivy looked at Marcus, who shrugged. "Don't look at me."`: the one a relative clause
        // makes act right before the quote speaks it.
        if q.open > prev_close
            && let Some(who) = self.acting_in_relative(last_sentence(source, prev_close, q.open).0.max(prev_close), q.open).filter(|w| !called(w, not, first))
        {
            return speech(&who, 0.55, format!("acting right before the quote: {who}"));
        }
        if distinct.len() == 1 {
            let who = distinct[0].clone();
            return speech(&who, 0.55, format!("acting in the paragraph: {who}"));
        }
        let subject_pronoun = words(source, para.start, q.open.max(para.start)).first().map(|w| w.lower(source));
        if distinct.is_empty()
            && let Some(p) = subject_pronoun.filter(|p| p == "she" || p == "he")
        {
            let female = p == "she";
            if let Some(e) = self.recent(para.start, |e| e.female == Some(female) && !called(&e.who, not, first)) {
                let who = e.who.clone();
                return speech(&who, 0.45, format!("acting in the paragraph: \"{p}\""));
            }
        }
        // Sieve 6b: the paragraph before ends in narration whose last sentence one person acts
        // in (`"Mother gave it to me," said Ogden. … Ogden took another sweet.`), after its
        // speech and its tag's sentence, if it had any.
        // A paragraph that told a turn (`Lucy mumbled that those seemed very odd people.`) was
        // that person's turn; the next line is someone else's (turn-taking).
        if let (Some(p), Some(spoken_end)) = (prev, spoken_end)
            && q.open == para.start
            && self.reported != Some(p_index - 1)
        {
            let (sentence, _) = last_sentence(self.source, p.start, p.end);
            let after_speech = spoken_end == p.start || sentence > spoken_end + 1 && self.source[spoken_end..sentence - 1].contains(['.', '!', '?']);
            // `The auctioneer commenced by saying that Miss Isabella was fit…`: a role opening
            // that sentence acts in it, not a name in what it tells.
            if after_speech
                && let Some(who) = self.role_opening(words(source, sentence, p.end), None, false).filter(|w| !called(w, not, first))
            {
                return speech(&who, 0.5, format!("a role acting in the paragraph before: {who}"));
            }
            // `…that of Mrs. Bennet perhaps surpassing the rest; though, …, she began to declare
            // that…`: the last clause's people, when it has a subject, acted last.
            let in_from = |from: usize| -> Vec<&Event> { self.events_from(from).iter().take_while(|e| e.at < p.end).filter(|e| e.person).collect() };
            let in_clause = source[sentence..p.end].rfind(';').map(|i| in_from(sentence + i + 1)).filter(|ps| ps.iter().any(|e| e.subject));
            let people = in_clause.unwrap_or_else(|| in_from(sentence));
            let alone = people.iter().all(|e| e.who == people[0].who);
            let actor = people.first().filter(|e| after_speech && alone && e.subject && e.who != NARRATOR && !self.has_left(e, q.open));
            // `"Jo does use such slang!" observed Amy. … Jo began to whistle. "Don't, Jo."`: a
            // line that calls the one who acted by name answers the act, in the last speaker's voice.
            if let Some(e) = actor.filter(|e| called(&e.who, not, first))
                && let Some(last) = self.turns.last().filter(|l| **l != e.who).cloned()
            {
                return speech(&last, 0.6, format!("answers the act of the one addressed: {}", e.who));
            }
            if let Some(e) = actor.filter(|e| !called(&e.who, not, first)) {
                let who = e.who.clone();
                return speech(&who, 0.5, format!("acting in the paragraph before: {who}"));
            }
        }
        // Sieve 6c: the narration running into the quote introduces it (`The captain glared,
        // and at last broke out with a low oath, "Silence!"`).
        let before = source[para.start..q.open].trim_end();
        if before.ends_with([',', ':', '—']) || before.ends_with(char::is_alphanumeric) {
            let from = last_sentence(source, para.start, q.open).0.max(prev_close);
            if let Some((who, conf, what)) = self.introducer(from, q.open, &para, not) {
                return speech(&who, conf, format!("introduced in its sentence: {what}"));
            }
        }
        // Sieve 7: the previous line addressed someone by name.
        if let Some(addressed) = self.addressed.clone()
            && !called(&addressed, not, first)
            && self.turns.last() != Some(&addressed)
        {
            return speech(&addressed, 0.65, format!("addressed in the line before: {addressed}"));
        }
        // `"Feel pretty sick, Thea?" // "A little."`: the one called by a first name answers,
        // though the narration never named her; unless this line calls her too (`"Kate," I
        // said. // "Kate, then."`).
        let calls = |name: &str| quotes_of(all, p_index).iter().any(|x| self.stranger_vocative(x).as_deref() == Some(name));
        if let Some(name) = self.called_stranger.clone().filter(|n| Some(n.as_str()) != not && !calls(n)) {
            self.chars.add(&name, english::first_name_gender(&name));
            return speech(&name, 0.5, format!("called in the line before: {name}"));
        }
        // `"How much, gentlemen?" // "Five hundred."`: a group called answers as one, by the
        // name it was called.
        if let Some(group) = self.called_group.clone() {
            let who = self.describe(&group, None);
            return speech(&who, 0.45, format!("the group called in the line before: {who}"));
        }
        // Sieve 8: turn-taking; when the line names the one whose turn it would be (`Yes,
        // Curtis; you and Florence are equal`), a third person on stage speaks.
        let n = self.turns.len();
        if n >= 2 && self.turns[n - 1] != self.turns[n - 2] && !called(&self.turns[n - 2], not, first) && !self.is_gone(&self.turns[n - 2]) {
            let named = self.named_in(q);
            let who = self.turns[n - 2].clone();
            if !named.contains(&who) {
                return speech(&who, 0.45, "turn-taking".into());
            }
            let last = &self.turns[n - 1];
            if let Some(e) = self.recent(q.start, |e| &e.who != last && !named.contains(&e.who) && e.who != NARRATOR && !called(&e.who, not, first)) {
                let who = e.who.clone();
                return speech(&who, 0.4, format!("on stage and not named in the line: {who}"));
            }
        }
        if distinct.len() > 1 {
            let who = distinct[0].clone();
            return speech(&who, 0.15, format!("first acting in the paragraph: {who}"));
        }
        // Sieve 9: the most recent other person on stage.
        let last = self.turns.last().cloned();
        if let Some(e) = self.recent(q.start, |e| Some(&e.who) != last.as_ref() && !called(&e.who, not, first)) {
            let who = e.who.clone();
            return speech(&who, 0.25, "last resort: most recent other character".into());
        }
        if let Some(last) = last {
            return speech(&last, 0.2, "last resort: the last speaker".into());
        }
        let who = self.describe("a voice", None);
        speech(&who, 0.1, "last resort: nobody on stage".into())
    }

    /// The named person a relative clause closing the sentence `from..to` makes act (`looked at
    /// Marcus, who shrugged.`): a name, `, who` and a short clause with no other comma.
    fn acting_in_relative(&self, from: usize, to: usize) -> Option<String> {
        let m = self.chars.mentions_in(from, to).last()?;
        let rest = self.source[m.end..to].strip_prefix(", who ")?;
        let clause = rest.trim_end().trim_end_matches(['.', ':', ',']);
        let short = clause.split_whitespace().count() <= 6 && !clause.contains([',', ';', '.', '!', '?', '"', '“', '”']);
        (short && self.chars.is_person(m.character)).then(|| self.chars.list[m.character].name.clone())
    }

    /// Whom the narration `from..to` introduces as the speaker of what follows: the pronoun right
    /// before its last verb of saying, resolved as a tag (the narration leaves a pronoun beside
    /// such a verb to the tag sieve: `he said, as if …:`), else its subject nearest before that
    /// verb, else its first subject. Returns the speaker, a confidence and the evidence.
    fn introducer(&mut self, from: usize, to: usize, para: &Para, not: Option<&str>) -> Option<(String, f32, String)> {
        let source = self.source;
        let ws = words(source, from, to);
        let v = ws.iter().rposition(|w| english::is(english::SPEECH_VERBS, &w.lower(source)));
        let pronoun = v.filter(|&v| v > 0).map(|v| ws[v - 1]).filter(|w| matches!(w.text(source), "he" | "she" | "He" | "She" | "I"));
        if let (Some(w), Some(v)) = (pronoun, v) {
            let phrase = source[w.start..ws[v].end].to_string();
            let tag = tags::Tag { subject: tags::Subject::Pronoun(w.lower(source)), phrase: phrase.clone(), speech: true, at: w.start, indefinite: false };
            let (who, conf) = self.resolve(&tag, para, not);
            return Some((who, conf * 0.6, format!("\"{phrase}\"")));
        }
        // `rose the voice of the tall lady, crying:` is the lady's
        if let Some(described) = voice_of::described_voice(source, &ws) {
            let female = english::gender_of_word(&english::description_head(&described));
            let who = self.describe(&described, female);
            return (Some(who.as_str()) != not).then(|| (who.clone(), 0.5, format!("the voice of {who}")));
        }
        let subjects: Vec<&Event> = self.events_from(from).iter().take_while(|e| e.at < to).filter(|e| e.person && e.subject).collect();
        // With no subject found, the person nearest before the verb (`… answer Nasty Roche had
        // asked:`).
        let people: Vec<&Event> = self.events_from(from).iter().take_while(|e| e.at < to).filter(|e| e.person).collect();
        let nearest = v
            .and_then(|v| subjects.iter().rev().find(|e| e.at < ws[v].start))
            .or(subjects.first())
            .or_else(|| v.and_then(|v| people.iter().rev().find(|e| e.at < ws[v].start)));
        nearest.filter(|e| Some(e.who.as_str()) != not).map(|e| (e.who.clone(), 0.5, e.who.clone()))
    }
}

/// The quotations of paragraph `para` (`all` is in reading order): found by halving, since a
/// scan per line would make long chapters quadratic.
fn quotes_of(all: &[Quote], para: usize) -> &[Quote] {
    &all[all.partition_point(|x| x.para < para)..all.partition_point(|x| x.para <= para)]
}

/// Whether a line that calls `not` by name, or `first` by a first name no character bears alone,
/// calls `who`: a first name calls the one whose full name it opens (`Beatrice` calls Beatrice
/// Blaine), so that one does not speak the line.
fn called(who: &str, not: Option<&str>, first: Option<&str>) -> bool {
    let opens = |name: &str| who == name || !name.contains(' ') && who.strip_prefix(name).is_some_and(|rest| rest.starts_with(' '));
    not.is_some_and(opens) || first.is_some_and(opens)
}
