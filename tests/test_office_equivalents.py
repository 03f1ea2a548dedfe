"""Offices named by what they are (issue 14, h49c-offices).

News, and news translated by machine, names a holder again by what the office is:
*the head of state* for a president or a king, *the head of government* for a
prime minister or a chancellor, *the head of the Foreign Ministry* for the foreign
minister (``lexicons/office_equivalents.tsv``, read by
``_Registry._office_equivalent`` in ``speakers/identity.py``). The descriptor names
the one person named before who holds such a title; when two do (a summit of two
presidents) it names neither of them.
"""

from __future__ import annotations

import pytest

from .conftest import speakers

CASES = [
    (
        "President Marta Vell of Ostravia cut the ribbon on the new bridge on Monday. "
        '"We waited ten years for this crossing," the head of state said.',
        "Marta Vell",
    ),
    (
        "President Marta Vell of Ostravia cut the ribbon on the new bridge on Monday. "
        '"We waited ten years for this crossing," said the head of state.',
        "Marta Vell",
    ),
    (
        "King Oskar Dahl of Norlund opened the session of parliament in the old hall. "
        '"The realm is calm," the head of state told the deputies.',
        "Oskar Dahl",
    ),
    (
        "Prime Minister Tomas Brandt flew to the flooded coast on Sunday. "
        '"Every house will be rebuilt," the head of government told reporters.',
        "Tomas Brandt",
    ),
    (
        "Chancellor Greta Lindt met union leaders in the capital. "
        '"The budget will hold," said the head of the government.',
        "Greta Lindt",
    ),
    (
        "Foreign Minister Lena Ortiz met her neighbours' envoys in Vienna. "
        '"The talks went well," said the head of the Foreign Ministry.',
        "Lena Ortiz",
    ),
    (
        "Foreign Minister Lena Ortiz met her neighbours' envoys in Vienna. "
        '"The talks went well," the head of the Ministry of Foreign Affairs noted.',
        "Lena Ortiz",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_an_office_named_by_what_it_is_goes_to_its_holder(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_rank_before_the_office_is_not_its_holder() -> None:
    text = (
        "Vice President Ivo Kran visited the port while President Marta Vell stayed home. "
        '"The port is ready," the head of state said in a message.'
    )
    assert speakers(text) == ["Marta Vell"]


def test_a_nations_word_before_the_office_still_holds_it() -> None:
    text = (
        "French President Alain Moreau landed in Lisbon late on Tuesday. "
        '"Europe must stand together," the head of state said.'
    )
    assert speakers(text) == ["Alain Moreau"]


def test_two_heads_of_state_leave_the_descriptor_to_neither() -> None:
    text = (
        "President Marta Vell of Ostravia met President Ivo Kran of Belmark in Geneva. "
        '"We waited ten years for this," the head of state said.'
    )
    assert speakers(text)[0] not in ("Marta Vell", "Ivo Kran")


def test_a_head_of_something_else_is_no_head_of_state() -> None:
    text = (
        "President Marta Vell of Ostravia cut the ribbon on the new bridge on Monday. "
        '"The steel came late," the head of the building firm said.'
    )
    assert speakers(text) != ["Marta Vell"]


def test_a_nations_word_before_the_office_picks_that_nations_holder() -> None:
    text = (
        "French President Alain Moreau met President Marta Vell of Ostravia in Rome. "
        '"Europe must stand together," the French head of state said.'
    )
    assert speakers(text) == ["Alain Moreau"]


def test_a_possessive_before_the_office_is_read_past() -> None:
    text = (
        "Prime Minister Tomas Brandt flew to the flooded coast on Sunday. "
        '"Every house will be rebuilt," the country\'s head of government said.'
    )
    assert speakers(text) == ["Tomas Brandt"]


def test_an_office_given_in_apposition_is_held() -> None:
    text = (
        "Marta Vell, the president of Ostravia, cut the ribbon on the new bridge. "
        '"We waited ten years for this crossing," the head of state said.'
    )
    assert speakers(text) == ["Marta Vell"]


def test_a_nations_word_passes_over_a_holder_titled_with_another_nation() -> None:
    text = (
        "German President Karl Weiss met President Alain Moreau in Strasbourg. "
        '"Our border is a bridge," the French head of state said.'
    )
    assert speakers(text) == ["Alain Moreau"]


def test_the_monarch_is_the_king_named_before() -> None:
    text = (
        "King Oskar Dahl of Norlund opened the session of parliament in the old hall. "
        '"The realm is calm," the monarch told the deputies.'
    )
    assert speakers(text) == ["Oskar Dahl"]


@pytest.mark.parametrize(
    ("holder", "descriptor"),
    [
        ("Prime Minister Tomas Brandt", "the head of government relations"),
        ("President Marta Vell", "the head of state security"),
    ],
)
def test_an_office_whose_words_run_on_into_another_noun_is_not_held(
    holder: str, descriptor: str
) -> None:
    text = f'{holder} toured the new port on Friday. "The tender was rushed," said {descriptor}.'
    assert speakers(text)[0] not in ("Tomas Brandt", "Marta Vell")


def test_a_name_right_after_the_office_is_in_apposition() -> None:
    text = (
        "President Marta Vell of Ostravia cut the ribbon on the new bridge on Monday. "
        'The head of state Marta Vell added: "We waited ten years for this crossing."'
    )
    assert speakers(text) == ["Marta Vell"]
