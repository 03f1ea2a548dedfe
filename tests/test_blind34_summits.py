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


def test_a_time_phrase_between_said_and_that_keeps_the_outer_speaker() -> None:
    # the quote stands in the clause *that* opens; its subject only heard of it
    text = (
        "Alliance Secretary General Ruud Kamphuis said on Thursday that members had "
        'agreed to "a step change" in their budgets.'
    )
    assert speakers(text) == ["Ruud Kamphuis"]


def test_last_week_between_said_and_that_keeps_the_outer_speaker() -> None:
    text = (
        "Trade envoy Odile Marchetti said last week that the ministers had agreed to "
        '"a pause, not a truce" in the dispute.'
    )
    assert speakers(text) == ["Odile Marchetti"]


def test_a_quote_right_after_the_inner_cue_stays_with_its_subject() -> None:
    # near miss: the clause's subject is printed saying the words themselves
    text = (
        "Ruud Kamphuis said on Thursday that Mireille Osei had told members: "
        '"We will not wait for the laggards."'
    )
    assert speakers(text) == ["Mireille Osei"]


def test_added_that_keeps_a_reported_partial_with_the_reporter() -> None:
    text = (
        "Premier Ilse Norgaard spoke for twenty minutes. She added that Copenhagen "
        'expected its partners "to pay their fair share" from next year.'
    )
    assert speakers(text) == ["Ilse Norgaard"]


def test_added_that_with_a_quote_right_after_the_inner_cue() -> None:
    # near miss: the clause's subject is printed saying the words themselves
    text = (
        "Premier Ilse Norgaard added that Tomas Brandt had told the cabinet: "
        '"We pay our share already."'
    )
    assert speakers(text) == ["Tomas Brandt"]
