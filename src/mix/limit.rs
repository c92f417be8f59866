//! A look-ahead peak limiter: speech has sharp peaks (plosives, the engines' clicks) far above its
//! average level, so bringing it to broadcast loudness would clip them. The limiter turns the
//! gain down smoothly just before each peak that would pass the ceiling and lets it recover
//! over a release time, so nothing clips and nothing pumps.

use std::collections::VecDeque;

/// How far ahead the limiter sees a peak coming, and over how long it ramps the gain down.
const LOOKAHEAD_MS: u32 = 5;
/// How long the gain takes to recover (to 1/e of the way back) after a peak.
const RELEASE_MS: f32 = 80.0;

/// Limits `samples` so that no sample exceeds `ceiling` (linear, 0–1).
pub fn limit(samples: &mut [f32], rate: u32, ceiling: f32) {
    let window = (rate * LOOKAHEAD_MS / 1000).max(1) as usize;
    let need: Vec<f32> = samples.iter().map(|s| if s.abs() > ceiling { ceiling / s.abs() } else { 1.0 }).collect();
    // Smallest gain needed anywhere in the next `window` samples (a sliding minimum).
    let mut ahead = vec![1.0f32; need.len()];
    let mut queue: VecDeque<usize> = VecDeque::new();
    for i in (0..need.len()).rev() {
        while queue.back().is_some_and(|&j| need[j] >= need[i]) {
            queue.pop_back();
        }
        queue.push_back(i);
        while queue.front().is_some_and(|&j| j >= i + window) {
            queue.pop_front();
        }
        ahead[i] = need[queue[0]];
    }
    // Instant attack, exponential release; never above what the look-ahead asks for.
    let release = (-1.0 / (RELEASE_MS / 1000.0 * rate as f32)).exp();
    let mut held = 1.0f32;
    for gain in &mut ahead {
        held = if *gain < held { *gain } else { *gain + (held - *gain) * release };
        *gain = held;
    }
    // A moving average over the look-ahead turns each step into a ramp; every value averaged at
    // a peak already includes that peak's need, so the peak still lands under the ceiling.
    let mut sum = 0.0f64;
    for i in 0..samples.len() {
        sum += f64::from(ahead[i]);
        if i >= window {
            sum -= f64::from(ahead[i - window]);
        }
        let count = (i + 1).min(window) as f64;
        let smoothed = (sum / count) as f32;
        samples[i] *= smoothed.min(1.0);
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
