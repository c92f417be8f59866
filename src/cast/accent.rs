//! What the script tells about accents (issue 5: "gender and accent from the script when it
//! tells"). The chapter's spelling (`colour`, `realised` against `color`, `realized`) says how
//! the whole chapter is heard by default, the narrator included; a speaker's own cue — a
//! nationality in the name (`the Scotsman`), an accent described beside their lines (`in a
//! broad Scottish burr`), or a nationality given to the name (`Ewan, a Scot,`) — overrides it.
//! Accents are named with the labels the engines give their voices ([`VoiceInfo::accent`]).
//!
//! [`VoiceInfo::accent`]: crate::engine::VoiceInfo::accent

use std::collections::BTreeSet;
use std::fmt;

use super::reading::Reading;
use crate::script::{Kind, Script};

/// A word naming a people, a region or a manner of speaking, and the accent it asks for.
const CUES: &[(&str, &str)] = &[
    ("scottish", "scotland"),
    ("scots", "scotland"),
    ("scotch", "scotland"),
    ("scot", "scotland"),
    ("scotsman", "scotland"),
    ("scotswoman", "scotland"),
    ("highlander", "scotland"),
    ("glaswegian", "scotland"),
    ("english", "gb"),
    ("englishman", "gb"),
    ("englishwoman", "gb"),
    ("british", "gb"),
    ("briton", "gb"),
    ("londoner", "gb"),
    ("cockney", "gb"),
    ("yorkshire", "lancaster"),
    ("lancashire", "lancaster"),
    ("brummie", "west-midlands"),
    ("posh", "rp"),
    ("plummy", "rp"),
    ("american", "us"),
    ("yankee", "us"),
    ("texan", "us"),
    ("yorker", "nyc"),
    ("brooklyn", "nyc"),
    ("jamaican", "caribbean"),
    ("caribbean", "caribbean"),
    ("trinidadian", "caribbean"),
    ("bajan", "caribbean"),
];

/// Nouns for the sound of someone's speech; a cue right before one describes an accent.
const SOUND_NOUNS: &[&str] = &[
    "accent", "accents", "brogue", "burr", "drawl", "twang", "lilt", "vowels", "voice", "tones", "intonation",
    "dialect", "tongue",
];

/// Spellings that differ between British and American English, British first. Only words that
/// mean the same thing in both (not `meter`, `tire`, `check`) vote.
const SPELLINGS: &[(&str, &str)] = &[
    ("colour", "color"),
    ("colours", "colors"),
    ("coloured", "colored"),
    ("favour", "favor"),
    ("favourite", "favorite"),
    ("honour", "honor"),
    ("neighbour", "neighbor"),
    ("neighbours", "neighbors"),
    ("neighbourhood", "neighborhood"),
    ("behaviour", "behavior"),
    ("harbour", "harbor"),
    ("labour", "labor"),
    ("humour", "humor"),
    ("rumour", "rumor"),
    ("parlour", "parlor"),
    ("vigour", "vigor"),
    ("splendour", "splendor"),
    ("endeavour", "endeavor"),
    ("centre", "center"),
    ("theatre", "theater"),
    ("sombre", "somber"),
    ("grey", "gray"),
    ("realise", "realize"),
    ("realised", "realized"),
    ("recognise", "recognize"),
    ("recognised", "recognized"),
    ("apologise", "apologize"),
    ("organised", "organized"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("cancelled", "canceled"),
    ("jewellery", "jewelry"),
    ("mum", "mom"),
    ("pyjamas", "pajamas"),
    ("plough", "plow"),
    ("sceptical", "skeptical"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("moustache", "mustache"),
    ("catalogue", "catalog"),
    ("aeroplane", "airplane"),
];

/// An accent the script asks for, and the words that told.
#[derive(Debug, Clone, PartialEq)]
pub struct Accent {
    /// The engines' label: `gb`, `us`, `scotland`, …
    pub label: &'static str,
    pub clue: String,
}

impl Accent {
    /// The accents a voice may stand in with when none has this one: the British ones for
    /// each other, the American ones for each other.
    pub fn family(label: &str) -> &'static [&'static str] {
        match label {
            "us" | "nyc" => &["us", "nyc"],
            "gb" | "rp" | "scotland" | "lancaster" | "west-midlands" => &["gb", "rp", "scotland", "lancaster", "west-midlands"],
            _ => &[],
        }
    }

    /// `Scottish`, `American`, …
    pub fn adjective(&self) -> &'static str {
        match self.label {
            "us" => "American",
            "gb" => "British",
            "rp" => "RP",
            "scotland" => "Scottish",
            "lancaster" => "northern English",
            "west-midlands" => "West Midlands",
            "nyc" => "New York",
            "caribbean" => "Caribbean",
            _ => "other",
        }
    }
}

impl fmt::Display for Accent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} accent ({})", self.adjective(), self.clue)
    }
}

fn words(text: &str) -> Vec<String> {
    super::reading::words(text).collect()
}

fn cue(word: &str) -> Option<&'static str> {
    CUES.iter().find(|(w, _)| *w == word).map(|&(_, label)| label)
}

/// The chapter's spelling, when it leans clearly one way: at least three votes and twice as
/// many as the other side.
pub fn of_chapter(script: &Script) -> Option<Accent> {
    let mut british: Vec<(&str, u32)> = Vec::new();
    let mut american: Vec<(&str, u32)> = Vec::new();
    for line in script.lines.iter().filter(|line| !matches!(line.kind, Kind::Skip)) {
        for word in words(&line.text) {
            let Some(&(gb, us)) = SPELLINGS.iter().find(|(gb, us)| word == *gb || word == *us) else { continue };
            let (side, spelling) = if word == gb { (&mut british, gb) } else { (&mut american, us) };
            match side.iter_mut().find(|(w, _)| *w == spelling) {
                Some(entry) => entry.1 += 1,
                None => side.push((spelling, 1)),
            }
        }
    }
    let total = |side: &[(&str, u32)]| side.iter().map(|(_, n)| n).sum::<u32>();
    let (gb, us) = (total(&british), total(&american));
    let (label, side, votes) = if gb >= 3 && gb >= 2 * us {
        ("gb", british, gb)
    } else if us >= 3 && us >= 2 * gb {
        ("us", american, us)
    } else {
        return None;
    };
    let mut examples: Vec<String> =
        side.iter().take(3).map(|(w, n)| if *n > 1 { format!("{w} ×{n}") } else { w.to_string() }).collect();
    if side.len() > 3 {
        examples.push("…".into());
    }
    Some(Accent { label, clue: format!("{votes} {} spellings: {}", if label == "gb" { "British" } else { "American" }, examples.join(", ")) })
}

/// A manner of speaking: `in` or `with`, then within three words a cue, then within three more
/// a noun for the sound of speech (`in a broad Scottish burr`, `with her Texan drawl`). A
/// described accent that is not how the sentence's subject speaks (`mimicked the Scots
/// accent`) does not count.
fn described(w: &[String]) -> Option<(&'static str, String)> {
    (0..w.len()).find_map(|i| {
        let label = cue(&w[i])?;
        let manner = w[i.saturating_sub(3)..i].iter().rposition(|p| p == "in" || p == "with")?;
        let noun = (i + 1..(i + 4).min(w.len())).find(|&j| SOUND_NOUNS.contains(&w[j].as_str()))?;
        Some((label, w[i.saturating_sub(3) + manner..=noun].join(" ")))
    })
}

/// A nationality given to a name: `Ewan, a Scot`, `Hank was an American`, `Ewan the Scotsman`.
fn given(w: &[String], name: &[String]) -> Option<(&'static str, String)> {
    (0..w.len().saturating_sub(name.len())).find_map(|i| {
        if w[i..i + name.len()] != *name {
            return None;
        }
        let mut j = i + name.len();
        if matches!(w.get(j).map(String::as_str), Some("was" | "is")) {
            j += 1;
        }
        if !matches!(w.get(j).map(String::as_str), Some("a" | "an" | "the")) {
            return None;
        }
        (j + 1..(j + 3).min(w.len())).find_map(|k| cue(&w[k]).map(|label| (label, w[i..=k].join(" "))))
    })
}

/// The accent the script gives `speaker`: a cue in the name decides; else the most frequent
/// (the first among equals) of the accents given to the name (`Ewan, a Scot`) and the manners
/// of speaking described in the narration of paragraphs where only they speak or in sentences
/// they open (`Ewan spoke with a Scots burr`).
pub fn of_speaker(reading: &Reading, speaker: &str) -> Option<Accent> {
    let name = words(speaker);
    if let Some(label) = name.iter().find_map(|w| cue(w)) {
        return Some(Accent { label, clue: format!("'{}' in the name", name.join(" ")) });
    }
    let naming: BTreeSet<usize> = reading.naming(&name).into_iter().collect();
    let alone: BTreeSet<usize> = reading.alone(speaker).into_iter().collect();
    let mut found: Vec<(&'static str, String)> = Vec::new();
    for &id in naming.union(&alone) {
        let w = reading.sentence(id);
        let opens_with_them = !name.is_empty() && w.starts_with(&name);
        let hit = given(w, &name).or_else(|| (opens_with_them || alone.contains(&id)).then(|| described(w)).flatten());
        found.extend(hit);
    }
    let votes = |label: &str| found.iter().filter(|(l, _)| *l == label).count();
    let most = found.iter().map(|(label, _)| votes(label)).max()?;
    let (label, clue) = found.iter().find(|(label, _)| votes(label) == most)?.clone();
    Some(Accent { label, clue: format!("\"{clue}\"") })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::{Line, Span, Speech};

    fn script(lines: &[(&str, usize, Option<&str>)]) -> Script {
        let lines = lines
            .iter()
            .map(|&(text, paragraph, speaker)| Line {
                kind: match speaker {
                    Some(speaker) => Kind::Dialogue(Speech { speaker: speaker.into(), confidence: 1.0, evidence: "t".into() }),
                    None => Kind::Narration,
                },
                span: Span { start: 0, end: text.len() },
                paragraph,
                text: text.into(),
            })
            .collect();
        Script { title: "t".into(), lines }
    }

    #[test]
    fn spelling_sets_the_chapter_accent_only_when_it_leans_clearly() {
        let british = script(&[("The grey harbour wall, the colour of slate, was her favourite.", 0, None)]);
        let accent = of_chapter(&british).unwrap();
        assert_eq!(accent.label, "gb");
        assert_eq!(accent.clue, "4 British spellings: grey, harbour, colour, …");
        let american = script(&[("The gray harbor.", 0, None), ("Color me surprised, Mom.", 1, Some("Dee"))]);
        assert_eq!(of_chapter(&american).unwrap().label, "us");
        let mixed = script(&[("The grey harbor, the color of his favourite coat.", 0, None)]);
        assert_eq!(of_chapter(&mixed), None);
        assert_eq!(of_chapter(&script(&[("Nothing here tells.", 0, None)])), None);
    }

    #[test]
    fn a_speaker_is_told_by_name_tag_or_apposition() {
        let s = script(&[
            ("Aye, it's late.", 0, Some("Ewan")),
            ("he said in a broad Scots burr, and Dee laughed.", 0, None),
            ("Sure is.", 1, Some("Dee")),
            ("Hank was an American with a loud laugh.", 2, None),
            ("Ready?", 3, Some("Hank")),
            ("Mind the step.", 4, Some("the Englishman")),
            ("Dee mimicked the Scottish accent badly. Dee spoke in her flat Yorkshire vowels.", 5, None),
            ("Go on.", 5, Some("Ewan")),
            ("Now.", 5, Some("Dee")),
        ]);
        let s = Reading::new(&s);
        assert_eq!(of_speaker(&s, "Ewan").map(|a| (a.label, a.clue)), Some(("scotland", "\"in a broad scots burr\"".into())));
        assert_eq!(of_speaker(&s, "Hank").map(|a| a.label), Some("us"));
        let englishman = of_speaker(&s, "the Englishman").map(|a| a.to_string());
        assert_eq!(englishman.as_deref(), Some("British accent ('the englishman' in the name)"));
        assert_eq!(of_speaker(&s, "Dee").map(|a| a.label), Some("lancaster"));
        assert_eq!(of_speaker(&s, "Marta"), None);
    }
}
