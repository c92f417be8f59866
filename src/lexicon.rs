//! The pronunciation lexicon, `voices/lexicon.toml`: how to say the words (mostly names) that the
//! engines get wrong. Each entry is a respelling every engine reads, IPA for the engines that
//! speak phonemes (espeak-ng, Kokoro), or both:
//!
//! ```toml
//! Siobhan = "Shiv-awn"                               # a respelling
//! Aoife = { ipa = "ˈiːfə" }                          # IPA
//! Niamh = { say = "Neeve", ipa = "nˈiːv" }           # both: IPA where an engine reads it
//! ```
//!
//! Words match whole and regardless of case; a possessive `'s` keeps its ending.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use thiserror::Error;

use crate::engine::espeak_mnemonics;
use crate::script::{ScriptError, line_column, read_text};

/// Where render, play, say and audition look for the lexicon.
pub const PATH: &str = "voices/lexicon.toml";

/// How to say one word.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// A respelling in ordinary letters.
    pub say: Option<String>,
    /// IPA, as Kokoro and espeak-ng read it.
    pub ipa: Option<String>,
}

/// Words and how to say them; an empty lexicon changes nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lexicon {
    /// Lowercased word → entry.
    entries: BTreeMap<String, Entry>,
}

/// What can be wrong with a lexicon file.
#[derive(Debug, Error)]
pub enum LexiconError {
    #[error(transparent)]
    Read(#[from] ScriptError),
    #[error("{path}: '{word}': {message}")]
    Entry { path: String, word: String, message: String },
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawEntry {
    Say(String),
    Full {
        say: Option<String>,
        ipa: Option<String>,
    },
}

impl Lexicon {
    /// Reads the lexicon at `path`; a missing file is an empty lexicon.
    pub fn load(path: &Path) -> Result<Self, LexiconError> {
        if !path.exists() {
            return Ok(Lexicon::default());
        }
        let text = match read_text(path) {
            Err(ScriptError::Empty { .. }) => return Ok(Lexicon::default()),
            other => other?,
        };
        Self::from_toml(&text, &path.display().to_string())
    }

    /// Parses lexicon TOML; `path` names the file in errors.
    pub fn from_toml(text: &str, path: &str) -> Result<Self, LexiconError> {
        let raw: BTreeMap<String, RawEntry> = toml::from_str(text).map_err(|err| {
            let (line, column) = err.span().map_or((1, 1), |span| line_column(text, span.start));
            ScriptError::Syntax { path: path.into(), line, column, message: err.message().to_string() }
        })?;
        let mut entries = BTreeMap::new();
        for (word, entry) in raw {
            let failed = |message: String| LexiconError::Entry { path: path.into(), word: word.clone(), message };
            let entry = match entry {
                RawEntry::Say(say) => Entry { say: Some(say), ipa: None },
                RawEntry::Full { say, ipa } => Entry { say, ipa },
            };
            if entry.say.is_none() && entry.ipa.is_none() {
                return Err(failed("give `say` (a respelling), `ipa`, or both".into()));
            }
            if word.split_whitespace().count() != 1 {
                return Err(failed("entries are single words".into()));
            }
            if let Some(ipa) = &entry.ipa {
                espeak_mnemonics(ipa).map_err(|symbol| failed(format!("'{symbol}' is not an IPA symbol we can speak")))?;
            }
            entries.insert(word.to_lowercase(), entry);
        }
        Ok(Lexicon { entries })
    }

    /// The entry for `word`, in any case.
    pub fn get(&self, word: &str) -> Option<&Entry> {
        self.entries.get(&word.to_lowercase())
    }

    /// True when the lexicon has an entry for `word`, in any case.
    pub fn contains(&self, word: &str) -> bool {
        self.entries.contains_key(&word.to_lowercase())
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// `text` with every listed word replaced: by `[[IPA]]` for an engine that reads IPA and the
    /// entry has it, else by the respelling, else left as written.
    pub fn apply(&self, text: &str, reads_ipa: bool) -> String {
        if self.entries.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (start, word) in words(text) {
            let (stem, ending) = split_possessive(word);
            let Some(entry) = self.entries.get(&stem.to_lowercase()) else { continue };
            let replacement = match (&entry.ipa, &entry.say) {
                (Some(ipa), _) if reads_ipa => format!("[[{ipa}]]"),
                (_, Some(say)) => say.clone(),
                _ => continue,
            };
            out.push_str(&text[last..start]);
            out.push_str(&replacement);
            out.push_str(ending);
            last = start + word.len();
        }
        out.push_str(&text[last..]);
        out
    }
}

/// Words of `text` with their byte offsets: letters, digits and inner apostrophes.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    text.split(move |c: char| !is_word(c)).filter(|w| !w.is_empty()).map(move |word| {
        let start = word.as_ptr() as usize - text.as_ptr() as usize;
        let trimmed = word.trim_matches(['\'', '’']);
        let lead = word.len() - word.trim_start_matches(['\'', '’']).len();
        (start + lead, trimmed)
    })
}

/// `Wren's` → (`Wren`, `'s`).
fn split_possessive(word: &str) -> (&str, &str) {
    for ending in ["'s", "’s"] {
        if let Some(stem) = word.strip_suffix(ending) {
            return (stem, &word[stem.len()..]);
        }
    }
    (word, "")
}

/// Candidate names in the lines of a script: capitalised words that do not open a sentence and
/// never appear in lower case (which would make them ordinary words), with how often each
/// appears, most frequent first.
pub fn names<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut lower = std::collections::BTreeSet::new();
    for text in texts {
        let mut sentence_start = true;
        let mut previous_end = 0;
        for (start, word) in words(text) {
            let between = &text[previous_end..start];
            if between.contains(['.', '!', '?', ':', '"', '“', '”']) {
                sentence_start = true;
            }
            previous_end = start + word.len();
            let (stem, _) = split_possessive(word);
            if stem.starts_with(char::is_lowercase) {
                lower.insert(stem.to_string());
            }
            let capitalised = stem.chars().next().is_some_and(char::is_uppercase);
            let lower_after = stem.chars().skip(1).any(char::is_lowercase);
            if capitalised && lower_after && !sentence_start && stem.len() > 1 {
                *counts.entry(stem.to_string()).or_default() += 1;
            }
            sentence_start = false;
        }
    }
    let mut names: Vec<(String, usize)> =
        counts.into_iter().filter(|(name, _)| !lower.contains(&name.to_lowercase())).collect();
    names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEXICON: &str = "Siobhan = \"Shiv-awn\"\nAoife = { ipa = \"ˈiːfə\" }\nNiamh = { say = \"Neeve\", ipa = \"nˈiːv\" }\n";

    #[test]
    fn replaces_whole_words_in_any_case_and_keeps_possessives() {
        let lexicon = Lexicon::from_toml(LEXICON, "lexicon.toml").unwrap();
        assert_eq!(lexicon.apply("Siobhan's coat, SIOBHAN! Siobhanna.", false), "Shiv-awn's coat, Shiv-awn! Siobhanna.");
        assert_eq!(lexicon.apply("Niamh and Aoife", false), "Neeve and Aoife");
        assert_eq!(lexicon.apply("Niamh and Aoife", true), "[[nˈiːv]] and [[ˈiːfə]]");
        assert_eq!(lexicon.apply("'Niamh,' she said", true), "'[[nˈiːv]],' she said");
    }

    #[test]
    fn bad_entries_name_the_file_and_the_word() {
        let err = Lexicon::from_toml("Aoife = { }\n", "voices/lexicon.toml").unwrap_err();
        assert_eq!(err.to_string(), "voices/lexicon.toml: 'Aoife': give `say` (a respelling), `ipa`, or both");
        let err = Lexicon::from_toml("Aoife = { ipa = \"ʘi\" }\n", "voices/lexicon.toml").unwrap_err();
        assert!(err.to_string().contains("'ʘ' is not an IPA symbol"), "{err}");
        let err = Lexicon::from_toml("Aoife = \n", "voices/lexicon.toml").unwrap_err();
        assert!(err.to_string().starts_with("voices/lexicon.toml:1:"), "{err}");
    }

    #[test]
    fn names_are_capitalised_words_inside_sentences() {
        let lines = ["Then Wren looked at Pell.", "\"Pell,\" she said. Nobody moved; Pell's Kettle sang.", "a kettle"];
        assert_eq!(names(lines.into_iter()), [("Pell".to_string(), 2), ("Wren".to_string(), 1)]);
    }
}
