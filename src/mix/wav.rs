//! The track as a 16-bit PCM WAV file (hound), written atomically.

use std::io::{self, Seek, Write};
use std::path::Path;

use crate::atomic;

/// The most samples a 16-bit mono WAV holds: its sizes are 32-bit (13.5 hours at 44.1 kHz).
pub const MAX_SAMPLES: usize = (u32::MAX as usize - 44) / 2;

/// The error for a track of `count` samples at `rate`, longer than a WAV holds.
pub fn too_long(count: usize, rate: u32) -> io::Error {
    let hours = |n: usize| n as f64 / f64::from(rate) / 3600.0;
    io::Error::other(format!(
        "the track lasts over {:.1} hours, longer than a WAV file holds ({:.1} hours); render the chapters one by one",
        hours(count),
        hours(MAX_SAMPLES)
    ))
}

fn io_error(err: hound::Error) -> io::Error {
    match err {
        hound::Error::IoError(err) => err,
        other => io::Error::other(other),
    }
}

fn encode(out: impl Write + Seek, rate: u32, fill: impl FnOnce(&mut dyn FnMut(&[f32]) -> io::Result<()>) -> io::Result<()>) -> io::Result<()> {
    let spec = hound::WavSpec { channels: 1, sample_rate: rate, bits_per_sample: 16, sample_format: hound::SampleFormat::Int };
    let mut writer = hound::WavWriter::new(out, spec).map_err(io_error)?;
    fill(&mut |samples| {
        // hound's 16-bit writer buffers what it is asked to write, so a long track goes in pieces.
        for chunk in samples.chunks(1 << 16) {
            let mut pcm = writer.get_i16_writer(chunk.len() as u32);
            for &sample in chunk {
                pcm.write_sample((sample.clamp(-1.0, 1.0) * f32::from(i16::MAX)).round() as i16);
            }
            pcm.flush().map_err(io_error)?;
        }
        Ok(())
    })?;
    writer.finalize().map_err(io_error)
}

/// Writes `count` samples at `rate`, which `fill` hands over in pieces, to `path` as 16-bit PCM
/// through a temporary file, so a failure leaves no partial WAV. A track too long for WAV is
/// refused before anything is written.
pub fn write(path: &Path, rate: u32, count: usize, fill: impl FnOnce(&mut dyn FnMut(&[f32]) -> io::Result<()>) -> io::Result<()>) -> io::Result<()> {
    if count > MAX_SAMPLES {
        return Err(too_long(count, rate));
    }
    atomic::write_with(path, |out| encode(out, rate, fill))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_wav_decodes_to_the_same_samples() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.wav");
        write(&path, 44_100, 4, |out| {
            out(&[0.0, 0.5])?;
            out(&[-0.5, 1.5])
        })
        .unwrap();
        let mut reader = hound::WavReader::open(&path).unwrap();
        assert_eq!(reader.spec().sample_rate, 44_100);
        let decoded: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
        assert_eq!(decoded, [0, 16384, -16384, i16::MAX]);
    }

    #[test]
    fn a_track_longer_than_wav_holds_is_refused_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.wav");
        let err = write(&path, 44_100, MAX_SAMPLES + 1, |_| panic!("nothing is encoded")).unwrap_err();
        assert!(err.to_string().contains("longer than a WAV file holds (13.5 hours)"), "{err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
