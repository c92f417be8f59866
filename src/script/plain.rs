//! Splits plain text into paragraphs, front matter, headings, narration and quotes.
//! (Placeholder being replaced by the attribution work of issue 4.)

use super::{Kind, Line, Script, Span, Speech, attribute};

/// Splits `source` into script lines and attributes every quote.
pub fn parse(source: &str, title: &str) -> Script {
    let mut lines = Vec::new();
    let mut paragraph = 0;
    let mut offset = 0;
    for block in source.split("\n\n") {
        let trimmed = block.trim();
        if !trimmed.is_empty() {
            let start = offset + block.find(trimmed).unwrap_or(0);
            let mut pos = start;
            let end = start + trimmed.len();
            while pos < end {
                let rest = &source[pos..end];
                match rest.find('"') {
                    Some(open) if rest[open + 1..].contains('"') => {
                        let close = open + 1 + rest[open + 1..].find('"').unwrap();
                        if open > 0 && !rest[..open].trim().is_empty() {
                            let s = pos + (rest.len() - rest.trim_start().len());
                            let e = pos + rest[..open].trim_end().len();
                            lines.push(Line { kind: Kind::Narration, span: Span { start: s, end: e }, paragraph, text: source[s..e].to_string() });
                        }
                        let s = pos + open + 1;
                        let e = pos + close;
                        lines.push(Line {
                            kind: Kind::Dialogue(Speech { speaker: attribute::UNKNOWN.into(), confidence: 0.1, evidence: "placeholder".into() }),
                            span: Span { start: s, end: e },
                            paragraph,
                            text: source[s..e].to_string(),
                        });
                        pos += close + 1;
                    }
                    _ => {
                        let s = pos + (rest.len() - rest.trim_start().len());
                        if s < end {
                            lines.push(Line { kind: Kind::Narration, span: Span { start: s, end }, paragraph, text: source[s..end].to_string() });
                        }
                        pos = end;
                    }
                }
            }
            paragraph += 1;
        }
        offset += block.len() + 2;
    }
    Script { title: title.to_string(), lines }
}
