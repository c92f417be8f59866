//! Words with their byte spans, the unit every later step of the script stage reasons in.

use super::english;

/// One word of the source: `source[start..end]`, letters and digits with inner apostrophes and
/// hyphens (`don't`, `saloon-keeper`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    /// The word's text.
    pub fn text(self, source: &str) -> &str {
        &source[self.start..self.end]
    }

    /// Lower case, curly apostrophes made straight.
    pub fn lower(self, source: &str) -> String {
        self.text(source).to_lowercase().replace('’', "'")
    }

    /// Starts with a capital letter.
    pub fn capitalised(self, source: &str) -> bool {
        self.text(source).chars().next().is_some_and(char::is_uppercase)
    }
}

/// The words of `source[from..to]`.
pub fn words(source: &str, from: usize, to: usize) -> Vec<Word> {
    // Callers may pass rough windows (`at - 20`); snap them to character boundaries.
    let to = to.min(source.len());
    let to = source.floor_char_boundary(to);
    let from = source.ceil_char_boundary(from.min(to));
    let mut out = Vec::new();
    let text = &source[from..to];
    let mut chars = text.char_indices().peekable();
    let mut start: Option<usize> = None;
    while let Some((i, c)) = chars.next() {
        let joins = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word { start: from + s, end: from + i });
        }
    }
    if let Some(s) = start {
        out.push(Word { start: from + s, end: to });
    }
    out
}

/// The text between two words (or from/to a boundary) is only spaces and line breaks.
pub fn only_space(source: &str, from: usize, to: usize) -> bool {
    from >= to || source[from..to].chars().all(char::is_whitespace)
}

/// True when the word at `start` opens a sentence: only spaces, quote marks or dashes since the
/// last `.`, `!`, `?` or the paragraph start `para_start`.
pub fn sentence_initial(source: &str, para_start: usize, start: usize) -> bool {
    for c in source[para_start..start].chars().rev() {
        if c.is_whitespace() || "\"“”‘’'([—–-_".contains(c) {
            continue;
        }
        return ".!?:;".contains(c);
    }
    true
}

/// Whether the stop after `word` belongs to a title (`Mrs. Dace`), ending no sentence.
fn is_short_title(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && english::is(english::SHORT_TITLES, &word.to_lowercase())
}

/// Where the last sentence of `source[from..to]` starts (the text may end with its full stop,
/// closing quote or bracket), and where it ends.
pub fn last_sentence(source: &str, from: usize, to: usize) -> (usize, usize) {
    let before = source[from..to].trim_end_matches(|c: char| c.is_whitespace() || ".!?\"'”’)_".contains(c));
    let ends_title = |i: usize| is_short_title(before[..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
    let begin = before.match_indices(['.', '!', '?']).rev().find(|&(i, m)| m != "." || !ends_title(i)).map_or(from, |(i, _)| from + i + 1);
    (begin, from + before.len())
}

/// Where the second sentence of `source[from..to]` starts, if one does (`“Yes,” she said.
/// Tom laughed.` from the close of the quote: at `Tom`).
pub fn second_sentence(source: &str, from: usize, to: usize) -> Option<usize> {
    let ws = words(source, from, to);
    ws.windows(2).find_map(|pair| {
        let gap = &source[pair[0].end..pair[1].start];
        let stop = gap.trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'".contains(c));
        let title = is_short_title(pair[0].text(source));
        (stop.ends_with(['.', '!', '?']) && gap.contains(char::is_whitespace) && !title && pair[1].capitalised(source)).then_some(pair[1].start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let text = "“Don’t,” said the saloon-keeper's wife--no.";
        let found: Vec<&str> = words(text, 0, text.len()).iter().map(|w| w.text(text)).collect();
        assert_eq!(found, ["Don’t", "said", "the", "saloon-keeper's", "wife", "no"]);
        assert!(sentence_initial(text, 0, 3));
        assert!(!sentence_initial(text, 0, text.find("said").unwrap()));
        let para = "Nell waited. Oskar knelt by the stove.\" ";
        let (begin, end) = last_sentence(para, 0, para.len());
        assert_eq!(para[begin..end].trim(), "Oskar knelt by the stove");
        let para = "The carts went. Mrs. Dace patted her arm. Dr. Pryor and St. Clair left";
        let (begin, end) = last_sentence(para, 0, para.len());
        assert_eq!(para[begin..end].trim(), "Dr. Pryor and St. Clair left");
        let para = "” said Mrs. Dace. Tom laughed. ";
        assert_eq!(second_sentence(para, 0, para.len()), para.find("Tom"));
        let para = "” she said, and Mr. Pryor laughed";
        assert_eq!(second_sentence(para, 0, para.len()), None);
    }
}
