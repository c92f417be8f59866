//! IPA → espeak-ng's phoneme mnemonics (its variant of Kirshenbaum ASCII-IPA), so that a lexicon
//! entry written once in IPA can be fed to espeak-ng inside `[[ ]]` as well as to the neural
//! engine. Covers the phonemes of espeak-ng's English voices; the table was read off the library
//! by phonemizing the same words in both notations.

/// Longest symbols first, so that diphthongs and affricates win over their parts.
const TABLE: &[(&str, &str)] = &[
    ("aɪə", "aI@"),
    ("aɪɚ", "aI3"),
    ("aʊə", "aU@"),
    ("aʊɚ", "aU3"),
    ("eɪ", "eI"),
    ("aɪ", "aI"),
    ("ɔɪ", "OI"),
    ("aʊ", "aU"),
    ("oʊ", "oU"),
    ("əʊ", "oU"),
    ("ɪə", "i@"),
    ("iə", "i@"),
    ("eə", "e@"),
    ("ɛə", "e@"),
    ("ʊə", "U@"),
    ("ɑː", "A:"),
    ("ɔː", "O:"),
    ("uː", "u:"),
    ("iː", "i:"),
    ("ɜː", "3:"),
    ("ɛː", "e@"),
    ("əl", "@L"),
    ("tʃ", "tS"),
    ("dʒ", "dZ"),
    ("ɑ", "A:"),
    ("ɒ", "0"),
    ("ɔ", "O:"),
    ("æ", "a"),
    ("ɐ", "a#"),
    ("ə", "@"),
    ("ɚ", "3"),
    ("ɝ", "3:"),
    ("ɛ", "E"),
    ("e", "E"),
    ("ɪ", "I"),
    ("ᵻ", "I2"),
    ("i", "i"),
    ("ʊ", "U"),
    ("u", "u:"),
    ("ʌ", "V"),
    ("a", "a"),
    ("o", "oU"),
    ("θ", "T"),
    ("ð", "D"),
    ("ʃ", "S"),
    ("ʒ", "Z"),
    ("ŋ", "N"),
    ("ɹ", "r"),
    ("r", "r"),
    ("ɾ", "t#"),
    ("ʔ", "?"),
    ("ɡ", "g"),
    ("x", "x"),
    ("ˈ", "'"),
    ("ˌ", ","),
    ("ː", ":"),
];

/// Symbols that mean the same in both notations.
const SAME: &str = "pbtdkgfvszhmnlwj";

/// Marks that only shape the IPA's look (ties, syllable dots, slashes, spaces between phonemes).
const IGNORED: &str = "͡‿./[] ";

/// The espeak-ng mnemonics for `ipa`, or the first symbol it has no mnemonic for.
pub fn from_ipa(ipa: &str) -> Result<String, char> {
    let mut out = String::with_capacity(ipa.len());
    let mut rest = ipa;
    'symbols: while let Some(first) = rest.chars().next() {
        for (symbol, mnemonic) in TABLE {
            if let Some(after) = rest.strip_prefix(symbol) {
                out.push_str(mnemonic);
                rest = after;
                continue 'symbols;
            }
        }
        if SAME.contains(first) {
            out.push(first);
        } else if !IGNORED.contains(first) {
            return Err(first);
        }
        rest = &rest[first.len_utf8()..];
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_espeak_writes() {
        assert_eq!(from_ipa("ʃɪvˈɔːn"), Ok("SIv'O:n".into()));
        assert_eq!(from_ipa("tʃˈɜːtʃ"), Ok("tS'3:tS".into()));
        assert_eq!(from_ipa("/ˈaɪ.vi/"), Ok("'aIvi".into()));
        assert_eq!(from_ipa("kˈʌʘ"), Err('ʘ'));
    }
}
