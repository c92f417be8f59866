//! Stage 1: a chapter's text becomes a [`Script`], the editable list of lines every later stage
//! reads. Owns the data types, reading the chapter safely, and the two file forms (TOML for
//! people, JSONL for tools); `parse` (in [`plain`]) splits the text and [`attribute`] names speakers.

mod attribute;
mod characters;
mod called_back;
mod conversation;
mod coreference;
mod edits;
pub mod english;
mod file;
mod plain;
mod segment;
#[cfg(test)]
mod sieves;
mod tags;
mod words;

use std::path::Path;

use thiserror::Error;

pub use edits::{EDITED, keep_edits, review};
pub use file::{from_toml, to_jsonl, to_toml};
pub(crate) use file::line_column;
pub use plain::parse;

/// Byte offsets into the source chapter, end-exclusive: `source[start..end]` is the line's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Who speaks a dialogue line, how sure we are, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Speech {
    /// A character name (`Ivy`), an unnamed speaker (`the casting panel`) or `narrator`.
    pub speaker: String,
    /// 0–1; lines at 0.9 or more should be right at least 95% of the time.
    pub confidence: f32,
    /// The rule or the speech tag that decided (`tag: "she called"`, `turn-taking`).
    pub evidence: String,
}

/// What a line is; only dialogue carries a speaker, so a speakerless dialogue line cannot exist.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `Chapter 1` and the like.
    Heading,
    Narration,
    Dialogue(Speech),
    /// Author's notes, disclaimers, summaries: kept in the script, never voiced.
    Skip,
}

/// One line of the script.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub kind: Kind,
    pub span: Span,
    /// Index of the source paragraph the line belongs to; renders pause longer between paragraphs.
    pub paragraph: usize,
    /// Exactly `source[span.start..span.end]` when produced by `parse`; users may edit it.
    pub text: String,
}

/// The whole chapter as lines, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Script {
    pub title: String,
    pub lines: Vec<Line>,
}

/// The narrator's speaker id: narration, and a first-person narrator's own speech, use it.
pub const NARRATOR: &str = "narrator";

impl Line {
    /// The speaker whose voice reads this line (`narrator` for narration and headings), or
    /// `None` for lines that are not voiced.
    pub fn voice_of(&self) -> Option<&str> {
        match &self.kind {
            Kind::Heading | Kind::Narration => Some(NARRATOR),
            Kind::Dialogue(speech) => Some(&speech.speaker),
            Kind::Skip => None,
        }
    }

    /// The lowercase name used in both file forms.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            Kind::Heading => "heading",
            Kind::Narration => "narration",
            Kind::Dialogue(_) => "dialogue",
            Kind::Skip => "skip",
        }
    }
}

impl Script {
    /// Speakers of dialogue in order of first appearance, the narrator excluded.
    pub fn speakers(&self) -> Vec<&str> {
        let mut seen: Vec<&str> = Vec::new();
        for line in &self.lines {
            if let Kind::Dialogue(speech) = &line.kind
                && speech.speaker != NARRATOR
                && !seen.contains(&speech.speaker.as_str())
            {
                seen.push(&speech.speaker);
            }
        }
        seen
    }
}

/// Everything that can go wrong reading a chapter or a script file.
#[derive(Debug, Error)]
pub enum ScriptError {
    #[error("cannot read {path}: {reason}")]
    Read { path: String, reason: std::io::Error },
    #[error("{path} is not a regular file")]
    NotFile { path: String },
    #[error("{path} is a directory, not a file")]
    Directory { path: String },
    #[error("{path} is empty: there is no text to read")]
    Empty { path: String },
    #[error("{path} looks like a binary file, not text")]
    Binary { path: String },
    #[error("{path} is not valid UTF-8 text (first bad byte at offset {offset})")]
    NotUtf8 { path: String, offset: usize },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax { path: String, line: usize, column: usize, message: String },
    #[error("{path}: line {index}: {message}")]
    Invalid { path: String, index: usize, message: String },
}

/// Reads a chapter (or a script) as UTF-8 text, refusing directories, empty, binary and
/// non-UTF-8 files.
pub fn read_text(path: &Path) -> Result<String, ScriptError> {
    let name = path.display().to_string();
    if path.is_dir() {
        return Err(ScriptError::Directory { path: name });
    }
    let metadata = std::fs::metadata(path).map_err(|reason| ScriptError::Read { path: name.clone(), reason })?;
    // A device or a pipe may never end (`/dev/urandom`).
    if !metadata.is_file() {
        return Err(ScriptError::NotFile { path: name });
    }
    let bytes = std::fs::read(path).map_err(|reason| ScriptError::Read { path: name.clone(), reason })?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ScriptError::Empty { path: name });
    }
    // A NUL byte never appears in a text chapter but is common in every binary format.
    if bytes.contains(&0) {
        return Err(ScriptError::Binary { path: name });
    }
    String::from_utf8(bytes).map_err(|err| ScriptError::NotUtf8 {
        path: name,
        offset: err.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(bytes: &[u8]) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), bytes).unwrap();
        file
    }

    #[test]
    fn read_chapter_refuses_bad_files() {
        assert!(matches!(read_text(write(b" \n\t").path()), Err(ScriptError::Empty { .. })));
        assert!(matches!(read_text(write(b"PK\x03\x04\0\0").path()), Err(ScriptError::Binary { .. })));
        let err = read_text(write(b"caf\xe9 au lait").path()).unwrap_err();
        assert!(matches!(err, ScriptError::NotUtf8 { offset: 3, .. }), "{err}");
        assert!(matches!(read_text(Path::new("/")), Err(ScriptError::Directory { .. })));
        assert!(matches!(read_text(Path::new("/dev/zero")), Err(ScriptError::NotFile { .. })));
        let missing = read_text(Path::new("no-such-chapter.txt")).unwrap_err().to_string();
        assert_eq!(missing, "cannot read no-such-chapter.txt: No such file or directory (os error 2)");
        assert_eq!(read_text(write("“Hi.”".as_bytes()).path()).unwrap(), "“Hi.”");
    }
}
