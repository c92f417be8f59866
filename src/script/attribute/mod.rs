//! Speaker attribution: decides which quotations are speech and who speaks each, as a sequence of
//! sieves, most precise first (after Muzny et al., EACL 2017, and CoreNLP's `quoteattribution`):
//!
//! 1. a speech tag after, before or inside the quote (`said Anne`, `she called`),
//! 2. another tagged quote in the same paragraph, or the speech this one continues,
//! 3. a tag clause ending the previous paragraph with a colon,
//! 4. a voice the previous paragraph names (`whispers from behind the table`), or the speaker its
//!    closing colon introduces,
//! 5. a group speaking as `we` in a conversation with a group,
//! 6. the single character acting in the quote's paragraph, or the one the narration running
//!    into the quote introduces,
//! 7. the person the previous line addressed by name (vocative),
//! 8. turn-taking in a two-person exchange (A-B-A-B),
//! 9. a last resort: the most recent other character on stage.
//!
//! Narration that sends someone off the scene (`exits`) takes them out of turn-taking and off
//! the stage until a scene with speech brings them back.
//!
//! Each sieve sets the evidence and a confidence measured on the eval set (docs/attribution.md).
//! The pass keeps who is on stage (`stage`), resolves tags (`resolve`), reads the quotations
//! themselves (`speech`) and runs the sieves for untagged lines (`untagged`).

use std::collections::HashMap;

use super::characters::Characters;
use super::{called_back, conversation};
use super::segment::{Para, ParaKind, Quote};
use super::tags::{self, Subject};
use super::Speech;
use super::words::{second_sentence, words};
use super::NARRATOR;

mod answering;
mod before;
mod described;
mod exits;
mod heard;
mod lead_in;
mod next_tag;
mod pronoun;
mod resolve;
mod speech;
mod stage;
mod title_vocative;
mod untagged;
mod voice_of;

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
    /// The named character it is, looked up once (the stage is searched for names often).
    character: Option<usize>,
}

/// The attribution of every quotation: `None` for quoted words that are not speech.
pub fn attribute(source: &str, paras: &[Para], quotes: &[Quote], chars: &mut Characters) -> Vec<Option<Speech>> {
    let mut state = State {
        source,
        chars,
        unnamed: Vec::new(),
        events: Vec::new(),
        turns: Vec::new(),
        quiet: 0,
        addressed: None,
        called_stranger: None,
        called_group: None,
        called: vec![None; quotes.len()],
        reported: None,
        told: None,
        quote_at: 0,
        calls_group: false,
        said_here: None,
        described: HashMap::new(),
        how: "",
        gone: Vec::new(),
    };
    let mut result: Vec<Option<Speech>> = vec![None; quotes.len()];
    // Paragraphs in which someone leaves the scene: a conversation ends there.
    let mut departures = Vec::new();
    let mut q = 0;
    for (p_index, para) in paras.iter().enumerate() {
        let first = q;
        while q < quotes.len() && quotes[q].para == p_index {
            q += 1;
        }
        if para.kind != ParaKind::Body {
            state.told = None;
            if para.kind == ParaKind::Heading {
                state.turns.clear();
            }
            continue;
        }
        state.push_mentions(para.start, para.end, &quotes[first..q]);
        let spoken = state.paragraph(p_index, paras, &quotes[first..q], first, quotes, &mut result);
        if spoken {
            state.come_back(para.start);
        }
        if state.exits(*para, &quotes[first..q]) {
            departures.push(p_index);
        }
        state.told = None;
        if spoken {
            state.quiet = 0;
            // `"…," Katharine explained. Mr. Denham muttered something…`: the narration after the
            // last tag is told like a paragraph of its own.
            let close = quotes[first..q].iter().map(|x| x.close.unwrap_or(x.end)).max().unwrap_or(para.start);
            state.told = second_sentence(source, close, para.end).map(|start| (start, para.end));
        } else if let Some(who) = state.reported_turn(*para) {
            // `Mr. Bennet replied that he had not.`: a turn of the conversation told, not quoted.
            state.turns.push(who);
            state.reported = Some(p_index);
            state.quiet = 0;
        } else {
            state.told = Some((para.start, para.end));
            state.quiet += 1;
            if state.quiet >= 2 {
                state.turns.clear();
                state.addressed = None;
                state.called_stranger = None;
                state.called_group = None;
            }
        }
    }
    conversation::alternate(paras, quotes, &state.called, &departures, &mut result);
    called_back::called_back(paras, quotes, &state.called, &mut result);
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
    /// A first name the previous line called out that no character bears (`Feel sick, Thea?`).
    called_stranger: Option<String>,
    /// A group the previous line called (`gentlemen`), when it called nobody by name.
    called_group: Option<String>,
    /// Whom each quotation addresses by name, for the conversation pass.
    called: Vec<Option<String>>,
    /// The last paragraph that told a turn in reported speech.
    reported: Option<usize>,
    /// The narration of the paragraph before (start, end): all of it when it quoted nobody, else
    /// what follows the sentence of its last quotation.
    told: Option<(usize, usize)>,
    /// Where the quotation whose tag is being resolved opens.
    quote_at: usize,
    /// Whether the quotation whose tag is being resolved calls a group (`girls!`).
    calls_group: bool,
    /// The speaker the last tag in the current paragraph named (`said my uncle`), while its
    /// tags are read.
    said_here: Option<String>,
    /// Descriptions in tags (`the mother`) that resolved to a named character, lower-cased: the
    /// same description later means the same one when nobody on stage fits.
    described: HashMap<String, String>,
    /// How the last pronoun was resolved, for the evidence.
    how: &'static str,
    /// Who left the scene, and where the narration said so.
    gone: Vec<(String, usize)>,
}

fn speech(speaker: &str, confidence: f32, evidence: String) -> Speech {
    Speech { speaker: speaker.to_string(), confidence, evidence }
}

impl State<'_> {
    /// A person at `at`, with the character `who` names, if any, looked up once.
    fn person(&self, at: usize, who: String, female: Option<bool>, subject: bool) -> Event {
        let character = self.chars.lookup(&who);
        Event { at, who, female, person: true, subject, character }
    }

    fn gender(&self, who: &str) -> Option<bool> {
        if let Some(id) = self.chars.lookup(who) {
            return self.chars.list[id].female;
        }
        self.unnamed.iter().find(|u| u.name == who).and_then(|u| u.female)
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
        self.events.iter().rev().filter(|e| e.at < at).take_while(|e| e.at + STAGE_BYTES >= at).find(|e| e.person && !self.has_left(e, at) && keep(e))
    }

    /// Attributes the quotations of one paragraph; returns whether it had speech.
    fn paragraph(&mut self, p_index: usize, paras: &[Para], quotes: &[Quote], offset: usize, all: &[Quote], out: &mut [Option<Speech>]) -> bool {
        let para = paras[p_index];
        let source = self.source;
        let mut decided: Vec<Option<Speech>> = vec![None; quotes.len()];
        let mut speech_flags = vec![false; quotes.len()];
        let vocatives: Vec<Option<String>> = (0..quotes.len()).map(|k| self.addresses(quotes, k)).collect();
        let addressee = vocatives.iter().flatten().next().cloned();
        self.called[offset..offset + quotes.len()].clone_from_slice(&vocatives);
        // Sieve 1: tags.
        self.said_here = None;
        let mut tag_before = vec![false; quotes.len()];
        let mut tags_of: Vec<Option<tags::Tag>> = vec![None; quotes.len()];
        let mut asks_me = vec![false; quotes.len()];
        for (k, q) in quotes.iter().enumerate() {
            let next_open = quotes.get(k + 1).map_or(para.end, |n| n.open);
            let prev_close = if k == 0 { para.start } else { quotes[k - 1].close.unwrap_or(quotes[k - 1].end) };
            // `When Carl turned away he said, "I'll see to it." Alexandra went in`: a verb of
            // saying before the quote beats an action after it, and beats a new sentence after a
            // quote that ends on a full stop (`"Come in," she said, "and sit." Tom nodded.`).
            let before = || tags::before(source, prev_close, q.open);
            let ends_sentence = source[..q.end].ends_with('.');
            let tag = match q.close.and_then(|c| tags::after(source, c, next_open)) {
                Some(after) if !after.speech || ends_sentence => before().filter(|t| t.speech).or(Some(after)),
                after => after.or_else(before),
            };
            let lead_in = |i: usize| i.checked_sub(1).map(|p| &paras[p]);
            // A page set off after a colon that runs on into this paragraph is not speech either.
            let goes_on_from_text = k == 0 && q.continued && p_index > 0 && offset > 0 && self.lead_in_not_speech(&all[offset - 1], &paras[p_index - 1], lead_in(p_index - 1));
            speech_flags[k] = self.is_speech(q, &para, tag.as_ref().is_some_and(|t| t.speech)) && !goes_on_from_text && !self.lead_in_not_speech(q, &para, lead_in(p_index));
            if !speech_flags[k] {
                continue;
            }
            if let Some(tag) = tag {
                tag_before[k] = tag.at < q.open;
                self.how = "";
                self.quote_at = q.open;
                self.calls_group = self.calls_group(q);
                let (who, conf) = self.resolve(&tag, &para, vocatives[k].as_deref());
                if let Subject::Described(d) = &tag.subject
                    && self.chars.lookup(&who).is_some()
                {
                    self.described.insert(d.to_lowercase(), who.clone());
                }
                let how = if self.how.is_empty() { String::new() } else { format!(" ({})", self.how) };
                decided[k] = Some(speech(&who, conf, format!("tag: \"{}\"{how}", tag.phrase)));
                asks_me[k] = speaks_to_me(source, &tag, para.end);
                self.said_here = Some(who);
                tags_of[k] = Some(tag);
            }
        }
        self.said_here = None;
        self.named_by_next_tag(quotes, &tags_of, &vocatives, &mut decided);
        if !speech_flags.iter().any(|&s| s) {
            return false;
        }
        // Sieve 2: same paragraph as a tagged quote; a continued speech.
        for k in 0..quotes.len() {
            if !speech_flags[k] || decided[k].is_some() {
                continue;
            }
            // A tag before a later quote (`whereupon Mrs. Griffin spoke. "…"`) is not this one's.
            let near = (0..k).rev().chain(k + 1..quotes.len()).find(|&j| decided[j].as_ref().is_some_and(|s| s.evidence.starts_with("tag")) && !(j > k && tag_before[j]));
            // `"Oh, it spoils it," observed Fergus. "Nonsense, Fergus!"`: a line that addresses
            // the tagged speaker is someone else's.
            let addresses = |s: &Speech| vocatives[k].as_deref() == Some(s.speaker.as_str());
            // `"…you mustn't spoil me." "You must have it," said Miss Bartlett`: two quotes with no
            // narration between them are two speakers.
            let adjacent = |j: usize| {
                let (a, b) = (j.min(k), j.max(k));
                b == a + 1 && quotes[a].close.is_some_and(|c| source[c..quotes[b].open].trim().is_empty())
            };
            let near = near.filter(|&j| !adjacent(j));
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
                let event = self.person(quotes[k].start, s.speaker.clone(), female, true);
                self.events.push(event);
            }
            out[offset + k] = d;
        }
        self.sort_tail(para.start);
        let last = out[offset..offset + quotes.len()].iter().flatten().next_back().map(|s| s.speaker.clone());
        // `"Charlotte, you mustn't spoil me." "You must have it," said Miss Bartlett.`: only the
        // last speaker's call is answered next.
        let spoken_last = |k: &usize| out[offset + k].as_ref().map(|s| &s.speaker) == last.as_ref();
        self.called_stranger = if addressee.is_none() { (0..quotes.len()).filter(spoken_last).find_map(|k| self.stranger_vocative(&quotes[k])) } else { None };
        self.called_group = if addressee.is_none() { (0..quotes.len()).filter(spoken_last).find_map(|k| self.group_called(&quotes[k])) } else { None };
        // `"Hulloa, Emma!" he said. … "Am I to come home?" he asked.`: a speaker going on with
        // no one between still speaks to the one he called.
        let same_speaker = last.is_some() && self.turns.last() == last.as_ref();
        let kept = self.addressed.take().filter(|a| same_speaker && Some(a) != last.as_ref());
        // `"Is that the bell?" the clerk asked me.`: the narrator answers.
        let to_me = ((0..quotes.len()).any(|k| asks_me[k] && spoken_last(&k)) || self.looks_at_me(&para, &quotes[0])) && last.as_deref() != Some(NARRATOR);
        self.addressed = addressee.or_else(|| to_me.then(|| NARRATOR.to_string())).or(kept);
        if let Some(last) = last {
            self.turns.push(last);
        }
        true
    }
}

impl State<'_> {
    /// Whether the narration right before the paragraph's first quote ends by turning to the
    /// first-person narrator (`the clerk stood on the slip a moment, looking at me.`).
    fn looks_at_me(&self, para: &Para, q: &Quote) -> bool {
        if !self.chars.first_person {
            return false;
        }
        let Some((start, end)) = self.narration_before_at(para, q.open) else { return false };
        let ws = words(self.source, start, end);
        let last = |k: usize| ws.len().checked_sub(k).map(|i| ws[i].lower(self.source));
        last(1).as_deref() == Some("me") && matches!(last(2).as_deref(), Some("at" | "to" | "towards"))
    }
}

/// Whether a tag that opens with its subject speaks to the first-person narrator (`the clerk
/// asked me`, `she said to me`).
fn speaks_to_me(source: &str, tag: &tags::Tag, end: usize) -> bool {
    let phrase: Vec<&str> = tag.phrase.split_whitespace().collect();
    let ws = words(source, tag.at, source.ceil_char_boundary(end.min(tag.at + 200)));
    // Only a `me` running on from the tag: `said, "Me."` is what the speaker says.
    let lower = |k: usize| ws.get(k).filter(|w| k > 0 && source[ws[k - 1].end..w.start].trim().is_empty()).map(|w| w.lower(source));
    let opens = phrase.first().is_some_and(|p| source[tag.at..].starts_with(p));
    let n = phrase.len();
    opens && (lower(n).as_deref() == Some("me") || lower(n).as_deref() == Some("to") && lower(n + 1).as_deref() == Some("me"))
}
