//! tableread: a story chapter in, a mastered multi-voice audio drama out.
//!
//! Stages, each a module that takes one type and returns the next:
//! [`script`] (text → `Script`), [`cast`] (`Script` → `Cast`), [`render`] (`Script` + `Cast` →
//! clips), [`mix`] (clips → a mastered track and its files), [`play`] (a track → the sound card).

pub mod atomic;
pub mod audition;
pub mod cast;
pub mod engine;
pub mod lexicon;
pub mod mix;
pub mod play;
pub mod render;
pub mod script;
