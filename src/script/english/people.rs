//! Words for people: titles, gendered words and pronouns, kin, and the nouns a description of
//! an unnamed speaker is made of.

use super::is;
use super::names::PLACE_NOUNS;
use super::speech::SPEECH_NOUNS;

/// Titles before a name, with the gender they tell (`None`: either).
pub const TITLES: &[(&str, Option<bool>)] = &[
    ("mr", Some(false)), ("mister", Some(false)), ("sir", Some(false)), ("lord", Some(false)),
    ("master", Some(false)), ("king", Some(false)), ("prince", Some(false)), ("duke", Some(false)),
    ("uncle", Some(false)), ("father", Some(false)), ("brother", Some(false)), ("count", Some(false)),
    ("baron", Some(false)), ("monsieur", Some(false)), ("herr", Some(false)), ("signor", Some(false)),
    ("mrs", Some(true)), ("miss", Some(true)), ("ms", Some(true)), ("lady", Some(true)), ("madam", Some(true)),
    ("madame", Some(true)), ("mme", Some(true)), ("mlle", Some(true)), ("dame", Some(true)), ("aunt", Some(true)),
    ("queen", Some(true)), ("princess", Some(true)), ("duchess", Some(true)), ("countess", Some(true)),
    ("sister", Some(true)), ("mother", Some(true)), ("mistress", Some(true)), ("frau", Some(true)),
    ("dr", None), ("doctor", None), ("captain", None), ("capt", None), ("colonel", None), ("col", None),
    ("major", None), ("general", None), ("lieutenant", None), ("lt", None), ("sergeant", None), ("sgt", None),
    ("professor", None), ("prof", None), ("rev", None), ("reverend", None), ("judge", None), ("st", None),
    ("saint", None), ("officer", None), ("inspector", None), ("detective", None), ("senator", None),
    ("governor", None), ("president", None), ("admiral", None), ("corporal", None), ("private", None),
    ("coach", None), ("nurse", None),
];

/// Titles written short with a full stop (`Mrs. Dace`): that stop ends no sentence.
pub const SHORT_TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "st", "capt", "col", "gen", "lt", "sgt", "cpl", "prof", "rev", "mme", "mlle", "messrs"];

/// Titles spelled out as nouns in a description (`said the doctor`), with the forms the title
/// takes before a name (`Dr. Archie`, `Doctor Archie`).
pub const TITLE_NOUNS: &[(&str, &[&str])] = &[
    ("doctor", &["dr", "doctor"]), ("captain", &["captain", "capt", "cap'n"]), ("colonel", &["colonel", "col"]),
    ("major", &["major"]), ("general", &["general", "gen"]), ("lieutenant", &["lieutenant", "lt"]),
    ("sergeant", &["sergeant", "sgt"]), ("corporal", &["corporal", "cpl"]), ("admiral", &["admiral"]),
    ("professor", &["professor", "prof"]), ("parson", &["parson"]), ("vicar", &["vicar"]), ("rector", &["rector"]),
    ("reverend", &["reverend", "rev"]), ("judge", &["judge"]), ("squire", &["squire"]), ("inspector", &["inspector"]),
    ("detective", &["detective"]), ("governor", &["governor"]), ("senator", &["senator"]), ("king", &["king"]),
    ("queen", &["queen"]), ("prince", &["prince"]), ("princess", &["princess"]), ("duke", &["duke"]),
    ("duchess", &["duchess"]), ("count", &["count"]), ("countess", &["countess"]), ("baron", &["baron"]),
    ("baroness", &["baroness"]), ("marquis", &["marquis"]), ("sheriff", &["sheriff"]), ("deacon", &["deacon"]),
    ("uncle", &["uncle"]), ("aunt", &["aunt"]), ("coach", &["coach"]), ("nurse", &["nurse"]),
];

/// Titles of kin (`Aunt Polly`): a relation more than a rank, so called out alone they need not
/// mean the one character who bears them.
pub const KIN_TITLES: &[&str] = &["aunt", "uncle"];

/// The forms of the title a noun spells out (`doctor` → `dr`, `doctor`).
pub fn title_forms(noun: &str) -> Option<&'static [&'static str]> {
    TITLE_NOUNS.iter().find(|(n, _)| *n == noun).map(|(_, forms)| *forms)
}

/// Kinship nouns a possessive makes a relative of someone named (`his wife`, `her father`),
/// with the relative's gender: a spouse or a parent, who shares the surname under a married title.
pub const KIN_NOUNS: &[(&str, bool)] = &[
    ("wife", true), ("lady", true), ("mother", true), ("mamma", true), ("mama", true), ("husband", false),
    ("father", false), ("papa", false),
];

/// What a family calls its own (`Gran`, `Pa`): some are first names in the lists too, but
/// called out, they are no name.
pub const FAMILY_CALLS: &[&str] = &[
    "gran", "granny", "grannie", "grandma", "grandmamma", "grandpa", "grandad", "granddad", "nan", "nana", "nanna",
    "ma", "pa", "mum", "mom", "mummy", "mommy", "mamma", "mama", "papa", "dad", "daddy", "auntie", "aunty",
];

/// The gender of a kinship noun's relative (`wife` → `true`).
pub fn kin_noun(noun: &str) -> Option<bool> {
    KIN_NOUNS.iter().find(|(n, _)| *n == noun).map(|(_, female)| *female)
}

/// Titles of the unmarried: not a spouse's or a parent's (`Miss Bennet` is a daughter).
pub const UNMARRIED_TITLES: &[&str] = &["miss", "ms", "mlle", "master"];

/// Female words: pronouns and nouns that make a mention or a description female.
pub const FEMALE_WORDS: &[&str] = &[
    "she", "her", "hers", "herself", "woman", "women", "girl", "girls", "lady", "ladies", "mother", "wife",
    "daughter", "sister", "aunt", "niece", "grandmother", "widow", "queen", "princess", "duchess", "maid",
    "mistress", "nurse", "madam", "mrs", "miss", "mamma", "mama", "mum", "mom", "landlady", "hostess",
    "actress", "waitress", "matron", "dame", "girlfriend", "bride", "heroine", "governess", "housekeeper",
];

/// Male words: pronouns and nouns that make a mention or a description male.
pub const MALE_WORDS: &[&str] = &[
    "he", "him", "his", "himself", "man", "men", "boy", "boys", "gentleman", "gentlemen", "father", "husband",
    "son", "brother", "uncle", "nephew", "grandfather", "widower", "king", "prince", "duke", "lord", "sir",
    "mr", "master", "papa", "dad", "landlord", "host", "actor", "waiter", "fellow", "lad", "priest", "monk",
    "boyfriend", "groom", "hero", "butler", "footman", "squire", "gentleman's", "stripling",
];

/// Subject pronouns a tag may use, and the gender each tells (`None`: not told).
pub const SUBJECT_PRONOUNS: &[(&str, Option<bool>)] =
    &[("she", Some(true)), ("he", Some(false)), ("i", None), ("they", None), ("we", None)];

/// Personal pronouns: they end a description (`a voice in her ear`), never head one.
pub const PERSONAL_PRONOUNS: &[&str] = &["she", "he", "hers", "i", "we", "they", "one"];

/// Determiners and possessives that open a description of an unnamed speaker (`the driver`,
/// `a voice`, `his mother`).
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "my", "our", "their", "your", "its", "one", "another", "some", "that",
    "this", "these", "those", "every", "each", "somebody", "someone",
];

/// Nouns for a group of people who may speak as one (`the casting panel`, `the crowd`).
pub const GROUP_NOUNS: &[&str] = &[
    "panel", "committee", "jury", "judges", "crowd", "board", "team", "council", "audience", "class",
    "chorus", "twins", "children", "men", "women", "girls", "boys", "others", "soldiers", "crew", "players",
    "inhabitants", "people", "family", "guests", "company",
];

/// The gender a title tells, when `word` (lower case, no period) is a title.
pub fn title(word: &str) -> Option<Option<bool>> {
    TITLES.iter().find(|(t, _)| *t == word).map(|(_, g)| *g)
}

/// `Some(true)` for a female word, `Some(false)` for a male one.
pub fn gender_of_word(word: &str) -> Option<bool> {
    // `sister-in-law` is a sister
    if let Some(kin) = word.strip_suffix("-in-law") {
        return gender_of_word(kin);
    }
    if FEMALE_WORDS.contains(&word) {
        Some(true)
    } else if MALE_WORDS.contains(&word) {
        Some(false)
    } else {
        None
    }
}

/// Nouns for a person who may speak unnamed (`the driver`, `the old man`), with the gender each
/// tells; gendered ones come from [`FEMALE_WORDS`] and [`MALE_WORDS`].
pub const PERSON_NOUNS: &[&str] = &[
    "stranger", "driver", "doctor", "surgeon", "captain", "officer", "soldier", "sergeant", "corporal",
    "guide", "postman", "porter", "clerk", "servant", "child", "youngster", "visitor", "guest", "traveller",
    "traveler", "farmer", "sailor", "seaman", "stranger", "speaker", "child", "nurse", "innkeeper",
    "landlord", "landlady", "keeper", "gatekeeper", "waggoner", "auctioneer", "undertaker", "parson",
    "vicar", "judge", "lawyer", "merchant", "shopkeeper", "boatman", "coachman", "policeman", "constable",
    "physician", "priest", "master", "mistress", "companion", "comrade", "friend", "figure", "creature",
];

/// A compound whose last part is one of [`PERSON_NOUNS`] (`stationmaster`, `housekeeper`,
/// `cab-driver`, `fellow-traveller`).
pub fn is_compound_person_noun(word: &str) -> bool {
    PERSON_NOUNS.iter().any(|p| p.len() >= 5 && word.len() >= p.len() + 3 && word.ends_with(p))
}

/// Words opening a relative clause that belongs to a described speaker (`said the man who had
/// come in`): the annotators' and the reader's name for him runs to the clause's end.
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "whose"];

/// A plural person noun (`ladies`, `men`, `children`): a group, never one named character.
pub fn is_plural_person(noun: &str) -> bool {
    is(&["men", "women", "children", "people", "folk", "folks"], noun) || noun.ends_with('s') && !noun.ends_with("ss")
}

/// Plural nouns a line calls its hearers by (`Hush, girls!`, `my dears`): a line calling a group
/// is not spoken by one of it.
pub const GROUP_VOCATIVES: &[&str] = &[
    "girls", "boys", "children", "gentlemen", "ladies", "lads", "lasses", "dears", "friends", "fellows",
    "men", "women", "sisters", "brothers", "darlings", "chaps",
];

/// Nouns for someone new, whom `this`/`that` cannot point back to (`drawled this newcomer`).
pub const NEWCOMER_NOUNS: &[&str] = &["stranger", "newcomer", "new-comer"];

/// Words after an indefinite subject that make it anyone at all, not someone arriving (`A woman
/// should`, `A man is known by`).
pub const GENERIC_AFTER: &[&str] = &[
    "should", "must", "can", "cannot", "may", "might", "will", "would", "shall", "ought", "never", "always",
    "is", "has", "does", "needs",
];

/// Prepositions that, after a newcomer (`a man`), open a phrase telling which one he is (`a man
/// in the crowd`, `an old lady with a basket`).
pub const DESCRIBING_PREPOSITIONS: &[&str] = &["in", "at", "with", "from", "near", "behind", "by", "on"];

/// A description cut at its relative clause or describing phrase (`the man who had come in`,
/// `a man in the crowd` → `the man`, `a man`): the part
/// that carries its head noun, gender and adjectives.
pub fn description_core(description: &str) -> &str {
    let mut at = 0;
    for (i, w) in description.split(' ').enumerate() {
        if i > 1 && (is(RELATIVE_PRONOUNS, &w.to_lowercase()) || is(DESCRIBING_PREPOSITIONS, &w.to_lowercase())) {
            return description[..at].trim_end();
        }
        at += w.len() + 1;
    }
    description
}

/// The head noun of a description (`man` for `the old man who had come in`), lower case.
pub fn description_head(description: &str) -> String {
    let core = description_core(description);
    core.rsplit(' ').next().unwrap_or(core).to_lowercase()
}

/// Nouns for a relation between people, of either gender (`her cousin`, `his companion`).
pub const RELATION_NOUNS: &[&str] = &[
    "cousin", "partner", "neighbour", "neighbor", "interlocutor", "step-son", "stepson", "step-daughter",
    "stepdaughter", "step-child", "relative", "relation", "parent", "sibling", "spouse", "colleague",
    "classmate", "playmate", "schoolfellow", "friend", "companion", "comrade", "guest", "visitor", "acquaintance",
];

/// Nouns for anyone that tell nothing but age and sex (no kin, no role): with one named character
/// of that sex on stage, `the lad` in the narration is most likely that character.
pub const PLAIN_PERSON_NOUNS: &[&str] = &["man", "woman", "boy", "girl", "lad", "lass", "lady", "gentleman", "fellow", "youth", "child"];

/// Nouns for anyone, or for a relation to someone: an apposition with them (`the boy, Jim`,
/// `his son, Ogden`) is no role the noun alone later names (`said the boy` may be another boy).
pub const GENERIC_PERSON_NOUNS: &[&str] = &[
    "man", "woman", "men", "women", "boy", "girl", "lady", "gentleman", "child", "fellow", "lad", "lass",
    "person", "youth", "creature", "figure", "stranger", "mother", "father", "son", "daughter", "sister",
    "brother", "wife", "husband", "uncle", "aunt", "niece", "nephew", "grandmother", "grandfather", "widow",
    "widower", "baby", "infant", "mamma", "mama", "papa", "daughter-in-law", "son-in-law", "sister-in-law",
    "brother-in-law", "mother-in-law", "father-in-law", "twin", "heir", "heiress",
];

/// A noun that may name a role (`painter`, `clergyman`, `housekeeper`): not one for anyone or a
/// relation ([`GENERIC_PERSON_NOUNS`], [`RELATION_NOUNS`]), nor an abstract noun (`-ment`,
/// `-tion`, `-ness`, `-ity`).
pub fn is_role_noun(word: &str) -> bool {
    !is(GENERIC_PERSON_NOUNS, word)
        && !is(RELATION_NOUNS, word)
        && !["ment", "tion", "sion", "ness", "ity"].iter().any(|s| word.ends_with(s))
}

/// Endings of nouns for one who does something (`painter`, `visitor`, `artist`, `clergyman`).
pub const AGENT_SUFFIXES: &[&str] = &["er", "or", "ist", "man", "ess", "ant"];

/// A noun for one who does something, by its ending ([`AGENT_SUFFIXES`]), that is no place
/// or spoken thing (`corner`, `answer`).
pub fn is_agent_noun(word: &str) -> bool {
    word.len() > 4
        && AGENT_SUFFIXES.iter().any(|s| word.ends_with(s))
        && !is(PLACE_NOUNS, word)
        && !is(SPEECH_NOUNS, word)
        && !is(GROUP_NOUNS, word)
}

/// The gender a compound in `-man`/`-woman` tells (`clergyman`, `chairwoman`).
pub fn agent_gender(word: &str) -> Option<bool> {
    if word.ends_with("woman") {
        Some(true)
    } else if word.ends_with("man") && word.len() > 4 {
        Some(false)
    } else {
        None
    }
}

/// A noun for a person: [`PERSON_NOUNS`], [`RELATION_NOUNS`] or a gendered word.
pub fn is_person_noun(word: &str) -> bool {
    is(PERSON_NOUNS, word) || is(RELATION_NOUNS, word) || gender_of_word(word).is_some()
}

/// Epithets the narration may always put before a name (`old Cotter`), making them part of it.
pub const EPITHETS: &[&str] = &["old", "young", "little", "big", "poor", "dear"];

/// Every pronoun and title among the gendered words: not descriptions of a person.
pub const SUBJECT_PRONOUNS_ALL: &[&str] = &[
    "she", "her", "hers", "herself", "he", "him", "his", "himself", "mrs", "miss", "mr", "sir", "madam", "lord", "lady",
    "master", "mistress",
];
