use super::*;

pub(super) fn find(text: &str) -> Characters {
    Characters::find(text, &[(0, 0, text.len())])
}

#[test]
fn names_cluster_with_titles_and_aliases() {
    let text = "Elizabeth Bennet sat down. Then Elizabeth smiled at Mr. Darcy, and Darcy frowned. \
                Mrs. Bennet laughed at her. Elizabeth went to London.";
    let c = find(text);
    let lizzy = c.lookup("Elizabeth").unwrap();
    assert_eq!(c.lookup("Elizabeth Bennet"), Some(lizzy));
    assert_eq!(c.lookup("Darcy"), c.lookup("Mr. Darcy"));
    assert_eq!(c.list[c.lookup("Mr. Darcy").unwrap()].female, Some(false));
    assert_ne!(c.lookup("Mrs. Bennet"), Some(lizzy));
    assert_eq!(c.list[c.lookup("Mrs. Bennet").unwrap()].female, Some(true));
    assert_eq!(c.lookup("London"), None, "a stop-listed place");
    assert!(!c.first_person);
}

#[test]
fn miss_with_a_first_name_and_miss_with_the_surname_are_two_sisters() {
    let text = "Miss Tabitha Quell poured the tea. Miss Quell frowned at her. Miss Tabitha smiled. Then Miss Quell rang the bell.";
    let c = find(text);
    assert_ne!(c.lookup("Miss Tabitha"), c.lookup("Miss Quell"));
    assert_eq!(c.lookup("Miss Tabitha"), c.lookup("Miss Tabitha Quell"));
}

#[test]
fn a_common_word_after_a_title_is_a_surname() {
    let text = "Mrs. Church swept the yard while Mr. Street watched from the road. Then Mr. And Mrs. Pell came by.";
    let c = find(text);
    assert_eq!(c.list[c.lookup("Mrs. Church").unwrap()].female, Some(true));
    assert_eq!(c.list[c.lookup("Mr. Street").unwrap()].female, Some(false));
    assert_eq!(c.lookup("Mr. And"), None);
}

#[test]
fn a_surname_family_splits_by_gender_not_by_form() {
    // title first, then the full name: the man is one character, his wife another
    let text = "Mr. Halvorsen came in late. Ansgar Halvorsen sat down by the fire. \
                Mrs. Halvorsen looked up at him. Then Halvorsen laughed.";
    let c = find(text);
    let man = c.lookup("Mr. Halvorsen").unwrap();
    assert_eq!(c.lookup("Ansgar Halvorsen"), Some(man));
    assert_eq!(c.lookup("Halvorsen"), Some(man), "the bare surname goes with the man");
    assert_ne!(c.lookup("Mrs. Halvorsen"), Some(man));
    // a neutral title joins the full name too, whichever comes first
    let c = find("Dr. Quillan knocked. Then Oswin Quillan sat down.");
    assert_eq!(c.lookup("Oswin Quillan"), c.lookup("Dr. Quillan"));
    // a man's title joins a full name whose first name is in both lists, unless its bearer leans female
    let c = find("Hilary Quist came in. Then Mr. Quist sat down, and Quist laughed.");
    assert_eq!(c.lookup("Mr. Quist"), c.lookup("Hilary Quist"));
    assert_eq!(c.lookup("Quist"), c.lookup("Hilary Quist"));
    // a woman's title never joins an untitled full name: `Miss Halvorsen` may be a sister
    let c = find("Ansgar Halvorsen sat down. Miss Halvorsen laughed.");
    assert_ne!(c.lookup("Miss Halvorsen"), c.lookup("Ansgar Halvorsen"));
}

#[test]
fn a_name_seen_once_at_a_sentence_start_counts_when_it_acts() {
    let text = "The boat was late. Marrow stood by the rail. Silence was all around. \
                Slowly it grew dark. Settling down, the crew slept. Quill and Marrow sat.";
    let c = find(text);
    assert!(c.lookup("Marrow").is_some());
    assert!(c.lookup("Quill").is_some());
    for word in ["Silence", "Slowly", "Settling"] {
        assert_eq!(c.lookup(word), None, "{word}");
    }
}

#[test]
fn pronouns_tell_gender_and_first_person_is_seen() {
    let text = "Ivy stood up. She was tired. Ivy sat. Then Tom came in and he sat. I saw them. I left. I think my day was long.";
    let c = find(text);
    assert_eq!(c.list[c.lookup("Ivy").unwrap()].female, Some(true));
    assert_eq!(c.list[c.lookup("Tom").unwrap()].female, Some(false));
    assert!(c.first_person);
}

#[test]
fn a_name_behind_a_short_opening_phrase_is_the_subject() {
    let text = "The lamps were lit. In fact, Mr. Quist, the old poet, stood up. At the door Nell waited.";
    let c = find(text);
    let quist = c.mentions.iter().find(|m| m.character == c.lookup("Mr. Quist").unwrap()).unwrap();
    assert!(quist.subject);
}

#[test]
fn a_name_always_behind_one_epithet_keeps_it() {
    let text = "Old Pell was at the fire. The others listened to old Pell. Then young Dunn came in; Dunn sat down.";
    let c = find(text);
    assert_eq!(c.list[c.lookup("Pell").unwrap()].name, "Old Pell");
    assert_eq!(c.lookup("Old Pell"), c.lookup("Pell"));
    assert_eq!(c.list[c.lookup("Dunn").unwrap()].name, "Dunn");
}

#[test]
fn a_titled_name_after_the_is_a_place() {
    let text = "My aunt kept the Colonel Fairweather, an inn by the quay. Sailors drank at the Colonel Fairweather. \
                Then Captain Rusk came in, and Captain Rusk sat down.";
    let c = find(text);
    assert!(!c.is_person(c.lookup("Colonel Fairweather").unwrap()));
    assert!(c.is_person(c.lookup("Captain Rusk").unwrap()));
}

#[test]
fn a_first_name_after_to_or_from_is_still_a_person() {
    if english::first_name_gender("Harold").is_none() {
        return; // built without the first-name lists (tools/fetch-names.sh)
    }
    let text = "Nobody was kind to Harold. The parcel came from Harold. Harold had a cold.                     The boys were cruel to Harold, and the maid wrote to Harold.";
    let c = find(text);
    assert!(c.is_person(c.lookup("Harold").unwrap()));
}

#[test]
fn a_mother_a_daughter_and_a_doctor_of_one_surname_are_three() {
    let text = "Dr Quell came home late. Miss Quell poured his tea, and Mrs Quell smiled at her. Then Dr Quell sat down. \
                Miss Quell rang the bell. Mrs Quell frowned.";
    let c = find(text);
    let (doctor, daughter, mother) = (c.lookup("Dr Quell"), c.lookup("Miss Quell"), c.lookup("Mrs Quell"));
    assert!(doctor.is_some() && daughter.is_some() && mother.is_some());
    assert_ne!(doctor, daughter);
    assert_ne!(doctor, mother);
    assert_ne!(mother, daughter);
}
