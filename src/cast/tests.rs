use super::*;
use crate::script::{Line, Span, Speech};

fn script() -> Script {
    let dialogue = |speaker: &str, evidence: &str| Line {
        kind: Kind::Dialogue(Speech { speaker: speaker.into(), confidence: 0.9, evidence: evidence.into() }),
        span: Span { start: 0, end: 1 },
        paragraph: 0,
        text: "Hi.".into(),
    };
    Script {
        title: "t".into(),
        lines: vec![
            dialogue("Nell", "tag: \"she said\""),
            dialogue("Nell", "turn-taking"),
            dialogue("the ushers", "tag: \"came the answer\""),
            dialogue("Mr. Oduya", "tag: \"said Mr. Oduya\""),
            dialogue("Tam", "tag: \"he asked\""),
        ],
    }
}

#[test]
fn casting_is_deterministic_distinct_and_gender_aware() {
    let engines = Engines::detect();
    let script = script();
    let cast = super::cast(&script, &engines, None).unwrap();
    let again = cast_file(&super::cast(&script, &engines, None).unwrap());
    assert_eq!(cast_file(&cast), again);
    let mut ids: Vec<&str> = cast.speakers.values().map(|r| r.voice.id.as_str()).collect();
    ids.push(&cast.narrator.voice.id);
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "voices repeat: {ids:?}");
    let gender_of = |name: &str| engines.voice(&cast.speakers[name].voice.id).unwrap().gender;
    assert_eq!(gender_of("Nell"), Gender::Female);
    assert_eq!(gender_of("Mr. Oduya"), Gender::Male);
    assert_eq!(gender_of("Tam"), Gender::Male);
    // The lead is female, so the narrator is not.
    assert_eq!(engines.voice(&cast.narrator.voice.id).unwrap().gender, Gender::Male);
    assert!(cast.speakers["Nell"].why.contains("she said"), "{}", cast.speakers["Nell"].why);
}

fn cast_file(cast: &Cast) -> String {
    to_toml(cast, "t.script.toml", &script().speakers())
}

#[test]
fn edits_survive_and_recasting_is_stable() {
    let engines = Engines::detect();
    let script = script();
    let first = cast_file(&cast(&script, &engines, None).unwrap());
    let reread = from_toml(&first, "t.cast.toml").unwrap();
    assert_eq!(cast_file(&cast(&script, &engines, Some(&reread)).unwrap()), first);

    let edited = first.replace(&reread.speakers["Tam"].voice.id, "espeak:en-029+m7");
    let edited = from_toml(&edited, "t.cast.toml").unwrap();
    let recast = cast(&script, &engines, Some(&edited)).unwrap();
    assert_eq!(recast.speakers["Tam"].voice.id, "espeak:en-029+m7");
    assert_eq!(recast.speakers["Tam"].why, "set by hand in this file");
    assert_eq!(recast.speakers["Nell"], cast(&script, &engines, None).unwrap().speakers["Nell"]);
}

#[test]
fn unknown_voices_and_bad_files_are_named() {
    let engines = Engines::detect();
    let text = "narrator = \"espeak:en-us\"\n[speakers]\n\"Nell\" = { voice = \"espeak:klingon\" }\n";
    let cast = from_toml(text, "c.toml").unwrap();
    let err = check(&cast, &engines, "c.toml").unwrap_err().to_string();
    assert!(err.starts_with("c.toml: Nell has unknown voice 'espeak:klingon'"), "{err}");
    let err = from_toml("narrator = \"espeak:en-us\"\n[speakers\n", "c.toml").unwrap_err().to_string();
    assert!(err.starts_with("c.toml:2:"), "{err}");
}
