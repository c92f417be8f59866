//! Function words: the determiners, connectives, auxiliaries and prepositions that the patterns
//! of tags, descriptions and names are built from.

/// Articles (`a voice`, `the colts`).
pub const ARTICLES: &[&str] = &["a", "an", "the"];

/// Determiners that open a description of a person (`the painter`, `his friend`, `a clergyman`).
pub const DESCRIPTION_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "our", "my"];

/// Possessive determiners (`his friend`, `my mother`).
pub const POSSESSIVE_DETERMINERS: &[&str] = &["his", "her", "my", "our", "their"];

/// Determiners that open a description in a tag (`said the man`, `their voices`).
pub const TAG_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their"];

/// Words that cannot sit between a determiner and the noun it describes (`the man of…`).
pub const DESCRIPTION_BREAKS: &[&str] = &["of", "and", "or", "to", "in", "with", "was", "is", "had", "who", "that", "which", "as", "for", "at", "by", "on", "from"];

/// Besides [`DESCRIPTION_BREAKS`], words that show a phrase describes no person's role (`the
/// same`, `the other day`).
pub const NOT_ROLE_WORDS: &[&str] = &["but", "not", "same", "other", "one", "first", "last", "next", "way", "time", "day", "end"];

/// Words that end a description (`the man who…`, `a voice from…`), besides the prepositions that
/// open a phrase telling which one he is (`a boy near the front`).
pub const DESCRIPTION_ENDS: &[&str] = &[
    "who", "whom", "whose", "which", "that", "as", "to", "and", "but", "for", "into",
    "while", "when", "after", "before", "then", "again", "still", "now", "there", "here", "quickly", "slowly",
    "softly", "quietly", "loudly", "gently", "was", "had", "is", "has", "did", "not", "once", "too", "also",
    "very", "so",
];

/// Connectives that may open a tag clause before its subject (`Then Tom asked:`).
pub const CLAUSE_OPENERS: &[&str] = &["then", "and", "but", "so", "now", "presently", "suddenly", "finally", "afterwards", "here", "there", "again", "whereupon", "whereat", "as"];

/// Adverbs with no `-ly` that may stand between a tag's subject and its verb (`he then said`, `she
/// at once cried`).
pub const TAG_ADVERBS: &[&str] = &["then", "again", "now", "at", "once", "still", "too", "also", "back", "out", "up", "in"];

/// A subject that is someone new by that word alone (`said another`, `somebody exclaimed`).
pub const SOMEONE_NEW: &[&str] = &["another", "somebody", "someone"];

/// What may follow `one of` before the group's noun (`one of the men`, `one of them`).
pub const OF_GROUP_WORDS: &[&str] = &["the", "them", "us", "his", "her", "their"];

/// Words that may stand right before a name called out (`O Romeo`, `dear Jane`).
pub const VOCATIVE_LEADS: &[&str] = &["dear", "o", "oh"];

/// Forms of `hear` (`Mary heard her say`).
pub const HEARING_VERBS: &[&str] = &["heard", "hears", "hear"];

/// Forms of `be` that link a description to what it is (`the man who came in was`).
pub const COPULAS: &[&str] = &["was", "were", "is", "are"];

/// Words after a name that do not make it someone acting: a copula, an auxiliary of state, a
/// reflexive (`Death is`, `Seating himself`).
pub const NOT_ACTING_AFTER_NAME: &[&str] = &["was", "is", "had", "has", "himself", "herself"];

/// Prepositions of place that may stand before a place noun (`from behind the door`).
pub const PLACE_PREPOSITIONS: &[&str] = &["behind", "from", "across", "inside", "outside", "beyond", "under", "near"];

/// Number words that never make a heading alone (`The`, `Last`).
pub const NOT_HEADING_NUMBERS: &[&str] = &["the", "last"];

/// Capitalised words in the not-a-name list that are never a name even next to a verb of saying
/// (`What said`, `Thanks said`), unlike a rare name (`Irish remarked`).
pub const NEVER_NAMES: &[&str] = &[
    "what", "when", "where", "which", "there", "here", "then", "well", "this", "that", "these", "those", "they",
    "your", "their", "thank", "thanks", "please", "hello", "never", "perhaps", "indeed", "nothing", "something",
    "everything", "everybody", "nobody", "somebody", "someone", "anyone", "everyone", "none", "both", "each",
    "every", "such", "many", "much", "more", "most", "other", "another", "same", "because", "though",
    "although", "while", "until", "unless", "since", "whether", "however", "therefore", "presently", "suddenly",
    "finally", "afterwards", "instead", "again", "still", "only", "very", "just", "even", "once", "after",
    "before", "with", "from", "into", "upon",
];
