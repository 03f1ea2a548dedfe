"""Documents' authors past whom a document was made for, bodies named in full with a
list of fields, and senders of a letter that a sentence's own subject told of.

Issue 14 point 8: a document as a source gets its author when the article names one.
Each test below fails without the change it names (checked against the base).
"""

from __future__ import annotations

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


# The author after "for" and whom the document was made for
# (lexicons/commissioner_prepositions.txt).


def test_author_after_whom_the_report_was_for() -> None:
    text = (
        "“Fees will double by spring,” said a report for the Halden Trust on river "
        "pollution by the environmental charity Dravco."
    )
    assert _speakers(text) == ["Dravco"]


def test_author_after_whom_the_study_was_for_named_by_an_organisation() -> None:
    text = "“Rents rose again,” noted a study for Tarnley Council by the Ostrava Institute."
    assert _speakers(text) == ["Ostrava Institute"]


def test_by_after_a_topic_alone_names_no_author() -> None:
    # "a report on cuts by the council": the council cut; who wrote it is not said.
    text = "“Costs rose,” said a report on spending by the Tarnley council."
    assert _speakers(text) == ["a report"]


def test_by_a_date_after_whom_it_was_for_names_no_author() -> None:
    text = "“Costs rose,” said a report for the council by April."
    assert _speakers(text) == ["a report"]


# A body's name whose remit is a list of fields, read whole.


def test_a_department_named_with_its_fields_is_read_whole_before_the_cue() -> None:
    text = "The Department of Housing, Transport and Water said: “Quotas will fall.”"
    assert _speakers(text) == ["Department of Housing, Transport and Water"]


def test_a_body_named_with_its_fields_after_the_cue() -> None:
    text = "“Quotas will fall,” said the Halden Academies of Arts, Letters and Music."
    assert _speakers(text) == ["Halden Academies of Arts, Letters and Music"]


def test_a_list_of_firms_after_a_body_is_no_field_list() -> None:
    # Rare words in lower case (firms' names) are bodies of their own.
    text = "The Bank of Varnia, Kostrel and Dravmark said: “Rates will hold.”"
    assert _speakers(text) != ["Bank of Varnia, Kostrel and Dravmark"]


def test_initials_after_a_body_are_no_fields() -> None:
    text = "The Department of Justice, FBI and CIA said: “We are looking.”"
    assert _speakers(text) != ["Department of Justice, FBI and CIA"]


def test_a_body_cut_short_before_its_connector_is_the_body_named_in_full() -> None:
    text = (
        "A study by the Halden Academies of Arts, Letters and Music came out in May.\n\n"
        "Ticket sales fell, according to the Halden Academies study.\n\n"
        "“Halls stand empty,” said the Halden Academies."
    )
    assert _speakers(text) == ["Halden Academies of Arts, Letters and Music"]


def test_they_after_two_people_opening_a_later_sentence_than_the_body() -> None:
    # A body named before, then two people opening a sentence: "they" is the pair's.
    text = (
        "A study by the Halden Academies of Arts, Letters and Music came out in May. "
        "Most halls are half empty, according to the Halden Academies study.\n\n"
        "Professors Mira Kolb and Tove Nansen suggest the cause lies elsewhere.\n\n"
        "In small towns, they write, “a hall is the last public room.”"
    )
    assert _speakers(text)[-1] == "Mira Kolb"


# "said in a statement:" after a description with "of" or "for" and a name.


def test_a_description_said_in_a_statement_before_a_colon() -> None:
    text = "The brother of Ivo Brant said in a statement: “We thank the rescuers.”"
    assert _speakers(text) == ["The brother of Ivo Brant"]


def test_a_verb_that_is_a_cue_before_a_colon_still_names_its_subject() -> None:
    text = "One message said: “We thank the rescuers.”"
    assert _speakers(text) == ["One message"]


# "according to a letter": the subject that told of it sent it.


def test_according_to_a_letter_after_a_body_that_told_investors() -> None:
    text = (
        "Halden Bank has told investors that it expects “a long slump” in shipping, "
        "according to a letter seen by the Courier."
    )
    assert _speakers(text) == ["Halden Bank"]


def test_according_to_a_letter_past_a_dateline_and_an_apposition() -> None:
    text = (
        "OSLO — Varnia Capital, the fund run by Ivo Brant, has told clients that it "
        "expects “a long slump” in shipping, according to a letter seen by the Courier."
    )
    assert _speakers(text) == ["Varnia Capital"]


def test_according_to_a_letter_with_no_subject_that_speaks_stays_the_letter() -> None:
    text = "Shipping faces “a long slump”, according to a letter seen by the Courier."
    assert _speakers(text) == ["a letter"]


# A family's statement named again (lexicons/family_nouns.txt).


def test_the_statement_after_a_family_released_one_is_the_family() -> None:
    text = (
        "The family of Ivo Brant has released a statement through the coastguard. "
        "“We cannot thank the crews enough,” the statement said."
    )
    assert _speakers(text) == ["the family of Ivo Brant"]


def test_the_statement_after_a_possessive_family_released_one() -> None:
    text = (
        "Ivo Brant's relatives issued a statement on Sunday. "
        "“We cannot thank the crews enough,” the statement said."
    )
    assert _speakers(text) == ["Ivo Brant's relatives"]


def test_a_family_that_put_out_nothing_is_no_author() -> None:
    text = "The family moved to Tarnley in May. “It is quiet here,” the statement said."
    assert _speakers(text) == ["the statement"]
