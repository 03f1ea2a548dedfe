"""Ranks inside an office (issue 14, h53c-titles).

*Deputy First Minister* is one office, not a name *First Minister* with the title
*Deputy* (``speakers.identity._ranked_office``; the ranked offices are rows of
``lexicons/titles.tsv``), so the name in apposition holds it. *The first
vice-premier* names the one holder of a first deputy premiership
(``lexicons/office_equivalents.tsv``), not a plain vice-premier.
"""

from __future__ import annotations

from .conftest import speakers


def test_a_place_s_ranked_office_before_a_name_in_commas() -> None:
    text = (
        "Norvalia's Deputy First Minister, Ewan Dunmore, chaired the flood committee "
        "on Tuesday night. 'Our crews are ready and we ask people to heed the advice,' "
        "he said."
    )
    assert speakers(text) == ["Ewan Dunmore"]


def test_near_miss_the_unranked_office_keeps_its_holder() -> None:
    text = (
        "First Minister Moira Bell opened the session. Deputy First Minister Ewan "
        'Dunmore spoke next. "We are ready," the first minister said.'
    )
    assert speakers(text) == ["Moira Bell"]


def test_near_miss_the_ranked_descriptor_names_the_deputy() -> None:
    text = (
        "Deputy First Minister Ewan Dunmore opened the session. First Minister Moira "
        'Bell spoke next. "We are ready," the deputy first minister said.'
    )
    assert speakers(text) == ["Ewan Dunmore"]


def test_the_first_vice_premier_is_the_first_deputy_prime_minister() -> None:
    text = (
        "First Deputy Prime Minister Pavel Morozko chaired a meeting on Tuesday. "
        'The first vice-premier asked for "strict control" of the silos.'
    )
    assert speakers(text) == ["Pavel Morozko"]


def test_near_miss_a_plain_vice_premier_is_not_the_first() -> None:
    # Only a first deputy holds the first vice-premiership: a plain vice-premier
    # named before does not.
    text = (
        "Vice-Premier Bo Lindqvist chaired a meeting on Tuesday. "
        'The first vice-premier asked for "strict control" of the silos.'
    )
    assert speakers(text) != ["Bo Lindqvist"]


def test_he_after_the_ranked_office_is_its_holder_not_an_earlier_speaker() -> None:
    text = (
        "Harbour chief Ivo Marsh said: \u2018Stay at home.\u2019\n"
        "Norvalia\u2019s Deputy First Minister, Ewan Dunmore, chaired the flood committee "
        "on Tuesday night. \u2018Our crews are ready and we ask people to heed the "
        "advice,\u2019 he said."
    )
    assert speakers(text) == ["Ivo Marsh", "Ewan Dunmore"]
