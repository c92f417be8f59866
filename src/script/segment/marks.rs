//! Quote marks: which style a document uses, apostrophes told from single quotes, and the
//! quotations of one paragraph.

use super::{trim, Para, ParaKind, Quote, Style};
use crate::script::english;

fn prev_char(source: &str, i: usize) -> Option<char> {
    source[..i].chars().next_back()
}

fn next_char(source: &str, i: usize) -> Option<char> {
    source[i..].chars().nth(1)
}

fn opens_before(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{—–-\"“‘:".contains(c))
}

/// The word starting at `i` (after a mark), lower case, apostrophes kept.
fn word_at(source: &str, i: usize) -> String {
    source[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '\'' || *c == '’').collect::<String>().to_lowercase()
}

/// An apostrophe or single quote at `i` (`'` or `’`/`‘`) that opens a quotation.
fn single_opens(source: &str, i: usize, mark: char) -> bool {
    let next = next_char(source, i);
    if !opens_before(prev_char(source, i)) || next.is_none_or(char::is_whitespace) {
        return false;
    }
    if next.is_some_and(|c| c.is_ascii_digit()) {
        return false; // '90s
    }
    !elided(source, i, mark) || mark == '‘' && next.is_some_and(char::is_uppercase)
}

/// The mark at `i` starts an elided word (`'em`, `'is`).
fn elided(source: &str, i: usize, mark: char) -> bool {
    let word = word_at(source, i + mark.len_utf8());
    english::is(english::ELISIONS, word.trim_end_matches(['\'', '’']))
}

/// A `'` or `’` at `i` right after a sentence's or clause's end (`loud?' he`): it closes a
/// quotation, even when none was seen to open.
fn closes_clause(source: &str, i: usize, mark: char) -> bool {
    prev_char(source, i).is_some_and(|c| ".,!?;—–-".contains(c))
        && source[i + mark.len_utf8()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// A `'` or `’` at `i` that closes an open single quotation (not `don't`, `the Smiths' house`).
fn single_closes(source: &str, i: usize, mark: char) -> bool {
    let prev = prev_char(source, i);
    if prev.is_none_or(char::is_whitespace) {
        return false;
    }
    let rest = &source[i + mark.len_utf8()..];
    let next = rest.chars().next();
    if next.is_some_and(char::is_alphanumeric) {
        return false; // inside a word
    }
    // `rock 'n' roll`: the word before opened with an apostrophe and is an elision.
    let word_start = source[..i].rfind(|c: char| !c.is_alphanumeric()).map_or(0, |k| k);
    if source[word_start..].starts_with(mark) || source[word_start..].starts_with(['\'', '’']) {
        let word = &source[word_start + source[word_start..].chars().next().map_or(1, char::len_utf8)..i];
        if english::is(english::ELISIONS, &word.to_lowercase()) {
            return false;
        }
    }
    if prev.is_some_and(char::is_alphabetic) && next.is_some_and(|c| c == ' ') {
        // `the Smiths' house`, `goin' home`: a letter, a space, then a lower-case word.
        if rest[1..].chars().next().is_some_and(char::is_lowercase) {
            let before = &source[..i];
            let ends_s = before.ends_with(['s', 'S']);
            let ends_in = before.ends_with("in");
            return !(ends_s || ends_in);
        }
    }
    true
}

/// Chooses the document's quote style by counting marks.
pub fn style(source: &str, paras: &[Para]) -> Style {
    let double = source.chars().filter(|c| matches!(c, '"' | '“' | '”')).count();
    let mut single = 0;
    for (i, c) in source.char_indices() {
        if (c == '‘' || c == '\'') && single_opens(source, i, c) {
            single += 1;
        }
    }
    let dashed = paras
        .iter()
        .filter(|p| p.kind == ParaKind::Body && dash_len(&source[p.start..p.end]).is_some())
        .count();
    if double >= 4 && double >= single {
        Style::Double
    } else if single >= 4 && single > double {
        Style::Single
    } else if dashed >= 2 && double < 4 {
        Style::Dash
    } else if single > double {
        Style::Single
    } else {
        Style::Double
    }
}

/// Length of the dash that opens a dash-led speech (`—Come up!`), if the text opens with one.
fn dash_len(text: &str) -> Option<usize> {
    for dash in ["—", "―", "–", "--"] {
        if let Some(rest) = text.strip_prefix(dash) {
            let rest = rest.trim_start_matches(' ');
            if rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '\'' || c == '¡' || c == '¿') {
                return Some(dash.len());
            }
        }
    }
    None
}

/// Scans one paragraph for quotations in the given style.
pub(super) fn scan(source: &str, para: usize, p: Para, style: Style, continued: bool, out: &mut Vec<Quote>) -> bool {
    let push = |out: &mut Vec<Quote>, open: usize, from: usize, to: usize, close: Option<usize>, continued: bool| {
        let (start, end) = trim(source, from, to);
        if start < end {
            out.push(Quote { para, open, start, end, close, continued, dash: style == Style::Dash });
        }
    };
    if style == Style::Dash {
        if let Some(len) = dash_len(&source[p.start..p.end]) {
            push(out, p.start, p.start + len, p.end, None, false);
        }
        return false;
    }
    let mut open: Option<(usize, usize)> = None; // (mark offset, content start)
    // `'Is it loud?' he asked`: a mark taken for an elision's apostrophe, until a closing
    // mark shows it opened a quotation.
    let mut elision: Option<(usize, usize)> = None;
    // A double quotation in a single-quote document, outside any single one: an inconsistent
    // writer's speech (single quotes inside it nest).
    let mut double = false;
    let mut first = true;
    for (rel, c) in source[p.start..p.end].char_indices() {
        let i = p.start + rel;
        let len = c.len_utf8();
        match (style, c) {
            (Style::Double, '“') => {
                if let Some((mark, from)) = open.take() {
                    push(out, mark, from, i, None, continued && first);
                    first = false;
                }
                open = Some((i, i + len));
            }
            (Style::Double, '”') => {
                if let Some((mark, from)) = open.take() {
                    push(out, mark, from, i, Some(i + len), continued && first);
                    first = false;
                } else if opens_before(prev_char(source, i)) && next_char(source, i).is_some_and(|n| !n.is_whitespace()) {
                    open = Some((i, i + len));
                }
            }
            (Style::Double, '"') => {
                if let Some((mark, from)) = open.take() {
                    push(out, mark, from, i, Some(i + len), continued && first);
                    first = false;
                } else {
                    open = Some((i, i + len));
                }
            }
            (Style::Single, '“' | '"' | '”') => {
                if double {
                    if c != '“'
                        && let Some((mark, from)) = open.take()
                    {
                        push(out, mark, from, i, Some(i + len), continued && first);
                        first = false;
                        double = false;
                    }
                } else if open.is_none() && c != '”' && next_char(source, i).is_some_and(|n| !n.is_whitespace()) {
                    open = Some((i, i + len));
                    double = true;
                }
            }
            (Style::Single, '‘' | '\'' | '’') if !double => {
                if let Some((mark, from)) = open {
                    if c != '‘' && single_closes(source, i, c) {
                        push(out, mark, from, i, Some(i + len), continued && first);
                        first = false;
                        open = None;
                    }
                } else if c != '’' && single_opens(source, i, c) {
                    open = Some((i, i + len));
                    elision = None;
                } else if let Some((mark, from)) = elision.filter(|_| c != '‘' && closes_clause(source, i, c)) {
                    push(out, mark, from, i, Some(i + len), continued && first);
                    first = false;
                    elision = None;
                } else if c != '’' && elision.is_none() && opens_before(prev_char(source, i)) && elided(source, i, c) {
                    elision = Some((i, i + len));
                }
            }
            _ => {}
        }
    }
    match open {
        // Left open at the paragraph's end: a speech that goes on in the next paragraph, or a
        // missing closing mark. Either way the quotation ends here.
        Some((mark, from)) => {
            push(out, mark, from, p.end, None, continued && first);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::script::segment::segment;

    fn quotes(text: &str) -> Vec<&str> {
        let (segments, _) = segment(text);
        segments.quotes.iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn double_quotes_straight_and_curly() {
        assert_eq!(quotes("\"Yes,\" she said, \"now.\""), ["Yes,", "now."]);
        assert_eq!(quotes("“Is it ‘Cabaret’?” he asked. “Good.”"), ["Is it ‘Cabaret’?", "Good."]);
    }

    #[test]
    fn single_quotes_are_told_from_apostrophes() {
        let text = "‘Don’t go to the Smiths’ house,’ she said. ‘Tell ’em I’m ill.’\n\n'It's late,' I said. 'Rock 'n' roll.'";
        assert_eq!(quotes(text), ["Don’t go to the Smiths’ house,", "Tell ’em I’m ill.", "It's late,", "Rock 'n' roll."]);
    }

    #[test]
    fn a_quotation_opening_on_an_elided_word_is_recovered_by_its_close() {
        let text = "'Is it raining?' he asked. He told 'em no.\n\n'Ere, mind 'im,' she said. 'Go.'\n\n'No.'";
        assert_eq!(quotes(text), ["Is it raining?", "Ere, mind 'im,", "Go.", "No."]);
    }

    #[test]
    fn double_quotes_in_a_single_quote_document_are_speech_too() {
        let text = "'Go,' she said. 'Now.'\n\n'Why?'\n\n\"Mind the 'third' step,\" he called. 'Ah.'";
        assert_eq!(quotes(text), ["Go,", "Now.", "Why?", "Mind the 'third' step,", "Ah."]);
    }

    #[test]
    fn dash_led_dialogue() {
        let text = "—Come up, Kinch!\n\nHe came.\n\n—Back to barracks! he said.";
        assert_eq!(quotes(text), ["Come up, Kinch!", "Back to barracks! he said."]);
    }
}
