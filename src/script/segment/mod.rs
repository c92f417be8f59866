//! Segmentation: plain text → paragraphs (body, heading or front matter) and the quotations in
//! them, as byte spans. Decides nothing about speakers; [`super::attribute`] does that.
//!
//! Paragraphs are blank-line separated, hard-wrapped lines joined; a block of long lines (one
//! paragraph per line) is split per line. Quote marks: the document's main style is chosen once
//! (double quotes, British single quotes, or em-dash-led lines) and the other style nests
//! (double quotes outside a single quotation are speech too).

mod headings;
mod marks;

use headings::classify;
pub use headings::{is_epigraph, is_title_case};
use marks::{scan, style};

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaKind {
    Body,
    Heading,
    /// Front matter (author's notes, disclaimers), or a line with nothing to say (`* * *`).
    Skip,
}

/// One paragraph: `source[start..end]`, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Para {
    pub start: usize,
    pub end: usize,
    pub kind: ParaKind,
}

/// One quotation inside a body paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Index into the paragraph list.
    pub para: usize,
    /// Byte offset of the opening mark (the dash for a dash-led line).
    pub open: usize,
    /// The words inside the marks, trimmed: `source[start..end]`.
    pub start: usize,
    pub end: usize,
    /// Byte offset just past the closing mark; `None` when the paragraph ended first.
    pub close: Option<usize>,
    /// Continues a speech left open at the end of the previous paragraph.
    pub continued: bool,
    /// A dash-led speech (`—Come up, Kinch!`): no closing mark, always speech.
    pub dash: bool,
}

/// Quote style of a whole document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Double,
    Single,
    Dash,
}

/// Paragraphs and quotations of `source`.
#[derive(Debug, Default)]
pub struct Segments {
    pub paras: Vec<Para>,
    pub quotes: Vec<Quote>,
}

/// The marks a paragraph's line may open a quotation with.
const OPENING_MARKS: [char; 4] = ['"', '“', '‘', '\''];

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Splits into trimmed paragraphs.
fn paragraphs(source: &str) -> Vec<(usize, usize)> {
    // Blocks of consecutive non-blank lines, with each line's byte range.
    let mut blocks: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut current: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if is_blank(body) {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push((offset, offset + body.len()));
        }
        offset += line.len();
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    let mut out = Vec::new();
    for block in blocks {
        // Hard-wrapped prose keeps its lines under ~100 characters; a block with a longer line is
        // one paragraph per line (fan fiction, word-processor exports).
        let long = block.iter().any(|&(s, e)| source[s..e].chars().count() > 120);
        if long && block.len() > 1 {
            out.extend(block.iter().map(|&(s, e)| trim(source, s, e)));
            continue;
        }
        let mut first = 0;
        for cut in unmarked_breaks(source, &block) {
            out.push(trim(source, block[first].0, block[cut - 1].1));
            first = cut;
        }
        out.push(trim(source, block[first].0, block[block.len() - 1].1));
    }
    out
}

/// Where a hard-wrapped block that never leaves a blank line between its paragraphs starts a new
/// one. A line opening with a quote mark after a short line that does not lead into it (no
/// trailing comma, colon or dash) marks such a block; one of those is a verse or a letter inside
/// a paragraph, so it takes three. In such a block a short line that ends a sentence ends its
/// paragraph too.
fn unmarked_breaks(source: &str, block: &[(usize, usize)]) -> Vec<usize> {
    let text = |i: usize| source[block[i].0..block[i].1].trim();
    let width = (0..block.len()).map(|i| text(i).chars().count()).max().unwrap_or(0);
    let short = |i: usize| text(i).chars().count() * 4 < width * 3 && !text(i).ends_with([',', ':', ';', '-', '—']);
    let opens_quote = |i: usize| text(i).starts_with(OPENING_MARKS);
    let quoted = (1..block.len()).filter(|&i| short(i - 1) && opens_quote(i)).count();
    if quoted < 3 {
        return Vec::new();
    }
    let ends_sentence = |i: usize| text(i).trim_end_matches(['"', '”', '’', '\'']).ends_with(['.', '!', '?']);
    let capital = |i: usize| text(i).chars().next().is_some_and(char::is_uppercase);
    // A line closing a quotation before one opening the next is a break however long it is.
    let closes_quote = |i: usize| text(i).ends_with(['"', '”', '\'', '’']) && ends_sentence(i);
    (1..block.len())
        .filter(|&i| (short(i - 1) && (opens_quote(i) || (ends_sentence(i - 1) && capital(i)))) || (closes_quote(i - 1) && opens_quote(i)))
        .collect()
}

/// Narrows `start..end` to exclude surrounding whitespace.
pub fn trim(source: &str, start: usize, end: usize) -> (usize, usize) {
    let text = &source[start..end];
    let lead = text.len() - text.trim_start().len();
    let trimmed = text.trim();
    (start + lead, start + lead + trimmed.len())
}

/// Segments `source` into paragraphs and quotations.
pub fn segment(source: &str) -> (Segments, Style) {
    let spans = paragraphs(source);
    let paras = classify(source, &spans);
    let style = style(source, &paras);
    let mut quotes = Vec::new();
    let mut left_open = false;
    for (index, p) in paras.iter().enumerate() {
        if p.kind != ParaKind::Body {
            left_open = false;
            continue;
        }
        let text = &source[p.start..p.end];
        // A paragraph that opens with a quote mark after one left open continues that speech.
        let starts_quoted = text.starts_with(OPENING_MARKS);
        left_open = scan(source, index, *p, style, left_open && starts_quoted, &mut quotes);
    }
    (Segments { paras, quotes }, style)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::sieves::dialogue;

    #[test]
    fn epigraphs_and_title_case_runs() {
        let text = "CHAPTER II.\n\n    \"The owl sat late upon the barn,\n     And sang of frost to come.\"\n\nMara woke early.";
        assert!(is_epigraph(text, &segment(text).0.paras[1]));
        assert!(!is_epigraph(text, &segment(text).0.paras[2]));
        assert!(dialogue(text).is_empty());
        assert!(is_title_case("A History of the Salt Roads."));
        assert!(!is_title_case("Go and fetch the doctor."));
        assert!(!is_title_case("Ships"));
    }

    #[test]
    fn written_text_is_not_speech() {
        let text = "Under the clock ran the inscription, \"Remember the Lighthouse Keepers,\" in gilt.\n\n\
                    He published a pamphlet under the title \"Forty Winters on the Marsh.\" Nobody read it.\n\n\
                    \"For Tomas, from the Harbour Choir,\" was engraved on the lid.\n\n\
                    \"Come in,\" said Tomas.";
        assert_eq!(dialogue(text), ["Come in,"]);
    }

    #[test]
    fn letters_pictures_and_unspoken_words_are_not_speech() {
        let text = "\"My dear Ruth,\n\nThe roof leaks again.\n\n[Illustration: \"Hold the ladder,\" she said]\n\n\
                    She gave him a look, as much as to say, \"Not again.\"\n\n\
                    \"Slow as a barge,\" we used to say of him.\n\n\
                    \"Where is the ladder?\" asked Ruth.";
        assert_eq!(dialogue(text), ["Where is the ladder?"]);
    }

    #[test]
    fn sayings_subjects_imagined_words_and_named_exclamations_are_not_speech() {
        let text = "He was generous, in the sense of the old adage, \"easy come, easy go\"--and poor by spring.\n\n\
                    Her grandmother kept the maxim, \"Waste nothing.\" Tova laughed.\n\n\
                    \"North,\" \"Past the mill\"--was all the help the farmers gave.\n\n\
                    \"Past the mill,\" was the answer.\n\n\
                    His frown might have been put into words like this: \"Not this again.\"\n\n\
                    The clerk said it like this: \"Not today.\"\n\n\
                    She gave a kind of weary \"Well!\" and sat down.\n\n\
                    He shouted to them \"Run!\" and ran.";
        assert_eq!(dialogue(text), ["Waste nothing.", "Past the mill,", "Not today.", "Run!"]);
    }

    #[test]
    fn phrases_inside_a_sentence_are_not_speech() {
        let text = "The band played on with \"Rain Over Dunmore\" until dawn.\n\n\
                    The farmers came with an army \"thick as crows on a field,\" and waited.\n\n\
                    He stayed at home for a week, \"to rest his nerves,\" as the doctor put it.\n\n\
                    The coat was \"second-hand\"; nobody minded.\n\n\
                    She had, as she put it, \"wandered,\" across half the county.\n\n\
                    The dogs kept up a \"hullo, hullo\" all night.\n\n\
                    \"Quiet, dogs,\" said Ben, \"and you, Sal, hush.\"";
        assert_eq!(dialogue(text), ["Quiet, dogs,", "and you, Sal, hush."]);
    }

    #[test]
    fn reported_words_and_tagged_lower_case_stay_speech() {
        let text = "He promised the boy that \"he would never forget it as long as he lived.\"\n\n\
                    \"Well,\" she said to the room, \"it is done.\"\n\n\
                    \"Listen,\" he heard her tell the cook one morning, \"we are out of flour.\"";
        assert_eq!(
            dialogue(text),
            ["he would never forget it as long as he lived.", "Well,", "it is done.", "Listen,", "we are out of flour."]
        );
    }

    #[test]
    fn a_second_word_joined_to_a_tag_by_and_is_speech() {
        let text = "\"Quaint,\" the aunts murmured, and \"charming.\" Nobody asked Peg.\n\n\
                    The roof was \"sound,\" and \"dry.\" Nobody believed it.";
        assert_eq!(dialogue(text), ["Quaint,", "charming."]);
        assert_eq!(crate::script::sieves::speakers(text), ["the aunts", "the aunts"]);
    }

    #[test]
    fn hard_wrapped_and_line_per_paragraph_texts() {
        let wrapped = "One two\nthree.\n\nFour.";
        assert_eq!(paragraphs(wrapped).len(), 2);
        let long = "x".repeat(130);
        let per_line = format!("{long}\n{long}\n{long}");
        assert_eq!(paragraphs(&per_line).len(), 3);
        // One short line before a quoted one is a verse inside the paragraph, not a break.
        let verse = "She sang the old song to the children in the dark of the\nkitchen, the one\nthat ends\n\"and home by the mill.\"\nThen she was quiet.";
        assert_eq!(paragraphs(verse).len(), 1);
    }

    #[test]
    fn multi_paragraph_speech_and_unbalanced_quotes() {
        let text = "“It was long ago.\n\n“And far away,” he said.\n\n“Unclosed at the end\n\nNarration.";
        let (segments, _) = segment(text);
        let q: Vec<(&str, bool)> = segments.quotes.iter().map(|q| (&text[q.start..q.end], q.continued)).collect();
        assert_eq!(q, [("It was long ago.", false), ("And far away,", true), ("Unclosed at the end", false)]);
    }

}
