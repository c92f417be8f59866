//! English: every word list the script stage knows (speech verbs, titles, pronouns, heading
//! words, front-matter markers, words that look like names but are not, the function words its
//! patterns are made of). Another language adds a sibling module with the same items. Elsewhere
//! the stage spells out inline only the few words of one pattern (`the voice of`, the pronouns a
//! gender vote counts, `came`/`rang`/`sounded` opening a tag); a port moves those here too.

mod grammar;
mod names;
mod people;
mod speech;

pub use grammar::*;
pub use names::*;
pub use people::*;
pub use speech::*;

/// First words of a heading line (`Chapter 1`, `BOOK II`, `Prologue`).
pub const HEADING_WORDS: &[&str] = &[
    "chapter", "book", "part", "volume", "vol", "prologue", "epilogue", "interlude", "section", "act", "scene",
    "canto", "letter", "stave", "preface", "introduction", "afterword", "appendix", "fit",
];

/// Number words a heading may use (`Chapter One`).
pub const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "first",
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "the",
];

/// How front matter opens: author's notes, disclaimers, summaries, fic headers.
pub const FRONT_MATTER_MARKERS: &[&str] = &[
    "a/n", "an:", "author's note", "author’s note", "authors note", "author note", "note:", "notes:",
    "disclaimer", "summary", "rating", "warning", "warnings", "pairing", "pairings", "fandom", "spoilers",
    "title:", "author:", "words:", "characters:", "dedication", "beta", "thanks to",
];

/// Elided words that start with an apostrophe (`'em`, `'tis`): never an opening quote.
pub const ELISIONS: &[&str] = &[
    "em", "tis", "twas", "twill", "twould", "twere", "cause", "n", "till", "til", "bout", "round", "ere",
    "nuff", "kay", "ow", "ome", "ave", "e", "im", "er", "is", "alf", "ello", "ere's", "cept", "fore",
    "neath", "mongst", "pon", "gainst", "s",
];

/// True when `word` (lower case) is in `table`.
pub fn is(table: &[&str], word: &str) -> bool {
    table.contains(&word)
}
