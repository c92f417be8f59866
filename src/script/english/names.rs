//! Names: words that look like names but are not, places, pet names and the first-name lists.

/// Nouns for a place a voice comes from (`from behind the casting table`).
pub const PLACE_NOUNS: &[&str] = &[
    "table", "desk", "counter", "door", "doorway", "curtain", "screen", "wall", "window", "stage", "bench",
    "bar", "crowd", "darkness", "dark", "shadows", "room", "hall", "corner", "back",
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

/// Public-domain first-name lists (Moby Word II), embedded when `tools/fetch-names.sh` has
/// fetched them; empty otherwise.
const FEMALE_FIRST_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/female-first-names.txt"));

const MALE_FIRST_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/male-first-names.txt"));

/// The gender a first name tells (`Some(true)` female), when it is in exactly one list.
pub fn first_name_gender(name: &str) -> Option<bool> {
    match in_first_name_lists(name) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Whether `name` is in the first-name lists at all, a woman's and a man's alike (`Fred`).
pub fn is_first_name(name: &str) -> bool {
    in_first_name_lists(name) != (false, false)
}

/// Whether the female and the male list hold `name`.
fn in_first_name_lists(name: &str) -> (bool, bool) {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static LISTS: OnceLock<(HashSet<String>, HashSet<String>)> = OnceLock::new();
    let (female, male) = LISTS.get_or_init(|| {
        let set = |text: &str| text.lines().map(|l| l.trim().to_lowercase()).filter(|l| !l.is_empty()).collect::<HashSet<String>>();
        (set(FEMALE_FIRST_NAMES), set(MALE_FIRST_NAMES))
    });
    let name = name.to_lowercase();
    (female.contains(&name), male.contains(&name))
}
