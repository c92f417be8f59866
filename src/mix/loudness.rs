//! Loudness mastering to EBU R128 / ITU-R BS.1770 integrated loudness with a peak ceiling,
//! measured with the `ebur128` crate; peaks that the gain would push past the ceiling go
//! through the look-ahead limiter.

use ebur128::{EbuR128, Mode};

use super::limit::limit;

/// The spoken-word target: -18 LUFS sits inside the audiobook range (ACX asks -23 to -18 dB RMS)
/// and near podcast levels (-16 to -19 LUFS).
pub const TARGET_LUFS: f64 = -18.0;
/// True-peak ceiling, with headroom for lossy encoding (EBU R128 recommends -1 dBTP).
pub const CEILING_DBTP: f64 = -1.0;
/// The limiter works on samples; half a dB below the true-peak ceiling covers the inter-sample
/// overshoot of speech at 44.1 kHz.
const SAMPLE_CEILING_DBFS: f64 = CEILING_DBTP - 0.5;

/// Integrated loudness and true peak of a mono signal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub lufs: f64,
    pub true_peak_dbtp: f64,
}

/// Measures `samples` at `rate`; `None` for silence (loudness is undefined).
pub fn measure(samples: &[f32], rate: u32) -> Option<Measure> {
    let mut meter = EbuR128::new(1, rate, Mode::I | Mode::TRUE_PEAK).ok()?;
    meter.add_frames_f32(samples).ok()?;
    let lufs = meter.loudness_global().ok().filter(|l| l.is_finite())?;
    let peak = meter.true_peak(0).ok()?;
    Some(Measure { lufs, true_peak_dbtp: 20.0 * peak.max(1e-10).log10() })
}

/// Integrated loudness alone: four times cheaper than [`measure`], which oversamples for the
/// true peak.
pub fn integrated(samples: &[f32], rate: u32) -> Option<f64> {
    let mut meter = EbuR128::new(1, rate, Mode::I).ok()?;
    meter.add_frames_f32(samples).ok()?;
    meter.loudness_global().ok().filter(|l| l.is_finite())
}

fn linear(db: f64) -> f32 {
    10f64.powf(db / 20.0) as f32
}

/// Brings `samples` to the target loudness with every peak under the ceiling; silence stays
/// silence. When the gain pushes peaks past the ceiling the limiter takes them, and with them
/// a little loudness, so a second, smaller pass makes that up.
pub fn normalize(samples: &mut [f32], rate: u32) {
    let ceiling = linear(SAMPLE_CEILING_DBFS);
    for _ in 0..2 {
        let Some(lufs) = integrated(samples, rate) else { return };
        let factor = linear(TARGET_LUFS - lufs);
        let peak = samples.iter().fold(0.0f32, |peak, s| peak.max(s.abs()));
        if (factor - 1.0).abs() < 0.005 && peak <= ceiling {
            return;
        }
        samples.iter_mut().for_each(|sample| *sample *= factor);
        if peak * factor <= ceiling {
            // Nothing to limit, so the loudness is now exactly the target.
            return;
        }
        limit(samples, rate, ceiling);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(amplitude: f32) -> Vec<f32> {
        (0..44_100 * 3).map(|i| (i as f32 * 300.0 * std::f32::consts::TAU / 44_100.0).sin() * amplitude).collect()
    }

    #[test]
    fn normalizing_reaches_the_target_and_twice_changes_nothing() {
        let mut samples = tone(0.05);
        normalize(&mut samples, 44_100);
        let once = measure(&samples, 44_100).unwrap();
        assert!((once.lufs - TARGET_LUFS).abs() < 0.1, "{once:?}");
        let copy = samples.clone();
        normalize(&mut samples, 44_100);
        let drift = samples.iter().zip(&copy).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
        assert!(drift < 1e-3, "drift {drift}");
    }

    #[test]
    fn peaks_stay_under_the_ceiling() {
        // A loud click in quiet speech: reaching -18 LUFS would push the click past 0 dBFS.
        let mut samples = tone(0.01);
        samples[1000] = 0.9;
        normalize(&mut samples, 44_100);
        let after = measure(&samples, 44_100).unwrap();
        assert!(after.true_peak_dbtp <= CEILING_DBTP, "{after:?}");
        assert!((after.lufs - TARGET_LUFS).abs() < 0.5, "{after:?}");
    }

    #[test]
    fn silence_is_left_alone() {
        let mut samples = vec![0.0; 44_100];
        normalize(&mut samples, 44_100);
        assert!(samples.iter().all(|s| *s == 0.0));
    }
}
