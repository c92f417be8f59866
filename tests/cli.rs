//! The binary as a user runs it: real engines, real files, one temporary directory per test.

mod common;

use common::{Sandbox, repo};
use tableread::cast;
use tableread::engine::Engines;
use tableread::mix::{loudness, pause};
use tableread::script;

const CHAPTER: &str = "tests/fixtures/chapter.txt";

fn wav_samples(path: &std::path::Path) -> (hound::WavSpec, Vec<i16>) {
    let mut reader = hound::WavReader::open(path).unwrap();
    let spec = reader.spec();
    (spec, reader.samples::<i16>().map(Result::unwrap).collect())
}

#[test]
fn render_writes_a_mastered_wav_of_the_right_length_and_the_same_bytes_twice() {
    let sandbox = Sandbox::new();
    sandbox.copy(&repo(CHAPTER), "chapter.txt");
    sandbox.run(&["render", "chapter.txt"]).success();
    let wav = sandbox.path("output/chapter.wav");
    let (spec, samples) = wav_samples(&wav);
    assert_eq!((spec.channels, spec.sample_rate, spec.bits_per_sample), (1, 44_100, 16));
    assert!(samples.iter().any(|s| s.unsigned_abs() > 3000), "silent render");

    // Expected length: every line synthesized on its own, plus the pauses between lines.
    let script = script::from_toml(&std::fs::read_to_string(sandbox.path("scripts/chapter.script.toml")).unwrap(), "s").unwrap();
    let cast = cast::from_toml(&std::fs::read_to_string(sandbox.path("voices/chapter.cast.toml")).unwrap(), "c").unwrap();
    let engines = Engines::detect();
    let voiced: Vec<&script::Line> = script.lines.iter().filter(|l| l.voice_of().is_some()).collect();
    let mut expected = 2.0 * f64::from(pause::EDGE_MS) / 1000.0;
    for (i, line) in voiced.iter().enumerate() {
        let voice = cast.voice(line.voice_of().unwrap()).unwrap();
        expected += engines.synthesize(&voice.id, &tableread::render::speakable(&line.text), voice.speed).unwrap().seconds();
        if i > 0 {
            expected += f64::from(pause::between_ms(voiced[i - 1], line)) / 1000.0;
        }
    }
    let seconds = samples.len() as f64 / 44_100.0;
    assert!((seconds - expected).abs() <= 0.2 * expected, "{seconds:.2} s rendered, {expected:.2} s expected");

    let float: Vec<f32> = samples.iter().map(|&s| f32::from(s) / 32768.0).collect();
    let measured = loudness::measure(&float, 44_100).unwrap();
    assert!((measured.lufs - loudness::TARGET_LUFS).abs() < 1.0, "{measured:?}");
    assert!(measured.true_peak_dbtp <= loudness::CEILING_DBTP + 0.1, "{measured:?}");

    let srt = std::fs::read_to_string(sandbox.path("output/chapter.srt")).unwrap();
    assert!(srt.starts_with("1\n00:00:00,"), "{srt}");
    assert_eq!(srt.matches(" --> ").count(), voiced.len());

    let first = std::fs::read(&wav).unwrap();
    sandbox.run(&["render", "scripts/chapter.script.toml", "-o", "again.wav"]).success();
    assert!(first == std::fs::read(sandbox.path("again.wav")).unwrap(), "two renders differ");
}

#[test]
fn script_spans_index_the_chapter_and_jsonl_has_the_contract_fields() {
    let sandbox = Sandbox::new();
    let chapter = sandbox.copy(&repo(CHAPTER), "chapter.txt");
    let source = std::fs::read_to_string(chapter).unwrap();
    let run = sandbox.run(&["script", "chapter.txt", "--format", "jsonl"]).success();
    let rows: Vec<serde_json::Value> = run.stdout().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.len() > 5);
    for row in &rows {
        let keys: Vec<&str> = row.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["confidence", "end", "evidence", "kind", "speaker", "start", "text"]);
        let (start, end) = (row["start"].as_u64().unwrap() as usize, row["end"].as_u64().unwrap() as usize);
        assert_eq!(&source[start..end], row["text"].as_str().unwrap());
    }
    sandbox.run(&["script", "chapter.txt"]).success();
    let toml = std::fs::read_to_string(sandbox.path("scripts/chapter.script.toml")).unwrap();
    assert_eq!(script::to_jsonl(&script::from_toml(&toml, "s").unwrap()), run.stdout());
}

#[test]
fn cast_files_are_deterministic_and_keep_edits() {
    let sandbox = Sandbox::new();
    sandbox.copy(&repo(CHAPTER), "chapter.txt");
    sandbox.run(&["script", "chapter.txt"]).success();
    sandbox.run(&["cast", "scripts/chapter.script.toml"]).success();
    let first = std::fs::read_to_string(sandbox.path("voices/chapter.cast.toml")).unwrap();
    let catalogue = std::fs::read_to_string(sandbox.path("voices/catalogue.toml")).unwrap();
    // Measured again from nothing, the catalogue and the cast come out byte for byte the same.
    std::fs::remove_file(sandbox.path("voices/chapter.cast.toml")).unwrap();
    std::fs::remove_file(sandbox.path("voices/catalogue.toml")).unwrap();
    let run = sandbox.run(&["cast", "scripts/chapter.script.toml"]).success();
    assert!(run.stderr().contains("measuring "), "{}", run.stderr());
    assert_eq!(std::fs::read_to_string(sandbox.path("voices/chapter.cast.toml")).unwrap(), first);
    assert_eq!(std::fs::read_to_string(sandbox.path("voices/catalogue.toml")).unwrap(), catalogue);
    assert!(first.contains("narrator = { voice = "), "{first}");
    assert!(first.contains("(nearest: narrator, distance "), "{first}");
    // The engines the binary finds in the sandbox: no Kokoro assets there.
    let voices = Engines::detect_with(&sandbox.path("voices/kokoro")).voices().count();
    assert_eq!(catalogue.matches("\nf0_hz = ").count(), voices, "{catalogue}");
    // Cached: a second cast measures nothing.
    let run = sandbox.run(&["cast", "scripts/chapter.script.toml"]).success();
    assert!(!run.stderr().contains("measuring"), "{}", run.stderr());

    let edited = first.replacen("narrator = { voice = \"", "narrator = { voice = \"espeak:en-029+m7\" }  # mine\n# was \"", 1);
    sandbox.write("voices/chapter.cast.toml", &edited);
    sandbox.run(&["cast", "scripts/chapter.script.toml"]).success();
    let recast = std::fs::read_to_string(sandbox.path("voices/chapter.cast.toml")).unwrap();
    assert!(recast.contains("narrator = { voice = \"espeak:en-029+m7\" }  # set by hand"), "{recast}");
}

#[test]
fn voices_lists_every_engine_as_jsonl() {
    let run = Sandbox::new().run(&["voices", "--format", "jsonl"]).success();
    let voices: Vec<serde_json::Value> = run.stdout().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    for engine in ["espeak", "flite"] {
        assert!(voices.iter().any(|v| v["engine"] == engine), "no {engine} voice");
    }
    assert!(voices.iter().any(|v| v["id"] == "flite:slt" && v["gender"] == "female" && v["language"] == "en"));
}

#[test]
fn help_gives_each_example_its_own_line() {
    let help = Sandbox::new().run(&["script", "--help"]).success().stdout();
    let lines: Vec<&str> = help.lines().collect();
    let examples = lines.iter().position(|l| *l == "Examples:").expect("an Examples: section");
    assert_eq!(lines[examples + 1..examples + 4], ["  tableread script chapter.txt", "  tableread script chapter.txt --format jsonl | head", "  tableread script chapter.txt --review --keep-edits"]);
}

#[test]
fn bad_input_gets_one_line_and_leaves_no_output() {
    let sandbox = Sandbox::new();
    sandbox.write("empty.txt", "");
    sandbox.write("binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0");
    sandbox.write("latin1.txt", b"\"Caf\xe9?\" she asked.");
    std::fs::create_dir(sandbox.path("folder.txt")).unwrap();
    sandbox.run(&["render", "missing.txt"]).fails_with("cannot read missing.txt");
    sandbox.run(&["render", "folder.txt"]).fails_with("is a directory");
    sandbox.run(&["render", "empty.txt"]).fails_with("empty.txt is empty");
    sandbox.run(&["script", "binary.txt"]).fails_with("binary file");
    sandbox.run(&["render", "latin1.txt"]).fails_with("not valid UTF-8");
    let inputs = ["binary.txt", "empty.txt", "latin1.txt"];
    assert_eq!(sandbox.files(), inputs, "output left behind");

    sandbox.write("bad.script.toml", "title = \"x\"\n\n[[lines]]\nkind = \"narration\nstart = 0\n");
    sandbox.run(&["render", "bad.script.toml"]).fails_with("bad.script.toml:4:");

    sandbox.copy(&repo(CHAPTER), "chapter.txt");
    sandbox.run(&["script", "chapter.txt"]).success();
    sandbox.write("voices/chapter.cast.toml", "narrator = { voice = \"espeak:no-such-voice\" }\n");
    sandbox.run(&["render", "scripts/chapter.script.toml"]).fails_with("unknown voice 'espeak:no-such-voice'");
    assert!(!sandbox.path("output").exists(), "a WAV was written despite the bad cast");
}

#[test]
fn play_reports_a_missing_device_in_one_sentence_and_plays_on_a_real_one() {
    let sandbox = Sandbox::new();
    let wav = sandbox.path("tone.wav");
    let tone: Vec<f32> = (0..4410).map(|i| (i as f32 * 0.06).sin() * 0.3).collect();
    tableread::mix::wav::write(&wav, 44_100, tone.len(), |out| out(&tone)).unwrap();
    // An ALSA configuration whose default device is the null sink: a real device path, no sound card.
    let home = sandbox.path("home");
    sandbox.write("home/.asoundrc", "pcm.!default { type null }\n");
    sandbox.run_with(&["play", "tone.wav"], &[("HOME", &home)]).success();
    if !std::path::Path::new("/dev/snd").exists() {
        let empty_home = sandbox.path("nohome");
        std::fs::create_dir(&empty_home).unwrap();
        sandbox.run_with(&["play", "tone.wav"], &[("HOME", &empty_home)]).fails_with("no audio output device");
    }
    sandbox.run(&["play", "nothing.wav"]).fails_with("nothing.wav is not a file");
}

#[test]
fn audition_reel_has_every_speaker_in_order_of_appearance_in_their_cast_voice() {
    let sandbox = Sandbox::new();
    sandbox.copy(&repo(CHAPTER), "chapter.txt");
    sandbox.run(&["audition", "chapter.txt"]).success();
    let script = script::from_toml(&std::fs::read_to_string(sandbox.path("scripts/chapter.script.toml")).unwrap(), "s").unwrap();
    let srt = std::fs::read_to_string(sandbox.path("output/chapter.audition.srt")).unwrap();
    // Each speaker is announced and then speaks, in the order they first speak in the chapter.
    let mut from = 0;
    for speaker in script.speakers() {
        let said = format!("\n{speaker}: ");
        let at = srt[from..].find(&said).unwrap_or_else(|| panic!("{speaker} missing after byte {from}:\n{srt}"));
        from += at + said.len();
    }
    let (spec, samples) = wav_samples(&sandbox.path("output/chapter.audition.wav"));
    let seconds = samples.len() as f64 / f64::from(spec.sample_rate);
    assert!((5.0..=90.0).contains(&seconds), "reel of {seconds:.1} s");
}

#[test]
fn say_speaks_with_the_asked_voice_and_pace() {
    let sandbox = Sandbox::new();
    let words = "The casting panel would like to hear the ballad now.";
    sandbox.run(&["say", "--voice", "flite:slt", "-o", "normal.wav", words]).success();
    sandbox.run(&["say", "--voice", "flite:slt", "--speed", "1.5", "-o", "fast.wav", words]).success();
    let (_, normal) = wav_samples(&sandbox.path("normal.wav"));
    let (_, fast) = wav_samples(&sandbox.path("fast.wav"));
    let direct = Engines::detect().synthesize("flite:slt", words, 1.0).unwrap().seconds();
    let seconds = normal.len() as f64 / 44_100.0;
    assert!((seconds - direct - 0.8).abs() < 0.2 * direct, "{seconds:.2} s, engine alone {direct:.2} s");
    assert!(fast.len() * 10 < normal.len() * 8, "1.5× pace is not shorter: {} vs {}", fast.len(), normal.len());
    sandbox.run(&["say", "--voice", "flite:nobody", "-o", "x.wav", "Hi."]).fails_with("unknown voice 'flite:nobody'");
    sandbox.run(&["say", "--voice", "flite:slt", "--speed", "9", "-o", "x.wav", "Hi."]).fails_with("--speed 9");
    assert!(!sandbox.path("x.wav").exists());
}

#[test]
fn a_draft_uses_espeak_alone_with_the_same_lines_and_leaves_the_cast_alone() {
    let sandbox = Sandbox::new();
    sandbox.copy(&repo(CHAPTER), "chapter.txt");
    let run = sandbox.run(&["render", "chapter.txt", "--draft"]).success();
    let voices = run.stderr().lines().find(|l| l.starts_with("draft voices: ")).unwrap_or_default().to_string();
    assert!(voices.contains("narrator espeak:") && !voices.contains("flite:"), "{}", run.stderr());
    assert!(!sandbox.path("voices/chapter.cast.toml").exists(), "a draft wrote the cast file");
    sandbox.run(&["render", "chapter.txt"]).success();
    let draft = std::fs::read_to_string(sandbox.path("output/chapter.draft.srt")).unwrap();
    let full = std::fs::read_to_string(sandbox.path("output/chapter.srt")).unwrap();
    let texts = |srt: &str| srt.lines().filter(|l| !l.contains(" --> ") && l.parse::<u32>().is_err()).map(String::from).collect::<Vec<_>>();
    assert_eq!(texts(&draft), texts(&full));
    let (_, samples) = wav_samples(&sandbox.path("output/chapter.draft.wav"));
    assert!(samples.iter().any(|s| s.unsigned_abs() > 3000), "silent draft");
}

#[test]
fn the_lexicon_changes_what_every_engine_says_and_suggest_lists_unknown_names() {
    let sandbox = Sandbox::new();
    let seconds = |name: &str| {
        let (_, samples) = wav_samples(&sandbox.path(name));
        samples.len() as f64 / 44_100.0
    };
    for voice in ["flite:slt", "espeak:en-us+f3"] {
        sandbox.run(&["say", "--voice", voice, "-o", "plain.wav", "Wren"]).success();
        sandbox.write("voices/lexicon.toml", "Wren = { say = \"Wrennifer Bartholomew\", ipa = \"ɹˈɛnɪfɚ bɑːɹθˈɑːləmjuː\" }\n");
        sandbox.run(&["say", "--voice", voice, "-o", "lexicon.wav", "Wren"]).success();
        std::fs::remove_file(sandbox.path("voices/lexicon.toml")).unwrap();
        assert!(seconds("lexicon.wav") > seconds("plain.wav") + 0.5, "{voice}: the lexicon was not applied");
    }

    sandbox.write("voices/lexicon.toml", "Wren = { ipa = \"ɹˈɛn\" \n");
    sandbox.run(&["say", "--voice", "flite:slt", "-o", "x.wav", "Wren"]).fails_with("voices/lexicon.toml:1:");
    assert!(!sandbox.path("x.wav").exists());
    std::fs::remove_file(sandbox.path("voices/lexicon.toml")).unwrap();

    sandbox.copy(&repo(CHAPTER), "chapter.txt");
    let suggested = sandbox.run(&["lexicon", "suggest", "chapter.txt"]).success().stdout();
    assert!(suggested.lines().any(|l| l.starts_with("Wren = { ipa = ")), "{suggested}");
    // What suggest prints is a lexicon as it stands; with it in place, nothing is left to suggest.
    sandbox.write("voices/lexicon.toml", &suggested);
    let again = sandbox.run(&["lexicon", "suggest", "chapter.txt"]).success().stdout();
    assert!(again.lines().all(|l| l.starts_with('#')), "{again}");
}

#[test]
fn speech_dispatcher_voices_speak_live_only() {
    let sandbox = Sandbox::new();
    let live = "speechd:English (America)";
    sandbox.run(&["say", "--voice", live, "-o", "x.wav", "Hi."]).fails_with("speaks live only");
    #[cfg(not(feature = "speech-dispatcher"))]
    sandbox
        .run(&["say", "--voice", live, "Hi."])
        .fails_with("built without the `speech-dispatcher` feature; rebuild with `cargo build --release --features speech-dispatcher`");
    sandbox.copy(&repo(CHAPTER), "chapter.txt");
    sandbox.run(&["script", "chapter.txt"]).success();
    sandbox.write("voices/chapter.cast.toml", format!("narrator = {{ voice = \"{live}\" }}\n"));
    sandbox.run(&["render", "scripts/chapter.script.toml"]).fails_with("speaks live only and cannot be rendered");
    assert!(!sandbox.path("output").exists() && !sandbox.path("x.wav").exists());
}

#[test]
fn script_review_lists_uncertain_lines_and_keep_edits_keeps_fixed_speakers() {
    let sandbox = Sandbox::new();
    sandbox.copy(&repo("scripts/example.txt"), "example.txt");
    let run = sandbox.run(&["script", "example.txt", "--review"]).success();
    let review = run.stderr();
    assert!(review.contains("least certain lines"), "{review}");
    assert!(review.lines().filter(|l| l.trim_start().starts_with("line")).count() >= 5, "{review}");

    // Fix the first line's speaker by hand; a plain re-run forgets it, --keep-edits keeps it.
    let path = sandbox.path("scripts/example.script.toml");
    let fixed = std::fs::read_to_string(&path).unwrap().replacen("speaker = \"Jonah\"", "speaker = \"Jonah Reyes\"", 1);
    sandbox.write("scripts/example.script.toml", &fixed);
    sandbox.run(&["script", "example.txt", "--keep-edits"]).success();
    let kept = script::from_toml(&std::fs::read_to_string(&path).unwrap(), "s").unwrap();
    assert!(kept.speakers().contains(&"Jonah Reyes"), "{:?}", kept.speakers());
    sandbox.run(&["script", "example.txt"]).success();
    let fresh = script::from_toml(&std::fs::read_to_string(&path).unwrap(), "s").unwrap();
    assert!(!fresh.speakers().contains(&"Jonah Reyes"));
}
