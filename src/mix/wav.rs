//! The track as a 16-bit PCM WAV file (hound), written atomically.

use std::io::{self, Seek, Write};
use std::path::Path;

use crate::atomic;

fn encode(out: impl Write + Seek, samples: &[f32], rate: u32) -> hound::Result<()> {
    let spec = hound::WavSpec { channels: 1, sample_rate: rate, bits_per_sample: 16, sample_format: hound::SampleFormat::Int };
    let mut writer = hound::WavWriter::new(out, spec)?;
    // hound's 16-bit writer buffers what it is asked to write, so a long track goes in pieces.
    for chunk in samples.chunks(1 << 16) {
        let mut pcm = writer.get_i16_writer(chunk.len() as u32);
        for &sample in chunk {
            pcm.write_sample((sample.clamp(-1.0, 1.0) * f32::from(i16::MAX)).round() as i16);
        }
        pcm.flush()?;
    }
    writer.finalize()
}

/// Writes the track to `path` as 16-bit PCM through a temporary file, so a failure leaves no
/// partial WAV.
pub fn write(path: &Path, samples: &[f32], rate: u32) -> io::Result<()> {
    atomic::write_with(path, |out| {
        encode(out, samples, rate).map_err(|err| match err {
            hound::Error::IoError(err) => err,
            other => io::Error::other(other),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_wav_decodes_to_the_same_samples() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.wav");
        write(&path, &[0.0, 0.5, -0.5, 1.5], 44_100).unwrap();
        let mut reader = hound::WavReader::open(&path).unwrap();
        assert_eq!(reader.spec().sample_rate, 44_100);
        let decoded: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
        assert_eq!(decoded, [0, 16384, -16384, i16::MAX]);
    }
}
