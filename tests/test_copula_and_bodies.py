"""Blind set 21's leftover shapes (issue 14, h49b-cues):

- a copula and an adjective or a noun whose clause a comma closes is no speech verb
  (*the growers were young, which fits, since "..."*), while an adjective that takes
  a clause (*was adamant that*) or a colon (*was blunt:*) still leads words in;
"""

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian growers were young, which fits, since “the orchards hire the young.”",
        "The pupils were quiet, and no wonder, since “the exam starts at nine.”",
        "Ana Ruiz was late, which is rare, because “the ferry never waits.”",
    ],
)
def test_a_copula_whose_clause_a_comma_closes_is_no_cue(text: str) -> None:
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tomas Brink was adamant that the levy is “dead on arrival.”", "Tomas Brink"),
        ("The mayor is confident the quay will be “ready by June.”", "The mayor"),
        ("Ruth Kell was blunt: “The scheme is finished.”", "Ruth Kell"),
    ],
)
def test_an_adjective_that_takes_a_clause_or_a_colon_still_leads_in(
    text: str, speaker: str
) -> None:
    assert speaker_of(text) == speaker
