"""A role named with the team, party or town it serves, named back (h46c-left).

*The Carrow manager, Tomas Reyne,* and *Carrow's manager, Tomas Reyne,* give him
the title *Carrow manager* (``identity._role_start`` takes one capitalised word after
the determiner; ``identity._office_before`` keeps a one-word owner), so a later *the
Carrow manager said* names him, and tells him from the other side's manager.
"""

import pytest

from quoteverify import parse
from quoteverify.speakers.identity import _office_before

MATCH = "Arden drew 1-1 with Carrow on Saturday.\n\n"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize("intro", ["The Carrow manager", "Carrow's manager"])
def test_the_team_manager_named_back(intro: str) -> None:
    text = MATCH + (
        f"{intro}, Tomas Reyne, said the point was "
        '"fair enough". "We ran out of legs," the Carrow manager said.'
    )
    assert _speakers(text) == ["Tomas Reyne", "Tomas Reyne"]


def test_the_other_side_s_manager_is_told_apart() -> None:
    text = MATCH + (
        "The Carrow manager, Tomas Reyne, said the point was fair. "
        "The Arden manager, Lise Holm, said her side had been unlucky. "
        '"We ran out of legs," the Carrow manager said.'
    )
    assert _speakers(text) == ["Tomas Reyne"]


def test_a_party_leader_named_back() -> None:
    text = (
        "The Green leader, Mira Sand, said the budget was "
        '"a missed chance". "We will vote against it," the Green leader said.'
    )
    assert _speakers(text) == ["Mira Sand", "Mira Sand"]


def test_an_owner_of_two_words_is_not_split() -> None:
    text = "New Zealand's coach, Ian Hart, said"
    assert _office_before(text, text.index("Ian"), text.index(", said")) == "coach"
