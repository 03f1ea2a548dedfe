"""Interview transcripts and the news genres of blind set 15 (issue 14, h47-blind15).

A printed interview labels each turn before a colon at a line's start: by surname
(read before), by initials, or by *Q:* and *A:* (``lexicons/transcript_labels.tsv``).
Initials name the one person named before whose initials they are; *A:* names the
person the piece is about, the first it names; *Q:* names nobody. A notice a body
publishes speaks for it (*notice* in ``lexicons/document_nouns.txt``); Dutch
given names say their bearer's sex (``lexicons/given_names.tsv``); *the club* names
again a team named bare, *the* and a plural word last (``lexicons/team_nouns.txt``).
"""

from __future__ import annotations

from .conftest import speakers


def test_initials_before_a_colon_name_the_person_with_those_initials() -> None:
    text = (
        "Orla Venkataraman-Pike has repaired church organs for thirty years. She "
        "talked to our correspondent Bram Oduya in her workshop in Galway.\n\n"
        'BO: "Which organ was hardest?"\n\n'
        'OVP: "The one in Tuam. Mice had eaten half the leather."\n\n'
        'BO: "Will you ever stop?"\n\n'
        'OVP: "When my hands do."'
    )
    assert speakers(text) == [
        "Bram Oduya",
        "Orla Venkataraman-Pike",
        "Bram Oduya",
        "Orla Venkataraman-Pike",
    ]


def test_initials_two_people_share_are_no_ones() -> None:
    text = (
        "Tomas Reyes and Talia Rowe run the ferry between the islands.\n\n"
        'TR: "The boat is older than both of us."'
    )
    assert speakers(text) == ["TR"]


def test_q_and_a_labels_give_the_answers_to_the_person_interviewed() -> None:
    text = (
        "Femi Adeyemo-Clarke was named head of the river authority in June. He took "
        "questions from readers by email.\n\n"
        'Q: "Will the weir be rebuilt?"\n\n'
        'A: "Yes, next summer, once the salmon have run."\n\n'
        'Q: "Who pays?"\n\n'
        'A: "The authority, out of its own reserves."'
    )
    assert speakers(text) == [None, "Femi Adeyemo-Clarke", None, "Femi Adeyemo-Clarke"]


def test_a_council_notice_speaks_for_the_council() -> None:
    text = (
        "In a notice posted on its website, Carrow Vale Borough Council said the "
        "market would move to the car park for the summer. "
        '"Stallholders will keep their usual pitches," the notice said.'
    )
    assert speakers(text) == ["Carrow Vale Borough Council"]


def test_a_dutch_given_name_keeps_she_off_the_man_before() -> None:
    text = (
        "Questioned by defence lawyer Hendrik Smalberg, the nurse, Anouk Verwey, "
        'said she had checked the chart twice. "You did not write that down," '
        'Smalberg said. "I always write it down," she answered.'
    )
    assert speakers(text) == ["Hendrik Smalberg", "Anouk Verwey"]


def test_the_club_names_again_a_team_named_bare_before() -> None:
    text = (
        "The Halden Otters on Sunday parted ways with head coach Mirela Dascalu after "
        "eleven straight losses.\n\n"
        "In a statement, the club said it had acted "
        '"after long reflection". "Mirela gave this group its identity," the statement '
        "said."
    )
    assert speakers(text) == ["Halden Otters", "Halden Otters"]


def test_the_team_does_not_go_to_a_person_named_last() -> None:
    text = (
        "Coach Viggo Marlund watched from the stands. Later the team said it "
        'was "sorry for the delay".'
    )
    assert speakers(text) != ["Viggo Marlund"]


def test_an_answer_label_with_no_question_before_is_a_lists_letter() -> None:
    # (h47b-review) "A:" and "B:" alone are a poll's options, not a transcript's
    # turns: a transcript prints a question's label before its first answer.
    text = (
        "Nadia Ferro asked readers to choose between two plans.\n"
        'A: "Rebuild the old pier."\n'
        'B: "Build a new one further out."'
    )
    assert speakers(text)[0] is None


def test_the_club_after_two_teams_names_neither() -> None:
    # (h47b-review) a match report names both sides: "the club" may be either.
    text = (
        "The Harbour Kings signed the striker Tomas Vela on Friday. Vela scored twice "
        'for the Porto Lions last season.\n\n"He is a leader," the club said.'
    )
    # (h47c-review) the description as printed: a weaker "not the Porto Lions" held
    # when the check was dropped, for the loop then kept the first team it met
    assert speakers(text) == ["the club"]
