"""*who runs X* or *who heads X* after a name makes the person X's chief
executive too, so a lead's *The chief executive of X said* ties to the name
given after it, and a later *the chief executive* goes back to it (issue 14,
h50-leads). Every sentence here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.speakers.identity import _heading_verbs


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize("verb", ["runs", "heads"])
def test_a_lead_chief_executive_is_the_person_who_runs_the_body(verb: str) -> None:
    text = (
        'The chief executive of Pellow Mills said "we will shed 40 jobs by June."'
        f" Tirza Vane, who {verb} Pellow Mills, took the post in 2021."
    )
    assert _speakers(text) == ["Tirza Vane"]


def test_the_chief_executive_later_is_the_person_who_runs_it() -> None:
    text = (
        "Tirza Vane, who runs Pellow Mills, took the post in 2021."
        ' "We will shed 40 jobs by June," the chief executive said.'
    )
    assert _speakers(text) == ["Tirza Vane"]


def test_a_noun_of_two_words_is_read_whole() -> None:
    assert "chief executive" in _heading_verbs()["runs"]
    assert "chief executive" not in _heading_verbs()["coaches"]
