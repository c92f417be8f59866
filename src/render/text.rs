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
    // engines voice as a pause when it is a comma. Square brackets on the page (a transcriber's
    // `[[musical notes]]`) become round ones: the engines take `[[…]]` as IPA from the lexicon.
    out.replace('_', "").replace("--", ", ").replace(['—', '–'], ", ").replace('[', "(").replace(']', ")")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_typography_is_not_spoken() {
        assert_eq!(speakable("I _will_ go--\n  now,\r\nsaid she"), "I will go,  now, said she");
        assert_eq!(speakable("Wait—what?"), "Wait, what?");
        assert_eq!(speakable("  \n "), "");
        assert_eq!(speakable("The owl says [[notes here]], and"), "The owl says ((notes here)), and");
    }

    #[test]
    fn brackets_on_the_page_are_read_as_words_not_as_ipa() {
        use crate::engine::Engine;
        let espeak = crate::engine::Espeak::global().unwrap();
        let line = "The owl says [[musical notes occur here in the printed text]], and she answers.";
        assert!(espeak.synthesize("en-us", line, 1.0).is_err(), "espeak-ng took the note for IPA");
        let spoken = espeak.synthesize("en-us", &speakable(line), 1.0).unwrap();
        assert!(spoken.seconds() > 3.0, "the note was not read out: {} s", spoken.seconds());
    }
}
