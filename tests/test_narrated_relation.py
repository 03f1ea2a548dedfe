"""A *he* or *she* that opens a quote and cues a quote inside it, after the narrator
named the speaker's relation in the sentence before (issue 14, h59b-nested).

*Ana Roe said she had phoned her brother. "He said, '...'"*: Roe speaks the outer
quote as *I*, so the *he* who speaks the inner one is the brother the narrator just
named, not Roe nor the last person quoted. The relation is read in that one sentence
of the outer quote's paragraph (`attribution._narrated_relation`). Sentences are ours.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_name for q in parse(text).quotes}


_CASES = [
    (
        "Lorna Pike said she had rung her landlord twice about the damp. "
        "\"He said, 'Open a window, love.' That was all I got,\" Pike said.",
        "Open a window, love.",
        "her landlord",
    ),
    (
        "Council tenant Omar Reyes said he had asked his daughter to check the meter. "
        "\"She told me, 'It has not moved in a week.' Then we knew,\" Reyes said.",
        "It has not moved in a week.",
        "his daughter",
    ),
    (
        "Ferry passenger Gil Amado said he woke to his neighbour knocking on the cabin "
        "wall. \"She was shouting 'We are listing!' and I grabbed my shoes,\" he said.",
        "We are listing!",
        "his neighbour",
    ),
]


@pytest.mark.parametrize(("text", "inner", "speaker"), _CASES)
def test_the_pronoun_opening_the_outer_quote_is_the_narrated_relation(
    text: str, inner: str, speaker: str
) -> None:
    assert _speakers(text)[inner] == speaker


def test_the_outer_quote_keeps_its_own_speaker() -> None:
    text = _CASES[0][0]
    assert _speakers(text)["He said, 'Open a window, love.' That was all I got,"] == "Lorna Pike"


def test_near_miss_a_name_after_the_relation_is_left_to_the_registry() -> None:
    # A name later in the sentence may be the pronoun's antecedent: no relation read.
    text = (
        "Lorna Pike said she had rung her landlord and then Tom Reed about the damp. "
        "\"He said, 'Open a window, love.' That was all I got,\" Pike said."
    )
    assert _speakers(text)["Open a window, love."] != "her landlord"


def test_near_miss_a_relation_of_the_other_sex_is_not_read() -> None:
    text = (
        "Lorna Pike said she had rung her sister about the damp. "
        "\"He said, 'Open a window, love.' That was all I got,\" Pike said."
    )
    assert _speakers(text)["Open a window, love."] != "her sister"


def test_near_miss_a_pronoun_not_at_the_outer_quotes_start_is_not_read() -> None:
    # The outer quote names someone first: the pronoun is not the narrator's relation.
    text = (
        "Lorna Pike said she had rung her landlord about the damp. "
        "\"The surveyor came on Monday. He said, 'Open a window, love.' That was all "
        'I got," Pike said.'
    )
    assert _speakers(text)["Open a window, love."] != "her landlord"


def test_near_miss_a_relation_in_another_paragraph_is_not_read() -> None:
    text = (
        "Lorna Pike said she had rung her landlord about the damp.\n\n"
        "\"He said, 'Open a window, love.' That was all I got,\" Pike said."
    )
    assert _speakers(text)["Open a window, love."] != "her landlord"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["landlord", "brother", "son", "manager", "neighbour"]))
def test_a_male_or_unmarked_relation_speaks_for_he(noun: str) -> None:
    text = (
        f"Lorna Pike said she had rung her {noun} about the damp. "
        "\"He said, 'Open a window, love.' That was all I got,\" Pike said."
    )
    assert _speakers(text)["Open a window, love."] == f"her {noun}"
