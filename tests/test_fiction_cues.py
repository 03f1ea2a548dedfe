"""Cues in novels: the attribution fixes found on the PDNC training novels, each
shown on sentences of our own (and what news must keep)."""

from __future__ import annotations

from quoteverify import parse

from .conftest import speakers

# --- the second part of a split quote after a dash printed as spaces ---


def test_a_split_quote_goes_on_after_a_dash_printed_as_spaces() -> None:
    text = '"Of course," cried Nell Hardy, getting up in a hurry   "I will go now."'
    assert speakers(text) == ["Nell Hardy", "Nell Hardy"]


def test_a_split_quote_goes_on_in_lower_case_without_a_comma() -> None:
    text = '"Glad you came," said Miss Pike, taking him by the sleeve "for I was bored."'
    assert speakers(text) == ["Pike", "Pike"]


def test_a_second_cue_in_the_gap_keeps_the_second_part_apart() -> None:
    text = (
        '"Good day," said the clerk, eyeing the coat as Tom Ward says, '
        'with a frown "like a wet dog."'
    )
    assert speakers(text)[1] != "the clerk"


def test_a_sentence_end_in_the_gap_keeps_the_second_part_apart() -> None:
    text = '"Well, I never," said Nell Hardy. He sat down at the table   "so you came after all."'
    assert speakers(text)[1] != "Nell Hardy"


def test_a_news_partial_quote_after_a_described_as_is_not_a_split_quote() -> None:
    text = (
        'Ruiz, who puts her costs "in the millions," called the delay '
        '"painful for everyone," she said.'
    )
    second = parse(text).quotes[1]
    assert second.cue is None or second.cue.rule != "split-quote"


# --- a participle's subject is the name that opens its clause ---


def test_a_name_after_when_is_the_subject_of_a_later_participle() -> None:
    text = (
        "Tom Ward was pacing the hall when Nell Hardy came in from the yard, "
        'calling out, "We are late!"'
    )
    assert speakers(text) == ["Nell Hardy"]


def test_a_name_after_when_is_the_subject_of_a_coordinated_cue() -> None:
    text = (
        "She had nearly given up hope when Nell Hardy soon afterwards, "
        'shutting the gate, said, "Come along."'
    )
    assert speakers(text) == ["Nell Hardy"]


def test_a_name_after_a_preposition_is_not_a_participle_subject() -> None:
    text = 'Tom Ward went after Nell Hardy on Monday, calling her plan "a joke."'
    assert speakers(text) == ["Tom Ward"]


def test_only_the_last_clause_opener_is_read() -> None:
    text = (
        "Tom Ward stood by the fire while Nell Hardy was at the window; and "
        'Tom Ward, struck by her pale face, took her hand, saying, "Sit down."'
    )
    assert speakers(text) == ["Tom Ward"]


def test_a_name_after_a_semicolon_and_its_aside_is_the_participle_subject() -> None:
    text = (
        "She had been crying for an hour; and Tom Ward, moved by the sight, "
        'could not help saying, "Stop, please."'
    )
    assert speakers(text) == ["Tom Ward"]


def test_a_name_and_an_aside_after_when_are_not_read_as_the_subject() -> None:
    text = 'Tom Ward left when Nell Hardy, the cook, arrived, calling it "a rout."'
    assert speakers(text) != ["Nell Hardy"]


# --- a possessive before a gerund names the speaker ---


def test_the_owner_of_a_gerund_is_the_speaker() -> None:
    text = 'Nell Hardy began to answer, but was stopped by Tom Ward\'s saying, "Not now."'
    assert speakers(text) == ["Tom Ward"]


def test_the_owner_of_a_gerund_with_the_apostrophe_lost() -> None:
    text = 'The long silence was broken at last by Tom Ward s asking, "Is it late?"'
    assert speakers(text) == ["Tom Ward"]


def test_a_name_after_comma_but_is_the_subject_of_a_cue_before_the_quote() -> None:
    text = (
        "I was growing quite restless, but Nell Hardy calmed me by remarking:\n\n"
        '"There is no hurry at all."'
    )
    assert speakers(text) == ["Nell Hardy"]


# --- a quote in the first person singular is not said by "they" or "it" ---

_LEAVING = (
    "Nora saw that he wished to be alone; and thinking it better that they should "
    'not talk again, now left him with, "{}"'
)


def test_they_is_not_the_speaker_of_a_quote_that_says_i() -> None:
    assert speakers(_LEAVING.format("I shall see you at noon.")) == [None]


def test_they_may_still_say_we() -> None:
    assert speakers(_LEAVING.format("We shall see you at noon.")) == ["they"]


def test_the_subject_they_of_another_clause_yields_to_the_speaker_named_later() -> None:
    text = (
        "They had begun the meal, and were some way through it when the door "
        'opened, and Nora, coming in with her hat in her hand, cried, "My train was late!"'
    )
    assert speakers(text) == ["Nora"]


def test_a_sign_that_says_i_is_still_its_own_speaker() -> None:
    assert speakers('Ruth Dale looked up at the notice. "I am shut on Mondays," it read.') == ["it"]


# --- an aside between two dashes printed as spaces goes on the sentence ---


def test_a_quote_after_an_aside_between_spaced_dashes_keeps_the_speaker() -> None:
    text = (
        '"Look at that," said Tom Ward slowly. "Yes, it is a clue"   '
        'his finger tapping the glass   "but not the one we wanted."'
    )
    assert speakers(text) == ["Tom Ward", "Tom Ward", "Tom Ward"]


def test_an_aside_with_one_space_on_each_side_is_not_a_dash() -> None:
    # Ordinary spacing: the third quote is not carried across the narration.
    text = (
        '"Look at that," said Tom Ward slowly. "Yes, it is a clue" '
        'his finger tapping the glass "but not the one we wanted."'
    )
    assert speakers(text)[2] is None


# --- a quote that was someone's words: a titled name of several words ---


def test_a_titled_full_name_owns_the_words_before_it() -> None:
    text = '"You are late again," was Mrs. Nell Hardy\'s sharp reply.'
    assert speakers(text) == ["Nell Hardy"]


def test_a_name_too_far_after_the_link_owns_nothing() -> None:
    # Words that are no name stand between: the owner is not the quote's speaker.
    text = '"You are late again," was said in the hall near Nell Hardy\'s reply.'
    assert speakers(text) != ["Nell Hardy"]


# --- a cleft sentence after the quote names its speaker ---


def test_a_cleft_sentence_after_the_quote_names_the_speaker() -> None:
    text = 'Tom Ward looked up.  "The gate was left open."  It was Nell Hardy who spoke.'
    assert speakers(text) == ["Nell Hardy"]


def test_a_cleft_sentence_opening_the_next_paragraph_names_the_speaker() -> None:
    text = 'Tom Ward looked up.\n\n"Who left the gate open?"\n\nIt was Nell Hardy who asked.'
    assert speakers(text) == ["Nell Hardy"]


def test_a_cleft_sentence_without_a_cue_names_no_one() -> None:
    text = 'Tom Ward looked up.  "The gate was left open."  It was Nell Hardy who shut it.'
    assert speakers(text) != ["Nell Hardy"]


def test_an_owner_with_the_apostrophe_lost_owns_the_words() -> None:
    # Some old texts print the apostrophe of a possessive as a space (and a dash too).
    text = 'Tom Ward sat down.  "You must not   you must not   " were Nell Hardy s first words.'
    assert speakers(text) == ["Nell Hardy"]


# --- a cue that leads in the next quote is not the cue of the quote before ---


def test_a_reply_that_leads_in_the_next_quote_is_not_the_first_quotes_cue() -> None:
    text = (
        'Nell Hardy said with a bright smile, "You want your tea, sir," '
        'Tom Ward replied, "If I waited for it, I should wait all day."'
    )
    assert speakers(text) == ["Nell Hardy", "Tom Ward"]


def test_a_cue_between_two_parts_of_one_quote_still_serves_the_first() -> None:
    # No cue before the first part: the cue between the parts is its own.
    text = 'The room went quiet.  "Well," said Tom Ward, "I got here first."'
    assert speakers(text) == ["Tom Ward", "Tom Ward"]


# --- a person named by their work, bare or with a possessive (h42-pdnc) ---


def test_a_bare_role_noun_after_said_names_the_speaker() -> None:
    text = 'Tom dropped his spoon.\n\n"Eat your soup first," said nanny.\n\n"Why?"'
    assert speakers(text)[0] == "nanny"


def test_a_possessive_before_a_role_noun_names_the_speaker() -> None:
    text = 'Tom signed.\n\n"Then we are done," said Vera\'s solicitor. "I will file it."'
    assert speakers(text) == ["Vera's solicitor", "Vera's solicitor"]


def test_an_adverb_after_a_known_role_noun_is_no_part_of_the_speaker() -> None:
    text = 'The door shook.\n\n"Open up," cried the policeman again.'
    assert speakers(text) == ["the policeman"]


def test_the_barman_and_a_solicitor_speak_in_news_too() -> None:
    text = (
        'The pub reopened on Friday. "We missed the regulars," the barman said. '
        '"The lease is sound," a solicitor for the brewery said.'
    )
    assert speakers(text) == ["the barman", "a solicitor for the brewery"]


# --- a split quote whose speaker is followed by the person spoken to (h42-pdnc) ---


def test_a_split_quote_goes_on_after_the_person_spoken_to() -> None:
    text = (
        '"You may find this odd," said Nell Hardy to her aunt one evening, as they '
        'crossed the square "but I never liked the house."'
    )
    assert speakers(text) == ["Nell Hardy", "Nell Hardy"]


def test_a_stop_after_the_person_spoken_to_ends_the_split() -> None:
    text = '"You may find this odd," said Nell Hardy to her aunt. Tom nodded "but never mind."'
    assert speakers(text)[1] != "Nell Hardy"


# --- *it* after a verb before a colon is its object, not the speaker (h42-pdnc) ---


def test_it_after_a_verb_before_a_colon_is_no_speaker() -> None:
    text = 'Nobody spoke. Nell Hardy, waking at last, broke it thus:\n\n"Well, shall we go?"'
    assert speakers(text) == ["Nell Hardy"]


def test_it_as_the_subject_before_a_colon_still_speaks() -> None:
    text = 'The council met on Monday. It said:\n\n"The pier will close."'
    assert speakers(text) == ["It"]


# --- the object of an earlier verb is not the subject of the cue (h43-pdnc) ---


def test_a_surname_an_honorific_opens_is_the_subject_not_a_body() -> None:
    # "Mrs. Hale" is a person: the name after her verb is its object, not her name.
    text = 'Mrs. Hale held Ana Ruiz by the hand and was saying, "There are four of us."'
    assert speakers(text) == ["Hale"]
    # A place word before the honorific is read into the name's title: still a person.
    text = 'Downstairs Mrs Hale had Ana Ruiz by the sleeve and was saying, "Sit down."'
    assert speakers(text) == ["Hale"]


def test_a_body_before_a_role_still_gives_the_name_after_it() -> None:
    text = 'Kent County clerk Ana Ruiz said, "The count is done."'
    assert speakers(text) == ["Ana Ruiz"]


def test_a_cue_joined_by_and_is_the_first_verbs_subjects() -> None:
    # "at the door" is no aside between a subject and its verb: "and said" joins "met".
    text = 'Tom Hale met Ana Ruiz at the door and said, "We are ready."'
    assert speakers(text) == ["Tom Hale"]
    text = 'Later the mayor, Tom Hale, met Ana Ruiz at the gate and said, "Come in."'
    assert speakers(text) == ["Tom Hale"]
    text = 'Tom Hale met Ana Ruiz at the gate but said, "Not today."'
    assert speakers(text) == ["Tom Hale"]


def test_an_aside_between_a_subject_and_its_verb_still_reads() -> None:
    text = 'Tom Hale in his opening speech said, "We are ready."'
    assert speakers(text) == ["Tom Hale"]


# --- clauses after a semicolon that open on their verb (h45-pdnc) ---


def test_a_clause_opening_on_its_verb_after_a_semicolon_keeps_the_earlier_subject() -> None:
    text = (
        "Tom Ward was reading by the fire, when Nell Hardy came down to greet him; "
        'came at a run; and, seizing both his hands, said, "At last! Now we can go."'
    )
    assert speakers(text) == ["Nell Hardy"]


def test_a_semicolon_clause_with_its_own_pronoun_is_read_as_before() -> None:
    text = (
        "Tom Ward was reading by the fire, when Nell Hardy came down to greet him; "
        'and he, seizing both her hands, said, "At last! Now we can go."'
    )
    assert speakers(text) != ["Nell Hardy"]


def test_verb_led_clauses_with_no_named_clause_before_keep_the_sentence_subject() -> None:
    text = 'Tom Ward stood up; crossed the room; and, bowing low, said, "Good night to you all."'
    assert speakers(text) == ["Tom Ward"]


# --- a person named by a role or kinship noun opening a clause before the cue ---


def test_a_role_noun_after_when_speaks_through_a_joined_cue() -> None:
    text = (
        "Tom Ward had been reading for an hour, when the nurse came in and said, "
        '"You may see her now, sir."'
    )
    assert speakers(text) == ["the nurse"]


def test_a_role_noun_after_when_speaks_before_a_colon() -> None:
    text = (
        "Tom Ward had been reading for an hour, when the nurse came in and said,"
        ' softly and kindly:\n\n"You may see her now, sir."'
    )
    assert speakers(text) == ["the nurse"]


def test_a_role_noun_in_a_clause_no_comma_sets_off_is_background_in_news() -> None:
    # Without a comma the clause after *when*, *while* sets the scene of the main
    # one: who stood up or walked out speaks, not the minister or the spokesman.
    text = 'Tom Ward stood up when the spokesman finished reading and said, "That is false."'
    assert speakers(text) == ["Tom Ward"]
    text = 'Ana Ruiz walked out while the minister spoke and said, "I have heard enough."'
    assert speakers(text) == ["Ana Ruiz"]
    text = 'Ana Ruiz was in court when the judge ruled and said, "I accept the verdict."'
    assert speakers(text) == ["Ana Ruiz"]


def test_a_clause_closed_by_a_comma_before_a_finite_cue_gives_way() -> None:
    # The clause is set off by a comma, so only the comma after "left" closes it.
    text = 'Nell Hardy sat by the bed a while, until the nurse left, then said, "Now we can talk."'
    assert speakers(text) == ["Nell Hardy"]


def test_a_participle_cue_after_a_comma_still_belongs_to_the_role_noun() -> None:
    text = (
        'Nell Hardy was about to go on, when her aunt stopped her, by saying, "Not another word."'
    )
    assert speakers(text) == ["her aunt"]


# --- a document's addressee before "who" (h45-pdnc) ---


def test_who_after_a_letter_to_a_person_is_that_person() -> None:
    text = 'Later Tom Ward handed the letter to Ned Bell, who said, "I am sorry it went so."'
    assert speakers(text) == ["Ned Bell"]


def test_who_after_a_report_sent_to_an_official_is_the_official_in_news() -> None:
    text = 'The board sent its report to Mayor Ana Ruiz, who said, "We will read every page."'
    assert speakers(text) == ["Ana Ruiz"]


def test_which_after_a_letter_to_a_person_is_still_the_letter() -> None:
    text = 'The firm sent a letter to Ana Ruiz, which said, "Your account is closed," on Monday.'
    assert speakers(text) != ["Ana Ruiz"]


def test_who_after_an_envoy_to_a_person_is_still_the_envoy() -> None:
    text = 'Tom Ward met the envoy to Ana Ruiz, who said, "The talks are over."'
    assert speakers(text) != ["Ana Ruiz"]


# --- a "who" clause holding the cue or the word for an utterance (h45-pdnc) ---


def test_a_who_clause_before_a_colon_with_a_word_for_an_utterance_names_its_person() -> None:
    text = (
        "Ned Bell spoke first. He was joined on stage by Tom Ward, who offered this "
        'assessment: "We are not ready for a vote."'
    )
    assert speakers(text) == ["Tom Ward"]


def test_a_who_clause_ending_the_paragraph_before_names_its_person() -> None:
    text = (
        "Ned Bell came in late. A porter came in with a tray which he handed to Tom Ward, "
        'who waved it away towards Ned with the curt remark:\n\n"I never eat at noon."'
    )
    assert speakers(text) == ["Tom Ward"]


def test_a_word_for_an_utterance_outside_a_who_clause_keeps_the_subject() -> None:
    text = 'Ned Bell, who had come in late, offered this assessment: "We are not ready for a vote."'
    assert speakers(text) == ["Ned Bell"]


def test_a_who_clause_that_a_subordinate_clause_ends_gives_no_person() -> None:
    # "as he made this remark" is a clause of its own inside the who clause: its
    # subject, not who's person, holds the remark.
    text = (
        "The panel sat in silence. Tom Ward turned to Ana Ruiz, who nodded as he made"
        ' this remark:\n\n"We are done here."'
    )
    assert speakers(text) != ["Ana Ruiz"]
    text = 'Tom Ward thanked Ana Ruiz, who sat down while he offered this comment: "We agree."'
    assert speakers(text) != ["Ana Ruiz"]


def test_a_cue_verb_closing_a_who_clause_before_a_colon_names_its_person() -> None:
    text = (
        "Ned Bell came in late. A porter brought a tray to Tom Ward, who waved it away"
        ' and replied:\n\n"I never eat at noon."'
    )
    assert speakers(text) == ["Tom Ward"]


def test_a_word_for_an_utterance_after_a_who_clause_names_its_person() -> None:
    text = (
        "Ned Bell came in late. A porter brought a tray to Tom Ward, who waved it away"
        ' with the words:\n\n"I never eat at noon."'
    )
    assert speakers(text) == ["Tom Ward"]


def test_a_who_clause_a_comma_closes_lends_no_person() -> None:
    text = 'Ned Bell came in with Ana Ruiz, who sat down, and made this remark:\n\n"We are late."'
    assert speakers(text) == ["Ned Bell"]
