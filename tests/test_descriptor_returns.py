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
