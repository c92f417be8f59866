//! Segmentation: plain text → paragraphs (body, heading or front matter) and the quotations in
//! them, as byte spans. Decides nothing about speakers; [`super::attribute`] does that.
//!
//! Paragraphs are blank-line separated, hard-wrapped lines joined; a block of long lines (one
//! paragraph per line) is split per line. Quote marks: the document's main style is chosen once
//! (double quotes, British single quotes, or em-dash-led lines) and the other style nests.

use super::english;

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
        } else {
            out.push(trim(source, block[0].0, block[block.len() - 1].1));
        }
    }
    out
}

/// Narrows `start..end` to exclude surrounding whitespace.
pub fn trim(source: &str, start: usize, end: usize) -> (usize, usize) {
    let text = &source[start..end];
    let lead = text.len() - text.trim_start().len();
    let trimmed = text.trim();
    (start + lead, start + lead + trimmed.len())
}

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
    if lines.len() == 1 && words.len() <= 2 && words.iter().all(|w| is_number(w) && !english::is(&["the", "last"], &w.to_lowercase())) {
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

fn is_front_marker(text: &str) -> bool {
    let lower: String = text.chars().take(40).collect::<String>().to_lowercase();
    english::FRONT_MATTER_MARKERS.iter().any(|m| lower.starts_with(m))
}

/// Paragraph kinds: headings, front matter before the first heading, body.
fn classify(source: &str, spans: &[(usize, usize)]) -> Vec<Para> {
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
    let word = word_at(source, i + mark.len_utf8());
    let word = word.trim_end_matches(['\'', '’']);
    !english::is(english::ELISIONS, word) || mark == '‘' && next.is_some_and(char::is_uppercase)
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
fn scan(source: &str, para: usize, p: Para, style: Style, continued: bool, out: &mut Vec<Quote>) -> bool {
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
            (Style::Single, '‘' | '\'' | '’') => {
                if let Some((mark, from)) = open {
                    if c != '‘' && single_closes(source, i, c) {
                        push(out, mark, from, i, Some(i + len), continued && first);
                        first = false;
                        open = None;
                    }
                } else if c != '’' && single_opens(source, i, c) {
                    open = Some((i, i + len));
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
        let starts_quoted = text.starts_with(['"', '“', '‘', '\'']);
        left_open = scan(source, index, *p, style, left_open && starts_quoted, &mut quotes);
    }
    (Segments { paras, quotes }, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let (segments, _) = segment(text);
        segments.quotes.iter().map(|q| &text[q.start..q.end]).collect()
    }

    /// The quoted words the whole stage keeps as dialogue (issue 4: not every quotation is speech).
    fn dialogue(text: &str) -> Vec<String> {
        let script = super::super::plain::parse(text, "test");
        script.lines.into_iter().filter(|l| matches!(l.kind, super::super::Kind::Dialogue(_))).map(|l| l.text).collect()
    }

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
    fn hard_wrapped_and_line_per_paragraph_texts() {
        let wrapped = "One two\nthree.\n\nFour.";
        assert_eq!(paragraphs(wrapped).len(), 2);
        let long = "x".repeat(130);
        let per_line = format!("{long}\n{long}\n{long}");
        assert_eq!(paragraphs(&per_line).len(), 3);
    }

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
    fn multi_paragraph_speech_and_unbalanced_quotes() {
        let text = "“It was long ago.\n\n“And far away,” he said.\n\n“Unclosed at the end\n\nNarration.";
        let (segments, _) = segment(text);
        let q: Vec<(&str, bool)> = segments.quotes.iter().map(|q| (&text[q.start..q.end], q.continued)).collect();
        assert_eq!(q, [("It was long ago.", false), ("And far away,", true), ("Unclosed at the end", false)]);
    }

    #[test]
    fn dash_led_dialogue() {
        let text = "—Come up, Kinch!\n\nHe came.\n\n—Back to barracks! he said.";
        assert_eq!(quotes(text), ["Come up, Kinch!", "Back to barracks! he said."]);
    }
}
