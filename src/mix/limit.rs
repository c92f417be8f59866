//! A look-ahead peak limiter: speech has sharp peaks (plosives, the engines' clicks) far above its
//! average level, so bringing it to broadcast loudness would clip them. The limiter turns the
//! gain down smoothly just before each peak that would pass the ceiling and lets it recover
//! over a release time, so nothing clips and nothing pumps.

use std::collections::VecDeque;

/// How far ahead the limiter sees a peak coming, and over how long it ramps the gain down.
const LOOKAHEAD_MS: u32 = 5;
/// How long the gain takes to recover (to 1/e of the way back) after a peak.
const RELEASE_MS: f32 = 80.0;

/// Limits a stream so that no sample exceeds `ceiling` (linear, 0–1). It holds back one
/// look-ahead of samples, so a book-length track streams through it in constant memory.
pub struct Limiter {
    ceiling: f32,
    window: usize,
    release: f32,
    /// Samples taken in but not yet given out (the look-ahead), from stream index `given`.
    pending: Vec<f32>,
    /// Stream indices of the pending samples above the ceiling, their needed gains increasing:
    /// a sliding minimum.
    ahead: VecDeque<(usize, f32)>,
    /// The last `window` held gains, for the moving average.
    recent: Vec<f32>,
    sum: f64,
    held: f32,
    slot: usize,
    /// Stream index of the next sample taken in, and of the next given out.
    taken: usize,
    given: usize,
}

impl Limiter {
    pub fn new(rate: u32, ceiling: f32) -> Limiter {
        let window = (rate * LOOKAHEAD_MS / 1000).max(1) as usize;
        Limiter {
            ceiling,
            window,
            release: (-1.0 / (RELEASE_MS / 1000.0 * rate as f32)).exp(),
            pending: Vec::new(),
            ahead: VecDeque::with_capacity(window + 1),
            recent: vec![0.0; window],
            sum: 0.0,
            held: 1.0,
            slot: 0,
            taken: 0,
            given: 0,
        }
    }

    /// Takes `input` in and appends to `out` every sample whose look-ahead is now complete.
    pub fn process(&mut self, input: &[f32], out: &mut Vec<f32>) {
        let before = self.given;
        self.pending.extend_from_slice(input);
        for &sample in input {
            // Samples under the ceiling need no gain (1.0) and never lower the minimum, so only
            // the few above it enter the queue.
            if sample.abs() > self.ceiling {
                let gain = self.ceiling / sample.abs();
                while self.ahead.back().is_some_and(|&(_, g)| g >= gain) {
                    self.ahead.pop_back();
                }
                self.ahead.push_back((self.taken, gain));
            }
            self.taken += 1;
            // A sample goes out as soon as its look-ahead is in, before the queue sees later ones.
            if self.taken >= self.window {
                out.push(self.give(before));
            }
        }
        self.pending.drain(..self.given - before);
    }

    /// Gives out the samples still held back, at the end of the stream.
    pub fn finish(&mut self, out: &mut Vec<f32>) {
        let before = self.given;
        while self.given < self.taken {
            out.push(self.give(before));
        }
        self.pending.clear();
    }

    /// The next sample out, limited; `pending` starts at stream index `base`.
    fn give(&mut self, base: usize) -> f32 {
        let i = self.given;
        while self.ahead.front().is_some_and(|&(j, _)| j < i) {
            self.ahead.pop_front();
        }
        let lowest = self.ahead.front().map_or(1.0, |&(_, g)| g);
        // Instant attack, exponential release; never above what the look-ahead asks for.
        self.held = if lowest < self.held { lowest } else { lowest + (self.held - lowest) * self.release };
        // A moving average over the look-ahead turns each step into a ramp; every value averaged
        // at a peak already includes that peak's need, so the peak still lands under the ceiling.
        self.sum += f64::from(self.held) - f64::from(self.recent[self.slot]);
        self.recent[self.slot] = self.held;
        self.slot = if self.slot + 1 == self.window { 0 } else { self.slot + 1 };
        let averaged = (self.sum / (i + 1).min(self.window) as f64) as f32;
        self.given += 1;
        self.pending[i - base] * averaged.min(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `samples` through a limiter in chunks of `chunk`.
    fn limited(samples: &[f32], rate: u32, ceiling: f32, chunk: usize) -> Vec<f32> {
        let mut limiter = Limiter::new(rate, ceiling);
        let mut out = Vec::new();
        for piece in samples.chunks(chunk) {
            limiter.process(piece, &mut out);
        }
        limiter.finish(&mut out);
        out
    }

    #[test]
    fn peaks_end_under_the_ceiling_and_quiet_parts_are_untouched() {
        let rate = 44_100;
        let mut before: Vec<f32> = (0..rate).map(|i| (i as f32 * 0.05).sin() * 0.2).collect();
        before[20_000] = 0.99;
        before[20_001] = -0.95;
        let samples = limited(&before, rate as u32, 0.5, 4096);
        assert_eq!(samples.len(), before.len());
        assert!(samples.iter().all(|s| s.abs() <= 0.5 + 1e-6));
        assert_eq!(&samples[..19_000], &before[..19_000]);
        assert!((samples[40_000] - before[40_000]).abs() < 1e-3, "the gain recovers after the release");
    }

    #[test]
    fn the_chunking_of_the_stream_does_not_change_the_output() {
        let samples: Vec<f32> = (0..30_000).map(|i| (i as f32 * 0.013).sin() * if i % 977 == 0 { 0.9 } else { 0.3 }).collect();
        let whole = limited(&samples, 44_100, 0.5, samples.len());
        assert_eq!(limited(&samples, 44_100, 0.5, 1), whole);
        assert_eq!(limited(&samples, 44_100, 0.5, 1000), whole);
    }

    #[test]
    fn a_signal_under_the_ceiling_is_unchanged() {
        assert_eq!(limited(&[0.3, -0.4, 0.2], 44_100, 0.5, 2), [0.3, -0.4, 0.2]);
    }
}
