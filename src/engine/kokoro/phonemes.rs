//! Kokoro's phonemizer: a line of text becomes the IPA strings the model reads, one per chunk of
//! at most [`MAX_TOKENS`] tokens. It follows kokoro-js 1.2.1 (`dist/kokoro.js`), which measured
//! 0–2% word error on all 28 English voices (shared/reference/kokoro/README.md): normalize,
//! split into sentences, phonemize the runs between punctuation with libespeak-ng and put the
//! punctuation back verbatim (the model reads it as prosody), then a few IPA substitutions.
//! A lexicon hooks in per word through [`Pronunciation`]: its IPA is spliced in as is, a
//! respelling goes to espeak-ng in place of the word.

use crate::engine::{EngineError, Espeak};

/// The model reads at most 510 tokens per call (512 with the two pads).
pub const MAX_TOKENS: usize = 510;

/// Punctuation kept verbatim between phonemized runs (kokoro-js `PUNCTUATION`).
const PUNCTUATION: &str = ";:,.!?¡¿—…\"«»“”(){}[]";

/// How a lexicon says a word: IPA used as is, or a respelling espeak-ng reads instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pronunciation {
    Ipa(String),
    Respelling(String),
}

/// The vocabulary of kokoro-onnx's `config.json` (114 symbols); other characters are dropped.
const VOCAB: &[(char, i64)] = &[
    (';', 1), (':', 2), (',', 3), ('.', 4), ('!', 5), ('?', 6), ('—', 9), ('…', 10), ('"', 11), ('(', 12),
    (')', 13), ('“', 14), ('”', 15), (' ', 16), ('\u{303}', 17), ('ʣ', 18), ('ʥ', 19), ('ʦ', 20), ('ʨ', 21),
    ('ᵝ', 22), ('ꭧ', 23), ('A', 24), ('I', 25), ('O', 31), ('Q', 33), ('S', 35), ('T', 36), ('W', 39), ('Y', 41),
    ('ᵊ', 42), ('a', 43), ('b', 44), ('c', 45), ('d', 46), ('e', 47), ('f', 48), ('h', 50), ('i', 51), ('j', 52),
    ('k', 53), ('l', 54), ('m', 55), ('n', 56), ('o', 57), ('p', 58), ('q', 59), ('r', 60), ('s', 61), ('t', 62),
    ('u', 63), ('v', 64), ('w', 65), ('x', 66), ('y', 67), ('z', 68), ('ɑ', 69), ('ɐ', 70), ('ɒ', 71), ('æ', 72),
    ('β', 75), ('ɔ', 76), ('ɕ', 77), ('ç', 78), ('ɖ', 80), ('ð', 81), ('ʤ', 82), ('ə', 83), ('ɚ', 85), ('ɛ', 86),
    ('ɜ', 87), ('ɟ', 90), ('ɡ', 92), ('ɥ', 99), ('ɨ', 101), ('ɪ', 102), ('ʝ', 103), ('ɯ', 110), ('ɰ', 111),
    ('ŋ', 112), ('ɳ', 113), ('ɲ', 114), ('ɴ', 115), ('ø', 116), ('ɸ', 118), ('θ', 119), ('œ', 120), ('ɹ', 123),
    ('ɾ', 125), ('ɻ', 126), ('ʁ', 128), ('ɽ', 129), ('ʂ', 130), ('ʃ', 131), ('ʈ', 132), ('ʧ', 133), ('ʊ', 135),
    ('ʋ', 136), ('ʌ', 138), ('ɣ', 139), ('ɤ', 140), ('χ', 142), ('ʎ', 143), ('ʒ', 147), ('ʔ', 148), ('ˈ', 156),
    ('ˌ', 157), ('ː', 158), ('ʰ', 162), ('ʲ', 164), ('↓', 169), ('→', 171), ('↗', 172), ('↘', 173), ('ᵻ', 177),
];

fn token(symbol: char) -> Option<i64> {
    VOCAB.iter().find(|(c, _)| *c == symbol).map(|(_, id)| *id)
}

/// Model token ids for a phoneme string (without the pads).
pub fn tokens(phonemes: &str) -> Vec<i64> {
    phonemes.chars().filter_map(token).collect()
}

/// Typography and abbreviations as kokoro-js `normalize_text` handles them, the parts that
/// matter for prose: curly quotes, the period of `Mr.` (else a sentence ends there), digit
/// grouping commas (else a number splits into clauses), runs of whitespace.
pub fn normalize(text: &str) -> String {
    let text = text.replace(['‘', '’'], "'").replace('«', "“").replace('»', "”").replace(['“', '”'], "\"");
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    for word in &mut words {
        let expanded = match word.as_str() {
            "Mr." => "Mister",
            "Mrs." => "Mrs",
            "Ms." => "Miss",
            "Dr." => "Doctor",
            "St." => "Saint",
            _ => continue,
        };
        *word = expanded.to_string();
    }
    let text = words.join(" ");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let digit = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(char::is_ascii_digit);
        if c == ',' && digit(i.checked_sub(1)) && digit(Some(i + 1)) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Sentences of normalized text, split after `.`, `!` or `?` (and a closing quote) before a space.
pub fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let ends = ".!?".contains(c) || (c == '"' && i > 0 && ".!?".contains(chars[i - 1]));
        if ends && chars.get(i + 1).is_none_or(|next| next.is_whitespace()) {
            if !current.trim().is_empty() {
                out.push(current.trim().to_string());
            }
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

/// The word a lexicon is asked about: `"Hermione,` → `Hermione`.
fn lexicon_key(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// IPA for a run of words without clause punctuation. Words the lexicon knows are spoken its
/// way; the words between them go to espeak-ng together, so it keeps their context.
fn phonemize_run(
    espeak: &Espeak,
    language: &str,
    run: &str,
    lexicon: &dyn Fn(&str) -> Option<Pronunciation>,
) -> Result<String, EngineError> {
    let mut parts: Vec<String> = Vec::new();
    let mut pending: Vec<&str> = Vec::new();
    let flush = |pending: &mut Vec<&str>, parts: &mut Vec<String>| -> Result<(), EngineError> {
        if !pending.is_empty() {
            parts.push(espeak.ipa(language, &pending.join(" "))?);
            pending.clear();
        }
        Ok(())
    };
    for word in run.split_whitespace() {
        match lexicon(lexicon_key(word)) {
            None => pending.push(word),
            Some(pronunciation) => {
                flush(&mut pending, &mut parts)?;
                parts.push(match pronunciation {
                    Pronunciation::Ipa(ipa) => ipa,
                    Pronunciation::Respelling(respelling) => espeak.ipa(language, &respelling)?,
                });
            }
        }
    }
    flush(&mut pending, &mut parts)?;
    Ok(parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" "))
}

/// IPA for one sentence with its punctuation put back, post-processed as kokoro-js does.
pub fn phonemize(
    espeak: &Espeak,
    language: &str,
    sentence: &str,
    lexicon: &dyn Fn(&str) -> Option<Pronunciation>,
) -> Result<String, EngineError> {
    // Sections alternate between runs of words and runs of punctuation with their spaces.
    let mut out = String::new();
    let mut run = String::new();
    let mut chars = sentence.chars().peekable();
    while let Some(c) = chars.next() {
        if PUNCTUATION.contains(c) {
            // A punctuation section, with the whitespace around it (kokoro-js keeps it too).
            let trailing_space = run.ends_with(char::is_whitespace);
            out.push_str(&phonemize_run(espeak, language, &run, lexicon)?);
            run.clear();
            if trailing_space && !out.is_empty() {
                out.push(' ');
            }
            out.push(c);
            while let Some(&next) = chars.peek() {
                if !PUNCTUATION.contains(next) && !next.is_whitespace() {
                    break;
                }
                out.push(next);
                chars.next();
            }
        } else {
            run.push(c);
        }
    }
    out.push_str(&phonemize_run(espeak, language, &run, lexicon)?);
    Ok(post_process(&out, language == "en-us"))
}

/// kokoro-js's substitutions: symbols the model lacks, a space before `hundred`, `'s` joined to
/// its word, and the American flap in `ninety`.
fn post_process(phonemes: &str, american: bool) -> String {
    let mut p = phonemes.replace('ʲ', "j").replace('r', "ɹ").replace('x', "k").replace('ɬ', "l");
    let hundred = "hˈʌndɹɪd";
    let mut spaced = String::with_capacity(p.len());
    let mut rest = p.as_str();
    while let Some(at) = rest.find(hundred) {
        spaced.push_str(&rest[..at]);
        if spaced.ends_with(|c: char| c.is_ascii_lowercase() || c == 'ɹ' || c == 'ː') {
            spaced.push(' ');
        }
        spaced.push_str(hundred);
        rest = &rest[at + hundred.len()..];
    }
    spaced.push_str(rest);
    p = spaced;
    let mut joined = String::with_capacity(p.len());
    let chars: Vec<char> = p.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let lone_z = c == ' '
            && chars.get(i + 1) == Some(&'z')
            && chars.get(i + 2).is_none_or(|&n| n == ' ' || PUNCTUATION.contains(n));
        if !lone_z {
            joined.push(c);
        }
    }
    p = joined;
    if american {
        p = p.replace("nˈaɪntiː", "\u{1}").replace("nˈaɪnti", "nˈaɪndi").replace('\u{1}', "nˈaɪntiː");
    }
    p.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits a phoneme string into chunks of at most [`MAX_TOKENS`] tokens: at clause punctuation
/// when it can, else between words, and only inside a word longer than the limit. Nothing is
/// dropped: the chunks' tokens together are the string's tokens.
pub fn chunks(phonemes: &str) -> Vec<String> {
    if tokens(phonemes).len() <= MAX_TOKENS {
        return vec![phonemes.to_string()];
    }
    // Pieces end after a clause mark followed by a space; a piece too long splits into words.
    let mut pieces: Vec<String> = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = phonemes.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        if c == ' ' && i > 0 && PUNCTUATION.contains(chars[i - 1]) {
            pieces.push(std::mem::take(&mut current));
        }
    }
    pieces.push(current);
    let mut small: Vec<String> = Vec::new();
    for piece in pieces {
        if tokens(&piece).len() <= MAX_TOKENS {
            small.push(piece);
            continue;
        }
        for word in piece.split_inclusive(' ') {
            let word_chars: Vec<char> = word.chars().collect();
            // A "word" longer than the limit is not English; cut it anywhere.
            for part in word_chars.chunks(MAX_TOKENS) {
                small.push(part.iter().collect());
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut chunk = String::new();
    for piece in small {
        if !chunk.is_empty() && tokens(&chunk).len() + tokens(&piece).len() > MAX_TOKENS {
            out.push(std::mem::take(&mut chunk).trim().to_string());
        }
        chunk.push_str(&piece);
    }
    if !chunk.trim().is_empty() {
        out.push(chunk.trim().to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_lexicon(_: &str) -> Option<Pronunciation> {
        None
    }

    #[test]
    fn punctuation_is_put_back() {
        let espeak = Espeak::global().unwrap();
        let p = phonemize(&espeak, "en-us", "The rain had stopped, mostly.", &no_lexicon).unwrap();
        assert_eq!(p, "ðə ɹˈeɪn hæd stˈɑːpt, mˈoʊstli.");
        let p = phonemize(&espeak, "en-us", "\"Wait!\" she said.", &no_lexicon).unwrap();
        assert!(p.starts_with("\"wˈeɪt!\" ʃiː sˈɛd."), "{p}");
    }

    #[test]
    fn a_lexicon_entry_changes_the_phonemes() {
        let espeak = Espeak::global().unwrap();
        let plain = phonemize(&espeak, "en-us", "Tomato, she said, tomato.", &no_lexicon).unwrap();
        let lexicon = |word: &str| (word.eq_ignore_ascii_case("tomato")).then(|| Pronunciation::Ipa("təmˈɑːtoʊ".into()));
        let fixed = phonemize(&espeak, "en-us", "Tomato, she said, tomato.", &lexicon).unwrap();
        assert_ne!(plain, fixed);
        assert_eq!(fixed, "təmˈɑːtoʊ, ʃiː sˈɛd, təmˈɑːtoʊ.");
        let respelled = |word: &str| (word == "tomato").then(|| Pronunciation::Respelling("tom ah toe".into()));
        let respelled = phonemize(&espeak, "en-us", "She said tomato.", &respelled).unwrap();
        assert!(!respelled.contains("təmˈeɪ") && plain.contains("təmˈeɪ"), "{plain} / {respelled}");
    }

    #[test]
    fn text_is_normalized_and_split_into_sentences() {
        assert_eq!(normalize("Mr.  Oduya paid 1,000 “coins”."), "Mister Oduya paid 1000 \"coins\".");
        assert_eq!(sentences("One. \"Two?\" Three"), ["One.", "\"Two?\"", "Three"]);
        assert_eq!(sentences("A 3.5 m wall."), ["A 3.5 m wall."]);
    }

    #[test]
    fn long_phonemes_split_at_clauses_without_loss() {
        let clause = "ðə ɹˈeɪn hæd stˈɑːpt baɪ ðə tˈaɪm, ";
        let long = clause.repeat(30);
        let parts = chunks(long.trim());
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| tokens(p).len() <= MAX_TOKENS && p.ends_with(',')));
        let total: usize = parts.iter().map(|p| tokens(p).len()).sum();
        // Only the spaces at the cuts are gone.
        assert_eq!(total + parts.len() - 1, tokens(long.trim()).len());
        let word = "a".repeat(1200);
        assert_eq!(chunks(&word).iter().map(|p| tokens(p).len()).sum::<usize>(), 1200);
    }
}
