//! What a quotation says about its speaker: whether it is speech at all, whom it addresses and
//! whom it names.

use super::State;
use crate::script::english;
use crate::script::segment::{Para, Quote};
use crate::script::words::words;

impl State<'_> {
    /// A first name (of either sex: `Fred`) set off by a comma and closing its clause (`Feel pretty
    /// sick, Thea?`) that no character bears, nor one a family calls its own (`Gran`): the quote
    /// calls someone the narration has not named yet.
    pub(super) fn stranger_vocative(&self, q: &Quote) -> Option<String> {
        let ws = words(self.source, q.start, q.end);
        (0..ws.len()).find_map(|k| {
            let w = ws[k];
            let after = ws.get(k + 1).map_or(&self.source[w.end..q.end], |n| &self.source[w.end..n.start]);
            // `Henry, don't you be a fool`: opening the quote, a comma sets the name off, if the
            // text never writes it in lower case (`Boy, bring me that`).
            let set_off = match k {
                0 => after.trim_start().starts_with(',') && !self.chars.vocab.contains(&w.lower(self.source)),
                _ => self.source[ws[k - 1].end..w.start].trim() == "," && after.trim_start().starts_with([',', '!', '?', '.']),
            };
            let name = w.text(self.source);
            let family = english::is(english::FAMILY_CALLS, &w.lower(self.source));
            (set_off && w.capitalised(self.source) && !family && self.chars.lookup(name).is_none() && english::is_first_name(name)).then(|| name.to_string())
        })
    }

    /// Whom the `k`th quotation of a paragraph addresses by name: [`Self::vocative`], else
    /// [`Self::title_vocative`]; nobody when the name is the subject of a sentence the tag
    /// interrupts (`"Mrs. Quill," he said, "has waited for years."`).
    pub(super) fn addresses(&self, quotes: &[Quote], k: usize) -> Option<String> {
        let q = &quotes[k];
        let goes_on = quotes.get(k + 1).is_some_and(|n| {
            let first = words(self.source, n.start, n.end).into_iter().next();
            first.is_some_and(|w| !w.capitalised(self.source) && english::is(english::CLAUSE_VERBS, &w.lower(self.source)))
        });
        if goes_on && self.source[q.start..q.end].ends_with(',') {
            return None;
        }
        self.vocative(q).or_else(|| self.title_vocative(q))
    }

    /// Whom a quotation addresses by name (`Thanks, John.`, `Mr. Darcy, sit down`).
    pub(super) fn vocative(&self, q: &Quote) -> Option<String> {
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
            // `You TOM!`: a `you` before a name that closes the clause calls that one out.
            let dear = matches!(prev_word.as_str(), "dear" | "o" | "oh" | "you");
            // The longest run that is a name: `Mr. Darcy`, but `Jo` in `Stop, Jo. It's late.`
            for end in (k + 1..=end).rev() {
                let after = if end < ws.len() { &self.source[ws[end - 1].end..ws[end].start] } else { &self.source[ws[end - 1].end..q.end] };
                let closes = after.trim_start().starts_with([',', '!', '?', '.']) || end == ws.len();
                if !((opens || dear) && closes) {
                    continue;
                }
                // `Dr. Pryor, ma'am, to see you.`: the one called is `ma'am`; the name is announced
                let polite = ws.get(end).is_some_and(|n| after.trim() == "," && matches!(n.lower(self.source).as_str(), "ma'am" | "ma’am" | "madam" | "sir" | "miss"));
                if polite {
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

    /// Whether the quotation calls a group (`What a father you have, girls!`, `Come, my dears.`).
    pub(super) fn calls_group(&self, q: &Quote) -> bool {
        self.group_called(q).is_some()
    }

    /// The group the quotation calls, lower-cased as written (`gentlemen` for `How much,
    /// gentlemen, for this one?`).
    pub(super) fn group_called(&self, q: &Quote) -> Option<String> {
        let ws = words(self.source, q.start, q.end);
        ws.iter().enumerate().find(|&(k, w)| {
            let gap = |a: usize, b: usize| &self.source[a..b];
            let after = ws.get(k + 1).map_or(&self.source[w.end..q.end], |n| gap(w.end, n.start));
            let first = (k > 0 && matches!(ws[k - 1].lower(self.source).as_str(), "my" | "dear" | "good" | "young")) as usize;
            let open = k - first;
            let before = if open == 0 { gap(q.start, ws[0].start) } else { gap(ws[open - 1].end, ws[open].start) };
            english::is(english::GROUP_VOCATIVES, &w.lower(self.source))
                && (open == 0 || before.contains([',', '!', '?', '.']))
                && (k + 1 == ws.len() || after.trim_start().starts_with([',', '!', '?', '.', ';']))
        })
        .map(|(_, w)| w.lower(self.source))
    }

    /// The characters a quotation names, by any of their names: not its speaker.
    pub(super) fn named_in(&self, q: &Quote) -> Vec<String> {
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
    pub(super) fn is_speech(&self, q: &Quote, para: &Para, tagged: bool) -> bool {
        use crate::script::segment::{is_epigraph, is_title_case};
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
        // A saying the narration quotes in lower case (`as the old adage has it, "waste not,
        // want not"`); a saying in a sentence of its own may be a character's (`the maxim, "Do…"`).
        if content.starts_with(char::is_lowercase) && sentence.iter().take(4).any(|w| english::is(english::SAYING_CUES, w)) {
            return false;
        }
        // Words the narrator imagines, introduced by a colon after a conditional perfect (`what
        // he might have put into words like this:`).
        if clause.trim_end().ends_with(':') && {
            let s = &clause_lower[clause_lower.rfind(['.', '!', '?', ';']).map_or(0, |i| i + 1)..];
            english::IMAGINED_CUES.iter().any(|c| s.contains(c))
        } {
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
        // `"Quaint," the aunts murmured, and "charming."`: a second word of the same saying,
        // joined to the tag of the quotation before it.
        let clause_words: Vec<String> = words(source, clause_start, q.open).iter().map(|w| w.lower(source)).collect();
        let said_before = clause_start > para.start && clause_lower.ends_with(", and") && clause_words.iter().any(|w| english::is(english::SPEECH_VERBS, w));
        if said_before {
            return true;
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
        // `"Left," "Right"--was all the guidance we got`, `If "Why?" would not have been her answer`.
        if subject_of_clause(after) {
            return false;
        }
        if embedded && (english::is(english::MENTION_CUES, &prev_word) || english::is(english::THOUGHT_CUES, &prev_word)) {
            return false;
        }
        // The object of a preposition or a determiner (`shaking with "…"`, `kept on a "…"`), or
        // words that start in lower case and carry on the sentence (`an army "numerous as…"`).
        if embedded && !exclaims && (lower_start && prev_word != "that" || english::is(english::PREPOSITIONS, &prev_word) || english::is(english::QUOTE_DETERMINERS, &prev_word)) {
            return false;
        }
        // An exclamation made a noun by an adjective after a determiner or a preposition (`a sort
        // of grand "Aha!"`): not after a verb of saying or its object (`said to him "Go!"`).
        if embedded && exclaims && {
            let ws = words(source, sentence_start, q.open);
            let k = ws.len();
            k >= 2 && {
                let (w2, w1) = (ws[k - 2].lower(source), ws[k - 1].lower(source));
                (english::is(english::QUOTE_DETERMINERS, &w2) || english::is(english::PREPOSITIONS, &w2))
                    && !ws[k - 1].capitalised(source)
                    && !english::is(english::SPEECH_VERBS, &w1)
                    && !english::is(english::TALKING, &w1)
                    && !english::is(english::SPOKEN_TO, &w1)
                    && source[ws[k - 2].end..ws[k - 1].start].trim().is_empty()
            }
        } {
            return false;
        }
        // `for a month or two, "on account of his health."`: a lower-case quotation after a
        // comma, with no verb of saying in the clause, quotes a phrase rather than a speaker.
        // A verb of saying that is no thought (`thought` is one of the speech verbs, for tags).
        let says = clause_words.iter().any(|w| english::is(english::SPEECH_VERBS, w) && !english::is(english::THOUGHT_CUES, w) || english::is(english::TALKING, w));
        let talk = says || clause_words.iter().any(|w| english::is(english::SPEECH_VERBS, w)) || clause_lower.contains(" to himself") || clause_lower.contains(" to herself");
        if lower_start && before.ends_with(',') && !talk && !exclaims {
            return false;
        }
        // A Title Case run inside a sentence names a book, a song or a motto; after a colon with
        // no verb of saying (a thought is none) it is a notice (`printed in a heavy black type
        // that Nora thought suited to a hanging: "Sale of Stock…"`).
        if (embedded || before.ends_with(',') || before.ends_with(':') && !says) && !exclaims && is_title_case(content) {
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
}

/// Whether the narration after a quotation (and after the other quotations of a series,
/// `"Up here," "Down there"--was all they said`) carries on with a verb the quotation is the
/// subject of, with no word of saying in that clause (`"…" was all the help he got`; but
/// `"…" was the reply` is speech).
fn subject_of_clause(after: &str) -> bool {
    let mut rest = after;
    loop {
        rest = rest.trim_start_matches([',', ';', ' ', '\n']);
        match rest.strip_prefix(['"', '“']).and_then(|r| r.find(['"', '”']).map(|i| &r[i + r[i..].chars().next().map_or(1, char::len_utf8)..])) {
            Some(r) => rest = r,
            None => break,
        }
    }
    let rest = rest.trim_start_matches([',', ' ', '\n', '-', '—']);
    // The clause runs to its first comma: `"…" was all we got, and all we asked`.
    let clause = &rest[..rest.find(['.', ',', '!', '?', ';', ':', '"', '“', '”']).unwrap_or(rest.len())];
    let ws: Vec<String> = clause.split(|c: char| !c.is_alphabetic() && c != '\'').filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    ws.first().is_some_and(|w| english::is(english::CLAUSE_VERBS, w) && !clause.starts_with(char::is_uppercase))
        && !ws.iter().any(|w| english::is(english::SPEECH_VERBS, w) || english::is(english::TALKING, w) || english::is(english::SPEECH_NOUNS, w))
}
