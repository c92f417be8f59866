//! The called-back pass: after the conversation pass, a turn given by turn-taking alone goes to
//! the one the next turn calls by name (`"Then the mill will stand idle." // "Nonsense, Oskar,
//! it never does."`: the one called back is the one who just spoke). It takes the
//! paragraphs, the quotations, whom each quotation calls, and the speeches, and rewrites the
//! weak turns in place.

use super::Speech;
use super::segment::{Para, ParaKind, Quote};

/// Confidence of a turn given to the one the next turn calls back (4 of 5 fires right on the
/// eval set).
const CALLED_BACK: f32 = 0.5;

/// Gives each paragraph whose speech was decided by turn-taking alone to the one the next
/// paragraph with speech calls by name in its first quotation, opening that paragraph, when that
/// one is neither that paragraph's speaker nor this turn's guess, nor called by this turn.
/// Turn-taking counts only the last two speakers, so in a scene of three it names the wrong
/// one; the name called back is the later, surer sign. `called` is, per quotation, whom it
/// addresses by name. Linear: each paragraph looks at the next one only.
pub fn called_back(paras: &[Para], quotes: &[Quote], called: &[Option<String>], result: &mut [Option<Speech>]) {
    // The quotations of each paragraph with speech, in reading order.
    let mut turns: Vec<std::ops::Range<usize>> = Vec::new();
    let mut q = 0;
    while q < quotes.len() {
        let start = q;
        while q < quotes.len() && quotes[q].para == quotes[start].para {
            q += 1;
        }
        if result[start..q].iter().any(Option::is_some) {
            turns.push(start..q);
        }
    }
    for pair in turns.windows(2) {
        let (this, next) = (&pair[0], &pair[1]);
        let (a, b) = (quotes[this.start].para, quotes[next.start].para);
        // Only within a conversation: at most one narration paragraph between, no heading.
        let quiet = (a + 1..b).filter(|&i| paras[i].kind == ParaKind::Body).count();
        if quiet >= 2 || (a + 1..b).any(|i| paras[i].kind == ParaKind::Heading) {
            continue;
        }
        let spoken: Vec<&Speech> = result[this.clone()].iter().flatten().collect();
        if spoken.is_empty() || spoken.iter().any(|s| s.evidence != "turn-taking") {
            continue;
        }
        let Some(answer) = result[next.start].as_ref().map(|s| s.speaker.clone()) else { continue };
        let Some(name) = called[next.start].clone() else { continue };
        // A line that calls someone is not theirs; and narration opening the next paragraph
        // (`Ruth turned to the stranger. "Do you know, Mr. Quist, …"`) may bring on someone new
        // to call.
        let calls_itself = called[this.clone()].iter().flatten().any(|c| *c == name);
        let opens = paras[b].start == quotes[next.start].open;
        if name == answer || name == spoken[0].speaker || calls_itself || !opens {
            continue;
        }
        for s in result[this.clone()].iter_mut().flatten() {
            *s = Speech { speaker: name.clone(), confidence: CALLED_BACK, evidence: format!("called back by the next line: {name}") };
        }
    }
}
