//! Coreference from a description in a speech tag to a named character: a description that
//! holds a name (`the poet Syme`, `the voice of John Reed`), a title spelled out as a noun
//! (`the doctor` for Dr. Archie), and kinship through a possessive (`his wife` for Mr. Bennet's
//! wife, `her father` for Elizabeth Bennet's). Takes the cast ([`Characters`]) and, for a
//! possessive, who `his`/`her` may mean; returns a character index or nothing, so attribution
//! keeps its unnamed speaker (`the old man`) when the text does not tell. Roles by apposition
//! (`the painter`) are in `roles`, the renaming of unnamed speakers after attribution in
//! `renaming`, `narrated_names`, `first_called` and `in_paragraph`; the names a quotation says in
//! `quoted_names`.

use super::characters::Characters;
use super::english;
use super::segment::Quote;

mod first_called;
mod in_paragraph;
mod narrated_names;
mod quoted_names;
mod renaming;
mod roles;
mod voices;

pub use first_called::name_the_first_called;
pub use in_paragraph::name_from_paragraph;
pub use narrated_names::{name_from_narration, name_from_relative_clause};
pub use renaming::name_the_unnamed;
pub use roles::{appositions, role};
pub use voices::name_the_voices;

/// The known character a description ends with (`the poet Syme` → Syme, `the burly Moze`):
/// the longest run of capitalised words closing `words` (as written) that is a character's name.
/// `the Boston lawyer` names nobody: its name is not its head.
pub fn name_in(chars: &Characters, words: &[&str]) -> Option<usize> {
    let words: Vec<&str> = words.iter().map(|w| w.trim_end_matches(['.', ',', ';', ':', '!', '?'])).filter(|w| !w.is_empty()).collect();
    let run = words.iter().rev().take_while(|w| w.starts_with(char::is_uppercase)).count();
    (words.len() - run..words.len())
        .filter(|&start| {
            let first = words[start].to_lowercase();
            !english::is(english::DETERMINERS, &first) && (!english::is(english::NOT_NAMES, &first) || english::title(&first).is_some())
        })
        .find_map(|start| chars.lookup(&words[start..].join(" ")))
}

/// The known character whose voice a tag names (`cried the voice of John Reed`): the name right
/// after `of` in the tag's words.
pub fn voice_of(chars: &Characters, words: &[&str]) -> Option<usize> {
    let of = words.iter().position(|w| *w == "of")?;
    let name: Vec<&str> = words[of + 1..].iter().copied().take_while(|w| w.starts_with(char::is_uppercase)).collect();
    name_in(chars, &name)
}

/// The one character who carries the title a description spells out (`the doctor`, `the old
/// captain`, a bare `Captain` → Dr. Archie, Captain Hook). Only a definite description counts:
/// `a doctor` is someone new.
pub fn titled(chars: &Characters, description: &str) -> Option<usize> {
    match title_bearers(chars, description)[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// Every character who carries the title a definite description spells out (`the sergeant` →
/// Sergeant Bibot, Sergeant Grospierre).
pub fn title_bearers(chars: &Characters, description: &str) -> Vec<usize> {
    let lower = description.to_lowercase();
    let ws: Vec<&str> = lower.split_whitespace().collect();
    let noun = match ws[..] {
        [bare] => bare,
        ["the", .., noun] => noun,
        _ => return Vec::new(),
    };
    let Some(titles) = english::title_forms(noun) else { return Vec::new() };
    (0..chars.list.len())
        .filter(|&id| {
            chars.list[id].forms.iter().any(|(f, _)| {
                let first = f.split([' ', '.']).next().unwrap_or("").to_lowercase();
                f.contains(' ') && titles.contains(&first.as_str())
            })
        })
        .collect()
}

/// The female `his`/`her` (`Some(true)` for `her`) of a kinship description such as `his
/// wife`, and the gender of the relative, when the description is one.
pub fn kinship(description: &str) -> Option<(bool, bool)> {
    let lower = description.to_lowercase();
    let mut ws = lower.split_whitespace();
    let possessor_female = match ws.next()? {
        "his" => false,
        "her" => true,
        _ => return None,
    };
    let noun = ws.next_back()?;
    let female = english::kin_noun(noun)?;
    Some((possessor_female, female))
}

/// The relative a kinship description means (`his wife`, `her mother`): for the first of
/// `possessors` (most likely first) who has a surname, the one other character of the
/// relative's gender known by a married title with that surname (`Mrs. Bennet`). `female` is the
/// relative's gender.
pub fn relative(chars: &Characters, female: bool, possessors: &[usize]) -> Option<usize> {
    for &p in possessors {
        let Some(surname) = surname(chars, p) else { continue };
        let mut kin = (0..chars.list.len()).filter(|&id| {
            id != p
                && chars.list[id].female != Some(!female)
                && chars.list[id].forms.iter().any(|(f, _)| {
                    let mut parts = f.split([' ', '.']).filter(|w| !w.is_empty());
                    let title = parts.next().unwrap_or("").to_lowercase();
                    english::title(&title) == Some(Some(female))
                        && !english::is(english::UNMARRIED_TITLES, &title)
                        && parts.next_back().is_some_and(|last| last == surname)
                })
        });
        if let Some(one) = kin.next() {
            return kin.next().is_none().then_some(one);
        }
    }
    None
}

/// Whether `id` cannot be a spouse or parent of the first of `possessors` with a surname: no
/// form of it carries that surname, and it has a surname of its own (`Madame Lebrun` for
/// Mr. Pontellier's wife) or the possessor bears a married title (`Mrs. Quill`'s husband is
/// no `Oskar`).
pub fn another_family(chars: &Characters, id: usize, possessors: &[usize]) -> bool {
    let Some((p, theirs)) = possessors.iter().filter(|&&p| p != id).find_map(|&p| surname(chars, p).map(|s| (p, s))) else { return false };
    let carries = chars.list[id].forms.iter().any(|(f, _)| f.rsplit([' ', '.']).next() == Some(theirs));
    let married = chars.list[p].forms.iter().any(|(f, _)| married_title(f).is_some());
    !carries && (surname(chars, id).is_some() || married)
}

/// The gender of the married or gendered title that opens a form with a name after it (`Mrs.
/// Bennet` → female, `Mr. Bennet` → male; not `Miss Bennet`, nor `Dr. Bennet`).
fn married_title(form: &str) -> Option<bool> {
    let title = form.split([' ', '.']).next().unwrap_or("").to_lowercase();
    let gender = english::title(&title).flatten()?;
    (form.contains(' ') && !english::is(english::UNMARRIED_TITLES, &title)).then_some(gender)
}

/// The relative when no possessor's surname tells: the one character on stage (`on_stage`)
/// known by a married title of the relative's gender (`her mother` → the one `Mrs.` present).
pub fn married_on_stage(chars: &Characters, female: bool, on_stage: &[usize]) -> Option<usize> {
    let mut married = on_stage.iter().copied().filter(|&id| chars.list[id].forms.iter().any(|(f, _)| married_title(f) == Some(female)));
    let one = married.next()?;
    married.next().is_none().then_some(one)
}

/// The exchange of each spoken quotation (`spoken`: indices into `quotes`), numbered from 0: speech
/// paragraphs at most three apart are one exchange.
fn exchanges(quotes: &[Quote], spoken: &[usize]) -> Vec<usize> {
    let mut exchange = vec![0; spoken.len()];
    for k in 1..spoken.len() {
        exchange[k] = exchange[k - 1] + usize::from(quotes[spoken[k]].para > quotes[spoken[k - 1]].para + 3);
    }
    exchange
}

/// A description standing for a speaker (`the nurse`, `a tall soldier`, `her cousin`), not a
/// character, the narrator, a group or a voice.
fn is_unnamed(chars: &Characters, speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    let mut ws = lower.split_whitespace();
    let det = ws.next().unwrap_or("");
    let head = english::description_head(&lower);
    let head = head.as_str();
    chars.lookup(speaker).is_none()
        && (english::is(english::DESCRIPTION_DETERMINERS, det) || det == "your")
        && (english::is_person_noun(head) || english::is_agent_noun(head))
        && !english::is(english::GROUP_NOUNS, head)
}

/// The gender a description's words tell (`the old woman`, `the clergyman`), if any.
fn described_gender(description: &str) -> Option<bool> {
    english::description_core(description).to_lowercase().split_whitespace().filter_map(|w| english::gender_of_word(w).or_else(|| english::agent_gender(w))).next_back()
}

/// A description and a name that do not tell opposite genders.
fn same_gender(chars: &Characters, description: &str, name: &str) -> bool {
    let described = described_gender(description);
    let named = chars.lookup(name).and_then(|id| chars.list[id].female).or_else(|| {
        let title = name.split([' ', '.']).next().unwrap_or("").to_lowercase();
        english::title(&title).flatten()
    });
    match (described, named) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// A character's surname: the last word of its longest form of two words or more.
fn surname(chars: &Characters, id: usize) -> Option<&str> {
    let form = chars.list[id].forms.iter().map(|(f, _)| f.as_str()).filter(|f| f.contains(' ')).max_by_key(|f| f.split(' ').count())?;
    form.rsplit([' ', '.']).next().filter(|s| s.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::super::{Kind, Script, parse};

    pub(super) fn speaker_of<'a>(script: &'a Script, text: &str) -> &'a str {
        script
            .lines
            .iter()
            .find_map(|l| match &l.kind {
                Kind::Dialogue(s) if l.text.starts_with(text) => Some(s.speaker.as_str()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no dialogue line {text:?}"))
    }

    #[test]
    fn a_spelled_out_title_is_the_one_character_who_carries_it() {
        let text = "Dr. Quillan set down his bag. Nell watched him from the door.\n\n\
                    \"Where does it hurt?\" asked the doctor.\n\n\
                    \"Everywhere,\" said Nell.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Where does"), "Dr. Quillan");
        let text = "Colonel Brandt rode up with Nell.\n\n\"Halt there!\" shouted the old colonel.";
        assert_eq!(speaker_of(&parse(text, "t"), "Halt"), "Colonel Brandt");
        // two bearers of the title: nobody in particular
        let text = "Dr. Quillan and Dr. Marsh came in.\n\n\"Sit,\" said the doctor.";
        assert_eq!(speaker_of(&parse(text, "t"), "Sit"), "the doctor");
    }

    #[test]
    fn a_description_holding_a_name_is_that_character() {
        let text = "Tobias Venn waited by the gate with Ada.\n\n\
                    \"Late again,\" remarked the carpenter Tobias Venn.\n\n\
                    \"Not I,\" said Ada.\n\n\
                    \"Come here!\" cried the voice of Tobias Venn from the yard.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "Late again"), "Tobias Venn");
        assert_eq!(speaker_of(&script, "Come here"), "Tobias Venn");
    }

    #[test]
    fn kinship_finds_the_spouse_or_parent_by_surname() {
        let text = "Mr. Harrow sat by the window. Mrs. Harrow had news.\n\n\
                    \"My dear Mr. Harrow,\" said his lady, \"the mill is sold.\"\n\n\
                    Mr. Harrow turned a page.\n\n\
                    \"Is it?\" he said.\n\n\
                    \"You never listen,\" cried his wife.";
        let script = parse(text, "t");
        assert_eq!(speaker_of(&script, "My dear"), "Mrs. Harrow");
        assert_eq!(speaker_of(&script, "You never"), "Mrs. Harrow");
        let text = "Mr. Harrow and Mrs. Harrow sat with Jenny Harrow and Tom.\n\n\
                    \"May I go out?\" asked Jenny Harrow.\n\n\
                    \"No,\" said her father.";
        assert_eq!(speaker_of(&parse(text, "t"), "No"), "Mr. Harrow");
        // the one a quote addresses is not its speaker, even as the only woman on stage
        let text = "Nora sat at the piano.\n\n\"Is it late, Nora?\" her aunt asked.";
        assert_eq!(speaker_of(&parse(text, "t"), "Is it late"), "her aunt");
        // no surname known for the daughters: the one married woman on stage
        let text = "Kitty laughed and she ran in. Nell came after, and she sat down. Mrs. Harrow frowned.\n\n\
                    \"Hush, both of you!\" cried her mother.";
        assert_eq!(speaker_of(&parse(text, "t"), "Hush"), "Mrs. Harrow");
        // nobody with the surname: the description stays
        let text = "Jenny Ashby sat down.\n\n\"No,\" said her father.";
        assert_eq!(speaker_of(&parse(text, "t"), "No"), "her father");
    }

    #[test]
    fn a_bare_parent_is_the_one_married_character_of_that_gender_on_stage() {
        let text = "Kitty came in from the yard, and she stamped the mud off. Mrs. Harrow looked up from the stove.\n\n\
                    \"Can I go to the fair?\" asked Kitty.\n\n\
                    \"Not in those boots,\" replied the mother.";
        assert_eq!(speaker_of(&parse(text, "t"), "Not in those"), "Mrs. Harrow");
        // a lady is not a relative (with the sentence before naming nobody: `Mrs. Harrow looked
        // up. "Well?" said the lady.` is Mrs. Harrow)
        let text = "Kitty came in, and she sat. Mrs. Harrow looked up. The kettle sang.\n\n\"Well?\" said the lady.";
        assert_eq!(speaker_of(&parse(text, "t"), "Well"), "the lady");
    }

    #[test]
    fn a_described_speaker_on_stage_is_not_the_one_named_man() {
        let text = "Jed sat on the kerb with his brushes.\n\n\
                    \"A shine?\" asked a gentleman on his way.\n\n\
                    \"Five cents,\" said Jed.\n\n\
                    \"That is steep,\" said the gentleman, with a look at Jed's coat.";
        assert_eq!(speaker_of(&parse(text, "t"), "That is steep"), "a gentleman");
    }
}
