//! Bringing each engine's native rate (8, 16, 22.05 or 24 kHz) to the output rate, and cutting
//! the silence engines put around an utterance.

use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler};

use crate::engine::SampleRate;

/// Samples quieter than this (-50 dBFS) count as silence when trimming.
const SILENCE: f32 = 0.003;
/// Kept on each side of the speech so that soft onsets and breaths are not clipped.
const MARGIN_MS: u32 = 20;

/// `samples` without the silence before the first and after the last audible sample.
pub fn trim_silence(samples: &[f32], rate: SampleRate) -> Vec<f32> {
    let margin = (rate.get() * MARGIN_MS / 1000) as usize;
    let Some(first) = samples.iter().position(|s| s.abs() > SILENCE) else { return Vec::new() };
    let last = samples.iter().rposition(|s| s.abs() > SILENCE).unwrap_or(first);
    samples[first.saturating_sub(margin)..(last + 1 + margin).min(samples.len())].to_vec()
}

/// Resamples mono `samples` from `from` to `to` with a band-limited FFT resampler.
pub fn resample(samples: &[f32], from: SampleRate, to: SampleRate) -> Vec<f32> {
    if from == to || samples.is_empty() {
        return samples.to_vec();
    }
    let mut resampler = Fft::<f32>::new(from.get() as usize, to.get() as usize, 1024, 1, FixedSync::Input)
        .expect("non-zero rates and one channel always make a resampler");
    let input = InterleavedSlice::new(samples, 1, samples.len()).expect("a mono slice fits its own length");
    resampler
        .process_all(&input, samples.len(), None)
        .expect("an in-memory clip always resamples")
        .take_data()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(hz: u32) -> SampleRate {
        SampleRate::new(hz).unwrap()
    }

    #[test]
    fn resampling_keeps_duration_and_pitch() {
        let from = rate(22_050);
        let tone: Vec<f32> = (0..22_050).map(|i| (i as f32 * 440.0 * std::f32::consts::TAU / 22_050.0).sin() * 0.5).collect();
        let out = resample(&tone, from, rate(44_100));
        assert!(out.len().abs_diff(44_100) < 50, "{} samples", out.len());
        // A 440 Hz tone crosses zero 880 times a second.
        let crossings = out.windows(2).filter(|w| w[0] < 0.0 && w[1] >= 0.0).count();
        assert!((435..=445).contains(&crossings), "{crossings} rising crossings");
    }

    #[test]
    fn trimming_keeps_the_speech_and_a_margin() {
        let r = rate(1000);
        let mut samples = vec![0.0; 100];
        samples.extend([0.5; 10]);
        samples.extend(vec![0.0; 100]);
        let trimmed = trim_silence(&samples, r);
        assert_eq!(trimmed.len(), 10 + 2 * 20);
        assert!(trim_silence(&[0.0; 50], r).is_empty());
    }
}
