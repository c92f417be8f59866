//! How a voice sounds, as five numbers measured on one recording of [`SENTENCE`]: median pitch,
//! pitch spread, spectral centroid, spectral tilt and pace. Takes mono [`Audio`] at any rate and
//! returns [`Features`]; casting compares voices by the distance between their features
//! (see `docs/casting.md`). Pitch comes from the McLeod pitch method (`pitch-detection`), the
//! spectrum from `realfft`.

use pitch_detection::detector::PitchDetector;
use pitch_detection::detector::mcleod::McLeodDetector;
use realfft::RealFftPlanner;

use crate::engine::Audio;

/// The sentence every voice reads to be measured: ours, neutral, mostly voiced sounds (so the
/// pitch tracker has plenty to follow), with one comma pause.
pub const SENTENCE: &str =
    "On a quiet morning, the long road by the river was wet with rain, and nobody seemed to mind.";

/// Syllables in [`SENTENCE`], counted by hand, for the pace.
const SENTENCE_SYLLABLES: f64 = 24.0;

/// Pitch outside this range is a tracking error, not speech.
const F0_RANGE_HZ: (f64, f64) = (50.0, 500.0);
/// Frames whose level is this far below the loudest frames are pauses.
const SILENCE_DB: f64 = -30.0;
/// Spectral statistics use this band, which every engine covers (flite's `kal` runs at 8 kHz).
const BAND_HZ: (f64, f64) = (125.0, 4000.0);

/// A voice's acoustic features.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Features {
    /// Median fundamental frequency over voiced frames.
    pub f0_hz: f64,
    /// Interquartile range of the pitch, in semitones: low is monotone, high is lively.
    pub f0_spread_st: f64,
    /// Centre of mass of the long-term spectrum between 125 Hz and 4 kHz: bright or dark.
    pub centroid_hz: f64,
    /// Slope of the long-term spectrum over half-octave bands from 125 Hz to 4 kHz.
    pub tilt_db_per_octave: f64,
    /// Syllables per second of speech, pauses left out.
    pub pace_syllables_per_s: f64,
}

impl Features {
    /// Rounds every feature to the decimals the catalogue file keeps, through the same text,
    /// so that features read back from the file equal freshly measured ones bit for bit.
    pub fn rounded(self) -> Self {
        let round = |value: f64, decimals: usize| format!("{value:.decimals$}").parse().unwrap_or(value);
        Features {
            f0_hz: round(self.f0_hz, 1),
            f0_spread_st: round(self.f0_spread_st, 2),
            centroid_hz: round(self.centroid_hz, 0),
            tilt_db_per_octave: round(self.tilt_db_per_octave, 2),
            pace_syllables_per_s: round(self.pace_syllables_per_s, 2),
        }
    }

    /// The features on the scales distances are taken on: pitch in semitones above 100 Hz,
    /// centroid in octaves above 1 kHz (both as heard: ratios, not differences), the rest as is.
    pub fn scaled(&self) -> [f64; 5] {
        [
            12.0 * (self.f0_hz / 100.0).log2(),
            self.f0_spread_st,
            (self.centroid_hz / 1000.0).log2(),
            self.tilt_db_per_octave,
            self.pace_syllables_per_s,
        ]
    }
}

/// Analysis frames: 40 ms windows every 10 ms.
fn frames(audio: &Audio) -> (usize, usize) {
    let rate = audio.rate.get() as usize;
    (rate / 25, rate / 100)
}

/// Start offsets of the frames loud enough to be speech.
fn speech_frames(samples: &[f32], window: usize, hop: usize) -> Vec<usize> {
    if samples.len() < window {
        return Vec::new();
    }
    let starts: Vec<usize> = (0..=samples.len() - window).step_by(hop).collect();
    let energy: Vec<f64> = starts
        .iter()
        .map(|&s| samples[s..s + window].iter().map(|&x| f64::from(x) * f64::from(x)).sum::<f64>() / window as f64)
        .collect();
    // Relative to the 95th percentile rather than the maximum, so one click sets no threshold.
    let mut sorted = energy.clone();
    sorted.sort_by(f64::total_cmp);
    let loud = sorted[(sorted.len() - 1) * 95 / 100];
    let floor = loud * 10f64.powf(SILENCE_DB / 10.0);
    starts.into_iter().zip(energy).filter(|&(_, e)| e > floor && e > 0.0).map(|(s, _)| s).collect()
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    let position = q * (sorted.len() - 1) as f64;
    let (low, high) = (position.floor() as usize, position.ceil() as usize);
    sorted[low] + (sorted[high] - sorted[low]) * (position - low as f64)
}

/// The pitch of each voiced frame among `starts`, in Hz.
fn pitch_track(samples: &[f32], rate: usize, window: usize, starts: &[usize]) -> Vec<f64> {
    let mut detector = McLeodDetector::<f64>::new(window, window / 2);
    let mut frame = vec![0.0; window];
    let mut track = Vec::new();
    for &start in starts {
        let chunk = &samples[start..start + window];
        // Without its offset: the method looks for where the signal's self-similarity turns
        // negative, which a frame with a DC offset never does.
        let mean = chunk.iter().map(|&x| f64::from(x)).sum::<f64>() / window as f64;
        for (out, &x) in frame.iter_mut().zip(chunk) {
            *out = f64::from(x) - mean;
        }
        if let Some(pitch) = detector.get_pitch(&frame, rate, 0.0, 0.6)
            && (F0_RANGE_HZ.0..=F0_RANGE_HZ.1).contains(&pitch.frequency)
        {
            track.push(pitch.frequency);
        }
    }
    track
}

/// Median pitch of `audio` in Hz, or `None` when nothing in it is voiced.
pub fn median_f0(audio: &Audio) -> Option<f64> {
    let (window, hop) = frames(audio);
    let starts = speech_frames(&audio.samples, window, hop);
    let mut track = pitch_track(&audio.samples, audio.rate.get() as usize, window, &starts);
    track.sort_by(f64::total_cmp);
    (!track.is_empty()).then(|| quantile(&track, 0.5))
}

/// The long-term power spectrum of the frames at `starts` (Hann-windowed), one value per bin.
fn long_term_spectrum(samples: &[f32], window: usize, starts: &[usize]) -> Vec<f64> {
    let fft = RealFftPlanner::<f64>::new().plan_fft_forward(window);
    let hann: Vec<f64> =
        (0..window).map(|i| 0.5 - 0.5 * (2.0 * std::f64::consts::PI * i as f64 / window as f64).cos()).collect();
    let mut input = fft.make_input_vec();
    let mut output = fft.make_output_vec();
    let mut power = vec![0.0; output.len()];
    for &start in starts {
        for ((out, &x), w) in input.iter_mut().zip(&samples[start..start + window]).zip(&hann) {
            *out = f64::from(x) * w;
        }
        fft.process(&mut input, &mut output).expect("buffers come from the plan");
        for (p, bin) in power.iter_mut().zip(&output) {
            *p += bin.norm_sqr();
        }
    }
    power
}

/// Measures `audio`, a recording of [`SENTENCE`]; `None` when it holds no voiced speech.
pub fn measure(audio: &Audio) -> Option<Features> {
    let rate = audio.rate.get() as usize;
    let (window, hop) = frames(audio);
    let starts = speech_frames(&audio.samples, window, hop);
    let mut track = pitch_track(&audio.samples, rate, window, &starts);
    if track.len() < 10 {
        return None;
    }
    track.sort_by(f64::total_cmp);
    let f0_hz = quantile(&track, 0.5);
    let f0_spread_st = 12.0 * (quantile(&track, 0.75) / quantile(&track, 0.25)).log2();

    let power = long_term_spectrum(&audio.samples, window, &starts);
    let bin_hz = rate as f64 / window as f64;
    let in_band = |i: &usize| (BAND_HZ.0..=BAND_HZ.1).contains(&(*i as f64 * bin_hz));
    // The centroid weighs bins by magnitude, as usual: weighed by power, the strong low
    // harmonics would pull every voice down near its pitch.
    let total: f64 = (0..power.len()).filter(in_band).map(|i| power[i].sqrt()).sum();
    let centroid_hz = (0..power.len()).filter(in_band).map(|i| i as f64 * bin_hz * power[i].sqrt()).sum::<f64>() / total;
    // Half-octave bands 125–4000 Hz; the least-squares slope of their levels against octaves.
    let bands: Vec<(f64, f64)> = (0..10)
        .map(|k| {
            let (low, high) = (BAND_HZ.0 * 2f64.powf(k as f64 / 2.0), BAND_HZ.0 * 2f64.powf((k + 1) as f64 / 2.0));
            let energy: f64 = (0..power.len())
                .filter(|&i| (low..high).contains(&(i as f64 * bin_hz)))
                .map(|i| power[i])
                .sum();
            (k as f64 / 2.0, 10.0 * (energy.max(1e-20)).log10())
        })
        .collect();
    let n = bands.len() as f64;
    let (mean_x, mean_y) = (bands.iter().map(|b| b.0).sum::<f64>() / n, bands.iter().map(|b| b.1).sum::<f64>() / n);
    let tilt_db_per_octave = bands.iter().map(|(x, y)| (x - mean_x) * (y - mean_y)).sum::<f64>()
        / bands.iter().map(|(x, _)| (x - mean_x).powi(2)).sum::<f64>();

    let speech_s = (starts.len() * hop) as f64 / rate as f64;
    Some(
        Features { f0_hz, f0_spread_st, centroid_hz, tilt_db_per_octave, pace_syllables_per_s: SENTENCE_SYLLABLES / speech_s }
            .rounded(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engines;

    fn audio(samples: Vec<f32>, rate: u32) -> Audio {
        Audio { samples, rate: std::num::NonZeroU32::new(rate).unwrap() }
    }

    fn sine(f0: f64, rate: u32) -> Audio {
        let samples = (0..rate * 2).map(|i| (0.5 * (2.0 * std::f64::consts::PI * f0 * f64::from(i) / f64::from(rate)).sin()) as f32);
        audio(samples.collect(), rate)
    }

    /// A glottal-like pulse train: one short decaying pulse per period, rich in harmonics.
    fn pulses(f0: f64, rate: u32) -> Audio {
        let period = f64::from(rate) / f0;
        let samples = (0..rate * 2).map(|i| {
            let phase = f64::from(i) % period;
            (0.8 * (-phase / 8.0).exp()) as f32
        });
        audio(samples.collect(), rate)
    }

    #[test]
    fn finds_a_known_pitch_within_three_percent() {
        for f0 in [110.0, 220.0] {
            for (name, signal) in [("sine", sine(f0, 22_050)), ("pulses", pulses(f0, 16_000)), ("pulses", pulses(f0, 24_000))] {
                let found = median_f0(&signal).unwrap();
                assert!((found / f0 - 1.0).abs() < 0.03, "{name} at {f0} Hz: found {found:.1} Hz");
            }
        }
        assert_eq!(median_f0(&audio(vec![0.0; 22_050], 22_050)), None);
    }

    #[test]
    fn female_voices_measure_higher_than_male_ones() {
        let engines = Engines::detect();
        let measure_voice = |id: &str| measure(&engines.synthesize(id, SENTENCE, 1.0).unwrap()).unwrap();
        let (slt, rms) = (measure_voice("flite:slt"), measure_voice("flite:rms"));
        let (f3, m3) = (measure_voice("espeak:en-us+f3"), measure_voice("espeak:en-us+m3"));
        assert!(slt.f0_hz > rms.f0_hz * 1.3, "slt {slt:?} rms {rms:?}");
        assert!(f3.f0_hz > m3.f0_hz * 1.3, "f3 {f3:?} m3 {m3:?}");
        for features in [slt, rms, f3, m3] {
            assert!((2.0..8.0).contains(&features.pace_syllables_per_s), "{features:?}");
            assert!((300.0..3000.0).contains(&features.centroid_hz), "{features:?}");
        }
    }
}
