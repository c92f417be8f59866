//! Clustering: which character a new name form joins (`Elizabeth` → `Elizabeth Bennet`, `Mr.
//! Darcy` → `Darcy`), keeping apart the people a surname or a title leaves ambiguous.

use std::collections::HashSet;

use super::candidates::{Candidate, unmarried};
use super::{Characters, form_title, name_parts};
use crate::script::english;
use crate::script::words::Word;

impl Characters {
    /// The cluster a new form joins: `Elizabeth` → `Elizabeth Bennet`, `Mr. Darcy` → `Darcy`,
    /// `Mr. Kronborg` ↔ `Peter Kronborg`, and a bare surname → its one male or unmarked bearer.
    pub(super) fn cluster_for(&self, source: &str, c: &Candidate, name_words: &[Word], misses: &HashSet<String>) -> Option<usize> {
        let tokens: Vec<String> = name_words.iter().map(|w| w.text(source).to_string()).collect();
        let title_female = c.title.flatten();
        let mut hits: Vec<usize> = Vec::new();
        for (id, character) in self.list.iter().enumerate() {
            // A gendered title with a surname (`Mrs. Bennet`) joins only a character known by that
            // surname alone, by titles of the same gender, or (a man's title only) by a first
            // name with that surname that is no woman's, on no one leaning female (`Mr.
            // Kronborg` → `Peter Kronborg`, `Mr. Quist` → `Hilary Quist`, Hilary being in both
            // lists), never `Elizabeth Bennet`: `Miss Bennet` may be any of the sisters.
            // Nor do the married and the unmarried (`Mrs. Hale` and `Miss Hale`, mother and
            // daughter), nor a woman and an unmarked title (`Dr. Hale` is no `Miss Hale`).
            let single = unmarried(source, c);
            let compatible = match title_female {
                Some(female) => character.forms.iter().all(|(f, _)| match form_title(f) {
                    Some(Some(g)) => g == female && unmarried_form(f) == single,
                    Some(None) => !female,
                    None => !f.contains(' ') || !female && f.split(' ').next().and_then(english::first_name_gender) != Some(true) && !character.leans_female(),
                }),
                None if c.title.is_some() => character.forms.iter().all(|(f, _)| form_title(f) != Some(Some(true))),
                None => true,
            };
            let contains = character.forms.iter().any(|(f, _)| {
                let parts = name_parts(f);
                tokens.iter().all(|t| parts.contains(&t.as_str()))
            });
            // `Miss Jemima` and `Miss Pinkerton` are two sisters, the younger called by her
            // first name and the elder by the surname: `Miss Pinkerton` does not join `Miss
            // Jemima Pinkerton` when the text also says `Miss Jemima`.
            let sister = unmarried(source, c) && tokens.len() == 1 && character.forms.iter().any(|(f, _)| {
                let parts = name_parts(f);
                parts.len() == 3 && parts[2] == tokens[0] && misses.contains(parts[1]) && english::is(english::UNMARRIED_TITLES, &parts[0].to_lowercase())
            });
            if compatible && contains && !sister && !hits.contains(&id) {
                hits.push(id);
            }
        }
        if hits.is_empty() && c.title.is_none() && tokens.len() >= 2 {
            return self.titled_bearer(&tokens);
        }
        if hits.len() > 1 && c.title.is_none() && tokens.len() == 1 {
            // A bare surname shared by a family (`Kronborg` beside `Mrs. Kronborg`) is the man
            // or the unmarked bearer, when only one is not a woman.
            let not_female: Vec<usize> = hits.iter().copied().filter(|&id| !self.list[id].leans_female()).collect();
            if not_female.len() == 1 {
                return Some(not_female[0]);
            }
        }
        // A title with a surname shared by several characters (`Mr. Bennet` among the Bennet
        // sisters) is a character of its own; so is any ambiguous first name.
        if hits.len() == 1 { Some(hits[0]) } else { None }
    }

    /// The one character known so far only by a man's or an unmarked title with the surname of
    /// `tokens` (`Mr. Kronborg`, `Dr. Archie`), which a first name and surname (`Peter
    /// Kronborg`) joins unless the first name is a woman's.
    fn titled_bearer(&self, tokens: &[String]) -> Option<usize> {
        if english::first_name_gender(&tokens[0]) == Some(true) {
            return None;
        }
        let hits: Vec<usize> = (0..self.list.len())
            .filter(|&id| {
                let forms = &self.list[id].forms;
                forms.iter().any(|(f, _)| form_title(f).is_some())
                    && forms.iter().all(|(f, _)| {
                        let parts = name_parts(f);
                        let known = if form_title(f).is_some() { &parts[1..] } else { &parts[..] };
                        form_title(f) != Some(Some(true)) && !known.is_empty() && known.iter().all(|p| tokens[1..].iter().any(|t| t == p))
                    })
            })
            .collect();
        if hits.len() == 1 { Some(hits[0]) } else { None }
    }
}

/// Whether a form opens with a title of the unmarried (`Miss Hale`, `Master Tom`).
fn unmarried_form(form: &str) -> bool {
    english::is(english::UNMARRIED_TITLES, &form.split([' ', '.']).next().unwrap_or("").to_lowercase())
}
