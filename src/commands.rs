//! One function per subcommand: resolve paths, run the stages in order, report on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tableread::cast::{self, Cast, Catalogue};
use tableread::engine::{self, EngineError, Engines, Espeak, VoiceInfo};
use tableread::lexicon::{self, Lexicon};
use tableread::mix::{Mixer, Track, subtitles, wav};
use tableread::render::{self, Clip, OUTPUT_RATE};
use tableread::script::{self, Script};
use tableread::{atomic, audition, play};

use crate::cli::{Command, LexiconCommand, ListFormat, ScriptFormat};
use crate::progress;

/// Runs one subcommand.
pub fn run(command: Command) -> Result<()> {
    match command {
        Command::Script { chapter, format, output, review, keep_edits } => {
            script_command(&chapter, format, output, ScriptOptions { review, keep_edits })
        }
        Command::Cast { script, output } => cast_command(&script, output),
        Command::Render { input, output, cast, draft } => render_command(&input, output, Casting { file: cast, draft }),
        Command::Play { input, cast, draft } => play_command(&input, Casting { file: cast, draft }),
        Command::Audition { input, output, cast, play, draft } => {
            audition_command(&input, output, Casting { file: cast, draft }, play)
        }
        Command::Say { voice, speed, output, text } => say_command(voice, speed, output, &text),
        Command::Lexicon { command: LexiconCommand::Suggest { input } } => suggest_command(&input),
        Command::Voices { format } => voices_command(format),
    }
}

/// `chapter.txt` → `chapter`; `scripts/chapter.script.toml` → `chapter`.
fn stem(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for suffix in [".script.toml", ".cast.toml", ".toml", ".txt", ".wav"] {
        if let Some(stem) = name.strip_suffix(suffix) {
            return stem.to_string();
        }
    }
    path.file_stem().map_or(name.clone(), |s| s.to_string_lossy().into_owned())
}

fn default_script_path(input: &Path) -> PathBuf {
    Path::new("scripts").join(format!("{}.script.toml", stem(input)))
}

fn default_cast_path(input: &Path) -> PathBuf {
    Path::new("voices").join(format!("{}.cast.toml", stem(input)))
}

fn is_script(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "toml")
}

fn parse_chapter(chapter: &Path) -> Result<Script> {
    let text = script::read_text(chapter)?;
    Ok(script::parse(&text, &stem(chapter)))
}

fn read_script(path: &Path) -> Result<Script> {
    let text = script::read_text(path)?;
    Ok(script::from_toml(&text, &path.display().to_string())?)
}

fn write_script(script: &Script, path: &Path) -> Result<()> {
    atomic::write(path, script::to_toml(script).as_bytes()).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote {} ({}, {})", path.display(), count(script.lines.len(), "line"), count(script.speakers().len(), "speaker"));
    Ok(())
}

/// What `script` does besides writing the script.
struct ScriptOptions {
    review: bool,
    keep_edits: bool,
}

/// How many lines `--review` lists.
const REVIEW_LINES: usize = 15;

fn script_command(chapter: &Path, format: ScriptFormat, output: Option<PathBuf>, options: ScriptOptions) -> Result<()> {
    let mut script = parse_chapter(chapter)?;
    let path = output.unwrap_or_else(|| default_script_path(chapter));
    if options.keep_edits && path.exists() {
        let old = read_script(&path)?;
        let kept = script::keep_edits(&mut script, &old);
        eprintln!("kept {kept} speakers set by hand in {}", path.display());
    }
    if options.review {
        eprintln!("least certain lines (line in the script, confidence, speaker, evidence):");
        eprint!("{}", script::review(&script, REVIEW_LINES));
    }
    match format {
        ScriptFormat::Jsonl => print_data(&script::to_jsonl(&script)),
        ScriptFormat::Toml => write_script(&script, &path),
    }
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    path.metadata().and_then(|m| m.modified()).ok()
}

/// The script for `input`: a script file as it is; for a chapter, its script in scripts/ when
/// that is at least as new as the chapter (it may hold the user's fixes), else a fresh one that
/// keeps the speakers fixed by hand in the old script (a fresh clone can date them either way).
fn script_for(input: &Path) -> Result<Script> {
    if is_script(input) {
        return read_script(input);
    }
    let existing = default_script_path(input);
    match (modified(&existing), modified(input)) {
        (Some(script_time), Some(chapter_time)) if script_time >= chapter_time => {
            eprintln!("using {} (newer than {})", existing.display(), input.display());
            read_script(&existing)
        }
        (script_time, _) => {
            let mut script = parse_chapter(input)?;
            if script_time.is_some() {
                let old = read_script(&existing)?;
                let kept = script::keep_edits(&mut script, &old);
                if script::to_toml(&script) == script::to_toml(&old) {
                    // Only the dates differ, as in a fresh clone (compared as written: the file
                    // rounds confidences).
                    return Ok(script);
                }
                eprintln!("{} is newer than its script; scripted it again, keeping {kept} speakers set by hand", input.display());
            }
            write_script(&script, &existing)?;
            Ok(script)
        }
    }
}

/// The text of a file this tool writes and the user may edit, or `None` before it exists.
fn read_if_present(path: &Path) -> Result<Option<String>> {
    Ok(if path.exists() { Some(script::read_text(path)?) } else { None })
}

/// The voice catalogue, with every installed voice it lacks (or measured with another engine
/// version) measured now and the file rewritten; voices that cannot be measured are reported.
fn catalogue_for(engines: &Engines) -> Result<Catalogue> {
    let path = Path::new(cast::catalogue::PATH);
    let name = path.display().to_string();
    let text = read_if_present(path)?;
    let mut catalogue = text.as_deref().map(|text| Catalogue::from_toml(text, &name)).transpose()?.unwrap_or_default();
    let stale = catalogue.stale(engines);
    if stale.is_empty() {
        return Ok(catalogue);
    }
    eprintln!("measuring {} voice{} for {name}", stale.len(), if stale.len() == 1 { "" } else { "s" });
    for (id, err) in catalogue.measure(engines, &stale) {
        eprintln!("tableread: could not measure {id}: {err}");
    }
    let updated = catalogue.to_toml();
    if text.as_deref() != Some(updated.as_str()) {
        atomic::write(path, updated.as_bytes()).with_context(|| format!("writing {name}"))?;
    }
    Ok(catalogue)
}

/// Casts `script`, keeping what `path` already says, and writes `path` when anything changed.
fn cast_for(script: &Script, engines: &Engines, path: &Path, script_name: &str) -> Result<Cast> {
    let name = path.display().to_string();
    let existing_text = read_if_present(path)?;
    let existing = existing_text.as_deref().map(|text| cast::from_toml(text, &name)).transpose()?;
    if let Some(existing) = &existing {
        cast::check(existing, engines, &name)?;
    }
    let catalogue = catalogue_for(engines)?;
    let cast = cast::cast(script, engines, &catalogue, existing.as_ref())?;
    let text = cast::to_toml(&cast, script_name, &script.speakers());
    if existing_text.as_deref() != Some(text.as_str()) {
        atomic::write(path, text.as_bytes()).with_context(|| format!("writing {name}"))?;
        eprintln!("wrote {name} (narrator and {})", count(cast.speakers.len(), "speaker"));
    }
    Ok(cast)
}

/// The script file that holds `input`'s lines: `input` itself, or the chapter's default script.
fn script_path_for(input: &Path) -> PathBuf {
    if is_script(input) { input.to_path_buf() } else { default_script_path(input) }
}

fn cast_command(input: &Path, output: Option<PathBuf>) -> Result<()> {
    let script = script_for(input)?;
    let engines = Engines::detect();
    let path = output.unwrap_or_else(|| default_cast_path(input));
    cast_for(&script, &engines, &path, &script_path_for(input).display().to_string())?;
    Ok(())
}

/// The installed engines, saying words as voices/lexicon.toml tells.
fn speaking_engines() -> Result<Engines> {
    Ok(Engines::detect().with_lexicon(Lexicon::load(Path::new(lexicon::PATH))?))
}

/// Where a render's voices come from: the cast file, or espeak-ng alone for a draft.
struct Casting {
    file: Option<PathBuf>,
    draft: bool,
}

/// The engines and the cast for `script`. A draft casts afresh from espeak-ng alone and writes
/// nothing, so a preview never changes the cast file.
fn voices_for(script: &Script, input: &Path, casting: Casting) -> Result<(Engines, Cast)> {
    let engines = speaking_engines()?;
    if casting.draft {
        let engines = engines.only("espeak").context("--draft needs espeak-ng (tools/setup.sh installs it)")?;
        let cast = cast::cast(script, &engines, &catalogue_for(&engines)?, None)?;
        let roles = std::iter::once((script::NARRATOR, &cast.narrator)).chain(cast.speakers.iter().map(|(n, r)| (n.as_str(), r)));
        let voices: Vec<String> = roles.map(|(who, role)| format!("{who} {}", role.voice.id)).collect();
        eprintln!("draft voices: {}", voices.join(", "));
        return Ok((engines, cast));
    }
    let cast_path = casting.file.unwrap_or_else(|| default_cast_path(input));
    let cast = cast_for(script, &engines, &cast_path, &script_path_for(input).display().to_string())?;
    Ok((engines, cast))
}

/// Speaks every voiced line of `script` and mixes the track. The mixer runs on its own thread,
/// fed clips as they come, so mixing overlaps speaking.
fn perform(script: &Script, cast: &Cast, engines: &Engines) -> Result<Track> {
    let voiced = script.lines.iter().filter(|line| line.voice_of().is_some()).count();
    let bar = progress::lines(voiced, "rendering");
    let (clips, arriving) = std::sync::mpsc::sync_channel::<Clip>(8);
    let (spoken, mixed) = std::thread::scope(|scope| {
        let mixing = scope.spawn(move || -> std::io::Result<Track> {
            let mut mixer = Mixer::new(script)?;
            for clip in arriving {
                mixer.push(clip)?;
            }
            mixer.finish()
        });
        let spoken = render::synthesize(script, cast, engines, &|| bar.inc(1), &|err| bar.suspend(|| eprintln!("tableread: {err}")), &mut |clip| {
            // A send fails only once the mixer has stopped on an error, which `mixed` reports.
            clips.send(clip).map_err(|_| std::io::Error::other("the mixer stopped"))
        });
        drop(clips);
        (spoken, mixing.join())
    });
    bar.finish_and_clear();
    let mixed = mixed.map_err(|_| anyhow::anyhow!("the mixer failed"))?.context("mixing the track");
    match spoken {
        Err(err) if !matches!(err, render::RenderError::Deliver(_)) => Err(err.into()),
        _ => mixed,
    }
}

/// Masters `track` into a WAV file at `output`; returns the loudness it reached.
fn write_wav(track: &mut Track, output: &Path) -> Result<Option<f64>> {
    let mut lufs = None;
    wav::write(output, OUTPUT_RATE.get(), track.sample_count(), |out| {
        lufs = track.master(out)?;
        Ok(())
    })
    .with_context(|| format!("writing {}", output.display()))?;
    Ok(lufs)
}

/// Writes a mastered track as WAV, with SRT subtitles beside it, and says what it wrote.
fn write_track(mut track: Track, output: &Path) -> Result<()> {
    let lufs = write_wav(&mut track, output)?.unwrap_or(f64::NEG_INFINITY);
    let srt = output.with_extension("srt");
    atomic::write(&srt, subtitles::srt(&track.cues).as_bytes()).with_context(|| format!("writing {}", srt.display()))?;
    let seconds = track.seconds().round() as u64;
    eprintln!(
        "wrote {} ({}:{:02}, {}, {lufs:.1} LUFS) and {}",
        output.display(),
        seconds / 60,
        seconds % 60,
        count(track.cues.len(), "line"),
        srt.display()
    );
    Ok(())
}

/// Plays a mastered track: it goes through a temporary WAV file, so a book plays from disk.
fn play_track(mut track: Track) -> Result<()> {
    let dir = tempfile::tempdir().context("making a temporary folder for playback")?;
    let path = dir.path().join("track.wav");
    write_wav(&mut track, &path)?;
    Ok(play::play_file(&path)?)
}

fn default_output(input: &Path, suffix: &str) -> PathBuf {
    Path::new("output").join(format!("{}{suffix}.wav", stem(input)))
}

fn render_command(input: &Path, output: Option<PathBuf>, casting: Casting) -> Result<()> {
    let output = output.unwrap_or_else(|| default_output(input, if casting.draft { ".draft" } else { "" }));
    let script = script_for(input)?;
    let (engines, cast) = voices_for(&script, input, casting)?;
    write_track(perform(&script, &cast, &engines)?, &output)
}

fn play_command(input: &Path, casting: Casting) -> Result<()> {
    if input.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("wav")) {
        if !input.is_file() {
            anyhow::bail!("{} is not a file", input.display());
        }
        return Ok(play::play_file(input)?);
    }
    let script = script_for(input)?;
    let (engines, cast) = voices_for(&script, input, casting)?;
    play_track(perform(&script, &cast, &engines)?)
}

fn audition_command(input: &Path, output: Option<PathBuf>, casting: Casting, play: bool) -> Result<()> {
    let output = output.unwrap_or_else(|| default_output(input, ".audition"));
    let script = script_for(input)?;
    let (engines, cast) = voices_for(&script, input, casting)?;
    let (reel, _) = audition::reel(&script);
    let track = perform(&reel, &cast, &engines)?;
    if play {
        return play_track(track);
    }
    write_track(track, &output)
}

fn say_command(voice: String, speed: f32, output: Option<PathBuf>, words: &[String]) -> Result<()> {
    if !(0.5..=2.0).contains(&speed) {
        anyhow::bail!("--speed {speed} is out of range; use a pace between 0.5 and 2.0");
    }
    if let Some(name) = engine::speechd_name(&voice) {
        if output.is_some() {
            return Err(EngineError::LiveOnly { id: voice }.into());
        }
        return say_live(&voice, name, speed, &words.join(" "));
    }
    let engines = speaking_engines()?;
    engines.voice(&voice)?;
    let role = cast::Role { voice: cast::Voice { id: voice, speed }, why: String::new() };
    let cast = Cast { narrator: role, speakers: Default::default() };
    let script = audition::single(&words.join(" "));
    let mut track = perform(&script, &cast, &engines)?;
    match output {
        Some(output) => {
            write_wav(&mut track, &output)?;
            eprintln!("wrote {} ({:.1} s)", output.display(), track.seconds());
            Ok(())
        }
        None => play_track(track),
    }
}

/// Speaks through speech-dispatcher, live on the desktop's audio, with the lexicon's respellings.
#[cfg(feature = "speech-dispatcher")]
fn say_live(_id: &str, name: &str, speed: f32, text: &str) -> Result<()> {
    let lexicon = Lexicon::load(Path::new(lexicon::PATH))?;
    Ok(engine::speechd::speak(name, &lexicon.apply(text, false), speed)?)
}

/// Without the `speech-dispatcher` feature there is no speech-dispatcher to speak through.
#[cfg(not(feature = "speech-dispatcher"))]
fn say_live(id: &str, _name: &str, _speed: f32, _text: &str) -> Result<()> {
    Err(EngineError::SpeechdNotBuilt { id: id.to_string() }.into())
}

fn suggest_command(input: &Path) -> Result<()> {
    let script = script_for(input)?;
    let lexicon = Lexicon::load(Path::new(lexicon::PATH))?;
    let espeak = Espeak::global()?;
    let voiced = script.lines.iter().filter(|line| line.voice_of().is_some()).map(|line| line.text.as_str());
    let speakers = script.speakers().into_iter().flat_map(|name| name.split_whitespace()).filter(|w| w.starts_with(char::is_uppercase));
    let mut names = lexicon::names(voiced);
    for word in speakers {
        if !names.iter().any(|(name, _)| name == word) {
            names.push((word.to_string(), 0));
        }
    }
    let mut out = format!(
        "# Names in {} that espeak-ng (and Kokoro, which takes its phonemes) does not know, and how\n\
         # it would say them. Try one: tableread say --voice ID \"Name\". Correct the IPA, or write\n\
         # `say = \"respelling\"` instead, and keep the lines you want in {}.\n",
        input.display(),
        lexicon::PATH
    );
    for (name, count) in names.iter().filter(|(name, _)| !lexicon.contains(name)) {
        if let Some(ipa) = espeak.guess("en-us", name)? {
            let uses = match count {
                0 => "a speaker's name".to_string(),
                1 => "once".to_string(),
                n => format!("{n} times"),
            };
            out += &format!("{name} = {{ ipa = {} }}  # {uses}\n", toml::Value::String(ipa));
        }
    }
    print_data(&out)
}

fn voices_command(format: ListFormat) -> Result<()> {
    let engines = Engines::detect();
    let mut voices: Vec<VoiceInfo> = engines.voices().cloned().collect();
    voices.extend(live_voices());
    let width = voices.iter().map(|voice| voice.id.chars().count()).max().unwrap_or(0).max(28);
    let mut out = String::new();
    for voice in &voices {
        match format {
            ListFormat::Jsonl => out += &serde_json::to_string(voice)?,
            ListFormat::Table => {
                let (id, engine, gender, accent, language) = (&voice.id, voice.engine, voice.gender, &voice.accent, &voice.language);
                out += &format!("{id:<width$} {engine:<7} {gender:<7} {accent:<14} {language}")
            }
        }
        out.push('\n');
    }
    print_data(&out)
}

/// speech-dispatcher's English voices, when a daemon answers; otherwise none, with a note on
/// stderr saying why.
#[cfg(feature = "speech-dispatcher")]
fn live_voices() -> Vec<VoiceInfo> {
    engine::speechd::voices().unwrap_or_else(|err| {
        eprintln!("tableread: note: {err}; its voices are not listed");
        Vec::new()
    })
}

/// Builds without the `speech-dispatcher` feature list no speech-dispatcher voices.
#[cfg(not(feature = "speech-dispatcher"))]
fn live_voices() -> Vec<VoiceInfo> {
    Vec::new()
}

/// Data goes to stdout; a reader that stops early (`| head`) is not an error.
fn print_data(text: &str) -> Result<()> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(err).context("writing to stdout"),
        _ => Ok(()),
    }
}

/// `1 line`, `38 lines`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}
