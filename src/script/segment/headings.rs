//! Paragraph kinds: chapter headings, epigraphs and the front matter before the first heading.

use super::{Para, ParaKind};
use crate::script::english;

fn is_roman(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| "ivxlcdmIVXLCDM".contains(c)) && word.len() <= 8
}

fn is_number(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.chars().all(|c| c.is_ascii_digit()) || is_roman(word) || english::is(english::NUMBER_WORDS, &lower)
}

/// True for `Chapter 1`, `CHAPTER IV.\nThe Return`, `Prologue`, `[ 1 ]`, `PART ONE`.
pub fn is_heading(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() || lines.len() > 3 || text.len() > 160 || lines[0].chars().count() > 70 {
        return false;
    }
    if text.contains(['"', '“', '”']) {
        return false;
    }
    let first = lines[0];
    let words: Vec<&str> = first.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let Some(head) = words.first() else { return false };
    let head_lower = head.to_lowercase();
    if english::is(english::HEADING_WORDS, &head_lower) {
        let capitalised = head.chars().next().is_some_and(char::is_uppercase);
        return capitalised && (words.len() == 1 || is_number(words[1]) || words.len() <= 4);
    }
    if lines.len() == 1 && words.len() <= 2 && words.iter().all(|w| is_number(w) && !english::is(english::NOT_HEADING_NUMBERS, &w.to_lowercase())) {
        // `IV.`, `12`, `— I —`; not a lone `I` that starts a sentence.
        return !(words.len() == 1 && *head == "I" && first.len() > 3 && !first.starts_with(['—', '-', '[']));
    }
    // A numbered title on one line: `01 My Early Home`, `3. The Stranger`.
    if lines.len() == 1 && words.len() <= 8 && words[0].chars().all(|c| c.is_ascii_digit()) && !first.ends_with(['.', '!', '?', ',', ';', ':']) {
        let rest = first.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace());
        if is_title_case(rest) {
            return true;
        }
    }
    // A short line in capitals with no sentence inside: `THE AUDITION`.
    lines.len() == 1
        && words.len() <= 8
        && first.chars().any(char::is_alphabetic)
        && !first.chars().any(char::is_lowercase)
        && !first.ends_with(['!', '?', ','])
}

/// An epigraph: an indented paragraph right after a heading (a verse or motto under `CHAPTER I`).
/// Its quotation marks quote a book, not a character (issue 4).
pub fn is_epigraph(source: &str, para: &Para) -> bool {
    let line_start = source[..para.start].rfind('\n').map_or(0, |i| i + 1);
    let indent = &source[line_start..para.start];
    if !(indent.starts_with("  ") || indent.starts_with('\t')) || !indent.chars().all(char::is_whitespace) {
        return false;
    }
    let before = source[..line_start].trim_end();
    let block_start = before.rfind("\n\n").map_or(0, |i| i + 2);
    let block = &before[block_start..];
    !block.trim().is_empty() && is_heading(block)
}

/// A title or name in Title Case (`The Tail of the Lake.`, `New York Society as I Have Seen It`):
/// two or more words, the first and every word but the small ones capitalised.
pub fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-').filter(|w| !w.is_empty()).collect();
    if words.len() < 2 || words.len() > 12 {
        return false;
    }
    let upper = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let content: Vec<&&str> = words.iter().filter(|w| !english::is(english::TITLE_SMALL_WORDS, &w.to_lowercase())).collect();
    upper(words[0]) && content.len() >= 2 && content.iter().all(|w| upper(w))
}

/// A chapter's title on a line of its own: Title Case, up to eight words, no quotation and no
/// sentence's end but a full stop.
fn is_subtitle(text: &str) -> bool {
    !text.contains('\n')
        && text.split_whitespace().count() <= 8
        && !text.contains(['"', '“', '”', '‘'])
        && !text.ends_with(['!', '?', ',', ';', ':'])
        && is_title_case(text)
}

fn is_front_marker(text: &str) -> bool {
    let lower: String = text.chars().take(40).collect::<String>().to_lowercase();
    english::FRONT_MATTER_MARKERS.iter().any(|m| lower.starts_with(m))
}

/// Paragraph kinds: headings, front matter before the first heading, body.
pub(super) fn classify(source: &str, spans: &[(usize, usize)]) -> Vec<Para> {
    let mut paras: Vec<Para> = spans
        .iter()
        .map(|&(start, end)| {
            let text = &source[start..end];
            let kind = if is_heading(text) {
                ParaKind::Heading
            } else if !text.chars().any(char::is_alphanumeric) {
                ParaKind::Skip
            } else {
                ParaKind::Body
            };
            Para { start, end, kind }
        })
        .collect();
    // `CHAPTER 3` and, in a paragraph of its own, `The Night Train`: the chapter's title.
    for i in (1..paras.len()).rev() {
        let text = &source[paras[i].start..paras[i].end];
        if paras[i - 1].kind == ParaKind::Heading && paras[i].kind == ParaKind::Body && is_subtitle(text) {
            paras[i].kind = ParaKind::Heading;
        }
    }
    let first_heading = paras.iter().position(|p| p.kind == ParaKind::Heading);
    let marked = |p: &Para| is_front_marker(&source[p.start..p.end]);
    match first_heading {
        Some(h) if h > 0 => {
            let before = &paras[..h];
            let has_marker = before.iter().any(marked);
            let quoted = before.iter().any(|p| source[p.start..p.end].contains(['"', '“', '‘']));
            // Before the first heading: a title page, an author's note, a disclaimer. Without a
            // marker, only when it is short and quotes nobody (an excerpt may open mid-chapter).
            if has_marker || (!quoted && paras[h].start * 4 < source.len()) {
                for p in &mut paras[..h] {
                    p.kind = ParaKind::Skip;
                }
            }
        }
        None => {
            for p in paras.iter_mut() {
                if p.kind == ParaKind::Body && is_front_marker(&source[p.start..p.end]) {
                    p.kind = ParaKind::Skip;
                } else {
                    break;
                }
            }
        }
        _ => {}
    }
    paras
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::segment::segment;

    #[test]
    fn headings_and_front_matter() {
        assert!(is_heading("Chapter 1"));
        assert!(is_heading("CHAPTER IV.\nThe Return"));
        assert!(is_heading("— I —"));
        assert!(is_heading("[ 1 ]"));
        assert!(is_heading("01 My Early Home"));
        assert!(is_heading("3. The Stranger at the Gate"));
        assert!(!is_heading("3 Men Went Home."));
        assert!(!is_heading("12 of them came"));
        assert!(!is_heading("I went home."));
        assert!(!is_heading("\"Chapter one,\" she said."));
        let text = "A/N: my first story.\n\nDisclaimer: not mine.\n\nChapter 1\n\nShe ran.";
        let kinds: Vec<ParaKind> = segment(text).0.paras.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ParaKind::Skip, ParaKind::Skip, ParaKind::Heading, ParaKind::Body]);
        // A title in a paragraph of its own under the heading is the heading's too.
        let text = "CHAPTER 3\n\nThe Night Train\n\nThe Train Was Late.\n\nShe ran.";
        let kinds: Vec<ParaKind> = segment(text).0.paras.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ParaKind::Heading, ParaKind::Heading, ParaKind::Body, ParaKind::Body]);
    }
}
