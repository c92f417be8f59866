//! The unmastered track, on disk while it is being rendered: mastering needs the whole track's
//! loudness before it can set the gain, and a novel is many hours of audio (f32 at 44.1 kHz is
//! 635 MB an hour), so it waits in an unnamed temporary file (under `TMPDIR`), not in memory.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};

/// Samples handed on to a reader at a time: small enough that the buffers of each chunk stay
/// on the heap instead of being mapped and unmapped (page faults were a fifth of the time).
const CHUNK: usize = 1 << 13;

/// Mono f32 samples, appended and then read back in order.
pub struct Spill {
    file: BufWriter<File>,
    len: usize,
}

impl Spill {
    pub fn new() -> io::Result<Spill> {
        Ok(Spill { file: BufWriter::new(tempfile::tempfile()?), len: 0 })
    }

    pub fn push(&mut self, samples: &[f32]) -> io::Result<()> {
        let mut bytes = [0u8; CHUNK * 4];
        for chunk in samples.chunks(CHUNK) {
            for (to, sample) in bytes.chunks_exact_mut(4).zip(chunk) {
                to.copy_from_slice(&sample.to_le_bytes());
            }
            self.file.write_all(&bytes[..chunk.len() * 4])?;
        }
        self.len += samples.len();
        Ok(())
    }

    /// The number of samples pushed.
    pub fn sample_count(&self) -> usize {
        self.len
    }

    /// Hands every sample pushed so far to `each`, in chunks, from the start.
    pub fn read(&mut self, each: &mut dyn FnMut(&[f32]) -> io::Result<()>) -> io::Result<()> {
        self.file.flush()?;
        let file = self.file.get_mut();
        file.seek(SeekFrom::Start(0))?;
        let mut reader = BufReader::new(&*file);
        let mut bytes = vec![0u8; CHUNK * 4];
        let mut samples = Vec::with_capacity(CHUNK);
        let mut left = self.len;
        while left > 0 {
            let n = left.min(CHUNK);
            reader.read_exact(&mut bytes[..n * 4])?;
            samples.clear();
            samples.extend(bytes[..n * 4].chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])));
            each(&samples)?;
            left -= n;
        }
        file.seek(SeekFrom::End(0))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_come_back_in_order_and_whole() {
        let mut spill = Spill::new().unwrap();
        let samples: Vec<f32> = (0..CHUNK * 2 + 7).map(|i| i as f32 * 0.5 - 3.0).collect();
        spill.push(&samples[..10]).unwrap();
        spill.push(&samples[10..]).unwrap();
        let mut back = Vec::new();
        spill
            .read(&mut |chunk| {
                back.extend_from_slice(chunk);
                Ok(())
            })
            .unwrap();
        assert_eq!(spill.sample_count(), samples.len());
        assert_eq!(back, samples);
    }
}
