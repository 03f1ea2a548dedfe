"""Everyday political coverage, the genre of blind set 29 (issue 14, h52b-blind29).

A party's whip is a role (``lexicons/role_nouns.txt``): *One Labour whip, speaking
on condition of anonymity, said* is an unnamed source, and *the former chief whip*
before a name titles the name. A place that closes a phrase opening its sentence
with a preposition (*At a rally in Leeds,*, *At question time at Holyrood,*) is no
subject with an apposition after it: the name in the chain of appositions after it
speaks. A quantifier between a determiner and a modifier (*the most senior civil
servant*) is a degree of the modifier and stays in the descriptor.
"""

from __future__ import annotations

from .conftest import speakers


def test_a_party_whip_is_an_unnamed_source() -> None:
    text = (
        "One Tory whip, talking on condition of anonymity, said the rebels had "
        "\u2018burned their bridges\u2019 with the leadership."
    )
    assert speakers(text) == ["One Tory whip"]


def test_a_former_chief_whip_titles_the_name_after_it() -> None:
    text = (
        "Her campaign chief, the former chief whip Moira Tennant, called the result "
        "\u2018a warning shot\u2019 for the party."
    )
    assert speakers(text) == ["Moira Tennant"]


def test_a_place_closing_a_fronted_phrase_is_no_subject() -> None:
    text = (
        "At a hustings in Kettering, the Green candidate, Owen Bassey, said the town "
        "had been \u2018forgotten by Whitehall\u2019 for a decade."
    )
    assert speakers(text) == ["Owen Bassey"]
    text = (
        "At question time at Stormont, the Alliance leader, Niamh Corr, said the "
        "budget was \u2018smoke and mirrors\u2019."
    )
    assert speakers(text) == ["Niamh Corr"]


def test_a_place_after_a_subject_still_heads_its_chain() -> None:
    # no fronted phrase: the sentence opens on its subject, who speaks
    text = (
        "Dara Quill, a councillor in Wexley, the borough's deputy leader, said the "
        "cuts were \u2018brutal\u2019."
    )
    assert speakers(text) == ["Dara Quill"]


def test_the_most_senior_official_is_one_descriptor() -> None:
    text = (
        "The most senior civil servant at the Treasury conceded that the forecast had "
        "been \u2018far too rosy\u2019."
    )
    assert speakers(text) == ["The most senior civil servant at the Treasury"]
