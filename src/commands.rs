//! One function per subcommand: resolve paths, run the stages in order, report on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tableread::engine::Engines;
use tableread::{atomic, script};

use crate::cli::{Command, ListFormat, ScriptFormat};

/// Runs one subcommand.
pub fn run(command: Command) -> Result<()> {
    match command {
        Command::Script { chapter, format, output } => script_command(&chapter, format, output),
        Command::Voices { format } => voices_command(format),
        Command::Cast { .. } | Command::Render { .. } | Command::Play { .. } => {
            anyhow::bail!("not built yet")
        }
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

fn default_script_path(chapter: &Path) -> PathBuf {
    Path::new("scripts").join(format!("{}.script.toml", stem(chapter)))
}

fn parse_chapter(chapter: &Path) -> Result<script::Script> {
    let text = script::read_chapter(chapter)?;
    Ok(script::parse(&text, &stem(chapter)))
}

fn script_command(chapter: &Path, format: ScriptFormat, output: Option<PathBuf>) -> Result<()> {
    let script = parse_chapter(chapter)?;
    match format {
        ScriptFormat::Jsonl => print_data(&script::to_jsonl(&script))?,
        ScriptFormat::Toml => {
            let path = output.unwrap_or_else(|| default_script_path(chapter));
            atomic::write(&path, script::to_toml(&script).as_bytes())
                .with_context(|| format!("writing {}", path.display()))?;
            eprintln!("wrote {} ({} lines, {} speakers)", path.display(), script.lines.len(), script.speakers().len());
        }
    }
    Ok(())
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
