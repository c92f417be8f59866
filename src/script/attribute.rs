//! Names the speaker of every quote. (Placeholder being replaced by issue 4.)

/// Speaker used until attribution lands.
pub const UNKNOWN: &str = "someone";
