"""A case for each honorific, role noun and cue verb that h50-blind24 added and no test
held (h50b-review: removing any of these rows failed no test before). Not *datuk seri*,
*dato seri*, *tan sri*: a capitalised title of two words whose first word is no title
stays in the name (*Tan Sri X*, as *Grand Duke X* at base), so those rows do nothing
yet. Sentences written for these tests, names invented."""

from __future__ import annotations

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize(
    "honorific",
    [
        "Shrimati",
        "Smt.",
        "Thirumathi",
        "Alhaja",
        "Hajiya",
        "Engr.",
        "Hon.",
        "Honourable",
        "Honorable",
        "Datuk",
        "Dato",
        "DGP",
        "IGP",
    ],
)
def test_an_honorific_is_no_word_of_the_name(honorific: str) -> None:
    text = f'{honorific} Nalini Okafor-Rahman told reporters the bridge would "open in June".'
    assert speaker_of(text) == "Nalini Okafor-Rahman"


@pytest.mark.parametrize("role", ["MLA", "MPP"])
def test_the_seat_after_a_member_is_no_word_of_the_name(role: str) -> None:
    text = f'Congress {role} for Hubli East Siobhán Ní Bhriain called the levy "a tax on the poor".'
    assert speaker_of(text) == "Siobhán Ní Bhriain"


@pytest.mark.parametrize("role", ["convener"])
def test_the_role_goes_back_to_its_holder(role: str) -> None:
    text = (
        f"Tomas Adeyemi-Lund, the {role} who led the march, met the council on Monday. "
        f'"We asked for a hearing and got one," the {role} said.'
    )
    assert speaker_of(text) == "Tomas Adeyemi-Lund"


@pytest.mark.parametrize("cue", ["avers", "opined"])
def test_a_cue_verb_of_commonwealth_copy(cue: str) -> None:
    text = f'LAGOS: The trader Ifeoma Bakare-Lund {cue} that prices are "out of reach".'
    assert speaker_of(text) == "Ifeoma Bakare-Lund"
