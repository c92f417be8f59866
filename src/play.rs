//! Stage 4: a WAV file (a render, or a track just mastered) to the default audio device,
//! through rodio.

use std::path::Path;

use thiserror::Error;

/// What can stop playback.
#[derive(Debug, Error)]
pub enum PlayError {
    #[error("no audio output device is available ({0}); write a file instead (`tableread render`, or `-o` for say and audition)")]
    NoDevice(String),
    #[error("cannot play {path}: {reason}")]
    Decode { path: String, reason: String },
    #[error("this tableread was built without the `playback` feature; write a file instead (`tableread render`, or `-o` for say and audition)")]
    NotBuilt,
}

#[cfg(feature = "playback")]
mod device {
    use std::ffi::c_int;
    use std::fs::File;
    use std::os::fd::AsRawFd;

    use rodio::{DeviceSinkBuilder, MixerDeviceSink};

    use super::PlayError;

    unsafe extern "C" {
        fn dup(fd: c_int) -> c_int;
        fn dup2(from: c_int, to: c_int) -> c_int;
        fn close(fd: c_int) -> c_int;
    }

    /// Opens the default output. alsa-lib prints a screenful of `ALSA lib …` diagnostics on
    /// stderr while it probes for a device that is not there; they are silenced for the probe
    /// so that a missing device is reported in our one sentence.
    pub fn open() -> Result<MixerDeviceSink, PlayError> {
        let null = File::options().write(true).open("/dev/null").ok();
        // SAFETY: plain descriptor juggling on fd 2; restored before returning.
        let saved = null.as_ref().map(|null| unsafe {
            let saved = dup(2);
            dup2(null.as_raw_fd(), 2);
            saved
        });
        let sink = DeviceSinkBuilder::open_default_sink();
        if let Some(saved) = saved.filter(|fd| *fd >= 0) {
            // SAFETY: `saved` is the duplicate of the original stderr made above.
            unsafe {
                dup2(saved, 2);
                close(saved);
            }
        }
        let mut sink = sink.map_err(|err| PlayError::NoDevice(err.to_string()))?;
        sink.log_on_drop(false);
        Ok(sink)
    }
}

/// Plays a WAV file and returns when it has been heard.
#[cfg(feature = "playback")]
pub fn play_file(path: &Path) -> Result<(), PlayError> {
    let decode = |reason: String| PlayError::Decode { path: path.display().to_string(), reason };
    let file = std::fs::File::open(path).map_err(|err| decode(err.to_string()))?;
    let source = rodio::Decoder::try_from(file).map_err(|err| decode(err.to_string()))?;
    let sink = device::open()?;
    let player = rodio::Player::connect_new(sink.mixer());
    player.append(source);
    player.sleep_until_end();
    Ok(())
}

/// Without the `playback` feature there is no device to play to.
#[cfg(not(feature = "playback"))]
pub fn play_file(_path: &Path) -> Result<(), PlayError> {
    Err(PlayError::NotBuilt)
}
