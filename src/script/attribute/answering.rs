//! An answer under a new description: in a scene of two, `replied the old woman` answering the
//! last speaker is the other one of the two when she is of that gender, not a third person.

use super::State;
use crate::script::english;
use crate::script::tags::Tag;

impl State<'_> {
    /// `"Where is she from?" asked the doctor. // "From the village," replied the old woman.`
    /// with the nurse the doctor's only partner so far: the old woman is the nurse. `lower` is
    /// the description (lower case, `the` + a noun for anyone), `female` its gender, `not` the
    /// one the quote addresses.
    pub(super) fn other_party(&self, tag: &Tag, lower: &str, female: Option<bool>, not: Option<&str>) -> Option<String> {
        let head = english::description_head(lower);
        if !english::answers(&tag.phrase) || !lower.starts_with("the ") || !english::is(english::PLAIN_PERSON_NOUNS, &head) || female.is_none() {
            return None;
        }
        let n = self.turns.len();
        let (last, other) = (self.turns.get(n.checked_sub(1)?)?, self.turns.get(n.checked_sub(2)?)?);
        // two people alternating, the one answered being the other's partner
        let pair = self.turns[n.saturating_sub(4)..].iter().all(|t| t == last || t == other);
        let new = !self.turns[n.saturating_sub(4)..].iter().any(|t| english::description_head(t) == head);
        (last != other && pair && new && Some(other.as_str()) != not && self.gender(other) == female && self.gender(last) != female).then(|| other.clone())
    }

    /// `"May I dry them now?" she said. // "Leave the hat," said her visitor`: a relation of
    /// untold gender (`her visitor`, `his cousin`) is never the one `her` or `his` means, so when
    /// the last speaker, of the possessive's gender (`possessor_female`), can be that one, the
    /// answer is the last speaker's partner in a scene of two.
    pub(super) fn possessors_partner(&self, possessor_female: Option<bool>) -> Option<String> {
        let last = self.turns.last()?;
        let recent = &self.turns[self.turns.len().saturating_sub(4)..];
        let other = recent.iter().rev().find(|t| *t != last)?;
        let pair = recent.iter().all(|t| t == last || t == other);
        // (a group answering is no one's relation)
        let group = self.chars.lookup(other).is_none() && english::is_plural_person(&english::description_head(&other.to_lowercase()));
        (pair && !group && possessor_female.is_some() && self.gender(last) == possessor_female).then(|| other.clone())
    }
}

#[cfg(test)]
mod tests {
    use crate::script::sieves::speakers;

    fn last_speaker(text: &str) -> String {
        speakers(text).pop().unwrap()
    }

    #[test]
    fn an_answer_under_a_new_description_is_the_other_of_two() {
        let text = "The doctor washed his hands. The nurse sat by the bed.\n\n\
                    \"Is she asleep?\" asked the doctor.\n\n\
                    \"Yes, sir,\" said the nurse.\n\n\
                    \"Where did she come from?\" asked the doctor.\n\n\
                    \"From the village,\" replied the old woman.";
        assert_eq!(last_speaker(text), "the nurse");
        // the other of the two is a man: the old woman is someone else
        assert_eq!(last_speaker(&text.replace("nurse", "porter")), "the old woman");
    }

    #[test]
    fn a_possessive_relation_answering_its_possessor_is_her_partner() {
        let text = "Mrs. Pike lit the lamp in the parlour, and Nora, her maid, brought in the tray. The visitor sat by the fire.\n\n\
                    \"Will you take your tea now, sir?\" she asked.\n\n\
                    \"Presently,\" said the visitor.\n\n\
                    \"Then I shall hang up your coat,\" she said.\n\n\
                    \"Leave the coat,\" said her guest.";
        // `her` is Mrs. Pike, and her guest is the one she talks with, not her maid
        assert_eq!(last_speaker(text), "the visitor");
    }
}
