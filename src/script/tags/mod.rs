//! Speech tags: the words next to a quotation that say who speaks it (`said Anne`, `she called
//! as…`, `the old man replied`, `came the answer from behind the table`). Parses the text after
//! a quotation, before it, and the tag inside a dash-led speech; `subject.rs` reads the tag's
//! subject. Resolving the subject to a character is [`super::attribute`]'s job.

use super::english;
use super::words::{Word, words};

mod subject;

use subject::{heard_saying, relative_clause, subject_at, time_adverbial, voice_at};

/// Who a tag names.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    /// A capitalised name as written (`Anne`, `Mr. Bennet`).
    Name(String),
    /// `he`, `she`, `i`, `they`, `we`.
    Pronoun(String),
    /// A description (`the old man`, `his mother`), as written.
    Described(String),
    /// A voice from a place (`the answer from behind the casting table`): the place words.
    Voice { noun: String, place: Vec<String> },
}

/// A parsed speech tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    pub subject: Subject,
    /// The tag's words, for the evidence (`she called`).
    pub phrase: String,
    /// A speech verb (`said`), not only an action beside the quote (`she smiled`).
    pub speech: bool,
    /// Byte offset of the tag's subject, for resolving pronouns to what came before it.
    pub at: usize,
    /// The subject is indefinite (`a voice`): someone new rather than someone on stage.
    pub indefinite: bool,
}

fn is_speech_verb(word: &str) -> bool {
    english::is(english::SPEECH_VERBS, word)
}

/// A verb of action right after a subject (`she smiled`, `Holmes leaned`): the quote beside it
/// is probably the subject's.
fn is_action_verb(word: &str) -> bool {
    word.len() > 3 && (word.ends_with("ed") || word.ends_with("ght"))
        || english::is(
            &["was", "had", "took", "gave", "sat", "stood", "ran", "shook", "held", "put", "got", "made", "let", "looked",
              "turned", "came", "went", "saw", "knew", "felt", "rose", "began", "kept", "threw", "drew", "bit", "hung",
              "spoke", "broke", "struck", "wrote", "read", "held", "led", "left", "lit", "sank", "swung", "won", "wore"],
            word,
        )
}

fn adverb(word: &str) -> bool {
    word.ends_with("ly") && word.len() > 4 || english::is(english::TAG_ADVERBS, word)
}

/// Two words of one phrase: only spaces (or a line break) between them.
fn gap_ok(source: &str, a: Word, b: Word) -> bool {
    let gap = &source[a.end..b.start];
    if gap.contains('.') {
        // only a title's period: `Mr. Bennet`, never `Mr. Pontellier. He`
        return english::title(&a.lower(source)).is_some() && gap.trim_start_matches('.').chars().all(char::is_whitespace) && gap.len() <= 3;
    }
    gap.chars().all(char::is_whitespace) && gap.len() <= 2
}

/// A speech verb at word `k` (one or two words: `went on`), returns the index after it.
fn verb_at(source: &str, ws: &[Word], k: usize) -> Option<usize> {
    let w = ws.get(k)?;
    let lower = w.lower(source);
    if let Some(next) = ws.get(k + 1) {
        let two = format!("{lower} {}", next.lower(source));
        if is_speech_verb(&two) && gap_ok(source, *w, *next) {
            return Some(k + 2);
        }
    }
    // `she went, "No!"` and `he went on` say something; `Alexandra went into the store` goes.
    let goes = lower == "went" && ws.get(k + 1).is_some_and(|next| gap_ok(source, *w, *next) && next.lower(source) != "on");
    (is_speech_verb(&lower) && !w.capitalised(source) && !goes).then_some(k + 1)
}

/// `told Amory`: the word after the verb at `k` is the one spoken to, not the speaker.
fn listener_verb(source: &str, ws: &[Word], k: usize) -> bool {
    english::is(english::OBJECT_SPEECH_VERBS, &ws[k].lower(source))
}

fn phrase(source: &str, ws: &[Word], from: usize, to: usize) -> String {
    source[ws[from].start..ws[to - 1].end].split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The tag right after a quotation: `source[from..to]` is the text up to the next quotation.
pub fn after(source: &str, from: usize, to: usize) -> Option<Tag> {
    let to = to.min(from + 200);
    let to = source.ceil_char_boundary(to);
    let ws = words(source, from, to);
    let first = *ws.first()?;
    let gap = &source[from..first.start];
    // A tag follows directly, or after a comma or a dash; after a full stop only an action or a
    // `Name said.` sentence can be a tag.
    let new_sentence = gap.contains(['.', '!', '?', ';', ':', '(', ')', '"', '“', '”']);
    if gap.contains(['"', '“', '”', '‘']) {
        return None;
    }
    let make = |subject, speech, from_word: usize, to_word: usize, at: usize| Tag {
        subject,
        phrase: phrase(source, &ws, from_word, to_word),
        speech,
        indefinite: matches!(source[at..].split(' ').next(), Some("a" | "an" | "A" | "An")),
        at,
    };
    if !new_sentence {
        // `said Anne`, `said the old man`, `came the answer from behind the table`
        if let Some(j) = verb_at(source, &ws, 0).filter(|_| !listener_verb(source, &ws, 0)) {
            if let Some((subject, end)) = voice_at(source, &ws, j) {
                return Some(make(subject, true, 0, end, ws[j].start));
            }
            // `interposed, more softly, a young wife`: an adverb set off by commas may stand
            // between the verb and its subject.
            let comma = |k: usize| source[ws[k - 1].end..ws[k].start].contains(',');
            let aside = (j + 1..(j + 3).min(ws.len())).find(|&k| j < ws.len() && comma(j) && comma(k) && ws[k - 1].lower(source).ends_with("ly"));
            for at in std::iter::once(j).chain(aside) {
                if let Some((subject, end)) = subject_at(source, &ws, at) {
                    let (subject, end) = relative_clause(source, &ws, subject, end);
                    return Some(make(subject, true, 0, end, ws[at].start));
                }
            }
        }
        // `"…," glowed Carol`, `instructed her husband`: English puts a subject after its verb
        // beside a quotation only for a verb of saying, so an unlisted `-ed` verb there is one.
        let lower = first.lower(source);
        if lower.len() > 4
            && lower.ends_with("ed")
            && !first.capitalised(source)
            // `implied that her …` reports what was said
            && ws.get(1).is_some_and(|w| w.lower(source) != "that")
            && let Some((subject @ (Subject::Name(_) | Subject::Described(_)), end)) = subject_at(source, &ws, 1)
        {
            let (subject, end) = relative_clause(source, &ws, subject, end);
            return Some(make(subject, true, 0, end, ws[1].start));
        }
        if matches!(first.lower(source).as_str(), "came" | "rang" | "sounded" | "followed" | "was")
            && let Some((subject, end)) = voice_at(source, &ws, 1)
        {
            return Some(make(subject, true, 0, end, ws[1].start));
        }
    }
    // `"Softly, softly," as the boatmen say`: a saying, theirs.
    if !new_sentence
        && first.lower(source) == "as"
        && let Some((subject, end)) = subject_at(source, &ws, 1)
        && let Some(verb_end) = verb_at(source, &ws, end)
    {
        return Some(make(subject, true, 0, verb_end, ws[1].start));
    }
    // `Anne said`, `she called as…`, `the man replied`, `she smiled`
    let (subject, mut j) = subject_at(source, &ws, 0)?;
    if let Subject::Described(ref d) = subject
        && d.split(' ').count() == 1
        && !new_sentence
        && !english::is(english::SOMEONE_NEW, d)
    {
        // a bare capitalised title counts; a lone lower-case word does not
        if !first.capitalised(source) {
            return None;
        }
    }
    while j < ws.len() && adverb(&ws[j].lower(source)) && j < 4 {
        j += 1;
    }
    if let Some((heard, end)) = heard_saying(source, &ws, j) {
        return Some(make(heard, true, 0, end, first.start));
    }
    if let Some(end) = verb_at(source, &ws, j) {
        return Some(make(subject, true, 0, end, first.start));
    }
    // `the woman with the clipboard asked`: a phrase telling which one she is may stand
    // between a description and its verb of saying.
    if let Subject::Described(d) = &subject
        && let Some((end, verb_end)) = describing_phrase(source, &ws, j)
    {
        let described = Subject::Described(format!("{d} {}", phrase(source, &ws, j, end)));
        return Some(make(described, true, 0, verb_end, first.start));
    }
    // An action beside the quote, in the same sentence only (`"Well?" she smiled`); a new
    // sentence (`"No." Jonah took her case`) is the paragraph sieve's business.
    let quote_ended = source[..from].trim_end_matches(['"', '”', '’', '\'', ' ']).ends_with(['.', '!', '?']);
    let pronoun = matches!(subject, Subject::Pronoun(_));
    if !new_sentence && (!quote_ended || pronoun) && let Some(w) = ws.get(j) {
        let word = w.lower(source);
        if is_action_verb(&word) && !matches!(subject, Subject::Described(_)) {
            return Some(make(subject, false, 0, j + 1, first.start));
        }
    }
    None
}

/// Whether word `k` opens a phrase of company or place right after the word before it (`in the
/// crowd`, `with the clipboard`): a describing preposition and a determiner.
fn opens_describing_phrase(source: &str, ws: &[Word], k: usize) -> bool {
    k > 0
        && ws.get(k).is_some_and(|w| english::is(english::DESCRIBING_PREPOSITIONS, &w.lower(source)) && gap_ok(source, ws[k - 1], *w))
        && ws.get(k + 1).is_some_and(|w| english::is(english::TAG_DETERMINERS, &w.lower(source)))
}

/// A phrase of company or place from word `k` (`with the clipboard`, `by the door`: a
/// preposition, a determiner and up to three words) right before a verb of saying: the end of
/// the phrase and the index after the verb.
fn describing_phrase(source: &str, ws: &[Word], k: usize) -> Option<(usize, usize)> {
    if !opens_describing_phrase(source, ws, k) {
        return None;
    }
    (k + 2..(k + 5).min(ws.len())).take_while(|&e| gap_ok(source, ws[e - 1], ws[e])).find_map(|e| {
        let verb = verb_at(source, ws, e).filter(|_| is_speech_verb(&ws[e].lower(source)))?;
        (!ws[k..e].iter().any(|w| english::is(english::MANNER_NOUNS, &w.lower(source)))).then_some((e, verb))
    })
}

/// The tag just before a quotation: the clause that ends at `to` (the opening mark) with a comma
/// or colon (`Anne said:`, `She turned to him and said,`).
pub fn before(source: &str, from: usize, to: usize) -> Option<Tag> {
    let text = source[from..to].trim_end();
    // `Mrs. Griffin spoke.`: a sentence that ends on its verb of saying introduces the quote too.
    let spoke = text.ends_with('.');
    let text = text.strip_suffix('.').unwrap_or(text);
    if !spoke && !text.ends_with([',', ':', '—']) && !text.ends_with("--") {
        return None;
    }
    // The clause after the last sentence break (a title's period is not one: `Mrs. Bennet said`,
    // but `their father.` ends a sentence).
    let mut clause_start = 0;
    for (i, c) in text.char_indices().rev() {
        if matches!(c, '!' | '?' | ';' | '"' | '“' | '”') {
            clause_start = i + 1;
            break;
        }
        if c == '.' {
            let word = text[..i].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if english::title(&word.to_lowercase()).is_none() || word.starts_with(char::is_lowercase) {
                clause_start = i + 1;
                break;
            }
        }
    }
    // `"…?" she asked.` before the next quote is the tag of the one before.
    if spoke && clause_start == 0 && source[..from].trim_end().ends_with(['"', '”', '’', '\'']) {
        return None;
    }
    let ws = words(source, from + clause_start, from + text.len());
    // `nor did Alice think it so very much out of the way to hear the Rabbit say to itself,`:
    // the one heard speaks, however long the clause before.
    let tail = ws.len().saturating_sub(9);
    for k in tail..ws.len() {
        if let Some((heard, end)) = heard_saying(source, &ws, k)
            && verb_at(source, &ws, end - 1).is_some_and(|after| ws.len() - after <= 3)
        {
            return Some(Tag { subject: heard, phrase: phrase(source, &ws, k, end), speech: true, at: ws[k + 1].start, indefinite: false });
        }
    }
    if ws.is_empty() || ws.len() > 16 {
        return None;
    }
    // the last speech verb of the clause, near its end (`she turned and said,`), not `Truth to
    // say, he was a man who…`
    let v = (0..ws.len()).rev().find(|&k| verb_at(source, &ws, k).is_some())?;
    if v + 5 < ws.len() {
        return None;
    }
    let after_verb = verb_at(source, &ws, v)?;
    if spoke && after_verb != ws.len() {
        return None;
    }
    if let Some((subject, end)) = subject_at(source, &ws, after_verb)
        && end == ws.len()
        && !listener_verb(source, &ws, v)
    {
        return Some(Tag { subject, phrase: phrase(source, &ws, v, end), speech: true, at: ws[after_verb].start, indefinite: false });
    }
    // The subject opens the clause (`She turned to him and said`), maybe behind a connective
    // (`Then Tom had asked:`); the subject nearest the verb wins, at a clause start after a comma
    // or an `and` (`Drawing back, Stephen said`, `Tom shrugged and Nell said`).
    let clause_start = |p: usize| {
        p == 0
            || p == 1 && english::is(english::CLAUSE_OPENERS, &ws[0].lower(source))
            // behind an adverbial phrase (`Pretty soon Jim says:`), whose first word is no name
            || p <= 3 && ws[..p].iter().all(|w| english::is(english::ADVERBIAL_OPENERS, &w.lower(source)))
            || p == 2 && time_adverbial(source, &ws, 0)
            || source[ws[p - 1].end..ws[p].start].contains(',') || ws[p - 1].lower(source) == "and"
    };
    let leading_participle = |p: usize| ws[p].lower(source).ends_with("ing") || ws[p].lower(source).ends_with("ed") && p == 0 && source[ws[0].end..ws.get(1).map_or(ws[0].end, |w| w.start)].contains(',');
    let (first, subject) = (0..v).rev().filter(|&p| clause_start(p) && !leading_participle(p)).find_map(|p| {
        let (subject, end) = subject_at(source, &ws, p)?;
        // an apposition or an object set off by commas (`her mother, Mrs. Bell, and said`) is no subject
        let set_off = end < ws.len() && source[ws[end - 1].end..ws[end].start].contains(',') && ws[end].lower(source) == "and";
        (!set_off).then_some((p, subject))
    })?;
    Some(Tag { subject, phrase: phrase(source, &ws, first, after_verb), speech: true, at: ws[first].start, indefinite: false })
}

/// Where a dash-led speech is broken by a tag (`—Back to barracks! he said sternly. Off!`):
/// the end of the words before the tag, the tag's span and the start of the words after it.
pub fn inside_dash(source: &str, from: usize, to: usize) -> Option<(usize, (usize, usize), Option<usize>)> {
    let ws = words(source, from, to);
    for k in 1..ws.len() {
        let gap = &source[ws[k - 1].end..ws[k].start];
        let Some(mark) = gap.find([',', '!', '?']) else { continue };
        if gap.contains(['.', ':']) && !gap.contains(['!', '?']) {
            continue;
        }
        let Some(tag) = after(source, ws[k - 1].end + mark + 1, to) else { continue };
        if !tag.speech {
            continue;
        }
        let speech_end = ws[k - 1].end + gap[..].rfind([',', '!', '?']).map_or(mark, |i| i) + 1;
        let tag_start = ws[k].start;
        let rest = &source[tag_start..to];
        return Some(match rest.find(['.', ':', ';']) {
            Some(i) if tag_start + i + 1 < to && !source[tag_start + i + 1..to].trim().is_empty() => {
                let after = tag_start + i + 1;
                let next = after + (source[after..to].len() - source[after..to].trim_start().len());
                (speech_end, (tag_start, after), Some(next))
            }
            _ => (speech_end, (tag_start, to), None),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after_tag(text: &str) -> Option<(Subject, bool)> {
        after(text, 0, text.len()).map(|t| (t.subject, t.speech))
    }

    #[test]
    fn tags_after_a_quote() {
        let name = |n: &str| Subject::Name(n.into());
        let described = |d: &str| Some((Subject::Described(d.into()), true));
        assert_eq!(after_tag(" said Anne, smiling."), Some((name("Anne"), true)));
        assert_eq!(after_tag(" Anne said."), Some((name("Anne"), true)));
        assert_eq!(after_tag(" said Mr. Bennet."), Some((name("Mr. Bennet"), true)));
        assert_eq!(after_tag(" she called as she set down her bags."), Some((Subject::Pronoun("she".into()), true)));
        assert_eq!(after_tag(" said the old man."), Some((Subject::Described("the old man".into()), true)));
        assert_eq!(after_tag(" the driver replied."), Some((Subject::Described("the driver".into()), true)));
        assert_eq!(after_tag(" she stepped back."), Some((Subject::Pronoun("she".into()), false)));
        assert_eq!(after_tag(" I said."), Some((Subject::Pronoun("i".into()), true)));
        assert_eq!(after_tag(" went on Tom quietly."), Some((name("Tom"), true)));
        // an unlisted verb put before its subject is one of saying
        assert_eq!(after_tag(" beamed Oskar."), Some((name("Oskar"), true)));
        assert_eq!(after_tag(" instructed her husband as he left."), described("her husband"));
        assert_eq!(after_tag(" glowed."), None);
        assert_eq!(after_tag(" implied that her friends were late."), None);
        // a phrasal verb that closes a speech
        assert_eq!(after_tag(" Oskar wound up."), Some((name("Oskar"), true)));
        assert_eq!(after_tag(" she stated."), Some((Subject::Pronoun("she".into()), true)));
        // a common word as a surname beside its verb (Captain Good)
        assert_eq!(after_tag(" said Good, solemnly."), Some((name("Good"), true)));
        assert_eq!(after_tag(" remarked Good."), Some((name("Good"), true)));
        // adjectives split by a comma run to the noun; a comma after the noun ends it
        assert_eq!(after_tag(" broke in a tall, bony woman. \"No.\""), described("a tall, bony woman"));
        assert_eq!(after_tag(" put in a stout, kindly sailor."), described("a stout, kindly sailor"));
        assert_eq!(after_tag(" said the old sailor, grinning, man to man."), described("the old sailor"));
        assert_eq!(after_tag(" said the other, gravely."), described("the other"));
        let voice = Subject::Voice { noun: "answer".into(), place: vec!["behind".into(), "the".into(), "casting".into(), "table".into()] };
        assert_eq!(after_tag(" came the answer from behind the casting table. She knew."), Some((voice, true)));
        // a proper adjective keeps its capital
        let welsh = Subject::Voice { noun: "shrill Welsh voice".into(), place: vec![] };
        assert_eq!(after_tag(" said a shrill Welsh voice."), Some((welsh, true)));
        assert_eq!(after_tag(" Mary heard her say."), Some((Subject::Pronoun("she".into()), true)));
        assert_eq!(after_tag(" Tom heard the driver calling."), Some((Subject::Described("the driver".into()), true)));
        assert_eq!(after_tag(" said another."), Some((Subject::Described("another".into()), true)));
        assert_eq!(after_tag(" said the woman who had rung the bell."), described("the woman who had rung the bell"));
        assert_eq!(after_tag(" said the woman, who had rung the bell."), described("the woman"));
        assert_eq!(after_tag(" cried a boy on the roof, \"here!\""), described("a boy on the roof"));
        assert_eq!(after_tag(" cried a boy in a shrill voice."), described("a boy"));
        assert_eq!(after_tag(" called a girl behind the stall."), described("a girl behind the stall"));
        assert_eq!(after_tag(" cried the boy on the roof."), described("the boy on the roof"));
        assert_eq!(after_tag(" said the man at last."), described("the man"));
        // a saying, `as` its sayers `say`
        assert_eq!(after_tag(" as the boatmen say, and they know."), described("the boatmen"));
        // a possessor is not the subject
        assert_eq!(after_tag(" Tom's new friend replied."), described("Tom's new friend"));
        assert_eq!(after_tag(" somebody exclaimed."), Some((Subject::Described("somebody".into()), true)));
        assert_eq!(after_tag(". The sun was low."), None);
        // the name after `told` is the one spoken to, never the speaker
        assert_eq!(after_tag(" told Wilhelmina, turning away."), None);
        assert_eq!(after_tag(" as her audition song."), None);
    }

    #[test]
    fn tags_before_a_quote() {
        let t = |s: &str| before(s, 0, s.len()).map(|t| t.subject);
        assert_eq!(t("The rain stopped. Anne said, "), Some(Subject::Name("Anne".into())));
        assert_eq!(t("She turned to him and whispered:"), Some(Subject::Pronoun("she".into())));
        assert_eq!(t("Then said the captain,"), Some(Subject::Described("the captain".into())));
        assert_eq!(t("She looked at him."), None);
        // behind a connective; the subject nearest the verb, after a comma or an `and`
        let name = |n: &str| Some(Subject::Name(n.into()));
        assert_eq!(t("Then Oskar had asked:"), name("Oskar"));
        assert_eq!(t("Stooping low, Nell whispered:"), name("Nell"));
        assert_eq!(t("Oskar dealt the cards and Nell said,"), name("Nell"));
        assert_eq!(t("The kettle sang. Pretty soon Oskar says:"), name("Oskar"));
        assert_eq!(t("All at once Nell cried,"), name("Nell"));
        assert_eq!(t("the gardener told Wilhelmina,"), Some(Subject::Described("the gardener".into())));
        assert_eq!(t("she reminded Oskar,"), Some(Subject::Pronoun("she".into())));
        assert_eq!(t("Smiling, she said,"), Some(Subject::Pronoun("she".into())));
        assert_eq!(t("Nell turned to her aunt, Mrs. Bell, and said:"), name("Nell"));
        // a time adverbial is no subject; `of the` goes on with the description
        assert_eq!(t("One day a tall boy said,"), Some(Subject::Described("a tall boy".into())));
        // a sentence ending on its verb introduces the quote; a lower-case title's period ends one
        assert_eq!(t("The lamp went out. Mrs. Vey spoke."), Some(Subject::Name("Mrs. Vey".into())));
        assert_eq!(t("Mrs. Vey spoke to nobody."), None);
        assert_eq!(t("The boys looked at their father. Nell said only,"), name("Nell"));
        assert_eq!(t("The eldest of the sisters said,"), Some(Subject::Described("the eldest of the sisters".into())));
    }

    #[test]
    fn tags_inside_dash_speech() {
        let text = "Back to barracks! he said sternly. Slow music, please.";
        let (speech_end, tag, next) = inside_dash(text, 0, text.len()).unwrap();
        assert_eq!(&text[..speech_end], "Back to barracks!");
        assert_eq!(&text[tag.0..tag.1], "he said sternly.");
        assert_eq!(&text[next.unwrap()..], "Slow music, please.");
    }
}
