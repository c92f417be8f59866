//! Command-line interface: clap types only. `main.rs` resolves them into work.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Turn a story chapter into a multi-voice audio drama.
///
/// The pipeline is script → cast → render (→ play). Each stage writes a plain-text file you can
/// edit, and every later stage reads it: scripts/<name>.script.toml, voices/<name>.cast.toml,
/// output/<name>.wav.
#[derive(Debug, Parser)]
#[command(name = "tableread", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// List the names in a chapter that espeak-ng (and so Kokoro, which uses its phonemes) does
    /// not know, with the pronunciation it would guess, as lexicon lines ready to correct.
    #[command(after_help = "Example:\n  tableread lexicon suggest scripts/chapter.script.toml >> voices/lexicon.toml")]
    Suggest {
        /// A chapter (.txt) or a script (.script.toml).
        input: PathBuf,
    },
}

/// How `script` prints the script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScriptFormat {
    /// The editable file, written to scripts/<name>.script.toml.
    Toml,
    /// One JSON object per line on stdout (kind, text, start, end, speaker, confidence, evidence).
    Jsonl,
}

/// How `voices` prints the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table.
    Table,
    /// One JSON object per voice (id, engine, gender, accent, language).
    Jsonl,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Split a chapter into narration and dialogue and say who speaks each line.
    ///
    /// Writes scripts/<name>.script.toml, an editable list of lines (heading, narration,
    /// dialogue, skip) with byte offsets into the chapter and, for dialogue, the speaker, a
    /// confidence and the evidence. Fix a speaker there and every later stage follows.
    #[command(after_help = "Examples:\n  tableread script chapter.txt\n  tableread script chapter.txt --format jsonl | head\n  tableread script chapter.txt --review --keep-edits")]
    Script {
        /// The chapter, a UTF-8 plain-text file.
        chapter: PathBuf,
        /// toml writes the editable file; jsonl prints one object per line to stdout.
        #[arg(long, value_enum, default_value_t = ScriptFormat::Toml)]
        format: ScriptFormat,
        /// Where to write the TOML script (default: scripts/<name>.script.toml).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// List the least certain dialogue lines, with their evidence, on stderr.
        ///
        /// Fix a wrong speaker in the TOML file, then re-run with --keep-edits.
        #[arg(long)]
        review: bool,
        /// Keep the speakers you fixed by hand in the existing script file.
        ///
        /// A dialogue line (matched by its span and text, or by text when the chapter moved)
        /// whose speaker differs from a fresh attribution keeps yours.
        #[arg(long)]
        keep_edits: bool,
    },
    /// Give every speaker of a script a voice, deterministically.
    ///
    /// Writes voices/<name>.cast.toml: the narrator and each speaker with a voice id and a
    /// comment saying why it was chosen. Entries already in that file are kept, so your
    /// overrides survive a re-run; new speakers get new voices.
    #[command(after_help = "Example:\n  tableread cast scripts/chapter.script.toml")]
    Cast {
        /// A script written by `tableread script`, or a chapter (scripted first, as render does).
        script: PathBuf,
        /// Where to write the cast (default: voices/<name>.cast.toml).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Render a chapter or a script to a mastered WAV file (and .srt subtitles beside it).
    ///
    /// Runs the missing stages itself: a chapter is scripted (or its existing script in
    /// scripts/ is used when it is newer than the chapter) and cast (or its cast in voices/ is
    /// used). The WAV is 44.1 kHz mono 16-bit, loudness-normalised to -18 LUFS.
    #[command(after_help = "Examples:\n  tableread render chapter.txt\n  tableread render scripts/chapter.script.toml -o chapter.wav")]
    Render {
        /// A chapter (.txt) or a script (.script.toml).
        input: PathBuf,
        /// The WAV to write (default: output/<name>.wav).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The cast file to use (default: voices/<name>.cast.toml, created when missing).
        #[arg(long)]
        cast: Option<PathBuf>,
        /// A fast preview: every voice from espeak-ng, same lines and pauses, written to
        /// output/<name>.draft.wav; the cast file is not touched.
        #[arg(long)]
        draft: bool,
    },
    /// Play a rendered WAV, or render a script or chapter and play it, on the default audio device.
    #[command(after_help = "Example:\n  tableread play output/chapter.wav")]
    Play {
        /// A WAV file, a script (.script.toml) or a chapter (.txt).
        input: PathBuf,
        /// The cast file to use when rendering (default: voices/<name>.cast.toml).
        #[arg(long)]
        cast: Option<PathBuf>,
        /// Render with espeak-ng voices only, for a fast preview.
        #[arg(long)]
        draft: bool,
    },
    /// Hear the whole cast in about a minute: a casting reel.
    ///
    /// The narrator reads a sentence, then announces each speaker in order of appearance, and
    /// each speaker says one or two of their own lines, in the voices of the cast file. Writes
    /// output/<name>.audition.wav, or plays it with --play.
    #[command(after_help = "Example:\n  tableread audition scripts/chapter.script.toml --play")]
    Audition {
        /// A chapter (.txt) or a script (.script.toml).
        input: PathBuf,
        /// The WAV to write (default: output/<name>.audition.wav).
        #[arg(short, long, conflicts_with = "play")]
        output: Option<PathBuf>,
        /// The cast file to use (default: voices/<name>.cast.toml, created when missing).
        #[arg(long)]
        cast: Option<PathBuf>,
        /// Play the reel instead of writing it.
        #[arg(long)]
        play: bool,
        /// Use espeak-ng voices only, for a fast preview.
        #[arg(long)]
        draft: bool,
    },
    /// Speak a sentence with any installed voice: plays it, or writes a WAV with -o.
    ///
    /// A `speechd:` voice (builds with the `speech-dispatcher` feature) is spoken live by the
    /// desktop's speech-dispatcher, which cannot write a file.
    #[command(after_help = "Examples:\n  tableread say --voice flite:slt \"Uptempo, please.\"\n  tableread say --voice espeak:en-gb-x-rp+m3 --speed 1.2 -o try.wav \"Thanks.\"\n  tableread say --voice \"speechd:English (America)+Annie\" \"Hello.\"")]
    Say {
        /// A voice id from `tableread voices`.
        #[arg(long)]
        voice: String,
        /// Pace, 0.5 to 2.0; 1.0 is the voice's normal pace.
        #[arg(long, default_value_t = 1.0)]
        speed: f32,
        /// Write a WAV here instead of playing.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The words to say.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
    /// The pronunciation lexicon, voices/lexicon.toml, which every engine reads.
    ///
    /// Entries are `Word = "respelling"` or `Word = { ipa = "..." }` (or both keys).
    Lexicon {
        #[command(subcommand)]
        command: LexiconCommand,
    },
    /// List every installed voice: id, engine, gender, accent, language.
    ///
    /// Builds with the `speech-dispatcher` feature also list the English voices of the
    /// desktop's speech-dispatcher (`speechd:…`, gender unknown), when its daemon answers
    /// within 2 s; they speak live through `say` only.
    #[command(after_help = "Example:\n  tableread voices --format jsonl")]
    Voices {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
}
