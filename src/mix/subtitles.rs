//! SubRip (.srt) subtitles: one cue per voiced line, with the speaker's name on dialogue.

use super::Cue;

fn timestamp(seconds: f64) -> String {
    let millis = (seconds * 1000.0).round() as u64;
    format!("{:02}:{:02}:{:02},{:03}", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000)
}

/// The cues as an SRT document.
pub fn srt(cues: &[Cue]) -> String {
    let mut out = String::new();
    for (index, cue) in cues.iter().enumerate() {
        let text = cue.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let line = match &cue.speaker {
            Some(speaker) => format!("{speaker}: {text}"),
            None => text,
        };
        out += &format!("{}\n{} --> {}\n{line}\n\n", index + 1, timestamp(cue.start_seconds), timestamp(cue.end_seconds));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_follow_the_srt_format() {
        let cues = [
            Cue { line: 0, start_seconds: 0.4, end_seconds: 1.25, speaker: None, text: "Chapter\n1".into() },
            Cue { line: 1, start_seconds: 3661.0, end_seconds: 3662.5, speaker: Some("Ada".into()), text: "Hi.".into() },
        ];
        assert_eq!(
            srt(&cues),
            "1\n00:00:00,400 --> 00:00:01,250\nChapter 1\n\n2\n01:01:01,000 --> 01:01:02,500\nAda: Hi.\n\n"
        );
    }
}
