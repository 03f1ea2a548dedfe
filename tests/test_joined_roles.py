"""A descriptor of two roles under one article (issue 14, h47-desc).

News names a person again by two roles joined by *and* under one *the*: *the Ohio
senator and Republican presidential candidate said*. The mention is read whole (not
its last noun alone, *candidate*), and it names the person either role names. Two
articles (*the senator and the candidate*) name two people and stay unresolved. Every
sentence here is our own.
"""

from __future__ import annotations

from quoteverify.speakers.mentions import _joined_roles
from quoteverify.text.layer import tokenize

from .conftest import speaker_of

OPENING = (
    "Sen. Ines Quill of Ohio spoke at the plant on Monday. Gov. Carl Moss of Iowa "
    "listened from the back.\n\n"
)


def test_two_roles_under_one_article_name_the_senator() -> None:
    text = OPENING + '"We will keep it open," the Ohio senator and Republican presidential'
    text += " candidate said."
    assert speaker_of(text) == "Ines Quill"


def test_the_second_role_names_the_person_when_the_first_names_nobody() -> None:
    text = (
        "Ines Quill, the Republican presidential candidate, toured the plant. Carl Moss "
        "watched.\n\n"
        '"We will keep it open," the former teacher and Republican presidential candidate'
        " told workers."
    )
    assert speaker_of(text) == "Ines Quill"


def test_a_cue_after_the_quote_reads_both_roles() -> None:
    text = OPENING + '"It stays," said the senator and presidential candidate.'
    assert speaker_of(text) == "Ines Quill"


def test_two_roles_nobody_holds_stay_a_descriptor() -> None:
    text = OPENING + '"It stays," the veteran farmer and union organizer said.'
    assert speaker_of(text) == "the veteran farmer and union organizer"


def test_two_articles_are_not_read_as_one_person() -> None:
    toks = tokenize("the senator and the candidate", 0, 40)
    assert _joined_roles(toks, 2, 0, 3) == 3


def test_a_name_before_and_is_no_first_role() -> None:
    toks = tokenize("Quill and presidential candidate", 0, 40)
    assert _joined_roles(toks, 1, 0, 2) == 2


def test_the_first_role_names_the_person_over_a_second_shared_by_two() -> None:
    text = (
        "Two Democratic presidential candidates spoke. Tara Wynn, a former governor, "
        "spoke first. Sen. Ines Quill of Vermont spoke after her.\n\n"
        '"We must act now," the Vermont senator and Democratic presidential candidate said.'
    )
    assert speaker_of(text) == "Ines Quill"


def test_two_roles_given_to_two_people_name_neither() -> None:
    # (h47b-review) each role was printed beside a different person: "the mayor and
    # fire chief" may be both of them, so neither is the speaker.
    text = (
        "Pilar Munoz, the mayor, opened the fair. Her husband Dan Munoz, the fire chief, "
        'lit the torch.\n\n"What a night," the mayor and fire chief said.'
    )
    assert speaker_of(text) == "the mayor and fire chief"
