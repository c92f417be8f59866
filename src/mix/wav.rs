//! The track as a 16-bit PCM WAV file (hound), written atomically.

use std::io::Cursor;
use std::path::Path;

use crate::atomic;

/// 16-bit PCM bytes of a mono track: what `write` puts in the file.
pub fn encode(samples: &[f32], rate: u32) -> Vec<u8> {
    let spec = hound::WavSpec { channels: 1, sample_rate: rate, bits_per_sample: 16, sample_format: hound::SampleFormat::Int };
    let mut bytes = Cursor::new(Vec::with_capacity(44 + samples.len() * 2));
    {
        let mut writer = hound::WavWriter::new(&mut bytes, spec).expect("writing to memory cannot fail");
        for &sample in samples {
            let value = (sample.clamp(-1.0, 1.0) * f32::from(i16::MAX)).round() as i16;
            writer.write_sample(value).expect("writing to memory cannot fail");
        }
        writer.finalize().expect("writing to memory cannot fail");
    }
    bytes.into_inner()
}

/// Writes the track to `path` through a temporary file, so a failure leaves no partial WAV.
pub fn write(path: &Path, samples: &[f32], rate: u32) -> std::io::Result<()> {
    atomic::write(path, &encode(samples, rate))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_wav_decodes_to_the_same_samples() {
        let samples = [0.0, 0.5, -0.5, 1.5];
        let bytes = encode(&samples, 44_100);
        let mut reader = hound::WavReader::new(Cursor::new(bytes)).unwrap();
        assert_eq!(reader.spec().sample_rate, 44_100);
        let decoded: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
        assert_eq!(decoded, [0, 16384, -16384, i16::MAX]);
    }
}
