//! Loudness mastering to EBU R128 / ITU-R BS.1770 integrated loudness with a peak ceiling,
//! measured with the `ebur128` crate; peaks that the gain would push past the ceiling go
//! through the look-ahead limiter. Mastering streams, so a track of any length needs only a
//! few chunks of memory.

use std::io;

use ebur128::{EbuR128, Mode};

use super::limit::Limiter;
use super::spill::Spill;

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

fn linear(db: f64) -> f32 {
    10f64.powf(db / 20.0) as f32
}

/// A streaming meter of integrated loudness and sample peak.
pub struct Meter {
    meter: EbuR128,
    peak: f32,
}

/// What a [`Meter`] read: the integrated loudness (`None` for silence) and the sample peak.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Level {
    pub lufs: Option<f64>,
    pub peak: f32,
}

impl Meter {
    pub fn new(rate: u32) -> io::Result<Meter> {
        Ok(Meter { meter: EbuR128::new(1, rate, Mode::I).map_err(io::Error::other)?, peak: 0.0 })
    }

    pub fn add(&mut self, samples: &[f32]) -> io::Result<()> {
        self.peak = samples.iter().fold(self.peak, |peak, s| peak.max(s.abs()));
        self.meter.add_frames_f32(samples).map_err(io::Error::other)
    }

    pub fn level(&self) -> Level {
        Level { lufs: self.meter.loudness_global().ok().filter(|l| l.is_finite()), peak: self.peak }
    }
}

/// The gain step that brings a signal at `level` to the target: its factor, and whether that
/// pushes peaks past the ceiling; `None` when the signal is there already (or silent).
fn step(level: Level, ceiling: f32) -> Option<(f32, bool)> {
    let factor = linear(TARGET_LUFS - level.lufs?);
    let there = (factor - 1.0).abs() < 0.005 && level.peak <= ceiling;
    (!there).then_some((factor, level.peak * factor > ceiling))
}

/// A gain step at work: the factor, then the limiter when the step needs it.
struct Stage {
    factor: f32,
    limiter: Option<Limiter>,
}

impl Stage {
    fn new((factor, limits): (f32, bool), rate: u32, ceiling: f32) -> Stage {
        Stage { factor, limiter: limits.then(|| Limiter::new(rate, ceiling)) }
    }

    /// Applies the step to `input`; at the `end` of the stream the limiter gives out what it
    /// still holds.
    fn apply(&mut self, input: &[f32], end: bool) -> Vec<f32> {
        let scaled: Vec<f32> = input.iter().map(|sample| sample * self.factor).collect();
        let Some(limiter) = self.limiter.as_mut() else { return scaled };
        let mut out = Vec::with_capacity(scaled.len());
        limiter.process(&scaled, &mut out);
        if end {
            limiter.finish(&mut out);
        }
        out
    }
}

/// Streams `audio` through `stages` to `out`, and measures what comes out.
fn run(audio: &mut Spill, stages: &mut [Stage], rate: u32, out: &mut dyn FnMut(&[f32]) -> io::Result<()>) -> io::Result<Level> {
    let mut meter = Meter::new(rate)?;
    let mut pass = |input: &[f32], end: bool| -> io::Result<()> {
        let mut samples = input.to_vec();
        for stage in stages.iter_mut() {
            samples = stage.apply(&samples, end);
        }
        meter.add(&samples)?;
        out(&samples)
    };
    audio.read(&mut |chunk| pass(chunk, false))?;
    pass(&[], true)?;
    Ok(meter.level())
}

/// Streams `audio` (whose level is `level`) to `out` at the target loudness with every peak under
/// the ceiling; silence stays silence. When the gain pushes peaks past the ceiling the limiter
/// takes them, and with them a little loudness, so a second, smaller step makes that up; the
/// first step then runs once beforehand, only to be measured. Returns the loudness of what went
/// to `out`.
pub fn master(audio: &mut Spill, level: Level, rate: u32, out: &mut dyn FnMut(&[f32]) -> io::Result<()>) -> io::Result<Option<f64>> {
    let ceiling = linear(SAMPLE_CEILING_DBFS);
    let Some(first) = step(level, ceiling) else { return Ok(run(audio, &mut [], rate, out)?.lufs) };
    let mut stages = vec![Stage::new(first, rate, ceiling)];
    if first.1 {
        let limited = run(audio, &mut [Stage::new(first, rate, ceiling)], rate, &mut |_| Ok(()))?;
        stages.extend(step(limited, ceiling).map(|second| Stage::new(second, rate, ceiling)));
    }
    Ok(run(audio, &mut stages, rate, out)?.lufs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(amplitude: f32) -> Vec<f32> {
        (0..44_100 * 3).map(|i| (i as f32 * 300.0 * std::f32::consts::TAU / 44_100.0).sin() * amplitude).collect()
    }

    /// `samples` mastered, as the mixer hands them over: spilled and measured.
    fn mastered(samples: &[f32]) -> Vec<f32> {
        let mut spill = Spill::new().unwrap();
        let mut meter = Meter::new(44_100).unwrap();
        for chunk in samples.chunks(10_000) {
            spill.push(chunk).unwrap();
            meter.add(chunk).unwrap();
        }
        let mut out = Vec::new();
        let lufs = master(&mut spill, meter.level(), 44_100, &mut |chunk| {
            out.extend_from_slice(chunk);
            Ok(())
        })
        .unwrap();
        assert_eq!(out.len(), samples.len());
        assert_eq!(lufs, measure(&out, 44_100).map(|m| m.lufs));
        out
    }

    #[test]
    fn mastering_reaches_the_target_and_twice_changes_nothing() {
        let once = mastered(&tone(0.05));
        let level = measure(&once, 44_100).unwrap();
        assert!((level.lufs - TARGET_LUFS).abs() < 0.1, "{level:?}");
        let twice = mastered(&once);
        let drift = twice.iter().zip(&once).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
        assert!(drift < 1e-3, "drift {drift}");
    }

    #[test]
    fn peaks_stay_under_the_ceiling() {
        // A loud click in quiet speech: reaching -18 LUFS would push the click past 0 dBFS.
        let mut samples = tone(0.01);
        samples[1000] = 0.9;
        let after = measure(&mastered(&samples), 44_100).unwrap();
        assert!(after.true_peak_dbtp <= CEILING_DBTP, "{after:?}");
        assert!((after.lufs - TARGET_LUFS).abs() < 0.5, "{after:?}");
    }

    #[test]
    fn silence_is_left_alone() {
        assert!(mastered(&vec![0.0; 44_100]).iter().all(|s| *s == 0.0));
    }
}
