"""A name whose role words follow a phrase set before them and its comma (*In the
village of Ely, farmer Ed Hale said*, *Speaking in Leeds, Labour spokesman Ed Hale
said*) is the subject of its sentence, so a pronoun's quote after it is that
person's, not the person's named before (issue 14, h46b-blind14). Every sentence here
is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.identity import _subject_at, _title_phrase_opener

BEFORE = 'Nurse Dan Amos said the clinic was full. "We turned people away," Amos said.\n\n'


@pytest.mark.parametrize(
    "lead",
    [
        "In the village of Ely, farmer Omar Petit",
        "At the market in Ely, farmer Omar Petit",
        "In the town of Ely, local farmer Omar Petit",
        "Speaking in Ely, Green Party spokesman Omar Petit",
        "Outside the court in Ely, defence lawyer Omar Petit",
    ],
)
def test_a_pronoun_after_a_fronted_phrase_and_a_role_goes_to_the_name(lead: str) -> None:
    text = BEFORE + lead + ' said the road was flooded. "I waded home," he said.'
    assert parse(text).quotes[-1].speaker_name == "Omar Petit"


def test_a_name_after_a_preposition_stays_an_object() -> None:
    # "of farmer Omar Petit": the comma closes no phrase before the role here
    text = "The cows of farmer Omar Petit broke loose."
    start = text.index("Omar")
    assert not _subject_at(text, start, start + len("Omar Petit"))


def test_a_place_before_a_title_phrase_mid_sentence_is_its_own_word() -> None:
    # the phrase stops at the comma, and the word it returns is the place's
    text = "In the town of Ely, teacher Omar Petit"
    assert _title_phrase_opener(text, text.index("Omar")) == "Ely,"


@given(
    st.sampled_from(["Ely", "Port Wendell", "the Kivu valley", "Rio Verde"]),
    st.sampled_from(["farmer", "local farmer", "nurse", "shop owner"]),
)
def test_the_name_after_a_fronted_place_is_a_subject(place: str, role: str) -> None:
    text = f"In {place}, {role} Omar Petit said the water had risen."
    start = text.index("Omar")
    assert _subject_at(text, start, start + len("Omar Petit"))
