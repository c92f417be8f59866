//! A pronoun tag named by the next tag of its paragraph: `"Oh yes," he replied, "my friend. Do
//! you know him?" Strether wound up.` Takes the paragraph's resolved tags, returns nothing: it
//! rewrites the speaker of such a pronoun tag in place.

use super::{State, speech};
use crate::script::Speech;
use crate::script::english;
use crate::script::segment::Quote;
use crate::script::tags::{Subject, Tag};

impl State<'_> {
    /// A `he`/`she` tag whose speech the paragraph's next quote carries on under a name tag is
    /// that name's: with nothing but the tag between the two quotes, or with a verb of going on.
    pub(super) fn named_by_next_tag(&self, quotes: &[Quote], tags: &[Option<Tag>], vocatives: &[Option<String>], decided: &mut [Option<Speech>]) {
        for k in 0..quotes.len().saturating_sub(1) {
            let Some(Tag { subject: Subject::Pronoun(p), phrase, .. }) = &tags[k] else { continue };
            let female = match p.as_str() {
                "he" => false,
                "she" => true,
                _ => continue,
            };
            let j = k + 1;
            let Some(next) = tags[j].as_ref().filter(|t| matches!(t.subject, Subject::Name(_))) else { continue };
            let Some(name) = decided[j].as_ref().map(|s| s.speaker.clone()) else { continue };
            let (Some(close), Some(current)) = (quotes[k].close, decided[k].as_ref()) else { continue };
            if current.speaker == name || vocatives[k].as_deref() == Some(name.as_str()) || self.gender(&name) == Some(!female) {
                continue;
            }
            let between = &self.source[close..quotes[j].open];
            let going_on = next.phrase.split_whitespace().any(|w| english::is(english::GOING_ON_VERBS, &w.to_lowercase()));
            // `"A handsome maid," he said to Oak. "But vain," said Gabriel`: the one spoken to
            // between the two quotes (by any of its names) is not the first one's speaker.
            let ws: Vec<&str> = between.split_whitespace().collect();
            let named_between = ws.windows(2).any(|w| w[0] == "to" && w[1].starts_with(char::is_uppercase));
            if named_between || between.contains(['.', '!', '?', ';']) && !going_on {
                continue;
            }
            let conf = current.confidence;
            decided[k] = Some(speech(&name, conf, format!("tag: \"{phrase}\" (named by the next tag: \"{}\")", next.phrase)));
        }
    }
}
