//! Pet names: the aliases clustering by shared words cannot see (`Lizzy` for `Elizabeth`,
//! `Harry` for `Lord Henry Wotton`). Takes the clusters [`Characters::find`] built, folds each
//! one known only by a pet name into the character with the formal name, and indexes the pet
//! names that tags and vocatives use for a character the narration calls formally.

use std::collections::{HashMap, HashSet};

use super::{Characters, form_title, name_parts};
use crate::script::english;

/// The first name a form carries: `Elizabeth` of `Elizabeth`, `Henry` of `Henry Wotton` and of
/// `Lord Henry Wotton`; `Mr. Bennet` carries none.
fn first_name(form: &str) -> Option<String> {
    let parts = name_parts(form);
    let titled = form_title(form).is_some();
    let parts = if titled { &parts[1..] } else { &parts[..] };
    (parts.len() >= 2 || !titled && parts.len() == 1).then(|| parts[0].to_lowercase())
}

/// The formal names a one-word form is a pet name for, unless the text also writes it in lower
/// case: then it is a common word (`Will you?`, `Pat it dry`) as often as a name.
fn formal_names(form: &str, vocab: &HashSet<String>) -> &'static [&'static str] {
    let lower = form.to_lowercase();
    if form.contains(' ') || vocab.contains(&lower) { &[] } else { english::formal_names(&lower) }
}

/// `short` (lower case) clips the first name `full` (`deb` of `deborah`, `sam` of `samuel`):
/// three or four letters (`Georgia.` is a place, no `Georgiana`), two or more short of the
/// full name (`Ann` and `Anna` are two names), which is one of the first-name lists (`Boh!`
/// clips no `Bohemian`).
fn clips(short: &str, full: &str) -> bool {
    let n = short.chars().count();
    (3..=4).contains(&n) && full.starts_with(short) && full.chars().count() >= n + 2 && english::first_name_gender(full).is_some()
}

impl Characters {
    /// The one character other than `not` with a first name that `fits`, whose gender is not the
    /// opposite of `female`.
    fn bearer(&self, fits: impl Fn(&str) -> bool, female: Option<bool>, not: usize) -> Option<usize> {
        let mut hits = (0..self.list.len()).filter(|&id| {
            id != not
                && (female.is_none() || self.list[id].lean() != female.map(|f| !f))
                && self.list[id].forms.iter().any(|(f, _)| first_name(f).is_some_and(|n| fits(&n)))
        });
        let one = hits.next()?;
        hits.next().is_none().then_some(one)
    }

    /// Pet names (lower case) that tags and vocatives may use for one character the narration
    /// calls by the formal name (`lizzy` → `Elizabeth`), when no form spells them.
    pub(super) fn pet_name_index(&self, vocab: &HashSet<String>) -> HashMap<String, usize> {
        let mut formal: HashMap<String, Vec<usize>> = HashMap::new();
        for (id, c) in self.list.iter().enumerate() {
            for n in c.forms.iter().filter_map(|(f, _)| first_name(f)) {
                let ids = formal.entry(n).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        let mut pets = HashMap::new();
        for &(pet, names) in english::PET_NAMES {
            if self.index.contains_key(pet) || vocab.contains(pet) {
                continue;
            }
            let gender = english::first_name_gender(pet);
            let mut ids: Vec<usize> = names.iter().filter_map(|n| formal.get(*n)).flatten().copied().filter(|&id| gender.is_none() || self.list[id].female != gender.map(|g| !g)).collect();
            ids.sort_unstable();
            ids.dedup();
            if let [id] = ids[..] {
                pets.insert(pet.to_string(), id);
            }
        }
        // A clipped first name no form spells (`Deb` for `Deborah`).
        let mut clipped: HashMap<String, Option<usize>> = HashMap::new();
        for (name, ids) in &formal {
            let cuts = name.char_indices().map(|(i, _)| &name[..i]);
            for short in cuts.filter(|short| clips(short, name)) {
                let hit = clipped.entry(short.to_string()).or_insert(Some(ids[0]));
                if ids.len() > 1 || *hit != Some(ids[0]) {
                    *hit = None;
                }
            }
        }
        for (short, id) in clipped {
            if let Some(id) = id
                && !self.index.contains_key(&short)
                && !vocab.contains(&short)
                && english::first_name_gender(&short).is_none_or(|f| self.list[id].female != Some(!f))
            {
                pets.entry(short).or_insert(id);
            }
        }
        pets
    }

    /// Folds each character the narration calls only by a pet name (`Lizzy`, or `Sister
    /// Carrie`, with words the text also writes in lower case) into the one other character with
    /// the formal name (`Elizabeth Bennet`) and no opposite gender; `assigned` (candidate →
    /// character) follows.
    pub(super) fn merge_pet_names(&mut self, assigned: &mut [Option<usize>], vocab: &HashSet<String>) {
        let mut into: Vec<usize> = (0..self.list.len()).collect();
        for (id, c) in self.list.iter().enumerate() {
            // `Sister Carrie` is still only `Carrie`: the other words are common ones.
            let mut names = c.forms.iter().map(|(f, _)| {
                let parts = name_parts(f);
                let mut own = parts.into_iter().filter(|p| !vocab.contains(&p.to_lowercase()));
                own.next().filter(|_| own.next().is_none())
            });
            let Some(Some(pet)) = names.next() else { continue };
            if !names.all(|n| n == Some(pet)) {
                continue;
            }
            let formal = formal_names(pet, vocab);
            let target = if !formal.is_empty() {
                self.bearer(|n| formal.contains(&n), c.lean(), id)
            } else if !pet.contains(' ') && !vocab.contains(&pet.to_lowercase()) {
                let short = pet.to_lowercase();
                self.bearer(|n| clips(&short, n), c.lean(), id)
            } else {
                None
            };
            if let Some(target) = target {
                into[id] = target;
            }
        }
        // A formal name is no pet name, so no target is folded itself; keep it so.
        for id in 0..into.len() {
            if into[into[id]] != into[id] {
                into[id] = id;
            }
        }
        if into.iter().enumerate().all(|(id, &t)| id == t) {
            return;
        }
        for (id, &target) in into.iter().enumerate() {
            if target != id {
                let forms = std::mem::take(&mut self.list[id].forms);
                let (votes, person) = (self.list[id].votes, self.list[id].person);
                let target = &mut self.list[target];
                target.forms.extend(forms);
                target.votes.0 += votes.0;
                target.votes.1 += votes.1;
                target.person += person;
            }
        }
        let mut kept = vec![0; into.len()];
        let mut n = 0;
        for id in 0..into.len() {
            if into[id] == id {
                kept[id] = n;
                n += 1;
            }
        }
        let renumber: Vec<usize> = into.iter().map(|&t| kept[t]).collect();
        let list = std::mem::take(&mut self.list);
        self.list = list.into_iter().enumerate().filter(|&(id, _)| into[id] == id).map(|(_, c)| c).collect();
        for id in self.index.values_mut() {
            *id = renumber[*id];
        }
        for id in assigned.iter_mut().flatten() {
            *id = renumber[*id];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::find;

    #[test]
    fn a_pet_name_joins_the_formal_one() {
        // the narration calls her both ways: one character
        let c = find("Elizabeth Quarle sat by the fire. At nine Lizzy went to bed, and Lizzy slept.");
        assert_eq!(c.lookup("Lizzy"), c.lookup("Elizabeth Quarle"));
        assert_eq!(c.list.len(), 1, "{:?}", c.list);
        // a common word beside the pet name changes nothing
        let c = find("Caroline Vetch came in, and her sister followed. Then Sister Carrie sat down. At noon Carrie slept.");
        assert_eq!(c.lookup("Sister Carrie"), c.lookup("Caroline Vetch"));
        assert_eq!(c.lookup("Carrie"), c.lookup("Caroline Vetch"));
        // a tag or a vocative may say the pet name the narration never writes
        let c = find("Thomas Ashby came in. Thomas sat down.");
        assert_eq!(c.lookup("Tom"), c.lookup("Thomas Ashby"));
        assert!(c.lookup("Tom").is_some());
    }

    #[test]
    fn a_clipped_first_name_joins_the_one_it_clips() {
        // the narration writes the short form too: one character
        let c = find("Rosalind Lowe came in. At nine Ros went to bed, and Ros slept.");
        assert_eq!(c.lookup("Ros"), c.lookup("Rosalind Lowe"));
        assert_eq!(c.list.len(), 1, "{:?}", c.list);
        // only a vocative says it
        let c = find("Deborah Quell sat by the fire. Deborah slept.");
        assert_eq!(c.lookup("Deb"), c.lookup("Deborah Quell"));
        assert!(c.lookup("Deb").is_some());
        // two names it may clip, or one letter short of the full name: no one
        let c = find("Rosalind Ashby came in. Rosamund Brede followed her.");
        assert_eq!(c.lookup("Ros"), None);
        let c = find("Anna Vetch came in. Anna sat down.");
        assert_eq!(c.lookup("Ann"), None);
    }

    #[test]
    fn a_pet_name_needs_one_bearer_and_no_common_word() {
        // two men called Thomas: `Tom` may be either
        let c = find("Thomas Ashby came in. Thomas Brede followed him. Tom laughed at them.");
        assert_ne!(c.lookup("Tom"), c.lookup("Thomas Ashby"));
        assert_ne!(c.lookup("Tom"), c.lookup("Thomas Brede"));
        // `will` is a word of this text, so `Will` names no William
        let c = find("William Ashby said he will come. Then Will sat down.");
        assert_ne!(c.lookup("Will"), c.lookup("William Ashby"));
    }
}
