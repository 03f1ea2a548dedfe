"""A title-case headline's verbs and "And" are no words of a name (issue 14, h40-names).

A headline such as *Ana Ruiz And Tom Hale Are Split On Harbour Plan* is one run of
capitalised words; read whole, the registry took it for one person and showed it
as the name of every quote the article gives either of them.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify.speakers.mentions import find_names

from .conftest import resolved


def _heads(text: str) -> list[str]:
    return [f.head for f in find_names(text, lone=True)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ana Ruiz And Tom Hale Are Split On Harbour Plan.", ["Ana Ruiz", "Tom Hale"]),
        ("Mayor Ruth Okafor Slams Tom Hale Over Ferry Cuts.", ["Ruth Okafor", "Tom Hale"]),
        ("Why Farmers Are Cheering Tom Hale's Water Bill.", ["Tom Hale"]),
        ("Tom Hale Calls Ruth Okafor “Reckless” On Ferries.", ["Tom Hale", "Ruth Okafor"]),
    ],
)
def test_a_headline_verb_splits_the_run(text: str, want: list[str]) -> None:
    heads = _heads(text)
    assert all(name in heads for name in want), heads


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The headline's own words before the person are no part of the name.
        ("Seven Odd Things Ruth Okafor Has Said About Ferries.", "Ruth Okafor"),
        ("Folk Hero Tal Oren Is Back On Stage.", "Tal Oren"),
        ("Ana Ruiz Says", "Ana Ruiz"),
    ],
)
def test_the_name_before_a_headline_verb(text: str, want: str) -> None:
    assert want in _heads(text)


@pytest.mark.parametrize(
    "text",
    [
        # A modal is no verb here: "May" and "Will" are names too.
        "Prime Minister Theresa May Urges Calm",
        "Will Hale Says He Is Staying",
        # A headline verb in its base form is a surname too.
        "the host Dana Bash",
        "Dana Bash Grills Tom Hale On Ferries",
    ],
)
def test_names_that_hold_such_words_stay_whole(text: str) -> None:
    heads = _heads(text)
    names = ("Theresa May", "Will Hale", "Dana Bash")
    assert any(h.startswith(names) for h in heads), heads


def test_a_quote_of_one_person_in_a_two_name_headline_gets_that_name() -> None:
    text = (
        "Ana Ruiz And Tom Hale Are Split On Harbour Plan.\n\n"
        "The two candidates met at the port on Tuesday.\n\n"
        "“The ferries must run every hour,” Hale said."
    )
    assert resolved(text, "must run every hour") == "Tom Hale"


def test_a_lower_case_and_between_names_is_left_to_the_rest_of_the_reader() -> None:
    # Only a capitalised "And" (title case) breaks a run; the run never holds "and".
    assert "Ana Ruiz" in _heads("Ana Ruiz and Tom Hale met.")


@given(st.sampled_from(["Slams", "Says", "And", "Are", "Backs", "Has"]))
def test_no_name_holds_a_headline_break_word(word: str) -> None:
    heads = _heads(f"Ruth Okafor {word} Tom Hale Over Ferry Cuts.")
    assert all(word not in h.split() for h in heads), heads
