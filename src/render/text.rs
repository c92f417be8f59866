//! What an engine should be given to say for a line: the words, without the typography of the
//! page (hard line wraps, `_italics_`, `--` dashes) that engines would read out or stumble on.

/// The speakable form of a script line's text.
pub fn speakable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    // Underscores mark italics in plain-text books; double hyphens stand for a dash, which
    // engines voice as a pause when it is a comma.
    out.replace('_', "").replace("--", ", ").replace(['—', '–'], ", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_typography_is_not_spoken() {
        assert_eq!(speakable("I _will_ go--\n  now,\r\nsaid she"), "I will go,  now, said she");
        assert_eq!(speakable("Wait—what?"), "Wait, what?");
        assert_eq!(speakable("  \n "), "");
    }
}
