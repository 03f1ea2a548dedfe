"""Descriptors that name again a person or a body the article named before (issue 14,
h52-descriptors). Every sentence here is our own, with invented names.

- A photo credit printed as a paragraph of its own (*Tomas Wren via Getty Images.*)
  between a story's paragraphs names nobody the story is about: an age or an epithet
  after it looks back past it.
"""

from __future__ import annotations

import pytest

from quoteverify.speakers.identity import _in_credit
from tests.test_descriptors import speakers

_STORY = (
    "Chef Ilsa Brandt opened her third restaurant in Lyon on Friday.\n\n{credit}\n\n"
    "\u201cI wanted a kitchen with a window,\u201d the 52-year-old said."
)


@pytest.mark.parametrize(
    "credit",
    [
        "Tomas Wren via Getty Images.",
        "Tomas Wren/Reuters.",
        "Handout / AFP.",
        "- Associated Press.",
    ],
)
def test_an_age_looks_past_a_photo_credit(credit: str) -> None:
    assert speakers(_STORY.format(credit=credit)) == [("Ilsa Brandt", "the 52-year-old")]


def test_a_paragraph_naming_someone_else_is_no_credit() -> None:
    # A sentence that names the photographer is a paragraph like any other: the age
    # goes to the person it names alone, as before.
    text = _STORY.format(credit="Tomas Wren took the pictures for the menu.")
    assert speakers(text) == [("Tomas Wren", "the 52-year-old")]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Dana Oyelowo via Getty Images.", True),
        ("POOL Photo/Reuters.", True),
        ("Reuters.", True),
        ("He gave the tape to Reuters.", False),
        ("a picture via getty images.", False),
    ],
)
def test_what_a_credit_line_is(line: str, credit: bool) -> None:
    assert _in_credit(f"Ana Roe won.\n\n{line}\n\nShe said so.", 16) is credit


# A name read as a person's for want of a kind, which its own sentence calls *it*, is
# the body that *the company* or *the group* names again.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Fares rose again in March.\n\nKorlund Energy said it would appeal the fine. "
            "\u201cWe will study the ruling with care,\u201d the company said in a statement.",
            "Korlund Energy",
        ),
        (
            "Two nurses were freed on Friday.\n\nVanta Relief confirmed the release on its "
            "website. \u201cWe are overjoyed and tired,\u201d the group said.",
            "Vanta Relief",
        ),
        (
            # Another person named in between does not stand in the way.
            "Pell Street Media spoke for Dorota Mraz, but added that it had no contract "
            "with her.\n\n\u201cWe wish her well,\u201d the company said.",
            "Pell Street Media",
        ),
    ],
)
def test_a_body_called_it_is_named_again(text: str, want: str) -> None:
    assert speakers(text)[0][0] == want


@pytest.mark.parametrize(
    "text",
    [
        # A person's full name: the *it* is the weather's, not Tomas Korlund's.
        "Tomas Korlund said it would rain.\n\n\u201cWe are ready,\u201d the company said.",
        # *he* comes first: a person.
        "Sten Holby said he thought it would pass.\n\n\u201cWe are ready,\u201d the firm said.",
        # The *it* is in the next sentence, after a quote: another subject's.
        "Sten Holby said outside court: \u201cI only wanted the truth.\u201d The hospital "
        "trust said it would \u201creflect on\u201d the ruling.",
    ],
)
def test_a_person_is_no_body_called_it(text: str) -> None:
    assert speakers(text)[-1][0] not in ("Tomas Korlund", "Sten Holby")


# A noun of age (lexicons/age_nouns.txt) names again the person in view as an age in
# figures does, whatever role the article gave that person.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Patient Ruth Gale waited nine months for a hip operation at Dunmore hospital."
            "\n\n\u201cNobody would tell me anything,\u201d the pensioner said.",
            "Ruth Gale",
        ),
        (
            "Goalkeeper Ines Marlow, 17, saved two penalties on Saturday.\n\n"
            "\u201cI just guessed left both times,\u201d the teenager said.",
            "Ines Marlow",
        ),
        (
            "Goalkeeper Ines Marlow, 17, saved two penalties on Saturday.\n\n"
            "\u201cI just guessed left both times,\u201d the Irish teenager said.",
            "Ines Marlow",
        ),
    ],
)
def test_a_noun_of_age_names_the_person_in_view(text: str, want: str) -> None:
    assert speakers(text)[0][0] == want


def test_a_noun_of_age_after_someone_new() -> None:
    # *a teenager* brings somebody new in: *the teenager* is not the coach.
    text = (
        "Coach Ruth Gale watched as a teenager from the crowd ran onto the pitch.\n\n"
        "\u201cI only wanted a photo,\u201d the teenager said."
    )
    assert speakers(text)[0][0] != "Ruth Gale"


# A role printed after its body's name and before the holder's name (*Kelso captain
# Rory Dunmore*) introduces the holder for *the Kelso captain*, as *captain Rory
# Dunmore* does for *the captain*.
@pytest.mark.parametrize(
    ("introduction", "descriptor"),
    [
        ("Kelso captain Rory Dunmore said his side had been lucky.", "the Kelso captain"),
        (
            "Talvex chief executive Rory Dunmore said sales had fallen.",
            "the Talvex chief executive",
        ),
    ],
)
def test_a_body_before_an_introducing_role(introduction: str, descriptor: str) -> None:
    text = f"Rain fell all day.\n\n{introduction} \u201cWe expected worse,\u201d {descriptor} said."
    assert speakers(text) == [("Rory Dunmore", descriptor)]


def test_a_body_before_the_role_must_be_the_descriptors() -> None:
    text = (
        "Rain fell all day.\n\nKelso captain Rory Dunmore said his side had been lucky. "
        "\u201cWe expected worse,\u201d the Carran captain said."
    )
    assert speakers(text)[0][0] != "Rory Dunmore"
