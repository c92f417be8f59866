//! Plain text → [`Script`]: segments the chapter ([`super::segment`]), finds its characters
//! ([`super::characters`]), attributes every quotation ([`super::attribute`]) and lays the result
//! out as lines whose spans index the source exactly.

use super::characters::Characters;
use super::segment::{self, ParaKind, Quote, Style};
use super::{Kind, Line, Script, Span, attribute, coreference, tags};

/// Splits dash-led speeches at their inner tags (`—Back! he said. Go.` → two speeches).
fn split_dashes(source: &str, quotes: Vec<Quote>) -> Vec<Quote> {
    let mut out = Vec::with_capacity(quotes.len());
    for q in quotes {
        let mut rest = q;
        while let Some((speech_end, _, next)) = tags::inside_dash(source, rest.start, rest.end) {
            out.push(Quote { end: speech_end, close: Some(speech_end), ..rest });
            match next {
                Some(next) => rest = Quote { open: next, start: next, ..rest },
                None => break,
            }
            if rest.start >= rest.end {
                break;
            }
        }
        if out.last().is_none_or(|last| last.start != rest.start) && rest.start < rest.end {
            out.push(rest);
        }
    }
    out
}

/// Splits `source` into script lines and attributes every quotation.
pub fn parse(source: &str, title: &str) -> Script {
    let (segments, style) = segment::segment(source);
    let quotes = if style == Style::Dash { split_dashes(source, segments.quotes) } else { segments.quotes };
    let paras = segments.paras;
    // Narration runs (outside every quotation) are where characters are named and act.
    let mut runs = Vec::new();
    let mut q = 0;
    for (index, p) in paras.iter().enumerate() {
        if p.kind != ParaKind::Body {
            continue;
        }
        let mut cursor = p.start;
        while q < quotes.len() && quotes[q].para == index {
            if quotes[q].open > cursor {
                runs.push((p.start, cursor, quotes[q].open));
            }
            cursor = quotes[q].close.unwrap_or(quotes[q].end).max(cursor);
            q += 1;
        }
        if cursor < p.end {
            runs.push((p.start, cursor, p.end));
        }
    }
    let mut characters = Characters::find(source, &runs);
    let mut speeches = attribute::attribute(source, &paras, &quotes, &mut characters);
    coreference::name_the_voices(source, &quotes, &mut speeches, &characters);
    coreference::name_the_unnamed(source, &quotes, &mut speeches, &characters);
    coreference::name_from_narration(source, &quotes, &mut speeches, &characters);
    coreference::name_from_relative_clause(source, &quotes, &mut speeches, &characters);
    coreference::name_from_paragraph(source, &quotes, &mut speeches, &characters);
    coreference::name_the_first_called(source, &quotes, &mut speeches, &characters);

    let mut lines = Vec::new();
    let push = |lines: &mut Vec<Line>, kind: Kind, start: usize, end: usize, paragraph: usize| {
        let (start, end) = segment::trim(source, start, end);
        if start < end {
            // A stray mark or a lone comma between two quotations has nothing to voice.
            let kind = match kind {
                Kind::Narration if !source[start..end].chars().any(char::is_alphanumeric) => Kind::Skip,
                kind => kind,
            };
            lines.push(Line { kind, span: Span { start, end }, paragraph, text: source[start..end].to_string() });
        }
    };
    let mut q = 0;
    for (index, p) in paras.iter().enumerate() {
        match p.kind {
            ParaKind::Heading => push(&mut lines, Kind::Heading, p.start, p.end, index),
            ParaKind::Skip => push(&mut lines, Kind::Skip, p.start, p.end, index),
            ParaKind::Body => {
                let mut cursor = p.start;
                while q < quotes.len() && quotes[q].para == index {
                    let quote = quotes[q];
                    if let Some(speech) = &speeches[q] {
                        push(&mut lines, Kind::Narration, cursor, quote.open, index);
                        push(&mut lines, Kind::Dialogue(speech.clone()), quote.start, quote.end, index);
                        cursor = quote.close.unwrap_or(quote.end);
                    }
                    q += 1;
                }
                push(&mut lines, Kind::Narration, cursor, p.end, index);
            }
        }
    }
    Script { title: title.to_string(), lines }
}
