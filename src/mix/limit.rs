//! A look-ahead peak limiter: speech has sharp peaks (plosives, the engines' clicks) far above its
//! average level, so bringing it to broadcast loudness would clip them. The limiter turns the
//! gain down smoothly just before each peak that would pass the ceiling and lets it recover
//! over a release time, so nothing clips and nothing pumps.

use std::collections::VecDeque;

/// How far ahead the limiter sees a peak coming, and over how long it ramps the gain down.
const LOOKAHEAD_MS: u32 = 5;
/// How long the gain takes to recover (to 1/e of the way back) after a peak.
const RELEASE_MS: f32 = 80.0;

/// Limits `samples` so that no sample exceeds `ceiling` (linear, 0–1). Works in one forward
/// pass with buffers the size of the look-ahead, so a book-length track needs no extra memory.
pub fn limit(samples: &mut [f32], rate: u32, ceiling: f32) {
    let window = (rate * LOOKAHEAD_MS / 1000).max(1) as usize;
    let need = |sample: f32| if sample.abs() > ceiling { ceiling / sample.abs() } else { 1.0 };
    let release = (-1.0 / (RELEASE_MS / 1000.0 * rate as f32)).exp();
    // Indices of the next `window` samples, their needed gains increasing: a sliding minimum.
    let mut ahead: VecDeque<(usize, f32)> = VecDeque::with_capacity(window + 1);
    // The last `window` held gains, for the moving average.
    let mut recent = vec![0.0f32; window];
    let mut sum = 0.0f64;
    let mut held = 1.0f32;
    let mut next = 0;
    let mut slot = 0;
    for i in 0..samples.len() {
        // Samples ahead of `i` are not yet scaled, so their needs are still exact.
        while next < samples.len() && next < i + window {
            // Samples under the ceiling need no gain (1.0) and never lower the minimum, so only
            // the few above it enter the queue.
            let gain = need(samples[next]);
            if gain < 1.0 {
                while ahead.back().is_some_and(|&(_, g)| g >= gain) {
                    ahead.pop_back();
                }
                ahead.push_back((next, gain));
            }
            next += 1;
        }
        while ahead.front().is_some_and(|&(j, _)| j < i) {
            ahead.pop_front();
        }
        let lowest = ahead.front().map_or(1.0, |&(_, g)| g);
        // Instant attack, exponential release; never above what the look-ahead asks for.
        held = if lowest < held { lowest } else { lowest + (held - lowest) * release };
        // A moving average over the look-ahead turns each step into a ramp; every value averaged
        // at a peak already includes that peak's need, so the peak still lands under the ceiling.
        sum += f64::from(held) - f64::from(recent[slot]);
        recent[slot] = held;
        slot = if slot + 1 == window { 0 } else { slot + 1 };
        let count = (i + 1).min(window) as f64;
        samples[i] *= ((sum / count) as f32).min(1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peaks_end_under_the_ceiling_and_quiet_parts_are_untouched() {
        let rate = 44_100;
        let mut samples: Vec<f32> = (0..rate).map(|i| (i as f32 * 0.05).sin() * 0.2).collect();
        samples[20_000] = 0.99;
        samples[20_001] = -0.95;
        let before = samples.clone();
        limit(&mut samples, rate as u32, 0.5);
        assert!(samples.iter().all(|s| s.abs() <= 0.5 + 1e-6));
        assert_eq!(&samples[..19_000], &before[..19_000]);
        assert!((samples[40_000] - before[40_000]).abs() < 1e-3, "the gain recovers after the release");
    }

    #[test]
    fn a_signal_under_the_ceiling_is_unchanged() {
        let mut samples = vec![0.3, -0.4, 0.2];
        limit(&mut samples, 44_100, 0.5);
        assert_eq!(samples, [0.3, -0.4, 0.2]);
    }
}
