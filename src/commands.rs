//! One function per subcommand: resolve paths, run the stages in order, report on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tableread::cast::{self, Cast, Catalogue};
use tableread::engine::Engines;
use tableread::mix::{self, Track, loudness, subtitles, wav};
use tableread::render::{self, OUTPUT_RATE};
use tableread::script::{self, Script};
use tableread::{atomic, play};

use crate::cli::{Command, ListFormat, ScriptFormat};
use crate::progress;

/// Runs one subcommand.
pub fn run(command: Command) -> Result<()> {
    match command {
        Command::Script { chapter, format, output } => script_command(&chapter, format, output),
        Command::Cast { script, output } => cast_command(&script, output),
        Command::Render { input, output, cast } => render_command(&input, output, cast),
        Command::Play { input, cast } => play_command(&input, cast),
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
    eprintln!("wrote {} ({} lines, {} speakers)", path.display(), script.lines.len(), script.speakers().len());
    Ok(())
}

fn script_command(chapter: &Path, format: ScriptFormat, output: Option<PathBuf>) -> Result<()> {
    let script = parse_chapter(chapter)?;
    match format {
        ScriptFormat::Jsonl => print_data(&script::to_jsonl(&script)),
        ScriptFormat::Toml => write_script(&script, &output.unwrap_or_else(|| default_script_path(chapter))),
    }
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    path.metadata().and_then(|m| m.modified()).ok()
}

/// The script for `input`: a script file as it is; for a chapter, its script in scripts/ when
/// that is at least as new as the chapter (it may hold the user's fixes), else a fresh one.
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
        _ => {
            let script = parse_chapter(input)?;
            write_script(&script, &existing)?;
            Ok(script)
        }
    }
}

/// The voice catalogue, with every installed voice it lacks (or measured with another engine
/// version) measured now and the file rewritten; voices that cannot be measured are reported.
fn catalogue_for(engines: &Engines) -> Result<Catalogue> {
    let path = Path::new(cast::catalogue::PATH);
    let name = path.display().to_string();
    let text = if path.exists() { Some(script::read_text(path)?) } else { None };
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
    let existing_text = if path.exists() { Some(script::read_text(path)?) } else { None };
    let existing = existing_text.as_deref().map(|text| cast::from_toml(text, &name)).transpose()?;
    if let Some(existing) = &existing {
        cast::check(existing, engines, &name)?;
    }
    let catalogue = catalogue_for(engines)?;
    let cast = cast::cast(script, engines, &catalogue, existing.as_ref())?;
    let text = cast::to_toml(&cast, script_name, &script.speakers());
    if existing_text.as_deref() != Some(text.as_str()) {
        atomic::write(path, text.as_bytes()).with_context(|| format!("writing {name}"))?;
        eprintln!("wrote {name} (narrator and {} speakers)", cast.speakers.len());
    }
    Ok(cast)
}

fn cast_command(script_path: &Path, output: Option<PathBuf>) -> Result<()> {
    let script = read_script(script_path)?;
    let engines = Engines::detect();
    let path = output.unwrap_or_else(|| default_cast_path(script_path));
    cast_for(&script, &engines, &path, &script_path.display().to_string())?;
    Ok(())
}

/// Runs every stage the input still needs and returns the mastered track.
fn track_for(input: &Path, cast_path: Option<PathBuf>) -> Result<(Script, Track)> {
    let script = script_for(input)?;
    let engines = Engines::detect();
    let cast_path = cast_path.unwrap_or_else(|| default_cast_path(input));
    let script_name = if is_script(input) { input.to_path_buf() } else { default_script_path(input) };
    let cast = cast_for(&script, &engines, &cast_path, &script_name.display().to_string())?;
    let voiced = script.lines.iter().filter(|line| line.voice_of().is_some()).count();
    let bar = progress::lines(voiced, "rendering");
    let clips = render::synthesize(&script, &cast, &engines, &|| bar.inc(1), &|err| {
        bar.suspend(|| eprintln!("tableread: {err}"));
    })?;
    bar.finish_and_clear();
    let track = mix::mix(&script, clips);
    Ok((script, track))
}

fn render_command(input: &Path, output: Option<PathBuf>, cast_path: Option<PathBuf>) -> Result<()> {
    let output = output.unwrap_or_else(|| Path::new("output").join(format!("{}.wav", stem(input))));
    let (_, track) = track_for(input, cast_path)?;
    wav::write(&output, &track.samples, OUTPUT_RATE.get()).with_context(|| format!("writing {}", output.display()))?;
    let srt = output.with_extension("srt");
    atomic::write(&srt, subtitles::srt(&track.cues).as_bytes()).with_context(|| format!("writing {}", srt.display()))?;
    let lufs = loudness::measure(&track.samples, OUTPUT_RATE.get()).map_or(f64::NEG_INFINITY, |m| m.lufs);
    let seconds = track.seconds().round() as u64;
    eprintln!(
        "wrote {} ({}:{:02}, {} lines, {lufs:.1} LUFS) and {}",
        output.display(),
        seconds / 60,
        seconds % 60,
        track.cues.len(),
        srt.display()
    );
    Ok(())
}

fn play_command(input: &Path, cast_path: Option<PathBuf>) -> Result<()> {
    if input.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("wav")) {
        if !input.is_file() {
            anyhow::bail!("{} is not a file", input.display());
        }
        return Ok(play::play_file(input)?);
    }
    let (_, track) = track_for(input, cast_path)?;
    Ok(play::play_samples(track.samples, OUTPUT_RATE)?)
}

fn voices_command(format: ListFormat) -> Result<()> {
    let engines = Engines::detect();
    let mut out = String::new();
    for voice in engines.voices() {
        match format {
            ListFormat::Jsonl => out += &serde_json::to_string(voice)?,
            ListFormat::Table => {
                out += &format!("{:<28} {:<7} {:<7} {:<14} {}", voice.id, voice.engine, voice.gender, voice.accent, voice.language)
            }
        }
        out.push('\n');
    }
    print_data(&out)
}

/// Data goes to stdout; a reader that stops early (`| head`) is not an error.
fn print_data(text: &str) -> Result<()> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(err).context("writing to stdout"),
        _ => Ok(()),
    }
}
