//! One test per attribution sieve, end to end through [`parse`], with sentences written for them.

use super::{Kind, parse};

/// (speaker, evidence) of each dialogue line.
fn spoken(text: &str) -> Vec<(String, String)> {
    parse(text, "t")
        .lines
        .into_iter()
        .filter_map(|l| match l.kind {
            Kind::Dialogue(s) => Some((s.speaker, s.evidence)),
            _ => None,
        })
        .collect()
}

/// The text of each dialogue line: the quotations the stage keeps as speech.
pub(crate) fn dialogue(text: &str) -> Vec<String> {
    parse(text, "t").lines.into_iter().filter(|l| matches!(l.kind, Kind::Dialogue(_))).map(|l| l.text).collect()
}

/// The speaker of each dialogue line, for the sieves' own tests elsewhere too.
pub(crate) fn speakers(text: &str) -> Vec<String> {
    spoken(text).into_iter().map(|s| s.0).collect()
}

#[test]
fn a_tag_after_before_or_inside_the_quote() {
    let text = "Nell and Oskar waited by the gate.\n\n\"Late again,\" said Nell.\n\nOskar shrugged and said, \"The bus broke down.\"\n\n\"Then,\" Nell said, \"we walk.\"";
    assert_eq!(speakers(text), ["Nell", "Oskar", "Nell", "Nell"]);
    assert!(spoken(text)[0].1.starts_with("tag: \"said Nell\""));
}

#[test]
fn an_untagged_quote_shares_its_paragraphs_tag() {
    let text = "Oskar looked at the sky.\n\n\"Rain,\" Oskar said. \"By noon, I would bet.\"";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Oskar");
    assert!(lines[1].1.starts_with("same paragraph as tag"), "{lines:?}");
}

#[test]
fn a_tag_clause_ending_the_paragraph_before() {
    let text = "Marta climbed onto the crate, raised her lantern and announced:\n\n\"The ferry leaves at dawn.\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Marta");
    assert!(lines[0].1.starts_with("tag before"), "{lines:?}");
}

#[test]
fn a_colon_ending_the_paragraph_before_introduces_its_subject() {
    // No tag clause the tag sieve reads: the verb is far from the colon.
    let text = "Tobias Pell and Mrs. Dunn sat by the fire.\n\nWhile Mrs. Dunn was pouring the tea he said, as if going back to some earlier remark of his:\n\n\"No, I would not trust him with a shilling.\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Tobias Pell", "{lines:?}");
    assert!(lines[0].1.starts_with("introduced by the paragraph before"), "{lines:?}");
}

#[test]
fn with_no_subject_the_person_nearest_before_the_verb_is_introduced() {
    let text = "Oskar and Nell stood at the gate.\n\nWhen the bell had stopped ringing at last Nell had asked:\n\n\"Is anyone home?\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Nell", "{lines:?}");
    assert!(lines[0].1.starts_with("introduced by the paragraph before"), "{lines:?}");
}

#[test]
fn a_voice_from_a_place_is_an_unnamed_speaker() {
    let text = "The committee sat in a row behind a long desk. Tobias stood before them. A voice came from behind the desk.\n\n\"Begin whenever you are ready.\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "the committee", "{lines:?}");
    assert!(lines[0].1.starts_with("voice"), "{lines:?}");
}

#[test]
fn a_voice_that_spoke_in_the_paragraph_before_does_not_speak_again() {
    let text = "Greta stood on the steps with the list, and Oskar kept the door.\n\n\"Who is first?\" said Greta.\n\nNobody stirred. Then a gruff voice from the end of the queue said, \"I am.\"\n\n\"Name, please?\"";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Greta", "{lines:?}");
}

#[test]
fn a_speech_that_opens_with_me_is_not_said_to_me() {
    let text = "Greta stood on the steps with the list, and Oskar kept the door.\n\n\"Who is first?\" said Greta.\n\nOskar said, \"Me.\"\n\n\"Name, please?\"";
    let lines = spoken(text);
    assert_eq!(lines[2], ("Greta".to_string(), "turn-taking".to_string()), "{lines:?}");
}

#[test]
fn a_name_announced_to_ma_am_is_not_called_back() {
    let text = "Oskar and Nell sat by the fire, waiting for Mr. Pike.\n\n\"It is raining again,\" said Oskar.\n\n\"It always rains here.\"\n\n\"Not always.\"\n\nThe door opened.\n\n\"Mr. Pike, ma'am, and his daughter.\"";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Oskar", "{lines:?}");
    assert!(!lines[2].1.starts_with("called back"), "{lines:?}");
}

#[test]
fn the_one_character_acting_in_the_paragraph_speaks() {
    let text = "Nell and Oskar sat at breakfast. Nell brought in the post.\n\nOskar tore open the first envelope. \"A bill.\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Oskar");
    assert!(lines[0].1.starts_with("acting in the paragraph"), "{lines:?}");
}

#[test]
fn a_turn_that_calls_one_of_two_by_name_is_the_others_and_realigns_the_turns() {
    // Nell speaks twice around the clock; `…, Nell` puts the alternation back in step.
    let text = "Nell and Oskar sat on the step.\n\n\"It is late,\" said Nell.\n\n\"Is it?\" said Oskar.\n\n\"Past ten.\"\n\nThe clock struck.\n\n\"Listen to that.\"\n\n\"Yes, yes, I hear it, Nell.\"\n\n\"Then go home.\"";
    let lines = spoken(text);
    assert_eq!(speakers(text), ["Nell", "Oskar", "Nell", "Nell", "Oskar", "Nell"], "{lines:?}");
    assert!(lines[4].1.starts_with("addresses the other speaker"), "{lines:?}");
}

#[test]
fn the_narration_running_into_the_quote_introduces_its_speaker() {
    let text = "Nell and Oskar sat at breakfast. Nell brought in the post.\n\nOskar tore open the first envelope. Nell read it over his shoulder, and at last broke out with a groan, \"Another bill!\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Nell", "{lines:?}");
    assert!(lines[0].1.starts_with("introduced in its sentence"), "{lines:?}");
}

#[test]
fn the_one_addressed_by_name_answers() {
    let text = "Nell, Oskar and Bram sat at the table.\n\n\"Pass the salt, Bram,\" said Nell.\n\n\"Here.\"";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Bram");
    assert!(lines[1].1.starts_with("addressed"), "{lines:?}");
}

#[test]
fn a_line_calling_the_one_addressed_before_is_not_that_ones() {
    // `You Bram!` calls Bram out, as `Bram!` does: the caller goes on, Bram does not answer.
    let text = "Nell sat at the table and Bram hid in the loft.\n\n\"Bram!\" called Nell.\n\n\"Where has the boy got to? You Bram!\"";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Nell", "{lines:?}");
}

#[test]
fn a_speaker_going_on_still_speaks_to_the_one_called() {
    let text = "Nell, Oskar and Bram sat at the table.\n\n\"Morning, Bram,\" said Nell.\n\nOskar poured the tea.\n\n\"Did you sleep?\" Nell asked.\n\n\"Not a wink.\"";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Bram", "{lines:?}");
    assert!(lines[2].1.starts_with("addressed in the line before"), "{lines:?}");
}

#[test]
fn untagged_turns_alternate_in_a_two_person_exchange() {
    let text = "Nell found Oskar on the pier.\n\n\"You came,\" said Nell.\n\n\"I said I would,\" said Oskar.\n\n\"The tide is turning.\"\n\n\"Then we should go.\"";
    let lines = spoken(text);
    assert_eq!(speakers(text), ["Nell", "Oskar", "Nell", "Oskar"]);
    assert_eq!(lines[3].1, "turn-taking");
}

#[test]
fn a_pronoun_follows_the_chain_of_pronouns_not_a_name_met_in_passing() {
    // `Oona` is named once inside a clause about her; the chain of `she` is Greta's.
    let text = "At seven Greta opened the shop. She swept the step, and Oona, her neighbour, waved from across the road. She set out the bread.\n\nA man came in, stamping off the snow.\n\n\"We have rye today,\" she said.";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Greta", "{lines:?}");
}

#[test]
fn a_pronoun_tells_the_gender_of_a_description() {
    let text = "The stranger came up the lane at dusk. He carried a bundle on a stick.\n\nGreta watched from the window.\n\n\"Is this the inn?\" he asked.";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "the stranger", "{lines:?}");
}

#[test]
fn a_first_person_narrators_speech_is_the_narrators() {
    let text = "I found Oskar by the gate.\n\n\"You are late,\" I said.";
    assert_eq!(speakers(text), ["narrator"]);
}

#[test]
fn the_one_acting_in_the_narration_before_speaks() {
    let text = "Nell and Oskar sat by the stove.\n\n\"It is cold,\" said Nell.\n\n\"Is it?\" said Oskar.\n\nNell pulled her shawl tighter and frowned at the door.\n\n\"Someone left it open again.\"";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Nell", "{lines:?}");
    assert!(lines[2].1.starts_with("acting in the paragraph before"), "{lines:?}");
}

#[test]
fn a_line_calling_the_one_who_just_acted_is_the_last_speakers() {
    let text = "Nell, Oskar and Bram sat by the fire.\n\n\"Is it Sunday?\" said Oskar.\n\n\"Yes. And Bram never listens,\" said Nell.\n\nBram yawned and put his boots on the table.\n\n\"Boots off, Bram!\"";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Nell", "{lines:?}");
    assert!(lines[2].1.starts_with("answers the act"), "{lines:?}");
}

#[test]
fn a_turn_told_in_reported_speech_is_not_acting_before_the_next_line() {
    let text = "Nell, Oskar and Bram sat at dinner.\n\n\"Pass the bread,\" said Bram.\n\n\"The soup is cold,\" said Nell.\n\n\"So it is,\" said Oskar.\n\nNell replied that she had said so an hour ago.\n\n\"Then warm it up.\"";
    let lines = spoken(text);
    assert_eq!(lines[3].0, "Oskar", "{lines:?}");
    assert_eq!(lines[3].1, "turn-taking", "{lines:?}");
}

#[test]
fn the_speaker_acting_after_his_own_tag_speaks_again() {
    let text = "Nell and Oskar sat by the stove.\n\n\"It is cold,\" said Nell.\n\n\"I brought wood,\" said Oskar. Nell did not answer. Oskar knelt and fed the stove.\n\n\"There. Better already.\"";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Oskar", "{lines:?}");
}

#[test]
fn a_line_naming_the_one_whose_turn_it_would_be_goes_to_a_third_person() {
    let text = "Nell, Oskar and Uncle Bram sat at the long table.\n\n\"We could sell the boat,\" said Nell.\n\n\"Never,\" said Oskar.\n\n\"Yes, Oskar, and Nell is right about the price.\"";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Uncle Bram", "{lines:?}");
}

#[test]
fn a_line_addressing_the_tagged_speaker_is_not_theirs() {
    let text = "Nell and Oskar watched the rain.\n\n\"It will never stop,\" said Oskar. \"Nonsense, Oskar!\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Oskar");
    assert_eq!(lines[1].0, "Nell", "{lines:?}");
}

#[test]
fn a_name_behind_a_capitalised_common_word_opening_the_sentence_is_its_subject() {
    // `Rook` is also a common word here (`a rook`), so `Rook Hale` is found as `Hale`; still the
    // one acting in the sentence, and the `he` of the tag.
    let text = "A rook called from the elm. Tobias leaned on the gate and watched the lane.\n\nRook Hale climbed over the stile and shook the rain from his coat.\n\n\"Wet enough for you?\" he said.";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Hale", "{lines:?}");
}

#[test]
fn a_pronoun_tag_means_the_person_its_paragraph_is_about() {
    // `Bess` is named in a clause about her; the paragraph (and its `she`) is about Mrs. Dunn.
    let text = "Mrs. Dunn banked up the fire. When the kettle sang, and Bess, her niece, had gone for milk, she laid the table. She looked at the clock. \"He is late again,\" she said.";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Mrs. Dunn", "{lines:?}");
}

#[test]
fn a_name_addressed_before_a_full_stop_is_still_addressed() {
    // `Jo. It's` is no two-word name: the line addresses Jo, so it is not Jo's.
    let text = "Amy and Jo sat by the fire.\n\n\"You are rude,\" said Amy.\n\nJo sat up and began to whistle.\n\n\"Stop, Jo. It's so boyish!\"";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Amy", "{lines:?}");
}

#[test]
fn the_one_who_replies_is_not_the_one_who_spoke_last() {
    // Both men are on stage; `he replied` after John's line is Peter's.
    let text = "John and Peter sat on the wall. John lit his pipe.\n\n\"Will it rain?\" said John.\n\n\"Not before noon,\" he replied.";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Peter", "{lines:?}");
}

#[test]
fn an_old_lady_in_the_narration_is_the_she_of_a_tag() {
    let text = "\"Pim!\"\n\nThe old lady set down her basket and peered along the hedge.\n\nShe cupped her hands and called:\n\n\"Pim, come in for supper!\"";
    let names = speakers(text);
    assert_eq!(names[1], "the old lady", "{:?}", spoken(text));
}

#[test]
fn one_head_noun_with_other_adjectives_is_another_person() {
    let text = "Years ago he had courted a foreign woman, and nothing had come of it.\n\n\"Is this the road to the lake?\" said the young woman.";
    assert_eq!(speakers(text), ["the young woman"], "{:?}", spoken(text));
}

#[test]
fn a_description_spelling_out_a_title_in_the_narration_is_that_character() {
    // `The doctor` who kneels is Dr. Quill, so the `he` of the tag is the doctor, not Mr. Hart.
    let text = "Dr. Quill set down his bag and followed Mr. Hart up the stairs.\n\n\"She has been like this since noon,\" said Mr. Hart.\n\nThe doctor knelt by the bed. \"Does it hurt?\" he asked.";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Dr. Quill", "{lines:?}");
}

#[test]
fn a_title_two_characters_carry_is_the_one_of_them_on_stage() {
    // Sergeant Moll is named pages before; Sergeant Pike is the one at the gate.
    let long_ago = "The carts rolled out of the city all day long. ".repeat(60);
    let text = format!(
        "Sergeant Moll had been hanged for letting a cart through.\n\n{long_ago}\n\n\
         In the evening the crowd stood round the gate, and Sergeant Pike sat on his barrel.\n\n\
         \"Nobody passes tonight,\" said the sergeant."
    );
    assert_eq!(speakers(&text), ["Sergeant Pike"], "{:?}", spoken(&text));
}

#[test]
fn a_pronoun_tag_opening_its_paragraph_is_the_one_acting_in_the_paragraph_before() {
    // Tom and Bram talk; Ezra acts alone in the narration right before `he said`.
    let text = "Tom and Bram sat on the bench. Ezra stood by the door.\n\n\"Rain again,\" said Tom.\n\n\"It always rains,\" said Bram.\n\nEzra pulled his collar up and stepped outside.\n\n\"I will fetch the cart,\" he said.";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Ezra", "{lines:?}");
    assert!(lines[2].1.contains("acting in the paragraph before"), "{lines:?}");
    // No name in its last sentence: the paragraph's first named subject.
    let text = text.replace("Ezra pulled his collar up and stepped outside.", "Ezra pulled his collar up. The wind slammed the door.");
    assert_eq!(spoken(&text)[2].0, "Ezra", "{:?}", spoken(&text));
}

#[test]
fn a_role_opening_the_sentence_before_a_pronoun_tag_speaks() {
    // Oskar is the conversation's one man, but the porter acts right before `he said`.
    let text = "Nell and Oskar stood on the quay.\n\n\"The boat is late,\" said Oskar.\n\nThe old porter set down the trunks. \"Sixpence each,\" he said.";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "the old porter", "{lines:?}");
    assert!(lines[1].1.contains("described in the sentence before"), "{lines:?}");
}

#[test]
fn a_pronoun_tag_after_a_tag_in_its_paragraph_is_that_speaker() {
    // Oskar is the conversation's one man, but the ferryman's own tag opens the paragraph.
    let text = "Nell and Oskar waited on the quay.\n\n\"The boat is late,\" said Oskar.\n\n\"It always is,\" said the ferryman. \"The tide turns soon,\" he added.";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "the ferryman", "{lines:?}");
    assert!(lines[2].1.contains("said earlier in the paragraph"), "{lines:?}");
    // A reply is someone else's.
    let text = text.replace("he added", "he answered");
    assert_ne!(spoken(&text)[2].0, "the ferryman", "{:?}", spoken(&text));
}

#[test]
fn a_verb_of_saying_before_the_quote_beats_an_action_after_it() {
    // `She turned away` after the quote is an action tag too, but Oskar is the one saying it.
    let text = "Nell and Oskar stood at the gate.\n\nThen Oskar said, \"The cart is ready.\" She turned away.";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Oskar", "{lines:?}");
    assert!(lines[0].1.contains("Oskar said"), "{lines:?}");
}

#[test]
fn two_quotes_with_no_narration_between_are_two_speakers() {
    let text = "Nell and Oskar sat at the table.\n\nNell pushed her plate away. \"I cannot eat this.\" \"Then I will,\" said Oskar.";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Oskar", "{lines:?}");
    assert_eq!(lines[0].0, "Nell", "{lines:?}");
}

#[test]
fn a_relation_of_untold_gender_is_the_one_beside_the_possessor_not_addressed() {
    // Old Amos leaves; Silas and Maud come in, and `her cousin` speaks to Maud.
    let text = "Old Amos went up to bed.\n\nSilas and Maud walked into the parlour.\n\n\"Maud,\" said her cousin, \"we must talk.\"\n\n\"As you like,\" she said.";
    assert_eq!(spoken(text)[0].0, "Silas", "{:?}", spoken(text));
    // two people besides the possessor: the text does not tell
    let text = text.replace("the parlour.", "the parlour with Abel.");
    assert_eq!(spoken(&text)[0].0, "her cousin", "{:?}", spoken(&text));
}

#[test]
fn a_noun_for_anyone_is_the_one_of_its_gender_the_sentence_before_names() {
    // two women on stage; the sentence before the line names one of them
    let text = "Mrs. Pye and Miss Hart sat by the fire.\n\nThe vicar took the chair offered by Miss Hart.\n\n\"How kind of you to come,\" said the girl.";
    assert_eq!(spoken(text)[0].0, "Miss Hart", "{:?}", spoken(text));
    // a sentence naming none of her gender does not tell
    let text = text.replace("offered by Miss Hart.", "offered by Mr. Dunne.");
    assert_eq!(spoken(&text)[0].0, "the girl", "{:?}", spoken(&text));
}

#[test]
fn a_description_after_an_indefinite_one_is_the_newcomer_not_the_named_one() {
    let text = "Tobias Pell sat alone by his fire in the valley.\n\nOut of the dark came a tall man leading a mule.\n\n\"Evening,\" called the man. \"Room for one more?\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "a tall man", "{lines:?}");
    assert_eq!(lines[1].0, "a tall man", "{lines:?}");
}

#[test]
fn one_of_a_group_is_not_the_one_of_them_described_before() {
    let text = "The eldest of the ducks shook her feathers and said, \"Rain by noon.\"\n\n\"Rain by noon,\" said one of the ducks.";
    assert_eq!(speakers(text), ["the eldest of the ducks", "one of the ducks"], "{:?}", spoken(text));
}

#[test]
fn a_description_never_spans_punctuation() {
    let text = "Smugglers were caught at the gates, Sergeant Holm and Sergeant Vey saw to that.\n\n\"Halt,\" said the sergeant.";
    assert_eq!(speakers(text), ["the sergeant"], "{:?}", spoken(text));
}

#[test]
fn a_description_that_named_someone_names_them_again_off_stage() {
    let fields = "The wind went on and on across the empty fields. ".repeat(60);
    let text = format!("Mrs. Pell and her daughter Nan sat by the stove.\n\n\"Supper?\" asked Nan.\n\n\"Soon,\" replied the mother.\n\n{fields}\n\n\"Is it late?\" asked Nan.\n\n\"No,\" said the mother.");
    assert_eq!(speakers(&text), ["Nan", "Mrs. Pell", "Nan", "Mrs. Pell"], "{:?}", spoken(&text));
}

#[test]
fn a_possessive_name_owning_a_person_is_not_the_subject() {
    // `Mr. Tobias's little son` is the subject of its sentence, not Mr. Tobias: Oskar, the next
    // named subject, is the one the paragraph is about.
    let text = "Nell and Oskar sat on the bench.\n\n\"Rain again,\" said Nell.\n\nOskar looked up from his book.\n\n\"It always rains,\" said Oskar.\n\nMr. Tobias's little son was still asleep. Oskar went out to the yard. The wind was cold.\n\n\"I will fetch the cart,\" he said.";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Oskar", "{lines:?}");
    assert!(lines[2].1.contains("acting in the paragraph before"), "{lines:?}");
}

#[test]
fn a_name_right_before_its_verb_is_a_subject() {
    // `After a long while Ezra stood up`: Ezra, behind an adverbial phrase, acts before `he said`.
    let text = "Tom and Bram sat on the bench.\n\n\"Rain again,\" said Tom.\n\n\"It always rains,\" said Bram.\n\nAfter a long while Ezra stood up. The wind slammed the door.\n\n\"I will fetch the cart,\" he said.";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Ezra", "{lines:?}");
    assert!(lines[2].1.contains("acting in the paragraph before"), "{lines:?}");
}

#[test]
fn a_relative_clause_after_a_described_speaker_is_part_of_its_name() {
    // two men at the inn; the clause tells which one speaks, and `the man` later is him
    let text = "The man at the bar nodded.\n\n\"Closing time,\" said the man who had locked the door.\n\n\"Not yet,\" said the man.";
    assert_eq!(speakers(text), ["the man who had locked the door", "the man who had locked the door"], "{:?}", spoken(text));
}

#[test]
fn a_phrase_of_place_after_a_newcomer_is_part_of_its_name() {
    let text = "The square was full when the bell rang.\n\n\"Fire at the mill!\" shouted a woman at the window.\n\n\"Fetch buckets,\" cried a boy in a shrill voice.";
    assert_eq!(speakers(text), ["a woman at the window", "a boy"], "{:?}", spoken(text));
}

#[test]
fn a_role_opening_the_last_clause_before_the_quote_is_its_pronoun() {
    let text = "Tobias Pell pushed open the door of the shop.\n\nAt Pell's step the hammering stopped, and the clock-mender looked up from his bench.\n\n\"Morning, sir,\" he said.";
    assert_eq!(speakers(text), ["the clock-mender"], "{:?}", spoken(text));
}

#[test]
fn a_tag_before_a_later_quote_is_not_the_earlier_ones() {
    let text = "Tom, Mrs. Vey and Ann sat by the fire.\n\n\"It was long ago,\" said Tom.\n\n\"Who was she?\" said Ann.\n\n\"Nobody you knew.\" We heard the gate; whereupon Mrs. Vey spoke. \"I know who he was.\"";
    let lines = spoken(text);
    assert_eq!(lines[3].0, "Mrs. Vey", "{lines:?}");
    // the untagged line before her tag is decided by the later sieves, not by that tag
    assert!(!lines[2].1.starts_with("same paragraph"), "{lines:?}");
}

#[test]
fn a_name_in_the_pronouns_own_clause_is_not_the_pronoun() {
    // `Oskar` is the object of `waved`: the `He` who waves him in and speaks is the doctor.
    let text = "Dr. Quill came in from the snow.\n\nOskar Brandt sat by the stove, reading. His calm annoyed the doctor. He waved Oskar into the hall and said quietly:\n\n\"Your daughter is very ill.\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Dr. Quill", "{lines:?}");
}

#[test]
fn the_man_after_a_voice_is_the_voice_revealed() {
    // Tobias is the only named man on stage, but the man who speaks is the voice that woke him.
    let text = "Tobias lay asleep on the sacks in the barn.\n\n\"Get up there,\" said a gruff voice.\n\n\
                Tobias rubbed his eyes.\n\n\"Up, I said!\" growled the man.\n\n\"What time is it?\" asked Tobias.";
    assert_eq!(speakers(text), ["a gruff voice", "a gruff voice", "Tobias"], "{:?}", spoken(text));
}

#[test]
fn a_demonstrative_description_points_back_at_the_one_just_called() {
    let text = "Tobias, Nell and Oskar sat on the wall.\n\n\"We'll walk to the fair, and so will Oskar; won't you, Oskar?\" said Tobias.\n\n\
                \"Gladly,\" said that gentleman.\n\n\"Wait for me,\" drawled this newcomer.";
    let lines = speakers(text);
    assert_eq!(lines[1], "Oskar", "{:?}", spoken(text));
    // someone new is nobody on stage
    assert_eq!(lines[2], "this newcomer", "{:?}", spoken(text));
}

#[test]
fn a_first_name_the_line_before_called_out_is_the_she_who_answers() {
    if crate::script::english::first_name_gender("Maud").is_none() {
        return; // the first-name lists were not fetched
    }
    // Maud is named only in the doctor's question; Mrs. Vey is the recent woman of the narration.
    let text = "Dr. Quill came in from the snow. Mrs. Vey was asleep upstairs, and the doctor went to the little bed by the window.\n\n\"Are you cold, Maud?\" he asked.\n\nShe pulled the blanket up to her chin. \"A little,\" she said.";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Maud", "{lines:?}");
    assert!(lines[1].1.contains("called in the line before"), "{lines:?}");
}

#[test]
fn a_first_name_the_line_before_called_out_answers_untagged() {
    if crate::script::english::first_name_gender("Maud").is_none() {
        return; // the first-name lists were not fetched
    }
    let text = "Dr. Quill came in from the snow. Mrs. Vey was asleep upstairs, and the doctor went to the little bed by the window.\n\n\"Are you cold, Maud?\" he asked.\n\n\"A little.\"";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Maud", "{lines:?}");
    assert!(lines[1].1.starts_with("called in the line before"), "{lines:?}");
}

#[test]
fn a_pronoun_opening_the_paragraph_after_a_line_goes_on_with_its_speaker() {
    // Both men fit `He`; the one who has just cried out is the one who comes over.
    let text = "\"A lunatic!\" Tom Reed said.\n\n\"I was scared,\" Jim Hale said. \"He raves.\"\n\nTom Reed frowned at the lather on his razor.\n\n\"Blast!\" he cried.\n\nHe came over to the window and, thrusting a hand into Jim's pocket, said:\n\n\"Lend us your rag.\"";
    let lines = spoken(text);
    assert_eq!(lines[4].0, "Tom Reed", "{lines:?}");
    // the same with the pronoun opening a narration paragraph between the line and the tag
    let text = "\"A lunatic!\" Tom Reed said.\n\n\"I was scared,\" Jim Hale said. \"He raves.\"\n\n\"Blast!\" Tom Reed cried.\n\nHe turned his grey eyes from the sea to the window. The wind had risen.\n\n\"Lend us your rag,\" he said.";
    let lines = spoken(text);
    assert_eq!(lines[4].0, "Tom Reed", "{lines:?}");
    assert!(lines[4].1.contains("the last speaker going on"), "{lines:?}");
}

#[test]
fn a_pronoun_after_a_named_subject_continues_the_sentence_before() {
    // Jim opens the paragraph, but Tom is the subject of the sentence the pronoun's own follows.
    let text = "Tom Reed and Jim Hale stood on the roof.\n\nJim Hale let him pull out a dirty rag. Tom Reed wiped the razor neatly. Then, gazing over the rag, he said:\n\n\"A new colour for our poets!\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Tom Reed", "{lines:?}");
}

#[test]
fn went_with_somewhere_to_go_is_no_verb_of_saying() {
    let text = "Tobias and Greta stood at the gate.\n\nWhen Tobias turned away he said, \"I will see to the horses.\" Greta went into the house.\n\n\
                \"Well,\" Greta went, \"that is that.\"\n\n\"Quite,\" he went on.";
    assert_eq!(speakers(text), ["Tobias", "Greta", "Greta", "Tobias"], "{:?}", spoken(text));
}

#[test]
fn a_plain_noun_with_one_named_of_its_sex_on_stage_is_that_one() {
    let text = "Mrs. Dunn, Nell and Oskar walked up the hill. Oskar ran on ahead, and he was soon out of sight.\n\n\"Wait for me,\" said Nell.\n\n\"Hurry, then,\" said Mrs. Dunn.\n\nThe fair was loud and crowded, and Mrs. Dunn bought Nell a toffee apple. Presently the boy stood in front of her, out of breath.\n\n\"I won a coconut!\"";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Oskar", "{lines:?}");
    assert!(lines[2].1.starts_with("acting in the paragraph before"), "{lines:?}");
}

#[test]
fn a_line_calling_a_group_is_not_spoken_by_the_one_addressed_before() {
    // Nell was addressed, but a line to `girls` is not hers: the pronoun falls to the conversation's one.
    let text = "Mrs. Dunn, Nell and Greta sat by the fire.\n\n\"Will you pour the tea, Nell?\" asked Mrs. Dunn.\n\n\"What a fine cake you have baked, girls!\" said she.";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Mrs. Dunn", "{lines:?}");
}

#[test]
fn a_second_person_noun_names_the_description() {
    let text = "A woman servant carried the lamp into the cold hall and set it down.\n\n\"The coach is late,\" she said.";
    assert_eq!(speakers(text), ["a woman servant"]);
}

#[test]
fn a_she_is_no_role_of_untold_gender_in_the_sentence_before() {
    let text = "An old woman lay in the bed by the window, very still.\n\nThe doctor came in and stood by the bed.\n\n\"Stay a while,\" she murmured.";
    assert_eq!(speakers(text), ["an old woman"]);
}

#[test]
fn a_first_name_opening_a_line_calls_the_one_who_answers() {
    let text = "Mrs. Hobb came into the barn with a lantern.\n\n\"Tomas, the cows are waiting,\" she said.\n\nThe barn was dark and smelled of hay.\n\n\"I'm coming,\" he said.";
    assert_eq!(speakers(text), ["Mrs. Hobb", "Tomas"]);
    // A capitalised word the text also writes in lower case opens a sentence, not a call.
    let text = "Mrs. Hobb came into the barn with a lantern. The boy was asleep.\n\n\"Boy, the cows are waiting,\" she said.\n\n\"I'm coming,\" he said.";
    assert_ne!(speakers(text)[1], "Boy");
}

#[test]
fn only_the_last_speakers_call_is_answered_next() {
    let text = "Ada and Mrs. Hobb sat at the table.\n\nAda pushed the plate away. \"You must not spoil me, Marta.\" \"You must have it,\" said Mrs. Hobb.\n\n\"No, no. Take it.\"";
    assert_eq!(speakers(text), ["Ada", "Mrs. Hobb", "Ada"]);
}

#[test]
fn a_description_tag_is_not_the_one_its_clause_names() {
    let text = "--Come on, said Nils Ekberg.\n\nA fellow asked him for the ball: but he walked on without even answering the fellow. Nils Ekberg told him not to because the prefect was looking. The fellow turned to Nils Ekberg and said:\n\n--You always take his side.";
    // The fellow came on as `A fellow`, and keeps that name.
    assert_eq!(speakers(text), ["Nils Ekberg", "a fellow"]);
}

#[test]
fn a_pronoun_after_someone_of_its_gender_tells_nothing_of_an_earlier_description() {
    // `she stooped` is the nurse's: `the surgeon`, of untold gender, stays untold, so the `He`
    // after the surgeon's own tag is his, not the baby's.
    let text = "Oskar was born at dawn, and Oskar cried. His mother sat up in the bed and held him.\n\n\"He is sound asleep,\" said the surgeon.\n\n\
                \"Warm as toast,\" said the nurse, as she folded the blanket.\n\n\
                \"Call me if he wakes,\" said the surgeon, picking up his bag. He put on his coat and added, \"He will sleep till dawn.\"";
    let lines = spoken(text);
    assert_eq!(lines[3].0, "the surgeon", "{lines:?}");
}

#[test]
fn a_relative_clause_in_the_narration_names_the_one_it_singles_out() {
    let text = "Mr. Dunn waited in the hall. The first woman who walked in was a tall nurse with a lamp. She looked about her.\n\n\"Who is there?\" she asked.\n\n\"Only me,\" said Mr. Dunn.\n\n\"Then come,\" said the woman.";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "the first woman who walked in", "{lines:?}");
    assert_eq!(lines[2].0, "the first woman who walked in", "{lines:?}");
}

#[test]
fn a_pronoun_tag_goes_on_under_the_next_tags_name() {
    let text = "Oskar and Bruno walked down to the harbour. Bruno stopped at the wall.\n\n\"What a boat that is,\" said he, as he reached the pier. Bruno frowned. \"Did you not see her sails?\" continued Oskar.";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Oskar", "{lines:?}");
    assert!(lines[0].1.contains("named by the next tag"), "{lines:?}");
    // With someone spoken to between the quotes, the next tag may be the one answering.
    let text = "Oskar and Bruno walked down to the harbour. Bruno stopped at the wall.\n\n\"What a boat,\" he said to Oskar \"She is slow,\" said Oskar.";
    assert!(!spoken(text)[0].1.contains("named by the next tag"));
}

#[test]
fn a_group_called_answers_as_one() {
    let text = "Mr. Dunn climbed onto the cart and held up the clock.\n\n\"What am I bid, friends, for this fine clock?\"\n\n\"Two shillings.\"\n\n\"Only two? Come, friends, it is worth a crown.\"\n\n\"Three.\"";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "friends", "{lines:?}");
    assert!(lines[1].1.starts_with("the group called in the line before"), "{lines:?}");
    assert_eq!(lines[2].0, "Mr. Dunn", "{lines:?}");
    assert_eq!(lines[3].0, "friends", "{lines:?}");
}

#[test]
fn a_role_opening_the_sentence_before_acts_in_it() {
    let text = "Nell waited on the quay with her bag.\n\nThe boatman pushed off and called out that Nell must sit in the bow.\n\n\"Hold on to the rail, miss.\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "the boatman", "{lines:?}");
    assert!(lines[0].1.starts_with("a role acting in the paragraph before"), "{lines:?}");
    // The role may open the sentence's last clause, after `, and`.
    let text = "Nell sat on the step with her letters.\n\nA gate banged, and the postman came up the path.\n\n\"Two parcels for you, miss.\"";
    assert_eq!(speakers(text), ["the postman"]);
}

#[test]
fn a_role_opening_the_sentence_before_the_quote_acts() {
    let text = "Oskar came up to the desk with his bag.\n\nThe porter looked up from the ledger that Oskar had signed. \"A room for the night, sir?\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "the porter", "{lines:?}");
    assert!(lines[0].1.starts_with("a role acting in the paragraph"), "{lines:?}");
}

#[test]
fn an_indefinite_subject_is_someone_new_though_a_named_one_is_on_stage() {
    let text = "Oskar sat by the stove, reading.\n\nA boy of about ten came in from the yard and stamped his boots.\n\n\"Is the stove lit?\" he asked.\n\n\"It is,\" said Oskar.";
    assert_eq!(speakers(text), ["a boy", "Oskar"]);
    // Not anyone at all, nor a fragment that describes again the one who spoke.
    let text = "Oskar sat by the stove. A man should keep warm, he thought.\n\n\"Is the stove lit?\" he asked.";
    assert_eq!(speakers(text), ["Oskar"]);
    let text = "\"Wait!\" cried a voice, as a man came out of the fog.\n\nA tall man, all in black.\n\n\"Who are you?\" said the man.";
    assert_eq!(speakers(text), ["a man", "a man"]);
    // The newcomer may open the sentence's last clause.
    let text = "Oskar stood on the platform with his bag.\n\nFar down the line a light appeared, and a boy came running with a lantern.\n\n\"The train is coming!\"";
    assert_eq!(speakers(text), ["a boy"]);
    // … or stand behind an adverbial opener.
    let text = "\"Supper is ready,\" said Nell.\n\nShe finished her soup and lit the lamp. Presently a freckled girl ran up from the beach. At the gate she stopped.\n\n\"Have you a penny?\" she asked.";
    assert_eq!(speakers(text), ["Nell", "a freckled girl"]);
}

#[test]
fn a_name_the_tag_interrupts_is_the_subject_not_someone_addressed() {
    // `Mrs. Quill` is talked about: the line after is the listener's, not hers.
    let text = "Oskar and Nell watched the cart go.\n\n\"Mrs. Quill,\" said Oskar, \"has waited years for this.\"\n\n\"Why?\" asked Nell.\n\n\"Money.\"";
    let lines = spoken(text);
    assert_eq!(lines[3].0, "Oskar", "{lines:?}");
    assert!(!lines.iter().any(|l| l.1.contains("addressed")), "{lines:?}");
}

#[test]
fn a_turn_taking_line_goes_to_the_one_the_next_line_calls_back() {
    // Three at the table: turn-taking alone would give the third line to Ruth again.
    let text = "Ruth, Oskar and Mrs. Pell sat at supper.\n\n\"Is the river up?\" asked Ruth.\n\n\"Since Monday,\" said Mrs. Pell.\n\n\"Then the mill will stand idle a week.\"\n\n\"Nonsense, Oskar, it never stands idle.\"";
    let got = spoken(text);
    assert_eq!(got[2].0, "Oskar", "{got:?}");
    assert!(got[2].1.starts_with("called back by the next line"), "{got:?}");
}

#[test]
fn a_first_name_called_is_not_the_next_line_that_calls_it_too() {
    let text = "I met Nell at the gate. I was tired, and my bag was heavy.\n\n\"You must be Catherine,\" said Nell.\n\n\"Kate,\" I said. \"Nobody calls me Catherine.\"\n\n\"Kate, then. Come in, Kate.\"";
    assert_eq!(speakers(text), ["Nell", "narrator", "narrator", "Nell"]);
}

#[test]
fn a_compound_role_noun_is_someone_in_the_narration() {
    let text = "Oskar waited on the platform.\n\nThe stationmaster came out of his office. \"The train is late,\" he said.\n\nOskar sighed.\n\nThe stationmaster looked at the clock. \"An hour, maybe.\"";
    let lines = spoken(text);
    assert_eq!(lines.iter().map(|l| l.0.as_str()).collect::<Vec<_>>(), ["the stationmaster", "the stationmaster"]);
    assert!(lines[1].1.starts_with("a role acting in the paragraph"), "{lines:?}");
}

#[test]
fn a_family_call_is_no_first_name_to_answer_to() {
    // `Gran` is in the first-name lists, but called out it names nobody new.
    let text = "Martha sat by the fire with her knitting. She was tired.\n\nThe door banged. \"Who is that, Gran?\"\n\n\"Only the wind.\"";
    let lines = spoken(text);
    assert!(!lines.iter().any(|l| l.0 == "Gran" || l.1.contains("called in the line before")), "{lines:?}");
}

#[test]
fn a_name_right_after_a_quotation_is_a_person() {
    // `Weary` is named once before, in passing; in the tag's place, he is someone.
    let text = "Miguel came down at noon in his new boots, and even Weary, the cheerful one, had a curl of the lip.\n\n\"It is a fine rig,\" Cal began.\n\n\"A fine rig!\" Weary paid his tribute. \"Fit for a king.\" He sighed.";
    assert_eq!(speakers(text), ["Cal", "Weary", "Weary"]);
}

#[test]
fn a_gendered_role_is_someone_when_its_gender_is_named_only_in_passing() {
    let text = "At the wish of Dr. Quillan and my cousins I set the story down, starting in the winter my aunt ran the ferry house and the tall old boatman came to stay with us.\n\nI see him yet, trudging up the towpath with his bag on a barrow. Then he rapped on the door.\n\n\"A snug house,\" says he. \"Many guests?\"";
    assert_eq!(speakers(text), ["the tall old boatman", "the tall old boatman"]);
    // nor is `the man` he calls to that one named in passing
    let text = text.replace("\"Many guests?\"", "\"Here, you,\" he cried to the man who pushed the barrow; \"carry in my bag. I will stop a while,\" he continued.");
    assert!(speakers(&text).iter().all(|s| s == "the tall old boatman"), "{:?}", speakers(&text));
}

#[test]
fn a_first_name_called_keeps_the_one_whose_full_name_it_opens_from_the_line() {
    let text = "Helena Marsh sat by the stove, and Piet Vos stood at the door with the milk.\n\n\"Piet.\"\n\n\"Yes, Helena.\" (He never called his aunt anything else, and Helena Marsh liked it.)";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Piet Vos", "{lines:?}");
}

#[test]
fn a_line_asked_of_me_is_answered_by_the_narrator() {
    // Old Tamsin, at the oars, is on stage; the one asked answers.
    let text = "Old Tamsin pulled at the oars and the clerk sat in the bow, his hat in his lap. Nobody spoke for a while.\n\n\"Is that the harbour bell?\" the clerk asked me.\n\n\"It is the buoy.\"\n\n\"How do you know?\"\n\n\"It rings higher.\"";
    assert_eq!(speakers(text), ["the clerk", "narrator", "the clerk", "narrator"]);
    // a `he` is never the narrator, whoever was spoken to
    let text = text.replace("\"How do you know?\"", "\"How do you know?\" he said.");
    assert_ne!(speakers(&text)[2], "narrator");
}

#[test]
fn one_who_left_the_scene_takes_no_more_turns() {
    let text = "Nell and Oskar sat by the fire, and Mr. Pike stood at the door.\n\n\"Cold tonight,\" said Mr. Pike.\n\n\"Very,\" said Nell.\n\nMr. Pike took his hat and went out into the snow.\n\n\"Is he gone?\"";
    let lines = spoken(text);
    assert_eq!(lines[2].0, "Oskar", "{lines:?}");
}

#[test]
fn a_pronoun_in_the_sentence_of_its_name_is_that_name() {
    let text = "Nell sat by the stove and said nothing. Oskar was quiet. But Mrs. Vey could not bear a silence, and leaning across the table she observed, in her most careful manner, \"More tea?\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Mrs. Vey", "{lines:?}");
}

#[test]
fn the_last_clause_of_the_paragraph_before_acts_last() {
    let text = "Nell and Oskar were at the table with their father.\n\n\"Is that the post?\" asked Oskar.\n\nThe surprise of the others was plain, that of Oskar most of all; but, when it had passed, Nell began to say that she had known it all along.\n\n\"I knew it would come today.\"";
    let lines = spoken(text);
    assert_eq!(lines[1], ("Nell".to_string(), "acting in the paragraph before: Nell".to_string()), "{lines:?}");
}

#[test]
fn a_shorter_description_sharing_an_adjective_is_the_same_person() {
    let text = "Nell sat at the tea table.\n\n\"Persian is not dead,\" said a thin, elderly gentleman.\n\n\"Nobody reads it,\" said Nell.\n\n\"There is the University,\" said the thin gentleman.";
    let lines = spoken(text);
    assert_eq!(lines[2].0, lines[0].0, "{lines:?}");
}

#[test]
fn a_title_case_notice_after_a_colon_is_not_speech() {
    let text = "The bills were up on the chapel door, in a type that Nell thought fit for a hanging: \"Sale of Stock and the Freehold of Rook Farm.\" Nobody read them twice.";
    assert!(spoken(text).is_empty(), "{:?}", spoken(text));
    let text = "Oskar came to the door, and Nell said only this: \"Come Home At Once.\"";
    assert_eq!(spoken(text).len(), 1);
}

#[test]
fn a_role_opening_the_last_clause_acts_after_a_sentence_opening_with_others() {
    let text = "Nell and Oskar stood on the slip with the clerk.\n\n\"Mind the step,\" said Nell.\n\nThe boys ran off up the hill, and the clerk stood on the slip a moment, looking at the water.\n\n\"Will you cross again tonight?\"";
    let lines = spoken(text);
    assert!(lines[1].1.starts_with("a role acting in the paragraph before"), "{lines:?}");
}

#[test]
fn a_line_after_looking_at_me_is_answered_by_the_narrator() {
    let text = "I stood on the slip with Jack and Mrs. Oakes, and I was cold.\n\n\"Fog again,\" said Jack.\n\n\"It always is,\" said Mrs. Oakes.\n\nThe clerk stood a moment, looking at me.\n\n\"Will you come on Saturday?\"\n\n\"I might.\"";
    let lines = spoken(text);
    assert_eq!(lines[3].0, "narrator", "{lines:?}");
}

#[test]
fn a_name_the_text_also_writes_in_lower_case_once_still_opens_a_sentence() {
    let text = "Farmer Quill set his lantern on the quill stand. That evening, Quill stayed late, and the carter came by.\n\n\"Raining yet?\" said the carter.\n\nQuill looked out at the lane. \"Not yet,\" he said.";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Quill", "{lines:?}");
}

#[test]
fn a_chapter_with_no_blank_lines_between_paragraphs_takes_turns() {
    let text = "The ferry came in low under the weight of the carts, and the\n\
                boy at the rope watched the girl on the last cart climb down.\n\
                \"Is this the far side?\" she asked him.\n\
                \"It is, miss.\"\n\
                \"Then I have missed the coach.\"\n\
                \"There is another at noon.\"\n\
                The girl sat on her trunk to wait for it.\n\
                \"Noon,\" she said, and laughed.";
    assert_eq!(crate::script::segment::segment(text).0.paras.len(), 6);
    assert_eq!(speakers(text), ["the girl", "the boy", "the girl", "the boy", "the girl"]);
}

#[test]
fn the_narration_after_a_tag_is_the_paragraph_before_for_a_pronoun() {
    let text = "Nell, Oskar and Mr. Quist sat at the tea table.\n\n\"Rain again,\" said Oskar.\n\n\"It rained all week,\" Nell explained. Mr. Quist muttered something, and the kettle sang.\n\n\"Have you been to Hull?\" he asked.";
    let lines = spoken(text);
    assert_eq!(lines[2], ("Mr. Quist".to_string(), "tag: \"he asked\" (acting in the paragraph before)".to_string()), "{lines:?}");
}

#[test]
fn the_one_heard_saying_speaks_after_a_long_clause() {
    let text = "Nell sat on the bank by her sister; nor did Nell think it so very much out of the way to hear the Heron say to itself, \"Late again! Late again!\"";
    let lines = spoken(text);
    assert_eq!(lines, [("the heron".to_string(), "tag: \"hear the Heron say\"".to_string())]);
}

#[test]
fn a_described_person_acting_right_before_the_quote_speaks_it() {
    let text = "Oskar sat on the bank by the road.\n\n\"Take up that basket, will you?\" said Oskar.\n\nThe freckled stripling kicked at a stone. \"Why should I?\"";
    let lines = spoken(text);
    assert_eq!(lines[1], ("the freckled stripling".to_string(), "a role acting in the paragraph: the freckled stripling".to_string()), "{lines:?}");
}

#[test]
fn a_first_name_of_either_sex_called_names_the_unnamed_one_answering() {
    let text = "Oskar sat on the bank by the road.\n\n\"Take up that basket!\" said Oskar.\n\nThe freckled stripling kicked at a stone. \"Why should I?\"\n\n\"Well, Robin, because I ask you.\"";
    let lines = spoken(text);
    assert_eq!(lines[1].0, "Robin", "{lines:?}");
}

#[test]
fn a_role_speaker_of_an_earlier_exchange_the_narration_brings_back_is_the_one_called() {
    let text = "A tall porter came up the platform with a telegram. \"The down train is cancelled,\" he said to the crowd.\n\n\
                Nobody believed him, and the crowd broke up into little arguing knots along the platform.\n\n\
                A woman with a basket of eggs sat down on a bench by the lamp and began to count them.\n\n\
                The sky over the goods yard turned the colour of a bruise.\n\n\
                Old men argued with their wives. Meanwhile the porter who had brought the telegram strode about with great importance, until a stout farmer stopped him.\n\n\
                \"What's wrong with it, Percy?\"\n\n\
                \"Floods at Lenton.\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "Percy", "{lines:?}");
    assert_eq!(lines[2].0, "Percy", "{lines:?}");
}

#[test]
fn a_first_name_of_either_sex_the_line_before_called_out_answers() {
    let text = "Oskar came in from the yard with the lantern.\n\n\"Cold out there, Robin?\" he asked.\n\n\"Colder than you know.\"";
    let lines = spoken(text);
    assert_eq!(lines[1], ("Robin".to_string(), "called in the line before: Robin".to_string()), "{lines:?}");
}

#[test]
fn a_tag_before_the_quote_may_open_with_as() {
    let text = "\"Good evening,\" said Nell.\n\nOskar was the tallest man in the parish. As a young admirer had once said of him: \"He has to stoop to go to church.\"";
    let lines = spoken(text);
    assert_eq!(lines[1], ("a young admirer".to_string(), "tag: \"a young admirer had once said\"".to_string()), "{lines:?}");
}

#[test]
fn an_adverb_set_off_by_commas_may_part_a_tag_verb_from_its_subject() {
    let text = "\"The ferry is late again,\" said Nell.\n\n\"Not so late,\" put in, more gently, a young wife, holding a child by the hand.";
    let lines = spoken(text);
    assert_eq!(lines[1], ("a young wife".to_string(), "tag: \"put in, more gently, a young wife\"".to_string()), "{lines:?}");
}

#[test]
fn a_description_in_a_simile_is_nobody_on_stage() {
    let text = "On the step sat a small boy. His big coat made him look like a little old man, and he sat wringing his sleeves and whimpering, \"My kitten! She will freeze!\"";
    let lines = spoken(text);
    assert_ne!(lines[0].0, "a little old man", "{lines:?}");
    assert!(lines[0].0.ends_with("boy"), "{lines:?}");
}

#[test]
fn a_tag_between_two_parts_of_a_speech_beats_a_new_sentence_after_it() {
    let text = "Nell and Oskar stood at the door.\n\n\"Come in,\" she said, \"and sit by the stove.\" Oskar nodded.";
    let lines = spoken(text);
    assert_eq!(lines[1], ("Nell".to_string(), "tag: \"she said\" (said earlier in the paragraph)".to_string()), "{lines:?}");
}

#[test]
fn a_name_set_off_by_commas_before_its_verb_is_the_subject() {
    let text = "Mr. Dunn had laughed at the flood, and I thought of him.\n\nI did not see the rider come out of the wood, nor knew, until his voice came up the bank, that my old friend, Tobias Pell, was at the gate.\n\nI went down and gave him my hand.\n\n\"You keep a careful house!\" he said.";
    assert_eq!(speakers(text), ["Tobias Pell"]);
}

#[test]
fn a_pronoun_opening_the_last_sentence_before_is_its_subject() {
    let text = "\"Late again,\" said Nell.\n\nTobias Lind sat down by the stove. He looked round the room and saw that Mr. Dunn was there, the only comfort of the evening.\n\n\"Have you been to town?\" he asked Nell.";
    let lines = spoken(text);
    assert_eq!(lines[1], ("Tobias Lind".to_string(), "tag: \"he asked\" (acting in the paragraph before)".to_string()), "{lines:?}");
}

#[test]
fn a_name_given_ends_at_its_sentence() {
    let text = "A young man in a grey coat came up the steps.\n\n\"Is this the ferry?\" the young man asked.\n\n\"It is,\" said Nell.\n\nHe seemed to think about that. Then he said, \"My name's Tobias. I'm new at the mill.\"";
    assert_eq!(speakers(text), ["Tobias", "Nell", "Tobias"]);
}

#[test]
fn the_one_a_relative_clause_makes_act_before_the_quote_speaks_it() {
    let text = "Nell and Tobias stood by the shed.\n\n\"Did you lock it?\" said Nell.\n\n\"Yes.\"\n\nNell looked at Tobias, who shrugged. \"Don't look at me. I only keep the keys.\"";
    let lines = spoken(text);
    assert_eq!(lines[2], ("Tobias".to_string(), "acting right before the quote: Tobias".to_string()), "{lines:?}");
}

#[test]
fn a_phrase_telling_which_one_may_part_a_description_from_its_verb() {
    let text = "Three people sat behind the table.\n\n\"Name?\" the woman with the clipboard asked.";
    let lines = spoken(text);
    assert_eq!(lines[0], ("the woman with the clipboard".to_string(), "tag: \"the woman with the clipboard asked\"".to_string()), "{lines:?}");
}

#[test]
fn the_one_woman_on_stage_is_not_her_own_mother() {
    let text = "Nell sat on the bus with her cello. Her phone rang.\n\n\"Hello?\"\n\n\"It's me,\" said a voice. \"How did it go?\"\n\n\"I think they liked it.\"\n\n\"Of course they liked it,\" her mother said.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("her mother"));
}

#[test]
fn a_description_keeps_what_the_person_has_to_tell_two_apart() {
    let text = "Two people sat behind the table: a man with a beard and a younger man.\n\nNell set her case down.\n\nThe man with the beard leaned back. \"Ambitious.\"";
    let lines = spoken(text);
    assert_eq!(lines[0].0, "a man with a beard", "{lines:?}");
}

#[test]
fn a_newcomer_after_an_and_that_joins_clauses_is_someone_new() {
    let text = "\"I try,\" said Oskar.\n\nA door opened and a woman looked out. \"Nell Pike?\"";
    let lines = spoken(text);
    assert_eq!(lines[1], ("a woman".to_string(), "acting in the paragraph: a woman".to_string()), "{lines:?}");
}

#[test]
fn a_phrase_of_place_after_the_verb_goes_with_a_definite_description_too() {
    let text = "Tobias set his case down by the desk.\n\n\"You're the cellist?\" asked the girl at the front desk.";
    assert_eq!(speakers(text), ["the girl at the front desk"]);
}

#[test]
fn a_coach_or_a_nurse_is_a_title() {
    let text = "Coach Pell blew the whistle.\n\n\"Run it again,\" said the coach.";
    assert_eq!(speakers(text), ["Coach Pell"]);
}

#[test]
fn a_first_name_opening_its_only_sentence_before_a_past_tense_is_a_name() {
    let text = "\"Seven sharp,\" said Coach Pell.\n\nA few of the boys laughed. Danny raised his hand.\n\n\"What if the bus is late, Coach?\"";
    assert_eq!(speakers(text), ["Coach Pell", "Danny"]);
}
