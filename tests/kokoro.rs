//! Kokoro-82M with the real model (CI runs tools/setup-kokoro.sh first). Every test skips, and
//! says so, only when the assets are not installed in voices/kokoro.

#[allow(dead_code)] // the helpers tests/cli.rs uses
mod common;

use std::sync::OnceLock;

use common::{Sandbox, repo};
use rayon::prelude::*;
use tableread::engine::kokoro::{MAX_TOKENS, STOCK_VOICES, Tuning, tokens};
use tableread::cast::features::{SENTENCE, measure};
use tableread::cast::{self, Catalogue};
use tableread::engine::{Audio, Engine, Engines, Kokoro};
use tableread::script::{Kind, Line, Script, Span, Speech};
use tableread::lexicon::Lexicon;

const LINE: &str = "You're late, she said.";

/// One engine for the whole file, so its sessions load once.
fn kokoro() -> Option<&'static Kokoro> {
    static KOKORO: OnceLock<Option<Kokoro>> = OnceLock::new();
    let kokoro = KOKORO.get_or_init(|| Kokoro::load(&repo("voices/kokoro")).unwrap()).as_ref();
    if kokoro.is_none() {
        eprintln!("skipping: Kokoro assets are not installed in voices/kokoro (run tools/setup-kokoro.sh)");
    }
    kokoro
}

fn rms(audio: &Audio) -> f32 {
    (audio.samples.iter().map(|s| s * s).sum::<f32>() / audio.samples.len().max(1) as f32).sqrt()
}

#[test]
fn every_stock_voice_speaks_24_khz_audio_of_plausible_length() {
    let Some(kokoro) = kokoro() else { return };
    assert_eq!(kokoro.voices().len(), 28);
    let failures: Vec<String> = STOCK_VOICES
        .par_iter()
        .filter_map(|voice| {
            let audio = kokoro.synthesize(voice, LINE, 1.0).unwrap();
            // Four words and a pause: about 1.5 s at a normal pace.
            let ok = audio.rate.get() == 24_000 && (0.7..3.5).contains(&audio.seconds()) && rms(&audio) > 0.01;
            (!ok).then(|| format!("{voice}: {:.2} s, rms {:.4}, {} Hz", audio.seconds(), rms(&audio), audio.rate))
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_same_line_gives_the_same_samples() {
    let Some(kokoro) = kokoro() else { return };
    // Concurrent calls land on different sessions of the pool; they must agree too.
    let takes: Vec<Audio> = (0..3).into_par_iter().map(|_| kokoro.synthesize("af_heart", "Since noon.", 1.0).unwrap()).collect();
    assert!(takes.windows(2).all(|pair| pair[0] == pair[1]), "takes differ");
    // Nor does the number of threads a session uses.
    let two_threads = Kokoro::load_tuned(&repo("voices/kokoro"), Tuning { sessions: 1, intra_threads: 2 }).unwrap().unwrap();
    assert!(two_threads.synthesize("af_heart", "Since noon.", 1.0).unwrap() == takes[0], "2 threads differ");
}

#[test]
fn a_blend_differs_from_both_parents() {
    let Some(kokoro) = kokoro() else { return };
    let text = "You're late.";
    let [heart, george, blend] =
        ["af_heart", "bm_george", "af_heart*0.6+bm_george*0.4"].map(|voice| kokoro.synthesize(voice, text, 1.0).unwrap());
    assert!(rms(&blend) > 0.01);
    assert_ne!(blend.samples, heart.samples);
    assert_ne!(blend.samples, george.samples);
    let info = kokoro.voice("af_heart*0.6+bm_george*0.4").unwrap();
    assert_eq!((info.gender.to_string(), info.accent.as_str()), ("female".into(), "us"));
    assert!(kokoro.synthesize("af_heart+xx_nobody", text, 1.0).is_err());
}

#[test]
fn a_line_longer_than_the_model_limit_is_split_not_truncated() {
    let Some(kokoro) = kokoro() else { return };
    // One sentence of 16 clauses, about 800 tokens: truncation would keep under two thirds.
    let clause = "the lantern swung slowly above the quiet harbour wall";
    let long = format!("{}.", vec![clause; 16].join(", "));
    let chunks = kokoro.phoneme_chunks("af_heart", &long).unwrap();
    assert!(chunks.len() >= 2, "{} chunk(s)", chunks.len());
    assert!(chunks.iter().all(|c| tokens(c).len() <= MAX_TOKENS && c.ends_with([',', '.'])), "{chunks:#?}");
    // Speed 2 halves the test's cost; the ratio is what matters.
    let one = kokoro.synthesize("af_heart", &format!("{clause},"), 2.0).unwrap().seconds();
    let all = kokoro.synthesize("af_heart", &long, 2.0).unwrap().seconds();
    assert!(all > 0.85 * 16.0 * one, "{all:.2} s for 16 clauses of {one:.2} s");
}

#[test]
fn a_faster_pace_gives_shorter_audio() {
    let Some(kokoro) = kokoro() else { return };
    let normal = kokoro.synthesize("bm_lewis", LINE, 1.0).unwrap().seconds();
    let fast = kokoro.synthesize("bm_lewis", LINE, 1.5).unwrap().seconds();
    assert!(fast < 0.8 * normal, "{fast:.2} s at 1.5, {normal:.2} s at 1.0");
}

#[test]
fn a_lexicon_entry_changes_the_phonemes_fed_to_the_model() {
    let Some(_) = kokoro() else { return };
    let plain = Kokoro::load(&repo("voices/kokoro")).unwrap().unwrap();
    let with = |toml: &str| {
        let mut kokoro = Kokoro::load(&repo("voices/kokoro")).unwrap().unwrap();
        assert!(kokoro.use_lexicon(&Lexicon::from_toml(toml, "lexicon.toml").unwrap()));
        kokoro
    };
    let text = "Wren stamped the snow from her boots.";
    let before = plain.phonemes("af_heart", text).unwrap();
    let after = with("wren = { ipa = \"ɹˈɛnə\" }").phonemes("af_heart", text).unwrap();
    assert!(before.starts_with("ɹˈɛn "), "{before}");
    assert!(after.starts_with("ɹˈɛnə "), "{after}");
    assert_eq!(before.replacen("ɹˈɛn", "ɹˈɛnə", 1), after);
    let respelled = with("Wren = \"Renata\"").phonemes("af_heart", text).unwrap();
    assert!(respelled.starts_with("ɹɪnˈɑːɾə ") || respelled.starts_with("ɹᵻnˈɑːɾə "), "{respelled}");
}

#[test]
fn voices_lists_kokoro_voices_as_jsonl() {
    let Some(_) = kokoro() else { return };
    let dir = repo("voices/kokoro");
    let run = Sandbox::new().run_with(&["voices", "--format", "jsonl"], &[("TABLEREAD_KOKORO_DIR", &dir)]).success();
    let voices: Vec<serde_json::Value> = run.stdout().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let kokoro: Vec<&serde_json::Value> = voices.iter().filter(|v| v["engine"] == "kokoro").collect();
    assert_eq!(kokoro.len(), 28);
    let expected = serde_json::json!({"id": "kokoro:bm_george", "engine": "kokoro", "gender": "male", "accent": "gb", "language": "en"});
    assert!(kokoro.contains(&&expected), "{kokoro:#?}");
}

#[test]
fn a_chapter_in_another_folder_still_finds_the_checkouts_kokoro() {
    let Some(_) = kokoro() else { return };
    let run = Sandbox::new().run_env(&["voices", "--format", "jsonl"], &[], &["TABLEREAD_KOKORO_DIR"]).success();
    assert_eq!(run.stdout().lines().filter(|l| l.contains("\"engine\":\"kokoro\"")).count(), 28, "{}", run.stdout());
}

#[test]
fn asking_for_kokoro_without_its_assets_names_the_setup_command() {
    let sandbox = Sandbox::new();
    sandbox.write("chapter.txt", "\"Hello,\" said Wren.\n");
    sandbox.write("voices/chapter.cast.toml", "narrator = { voice = \"kokoro:af_heart\" }\n");
    sandbox.run(&["script", "chapter.txt"]).success();
    let missing = sandbox.path("no-kokoro-here");
    let run = sandbox.run_with(&["render", "scripts/chapter.script.toml"], &[("TABLEREAD_KOKORO_DIR", &missing)]);
    run.fails_with("run tools/setup-kokoro.sh");
    assert!(!sandbox.path("output").exists(), "a WAV was written without the engine");
}

#[test]
fn text_without_words_gives_no_error() {
    let Some(kokoro) = kokoro() else { return };
    assert!(kokoro.synthesize("af_heart", "", 1.0).unwrap().samples.is_empty());
    for text in ["...", "\"—\"", "  "] {
        let audio = kokoro.synthesize("af_heart", text, 1.0).unwrap();
        assert!(audio.seconds() < 2.0, "{text:?}: {:.2} s", audio.seconds());
    }
}

#[test]
fn render_speaks_a_cast_of_kokoro_voices_and_blends() {
    let Some(_) = kokoro() else { return };
    let sandbox = Sandbox::new();
    sandbox.write("chapter.txt", "\"Since noon,\" said Wren.\n");
    sandbox.run(&["script", "chapter.txt"]).success();
    let speaker = std::fs::read_to_string(sandbox.path("scripts/chapter.script.toml")).unwrap();
    let speaker = speaker.split("speaker = \"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_string();
    let cast = format!(
        "narrator = {{ voice = \"kokoro:bm_george\" }}\n[speakers]\n\"{speaker}\" = {{ voice = \"kokoro:af_heart*0.6+bf_emma*0.4\", speed = 1.1 }}\n"
    );
    sandbox.write("voices/chapter.cast.toml", cast);
    let dir = repo("voices/kokoro");
    sandbox.run_with(&["render", "scripts/chapter.script.toml"], &[("TABLEREAD_KOKORO_DIR", &dir)]).success();
    let samples: Vec<i16> = hound::WavReader::open(sandbox.path("output/chapter.wav")).unwrap().samples().map(Result::unwrap).collect();
    let seconds = samples.len() as f64 / 44_100.0;
    assert!((1.0..6.0).contains(&seconds), "{seconds:.2} s");
    assert!(samples.iter().any(|s| s.unsigned_abs() > 3000), "silent render");
}

#[test]
fn a_blend_sounds_near_the_midpoint_of_its_parents() {
    // Casting estimates a blend's features as its parents' midpoint (Distances::add_blend).
    let Some(kokoro) = kokoro() else { return };
    for (a, b) in [("bm_george", "bm_lewis"), ("af_sky", "af_nicole")] {
        let features = |voice: &str| measure(&kokoro.synthesize(voice, SENTENCE, 1.0).unwrap()).unwrap().scaled();
        let (parent_a, parent_b, blend) = (features(a), features(b), features(&format!("{a}+{b}")));
        let distance = |x: &[f64; 5], y: &[f64; 5]| x.iter().zip(y).map(|(p, q)| (p - q).powi(2)).sum::<f64>().sqrt();
        let midpoint: [f64; 5] = std::array::from_fn(|i| (parent_a[i] + parent_b[i]) / 2.0);
        let (to_midpoint, to_a, to_b) = (distance(&blend, &midpoint), distance(&blend, &parent_a), distance(&blend, &parent_b));
        assert!(to_midpoint < to_a.min(to_b), "{a}+{b}: midpoint {to_midpoint:.2} away, parents {to_a:.2} and {to_b:.2}");
        assert!((blend[0] - midpoint[0]).abs() < 1.5, "{a}+{b}: pitch {:.2} st, midpoint {:.2} st", blend[0], midpoint[0]);
    }
}

#[test]
fn british_men_beyond_the_four_stock_voices_get_british_blends() {
    let Some(_) = kokoro() else { return };
    let engines = Engines::detect_with(&repo("voices/kokoro"));
    let mut lines = vec![Line { kind: Kind::Narration, span: Span { start: 0, end: 1 }, paragraph: 0, text: "A grey harbour the colour of rain.".into() }];
    let men = ["Mr. Amos", "Mr. Birch", "Mr. Cole", "Mr. Dunn", "Mr. Elm", "Mr. Frost"];
    for (n, man) in men.iter().enumerate() {
        let speech = Speech { speaker: man.to_string(), confidence: 0.9, evidence: format!("tag: \"said {man}\"") };
        lines.push(Line { kind: Kind::Dialogue(speech), span: Span { start: 0, end: 1 }, paragraph: n + 1, text: "Quite.".into() });
    }
    let script = Script { title: "t".into(), lines };
    let cast = cast::cast(&script, &engines, &Catalogue::default(), None).unwrap();
    let ids: Vec<&str> = men.iter().map(|man| cast.speakers[*man].voice.id.as_str()).collect();
    let stock = ids.iter().filter(|id| id.starts_with("kokoro:bm_") && !id.contains('+')).count();
    let blends = ids.iter().filter(|id| id.contains('+') && id.split('+').all(|part| part.trim_start_matches("kokoro:").starts_with("bm_"))).count();
    assert_eq!((stock, blends), (4, 2), "{ids:?}");
    let mut distinct = ids.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), ids.len(), "{ids:?}");
    assert!(cast.speakers["Mr. Frost"].why.contains("British, as the chapter's spelling"), "{}", cast.speakers["Mr. Frost"].why);
}
