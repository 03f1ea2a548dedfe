"""Summit and diplomacy copy of blind set 34 (issue 14, h54-blind34).

A leader named with an abbreviated country spelt with full stops (*U.S. President
Mara Quill*) is that country's leader, so a later *the American leader* or *the
U.S. leader* goes back to her, as *the Russian leader* goes back to a *Russian
President* (``identity._nations`` reads *U.S.* as ``lexicons/nations.tsv`` spells it).
"""

from __future__ import annotations

from .conftest import speakers

_LEAD = (
    "U.S. President Mara Quill hosted Ostrian Chancellor Piet Vandam at Camp David on "
    "Saturday for talks on grain exports. "
)


def test_the_american_leader_goes_back_to_the_us_president() -> None:
    text = _LEAD + 'Afterward the American leader said they had found "real common ground."'
    assert speakers(text) == ["Mara Quill"]


def test_the_us_leader_with_stops_goes_back_to_her() -> None:
    text = _LEAD + 'The U.S. leader called the visit "long overdue" in a post.'
    assert speakers(text) == ["Mara Quill"]


def test_another_nations_leader_is_not_the_us_president() -> None:
    # near miss: a leader of a country nobody in the story holds office for
    text = _LEAD + 'The Canadian leader said the talks were "a useful start."'
    assert speakers(text) != ["Mara Quill"]
