//! English: every word list the script stage knows (speech verbs, titles, pronouns, heading
//! words, front-matter markers, words that look like names but are not). Another language adds a
//! sibling module with the same items; nothing else in the stage names an English word.

/// Verbs that introduce speech in a tag (`said Anne`, `she called`), in every form we match.
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "asked", "asks", "ask", "replied", "replies", "reply", "answered", "answers",
    "cried", "cries", "called", "calls", "shouted", "shouts", "whispered", "whispers", "muttered", "mutters",
    "murmured", "murmurs", "exclaimed", "exclaims", "added", "adds", "continued", "continues", "returned",
    "returns", "remarked", "remarks", "observed", "observes", "rejoined", "retorted", "responded", "inquired",
    "enquired", "demanded", "declared", "repeated", "began", "went on", "explained", "insisted", "protested",
    "suggested", "admitted", "agreed", "interrupted", "interposed", "pursued", "persisted", "urged",
    "pleaded", "begged", "groaned", "sighed", "laughed", "chuckled", "smiled", "grinned", "sobbed",
    "screamed", "yelled", "roared", "bellowed", "growled", "snapped", "snarled", "hissed", "sneered",
    "stammered", "stuttered", "faltered", "gasped", "panted", "breathed", "blurted", "drawled", "croaked",
    "squeaked", "wailed", "moaned", "howled", "thundered", "grumbled", "complained", "announced",
    "commanded", "ordered", "warned", "concluded", "resumed", "assented", "acknowledged", "conceded",
    "confessed", "corrected", "echoed", "mused", "reflected", "ventured", "volunteered", "told", "tells",
    "thought", "thinks", "wondered", "called out", "cried out", "sang", "sings", "hollered", "piped",
    "chimed", "lisped", "purred", "spoke", "speaks", "went", "broke in", "put in", "struck in", "nodded",
    "shrugged", "frowned", "teased", "joked", "mocked", "scoffed", "snorted", "jeered", "greeted",
    "called back", "answered back", "sniffed", "reasoned", "argued", "objected", "promised", "swore",
    "vowed", "prompted", "queried", "questioned", "challenged", "hazarded", "suggested", "interjected",
    "observed", "recalled", "reminded", "assured", "informed", "cautioned", "advised", "counselled",
    "counseled", "cooed", "crowed", "shrieked", "squealed", "exploded", "mumbled", "ejaculated", "wound up",
    "summed up", "stated", "asserted", "lamented",
];

/// Verbs of saying that always take the one spoken to as their object (`she told Amory`): the
/// name right after one is the listener, never a subject put after its verb (`said Anne`).
pub const OBJECT_SPEECH_VERBS: &[&str] = &["told", "tells", "informed", "reminded", "assured"];

/// Words of an adverbial phrase that may open a clause before its subject (`Pretty soon Jim
/// says:`, `All at once Nell cried:`, `By and by Tom asked,`).
pub const ADVERBIAL_OPENERS: &[&str] = &[
    "pretty", "soon", "very", "just", "then", "all", "at", "once", "by", "and", "now", "again", "so", "but", "last",
    "length", "still", "later", "presently", "suddenly", "finally", "afterwards", "directly", "instantly", "here", "there",
];

/// Nouns for a spoken thing, as in `came the answer` or `whispers from behind the table`.
pub const SPEECH_NOUNS: &[&str] = &[
    "answer", "reply", "response", "voice", "voices", "whisper", "whispers", "cry", "shout", "shouts",
    "words", "question", "retort", "call", "murmur", "murmurs", "greeting", "command", "order",
];

/// Verbs of thinking: a quote they introduce mid-sentence is a thought, not speech.
pub const THOUGHT_CUES: &[&str] = &["thought", "thinking", "think", "thinks", "wondered", "wondering", "mused", "told herself", "told himself"];

/// Words after which a quote names or means something instead of being said (`that meant "…"`,
/// `a song called "…"`).
pub const MENTION_CUES: &[&str] = &[
    "meant", "means", "mean", "meaning", "called", "named", "titled", "entitled", "word", "words", "phrase",
    "term", "sign", "read", "reads", "marked", "labelled", "labeled", "dubbed", "nicknamed", "spelled",
    "spelt", "motto", "song", "chosen", "chose", "sang", "singing", "hummed", "humming", "so-called",
];

/// Small words a Title Case run may keep in lower case (`The Tail of the Lake`).
pub const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "as", "from", "is", "de", "du",
    "la", "le", "von", "van",
];

/// Words for written text: a quotation after them inside the sentence (`the inscription, "…"`,
/// `under the title "…"`, `write to this effect: "…"`) is read, not said.
pub const WRITTEN_CUES: &[&str] = &[
    "inscription", "inscriptions", "inscribed", "engraved", "epitaph", "motto", "title", "titled", "entitled",
    "text", "write", "writes", "wrote", "written", "handwriting", "printed", "label", "labelled", "labeled",
    "headed", "headline", "placard", "caption",
];

/// Where a quotation set off after a colon is printed (`the page the book fell open at:`): not
/// in [`WRITTEN_CUES`], which a tag can sit beside (`the page said`).
pub const PAGE_CUES: &[&str] = &["page", "pages"];

/// Verbs of hearing before the one heard (`He heard her speak.`).
pub const HEARING: &[&str] = &["heard", "hears", "hear"];

/// Bare infinitives of saying after `heard him`/`heard her` (`heard her speak`).
pub const SAY_INFINITIVES: &[&str] = &["say", "speak", "call", "cry", "ask", "whisper", "answer", "reply", "mutter", "murmur", "exclaim", "shout", "add"];

/// How a letter opens (`My dear Ruth,`, `Dear Sir,`): a letter set off after `he wrote:` is its
/// writer's words.
pub const LETTER_OPENINGS: &[&str] = &["my ", "dear ", "dearest "];

/// Participles after a quotation that make it written (`"…" was engraved upon it`).
pub const WRITTEN_AFTER: &[&str] = &["engraved", "written", "inscribed", "printed", "painted", "carved", "stamped", "scrawled", "scribbled"];

/// How a sentence introduces words nobody says aloud: a look or gesture (`as much as to say`),
/// a habit or a hypothesis (`we used to say`, `as soon as you can say`).
pub const UNSPOKEN_CUES: &[&str] = &[
    "as much as to say", "as if to say", "as though to say", "indicating", "used to say", "began to say",
    "can say", "could say", "might say", "would think", "might think", "would have said",
];

/// After a quotation, a reader or hearer imagined by the narrator (`"…" you will exclaim`).
pub const UNSPOKEN_AFTER: &[&str] = &["you will", "you would", "you may", "you might", "one would", "one might"];

/// Nouns for a saying the narration quotes (`the old adage, "…"`).
pub const SAYING_CUES: &[&str] = &["adage", "proverb", "maxim", "aphorism", "byword", "axiom", "dictum"];

/// Verbs that open a clause whose subject is the quotation before them (`"…" was all he got`).
pub const CLAUSE_VERBS: &[&str] = &["was", "were", "is", "are", "would", "could", "had", "has", "seemed", "became", "remained"];

/// Prepositions whose object a quotation can be (`shaking with "…"`, `a copy of "…"`).
pub const PREPOSITIONS: &[&str] = &["of", "with", "for", "from", "about", "into", "upon", "under", "like", "to", "than"];

/// Determiners and possessives before a quoted noun (`kept on a "…"`, `my "weather-eye"`).
pub const QUOTE_DETERMINERS: &[&str] = &["the", "a", "an", "his", "my", "our", "their", "your", "its"];

/// Participles of talk that make the clause before a quotation a speech tag even without a
/// parsed subject (`Jock was saying excitedly, "that…"`).
pub const TALKING: &[&str] = &["saying", "speaking", "talking", "adding", "continuing", "calling", "crying", "replying", "answering", "asking",
    "tell", "telling", "hear", "heard"];

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
];

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
    ("uncle", &["uncle"]), ("aunt", &["aunt"]),
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
    "boyfriend", "groom", "hero", "butler", "footman", "squire", "gentleman's",
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

/// Nouns for a place a voice comes from (`from behind the casting table`).
pub const PLACE_NOUNS: &[&str] = &[
    "table", "desk", "counter", "door", "doorway", "curtain", "screen", "wall", "window", "stage", "bench",
    "bar", "crowd", "darkness", "dark", "shadows", "room", "hall", "corner", "back",
];

/// First words of a heading line (`Chapter 1`, `BOOK II`, `Prologue`).
pub const HEADING_WORDS: &[&str] = &[
    "chapter", "book", "part", "volume", "vol", "prologue", "epilogue", "interlude", "section", "act", "scene",
    "canto", "letter", "stave", "preface", "introduction", "afterword", "appendix", "fit",
];

/// Number words a heading may use (`Chapter One`).
pub const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "first",
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "the",
];

/// How front matter opens: author's notes, disclaimers, summaries, fic headers.
pub const FRONT_MATTER_MARKERS: &[&str] = &[
    "a/n", "an:", "author's note", "author’s note", "authors note", "author note", "note:", "notes:",
    "disclaimer", "summary", "rating", "warning", "warnings", "pairing", "pairings", "fandom", "spoilers",
    "title:", "author:", "words:", "characters:", "dedication", "beta", "thanks to",
];

/// Elided words that start with an apostrophe (`'em`, `'tis`): never an opening quote.
pub const ELISIONS: &[&str] = &[
    "em", "tis", "twas", "twill", "twould", "twere", "cause", "n", "till", "til", "bout", "round", "ere",
    "nuff", "kay", "ow", "ome", "ave", "e", "im", "er", "is", "alf", "ello", "ere's", "cept", "fore",
    "neath", "mongst", "pon", "gainst", "s",
];

/// Capitalised words that are never a character's name on their own.
pub const NOT_NAMES: &[&str] = &[
    "i", "i'm", "i'll", "i've", "i'd", "a", "an", "the", "he", "she", "it", "we", "they", "you", "his", "her",
    "their", "our", "my", "your", "its", "this", "that", "these", "those", "there", "here", "then", "now",
    "what", "who", "whom", "why", "how", "when", "where", "which", "yes", "no", "not", "oh", "ah", "o",
    "well", "but", "and", "or", "if", "so", "as", "at", "in", "on", "of", "to", "for", "with", "by", "from",
    "up", "do", "don't", "did", "is", "was", "are", "be", "all", "one", "some", "nor", "ours", "yours", "theirs", "hers", "mr", "mrs", "miss", "ms",
    "dr", "sir", "lady", "lord", "god", "heaven", "chapter", "book", "part", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "christmas",
    "english", "french", "german", "american", "england", "london", "america", "europe", "paris", "new",
    "york", "after", "before", "once", "even", "still", "yet", "just", "only", "very", "too", "again",
    "thank", "thanks", "please", "good", "hey", "hello", "hi", "dear", "poor", "let", "come", "go",
    "look", "see", "why", "never", "ever", "always", "perhaps", "maybe", "indeed", "certainly", "nothing",
    "something", "everything", "anything", "everybody", "nobody", "somebody", "anybody", "everyone",
    "someone", "anyone", "no-one", "none", "both", "each", "every", "such", "many", "much", "more",
    "most", "other", "another", "same", "own", "whatever", "whoever", "because", "though", "although",
    "while", "until", "unless", "since", "whether", "besides", "meanwhile", "however", "therefore",
    "presently", "suddenly", "finally", "afterwards", "instead", "ha", "hm", "hum", "alas", "pooh",
    "pshaw", "hush", "nay", "aye", "ay", "eh", "ugh", "wow", "okay", "ok", "sure", "right", "street",
    "road", "lane", "square", "house", "hall", "park", "river", "church", "mount", "lake", "island",
    "majesty", "highness", "excellency", "lordship", "ladyship", "grace", "honour", "honor", "jesus",
    "christ", "lord's", "bible", "sunday's", "roman", "latin", "greek", "irish", "scotch", "scottish",
    "indian", "italian", "spanish", "russian", "dutch", "chinese", "japanese", "mexican", "african",
    "north", "south", "east", "west", "tv", "ok.", "mom", "dad", "mother", "father", "mamma", "papa",
    "uncle", "aunt", "captain", "doctor", "professor", "colonel", "major", "general", "king", "queen",
    "prince", "princess", "master", "mistress", "madam", "madame", "monsieur",
];

/// Words that may sit in a name between capitalised words (`Catherine de Bourgh`).
pub const NAME_PARTICLES: &[&str] = &["de", "van", "von", "du", "da", "del", "della", "le", "la", "di", "der", "ten", "mac"];

/// Verbs (and auxiliaries) that show the word before them is someone acting.
pub const ACTING: &[&str] = &[
    "was", "had", "is", "has", "did", "could", "would", "will", "should", "might", "must", "can", "went",
    "came", "saw", "took", "made", "felt", "knew", "looked", "stood", "sat", "turned", "gave", "got", "ran",
    "shook", "put", "smiled", "laughed", "nodded", "thought", "began", "seemed", "kept", "let", "told",
    "asked", "said", "says", "cried", "answered", "replied", "spoke", "heard", "held", "left", "found",
    "wanted", "loved", "liked", "hated", "walked", "sighed", "shrugged", "grinned", "frowned", "stared",
    "glanced", "whispered", "shouted", "called", "muttered", "added", "continued", "paused", "waited",
    "wore", "rose", "fell", "leaned", "reached", "opened", "closed", "pulled", "pushed", "picked", "set",
    "stepped", "moved", "followed", "watched", "noticed", "realized", "realised", "remembered", "wondered",
    "hesitated", "returned", "entered", "herself", "himself", "isn't", "wasn't", "didn't",
    "couldn't", "wouldn't", "hadn't", "ain't",
];

/// Prepositions that show the next word is a place.
pub const PLACE_BEFORE: &[&str] = &["in", "at", "to", "from", "into", "near", "of", "towards", "toward", "through", "across", "via", "on"];

/// The words of [`PLACE_BEFORE`] that as often stand before a person (`gave it to John`).
pub const PERSON_PREPOSITIONS: &[&str] = &["to", "from", "of", "towards", "toward"];

/// True when `word` (lower case) is in `table`.
pub fn is(table: &[&str], word: &str) -> bool {
    table.contains(&word)
}

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

/// Phrases before a colon that introduce words only imagined (`what he might have put into words
/// like this:`), lower case, spaced as written.
pub const IMAGINED_CUES: &[&str] = &["would have ", "might have ", "could have ", "put into words"];

/// Words that follow a verb of saying before what is said (`shouted at him "Go!"`, `called out
/// "Halt!"`): the quotation after them is still speech.
pub const SPOKEN_TO: &[&str] = &["him", "her", "them", "me", "us", "you", "it", "out", "himself", "herself"];

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

/// Prepositions that, after a newcomer (`a man`), open a phrase telling which one he is (`a man
/// in the crowd`, `an old lady with a basket`).
pub const DESCRIBING_PREPOSITIONS: &[&str] = &["in", "at", "with", "from", "near", "behind", "by", "on"];

/// Nouns of how or when something is said (`in a low voice`, `with a laugh`, `at last`): a phrase
/// of them belongs to the verb, not to the speaker.
pub const MANNER_NOUNS: &[&str] = &[
    "voice", "tone", "tones", "whisper", "undertone", "laugh", "smile", "grin", "sigh", "groan", "sob", "moment", "minute",
    "time", "hurry", "haste", "rage", "fury", "anger", "surprise", "astonishment", "wonder", "delight", "despair",
    "breath", "way", "manner", "accent", "drawl", "growl", "shout", "cry", "scream", "bow", "nod", "shrug", "air",
    "look", "glance", "frown", "sneer", "chuckle", "gasp", "length", "last", "once", "turn", "earnest", "fun", "jest",
];

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

/// Verbs by which a tag says its speaker goes on with the speech before, even across narration
/// (`said he, as he came in. Belcour stared. "Did you not see her?" continued Montraville`).
pub const GOING_ON_VERBS: &[&str] = &["continued", "continues", "resumed", "resumes", "pursued", "pursues"];

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

/// Verbs of answering: the one who answers is not the one who spoke last.
pub const ANSWER_VERBS: &[&str] = &["answered", "answers", "replied", "replies", "rejoined", "retorted", "returned", "responded"];

/// Whether a tag's phrase (`he replied`, `answered she`) is an answer.
pub fn answers(phrase: &str) -> bool {
    phrase.split_whitespace().any(|w| is(ANSWER_VERBS, &w.to_lowercase()))
}

/// A noun for a person: [`PERSON_NOUNS`], [`RELATION_NOUNS`] or a gendered word.
pub fn is_person_noun(word: &str) -> bool {
    is(PERSON_NOUNS, word) || is(RELATION_NOUNS, word) || gender_of_word(word).is_some()
}

/// Epithets the narration may always put before a name (`old Cotter`), making them part of it.
pub const EPITHETS: &[&str] = &["old", "young", "little", "big", "poor", "dear"];

/// Common English pet names and the formal first names they stand for (`Lizzy` is
/// `Elizabeth`), for joining a character called both ways.
pub const PET_NAMES: &[(&str, &[&str])] = &[
    ("lizzy", &["elizabeth"]), ("lizzie", &["elizabeth"]), ("liz", &["elizabeth"]), ("eliza", &["elizabeth"]),
    ("beth", &["elizabeth"]), ("bess", &["elizabeth"]), ("bessie", &["elizabeth"]), ("betsy", &["elizabeth"]),
    ("betty", &["elizabeth"]), ("lisa", &["elizabeth"]), ("tom", &["thomas"]), ("tommy", &["thomas"]),
    ("bill", &["william"]), ("billy", &["william"]), ("will", &["william"]), ("willy", &["william"]),
    ("willie", &["william"]), ("jack", &["john"]), ("johnny", &["john"]), ("harry", &["henry", "harold"]),
    ("hal", &["henry"]), ("hank", &["henry"]), ("bob", &["robert"]), ("bobby", &["robert"]), ("rob", &["robert"]),
    ("robin", &["robert"]), ("dick", &["richard"]), ("rick", &["richard"]), ("dicky", &["richard"]),
    ("ned", &["edward", "edmund"]), ("ted", &["edward", "theodore"]), ("teddy", &["edward", "theodore"]),
    ("jim", &["james"]), ("jimmy", &["james"]), ("jamie", &["james"]), ("joe", &["joseph"]), ("joey", &["joseph"]),
    ("ben", &["benjamin"]), ("benny", &["benjamin"]), ("sam", &["samuel"]), ("sammy", &["samuel"]),
    ("fred", &["frederick", "alfred"]), ("freddy", &["frederick", "alfred"]), ("charlie", &["charles"]),
    ("chuck", &["charles"]), ("nick", &["nicholas"]), ("tony", &["anthony"]), ("andy", &["andrew"]),
    ("dan", &["daniel"]), ("danny", &["daniel"]), ("matt", &["matthew"]), ("steve", &["stephen", "steven"]),
    ("mike", &["michael"]), ("mick", &["michael"]), ("pat", &["patrick"]), ("paddy", &["patrick"]),
    ("archie", &["archibald"]), ("bert", &["albert", "herbert", "bertram"]), ("bertie", &["albert", "herbert", "bertram"]),
    ("nat", &["nathaniel", "nathan"]), ("davy", &["david"]), ("dave", &["david"]), ("geoff", &["geoffrey"]),
    ("greg", &["gregory"]), ("ken", &["kenneth"]), ("larry", &["lawrence", "laurence"]), ("phil", &["philip"]),
    ("ron", &["ronald"]), ("walt", &["walter"]), ("wat", &["walter"]), ("alf", &["alfred"]),
    ("peggy", &["margaret"]), ("meg", &["margaret"]), ("maggie", &["margaret"]), ("madge", &["margaret"]),
    ("polly", &["mary"]), ("molly", &["mary"]), ("mamie", &["mary"]), ("kate", &["catherine", "katherine", "katharine"]),
    ("kitty", &["catherine", "katherine", "katharine"]), ("katie", &["catherine", "katherine", "katharine"]),
    ("kathy", &["catherine", "katherine", "katharine"]), ("sally", &["sarah"]), ("sadie", &["sarah"]),
    ("nell", &["ellen", "helen", "eleanor"]), ("nelly", &["ellen", "helen", "eleanor"]), ("nellie", &["ellen", "helen", "eleanor"]),
    ("fanny", &["frances"]), ("jenny", &["jane", "jennifer"]), ("jennie", &["jane", "jennifer"]),
    ("annie", &["ann", "anne", "anna"]), ("nan", &["ann", "anne", "anna"]), ("nancy", &["ann", "anne", "anna"]),
    ("dolly", &["dorothy"]), ("dora", &["dorothy", "theodora"]), ("sue", &["susan", "susanna"]), ("susie", &["susan", "susanna"]),
    ("sukey", &["susan", "susanna"]), ("patty", &["martha", "patricia"]), ("patsy", &["martha", "patricia"]),
    ("mattie", &["martha", "matilda"]), ("becky", &["rebecca"]), ("carrie", &["caroline", "carolyn"]),
    ("lottie", &["charlotte"]), ("lotty", &["charlotte"]), ("tilly", &["matilda"]), ("tillie", &["matilda"]),
    ("hattie", &["harriet"]), ("lou", &["louisa", "louise"]), ("louie", &["louisa", "louise", "louis"]),
    ("di", &["diana"]), ("jo", &["josephine"]), ("josie", &["josephine"]), ("letty", &["letitia"]),
    ("abby", &["abigail"]), ("addie", &["adelaide", "adeline"]), ("trixie", &["beatrice"]),
    ("bea", &["beatrice"]), ("cissy", &["cecilia", "cecily"]), ("connie", &["constance"]), ("winnie", &["winifred"]),
    ("gussie", &["augusta", "augustus"]), ("georgie", &["georgiana", "georgina", "george"]), ("vicky", &["victoria"]),
];

/// The formal first names a pet name stands for (`lizzy` → `elizabeth`), if it is one.
pub fn formal_names(pet: &str) -> &'static [&'static str] {
    PET_NAMES.iter().find(|(p, _)| *p == pet).map_or(&[], |(_, f)| f)
}

/// Nouns of time that, after `one`, `that`, `this` …, open a clause as an adverbial (`One day a
/// fellow said`), never its subject.
pub const TIME_NOUNS: &[&str] = &[
    "day", "morning", "evening", "night", "afternoon", "time", "moment", "week", "month", "year", "summer",
    "winter", "spring", "autumn", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
];

/// Words in a place's name that make a capitalised run a place, not a person (`Baker Street`).
pub const PLACE_WORDS: &[&str] = &[
    "street", "road", "lane", "square", "avenue", "park", "place", "court", "row", "terrace", "bridge",
    "hill", "river", "church", "abbey", "castle", "inn", "hotel", "station", "county", "city", "town",
    "island", "mountains", "mountain", "valley", "forest", "ocean", "sea", "bay", "company", "club",
    "college", "school", "hospital", "hall", "house", "manor", "farm", "cottage", "gardens", "garden",
];

/// Every pronoun and title among the gendered words: not descriptions of a person.
pub const SUBJECT_PRONOUNS_ALL: &[&str] = &[
    "she", "her", "hers", "herself", "he", "him", "his", "himself", "mrs", "miss", "mr", "sir", "madam", "lord", "lady",
    "master", "mistress",
];

/// Public-domain first-name lists (Moby Word II), embedded when `tools/fetch-names.sh` has
/// fetched them; empty otherwise.
const FEMALE_FIRST_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/female-first-names.txt"));
const MALE_FIRST_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/male-first-names.txt"));

/// The gender a first name tells (`Some(true)` female), when it is in exactly one list.
pub fn first_name_gender(name: &str) -> Option<bool> {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static LISTS: OnceLock<(HashSet<String>, HashSet<String>)> = OnceLock::new();
    let (female, male) = LISTS.get_or_init(|| {
        let set = |text: &str| text.lines().map(|l| l.trim().to_lowercase()).filter(|l| !l.is_empty()).collect::<HashSet<String>>();
        (set(FEMALE_FIRST_NAMES), set(MALE_FIRST_NAMES))
    });
    let name = name.to_lowercase();
    match (female.contains(&name), male.contains(&name)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}
