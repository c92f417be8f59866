//! The names a quotation itself says: whom it addresses (`Thanks, John.`, `Yes, aunt!`), the
//! name it opens with in answer (`Greyson,--office on second floor.`) and the name a speaker
//! gives itself (`I am Parson Tringham`).

use crate::script::characters::Characters;
use crate::script::english;
use crate::script::segment::Quote;
use crate::script::words::{Word, only_space, words};

/// Where a name of up to three capitalised words that starts at `ws[start]` ends: the words
/// part by a space, or by a title's period (`Mr. Hurst`, not `Hurst. Simon Hurst`).
fn name_end(source: &str, ws: &[Word], start: usize) -> usize {
    let joined = |a: Word, b: Word| {
        let gap = source[a.end..b.start].trim();
        gap.is_empty() || gap == "." && english::title(&a.lower(source)).is_some()
    };
    (start + 1..ws.len().min(start + 3)).find(|&e| !ws[e].capitalised(source) || !joined(ws[e - 1], ws[e])).unwrap_or(ws.len().min(start + 3))
}

/// Whom a quotation addresses by name (`Thanks, John.`, `It's all over, Mrs. Thingummy!`): a
/// known character, or a title with a surname, set off by commas or closing the sentence.
pub(super) fn vocative(source: &str, q: &Quote, chars: &Characters) -> Option<String> {
    let ws = words(source, q.start, q.end);
    for (k, w) in ws.iter().enumerate() {
        if !w.capitalised(source) || k > 0 && !source[ws[k - 1].end..w.start].contains(',') && !english::is(english::VOCATIVE_LEADS, &ws[k - 1].lower(source)) {
            continue;
        }
        let end = name_end(source, &ws, k);
        let after = if end < ws.len() { &source[ws[end - 1].end..ws[end].start] } else { &source[ws[end - 1].end..q.end] };
        if !after.trim_start().starts_with([',', '!', '?', '.']) && end < ws.len() {
            continue;
        }
        // `Well, I …`: a capitalised word that is no name
        let first = ws[k].lower(source);
        if english::is(english::NOT_NAMES, &first) && english::title(&first).is_none() {
            continue;
        }
        // `Pip, sir.`, `Pip. Pip, sir.`: a name given in answer, not someone addressed
        let rest = ws.iter().enumerate().filter(|&(j, w)| (j < k || j >= end) && w.text(source) != ws[k].text(source)).count();
        if rest <= 1 {
            return None;
        }
        let name = source[w.start..ws[end - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(id) = chars.lookup(&name).or_else(|| first_name_bearer(chars, &name)) {
            return Some(chars.list[id].name.clone());
        }
        let title = first.trim_end_matches('.');
        if end - k >= 2 && english::title(title).flatten().is_some() {
            return Some(name);
        }
    }
    None
}

/// The name a quotation opens with (`Greyson,--office on second floor.`): a known character or a
/// title with a surname, closed by punctuation.
pub(super) fn name_opening(source: &str, q: &Quote, chars: &Characters) -> Option<String> {
    let ws = words(source, q.start, q.end);
    let first = ws.first()?;
    if !only_space(source, q.start, first.start) || !first.capitalised(source) {
        return None;
    }
    let end = name_end(source, &ws, 0);
    let after = source[ws[end - 1].end..q.end].trim_start();
    if !(after.is_empty() || after.starts_with([',', '.', '!', ';', '-', '—'])) {
        return None;
    }
    let lower = first.lower(source);
    if english::is(english::NOT_NAMES, &lower) && english::title(&lower).is_none() {
        return None;
    }
    let name = source[first.start..ws[end - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(id) = chars.lookup(&name).or_else(|| surname_bearer(chars, &name)) {
        return Some(chars.list[id].name.clone());
    }
    (end >= 2 && english::title(lower.trim_end_matches('.')).flatten().is_some()).then_some(name)
}

/// The name a speaker gives itself (`I am Parson Tringham, the antiquary`, `My name is Kit.`):
/// after `I am`/`I'm`, a known character or a run of two or three capitalised words; after `my
/// name is`, any capitalised word. The run must close with punctuation (`I am Mr. Hale's clerk`
/// names nobody).
pub(super) fn self_named(source: &str, q: &Quote, chars: &Characters) -> Option<String> {
    let ws = words(source, q.start, q.end);
    for k in 0..ws.len() {
        let lead: Vec<String> = ws[k..].iter().take(3).map(|w| w.lower(source).replace('’', "'")).collect();
        let (skip, any_word) = match lead.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["my", "name", "is", ..] => (3, true),
            ["my", "name's", ..] => (2, true),
            ["i", "am", ..] => (2, false),
            ["i'm", ..] => (1, false),
            _ => continue,
        };
        let start = k + skip;
        if start >= ws.len() || !ws[start].capitalised(source) || !only_space(source, ws[start - 1].end, ws[start].start) {
            return None;
        }
        let end = name_end(source, &ws, start);
        let after = source[ws[end - 1].end..q.end].trim_start();
        let first = ws[start].lower(source);
        if !(after.is_empty() || after.starts_with([',', '.', '!', '?', ';', '-', '—'])) || english::is(english::NOT_NAMES, &first) && english::title(&first).is_none() {
            return None;
        }
        let name = source[ws[start].start..ws[end - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(id) = chars.lookup(&name) {
            return Some(chars.list[id].name.clone());
        }
        return (any_word || end - start >= 2).then_some(name);
    }
    None
}

/// Whom a quotation addresses by a bare title (`Look behind you, aunt!`, `Yes, Doctor.`): the
/// one character who carries it (`Aunt Polly`), the title set off by a comma before it and
/// punctuation or the end after it.
pub(super) fn title_vocative(source: &str, q: &Quote, chars: &Characters) -> Option<String> {
    let ws = words(source, q.start, q.end);
    for (k, w) in ws.iter().enumerate().skip(1) {
        let lower = w.lower(source);
        if english::title_forms(&lower).is_none() || !source[ws[k - 1].end..w.start].contains(',') {
            continue;
        }
        let after = if k + 1 < ws.len() { &source[w.end..ws[k + 1].start] } else { &source[w.end..q.end] };
        if !(k + 1 == ws.len() || after.trim_start().starts_with([',', '!', '?', '.'])) {
            continue;
        }
        return super::titled(chars, &lower).map(|id| chars.list[id].name.clone());
    }
    None
}

/// The one character whose titled name ends with `surname` (`Greyson` → Mr. Greyson).
fn surname_bearer(chars: &Characters, surname: &str) -> Option<usize> {
    let mut bearers = (0..chars.list.len()).filter(|&id| {
        chars.list[id].forms.iter().any(|(f, _)| {
            let title = f.split([' ', '.']).next().unwrap_or("").to_lowercase();
            f.contains(' ') && english::title(&title).is_some() && f.rsplit(' ').next() == Some(surname)
        })
    });
    let one = bearers.next()?;
    bearers.next().is_none().then_some(one)
}

/// The one character known by a full name opening with `first` (`Basil` → Basil Hallward),
/// when the text never names it by the first name alone.
fn first_name_bearer(chars: &Characters, first: &str) -> Option<usize> {
    if first.contains(' ') {
        return None;
    }
    let mut bearers = (0..chars.list.len()).filter(|&id| {
        chars.list[id].forms.iter().any(|(f, _)| f.split(' ').count() >= 2 && f.split(' ').next() == Some(first) && english::title(&first.to_lowercase()).is_none())
    });
    let one = bearers.next()?;
    bearers.next().is_none().then_some(one)
}
