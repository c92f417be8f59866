//! The script stage on real chapters: the shared sample (`../shared/samples/`, read in place,
//! never copied) and our own example (`scripts/example.txt`): exact spans, nothing of the body
//! lost, front matter skipped, and the speakers a reader would name.

use tableread::script::{self, Kind, Script};

const SAMPLE: &str = "../shared/samples/smash-chapter-1.txt";
const EXAMPLE: &str = "scripts/example.txt";

fn read(path: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("reading {}: {err}", path.display()))
}

/// Quote marks and the dash that opens a dash-led speech: the only non-space text a script may
/// leave outside its lines.
fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '—' | '―' | '–')
}

/// Every line's span indexes its text exactly, lines are in order and do not overlap, and every
/// non-whitespace character after the front matter is inside a line or is a quote mark.
fn assert_spans_exact_and_nothing_lost(source: &str, script: &Script) {
    let mut covered = vec![false; source.len()];
    let mut previous_end = 0;
    for line in &script.lines {
        assert_eq!(&source[line.span.start..line.span.end], line.text, "{line:?}");
        assert!(line.span.start >= previous_end, "lines overlap or go backwards at {line:?}");
        previous_end = line.span.end;
        covered[line.span.start..line.span.end].fill(true);
    }
    let body_start = script.lines.iter().find(|l| l.kind != Kind::Skip).map_or(0, |l| l.span.start);
    for (i, c) in source.char_indices().filter(|&(i, _)| i >= body_start) {
        if !c.is_whitespace() && !covered[i] {
            assert!(is_mark(c), "{c:?} at byte {i} is in no line: …{}…", &source[i.saturating_sub(30)..(i + 30).min(source.len())]);
        }
    }
}

fn speaker_of<'a>(script: &'a Script, text: &str) -> &'a str {
    let line = script.lines.iter().find(|l| l.text.starts_with(text)).unwrap_or_else(|| panic!("no line {text:?}"));
    match &line.kind {
        Kind::Dialogue(speech) => &speech.speaker,
        other => panic!("{text:?} is {other:?}, not dialogue"),
    }
}

fn kind_of<'a>(script: &'a Script, text: &str) -> &'a Kind {
    &script.lines.iter().find(|l| l.text.contains(text)).unwrap_or_else(|| panic!("no line with {text:?}")).kind
}

#[test]
fn sample_chapter_spans_front_matter_and_speakers() {
    // The sample lives beside the repository, not in it (it is not ours to copy); a checkout
    // without it can only say so.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE);
    if !path.exists() {
        eprintln!("skipping: {} is not beside this checkout", path.display());
        return;
    }
    let source = read(SAMPLE);
    let script = script::parse(&source, "smash-chapter-1");
    assert_spans_exact_and_nothing_lost(&source, &script);

    // Front matter before the heading is skipped, and only it.
    let heading = script.lines.iter().position(|l| l.kind == Kind::Heading).expect("a heading");
    assert_eq!(script.lines[heading].text, "Chapter 1");
    assert!(heading >= 3 && script.lines[..heading].iter().all(|l| l.kind == Kind::Skip));
    assert!(script.lines[0].text.starts_with("A/N:"));
    assert!(script.lines[heading + 1..].iter().all(|l| l.kind != Kind::Skip || !l.text.chars().any(char::is_alphanumeric)));

    assert_eq!(speaker_of(&script, "Hey guys,"), "Ivy");
    assert_eq!(speaker_of(&script, "So do you want the ballad or the uptempo first?"), "Ivy");
    let panel = speaker_of(&script, "Uptempo, please");
    assert_ne!(panel, script::NARRATOR);
    assert_ne!(panel, "Ivy");
    assert_eq!(speaker_of(&script, "Thanks. We've seen enough."), panel);
    assert_eq!(speaker_of(&script, "Fantastic voice, but she doesn't have the body for the part."), panel);

    // A song title and a quoted meaning stay inside narration.
    assert_eq!(*kind_of(&script, "\"Cabaret\""), Kind::Narration);
    assert_eq!(*kind_of(&script, "\"I know you, but I don't know where I know you from.\""), Kind::Narration);
}

#[test]
fn example_chapter_spans_and_speakers() {
    let source = read(EXAMPLE);
    let script = script::parse(&source, "example");
    assert_spans_exact_and_nothing_lost(&source, &script);
    let kinds: Vec<&str> = script.lines.iter().take(3).map(|l| l.kind_name()).collect();
    assert_eq!(kinds, ["skip", "skip", "heading"]);

    let expected = [
        ("You look like you’re about to be sentenced,", "Jonah"),
        ("I’m about to play for the committee,", "Maren"),
        ("What are you opening with?", "Jonah"),
        ("Salt and Lanterns,", "Maren"),
        ("Good choice.", "Jonah"),
        ("Number fourteen, please.", "the committee"),
        ("Hey. Are you ready?", "Jonah"),
        ("Yes,", "Maren"),
        ("now.", "Maren"),
        ("Thank you,", "the committee"),
        ("We’ll be in touch.", "the committee"),
        ("Well?", "Jonah"),
        ("I don’t know,", "Maren"),
        ("They never do.", "Jonah"),
        ("That one can really play.", "the committee"),
    ];
    for (text, speaker) in expected {
        assert_eq!(speaker_of(&script, text), speaker, "{text}");
    }
    // The split quote: two dialogue lines around the tag, one speaker.
    let yes = script.lines.iter().position(|l| l.text == "Yes,").unwrap();
    assert_eq!(script.lines[yes + 1].text, "she said,");
    assert_eq!(script.lines[yes + 1].kind, Kind::Narration);
    assert_eq!(script.lines[yes + 2].text, "now.");
    // The second mention of the song title is narration; so is the quoted thought.
    assert_eq!(*kind_of(&script, "She had picked “Salt and Lanterns”"), Kind::Narration);
    assert_eq!(*kind_of(&script, "She thought “just breathe, just breathe”"), Kind::Narration);
    assert_eq!(*kind_of(&script, "“play it like you mean it"), Kind::Narration);
}

#[test]
fn committed_example_script_is_current() {
    let source = read(EXAMPLE);
    let fresh = script::to_toml(&script::parse(&source, "example"));
    assert_eq!(read("scripts/example.script.toml"), fresh, "re-run: tableread script scripts/example.txt");
}
