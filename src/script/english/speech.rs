//! Verbs and nouns of saying, and the cues that make a quotation something other than speech
//! (a thought, a page, a saying, words only imagined).

use super::is;

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

/// Phrases before a colon that introduce words only imagined (`what he might have put into words
/// like this:`), lower case, spaced as written.
pub const IMAGINED_CUES: &[&str] = &["would have ", "might have ", "could have ", "put into words"];

/// Words that follow a verb of saying before what is said (`shouted at him "Go!"`, `called out
/// "Halt!"`): the quotation after them is still speech.
pub const SPOKEN_TO: &[&str] = &["him", "her", "them", "me", "us", "you", "it", "out", "himself", "herself"];

/// Nouns of how or when something is said (`in a low voice`, `with a laugh`, `at last`): a phrase
/// of them belongs to the verb, not to the speaker.
pub const MANNER_NOUNS: &[&str] = &[
    "voice", "tone", "tones", "whisper", "undertone", "laugh", "smile", "grin", "sigh", "groan", "sob", "moment", "minute",
    "time", "hurry", "haste", "rage", "fury", "anger", "surprise", "astonishment", "wonder", "delight", "despair",
    "breath", "way", "manner", "accent", "drawl", "growl", "shout", "cry", "scream", "bow", "nod", "shrug", "air",
    "look", "glance", "frown", "sneer", "chuckle", "gasp", "length", "last", "once", "turn", "earnest", "fun", "jest",
];

/// Verbs by which a tag says its speaker goes on with the speech before, even across narration
/// (`said he, as he came in. Belcour stared. "Did you not see her?" continued Montraville`).
pub const GOING_ON_VERBS: &[&str] = &["continued", "continues", "resumed", "resumes", "pursued", "pursues"];

/// Verbs of answering: the one who answers is not the one who spoke last.
pub const ANSWER_VERBS: &[&str] = &["answered", "answers", "replied", "replies", "rejoined", "retorted", "returned", "responded"];

/// Whether a tag's phrase (`he replied`, `answered she`) is an answer.
pub fn answers(phrase: &str) -> bool {
    phrase.split_whitespace().any(|w| is(ANSWER_VERBS, &w.to_lowercase()))
}

/// How narration tells that someone leaves the scene (`the parson rode on his way`, `When he was
/// gone`), as lower-case word sequences.
pub const EXITS: &[&[&str]] = &[
    &["went", "out"], &["went", "away"], &["went", "off"], &["went", "home"], &["went", "upstairs"],
    &["went", "on", "his", "way"], &["went", "on", "her", "way"], &["went", "his", "way"], &["went", "her", "way"],
    &["rode", "on", "his", "way"], &["rode", "on", "her", "way"], &["rode", "away"], &["rode", "off"],
    &["drove", "away"], &["drove", "off"], &["walked", "away"], &["walked", "off"], &["hurried", "away"],
    &["hurried", "off"], &["ran", "away"], &["ran", "off"], &["was", "gone"], &["were", "gone"],
    &["left", "the", "room"], &["left", "the", "house"], &["took", "his", "leave"], &["took", "her", "leave"],
    &["withdrew"], &["departed"], &["vanished"], &["disappeared"],
];
