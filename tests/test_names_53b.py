"""Names the reader cut (issue 14, h53b-names): a body's name with *and* before a
role, a family name that is also an English word, a withheld given name after a
noun that says a sex. Invented text; each test has a near miss beside it."""

from __future__ import annotations

from quoteverify import parse
from quoteverify.speakers.mentions import family_before_given


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def test_an_article_before_a_body_named_with_and_and_a_role() -> None:
    text = (
        "A Department of Transport and Road Safety spokeswoman said the new limits "
        'were "a first step".'
    )
    assert _speakers(text) == ["A Department of Transport and Road Safety spokeswoman"]


def test_a_body_with_and_before_a_role_after_the_cue() -> None:
    text = '"The bridge stays shut," said a Department of Roads and Bridges engineer.'
    assert _speakers(text) == ["a Department of Roads and Bridges engineer"]


def test_a_body_without_and_before_a_role_after_the_cue_is_read_whole() -> None:
    text = '"The bridge stays shut," said a Ministry of Works spokesman.'
    assert _speakers(text) == ["a Ministry of Works spokesman"]


def test_two_people_joined_by_and_stay_two() -> None:
    # near miss: "and" between two people's names joins no body
    text = 'Ana Ruiz and Tom Hale said the bridge was "unsafe".'
    assert _speakers(text) != ["Ana Ruiz and Tom Hale"]


def test_a_korean_family_name_that_is_an_interjection() -> None:
    text = (
        "Stalls in the old market opened again on Friday. "
        '"The customers came back at once," said Oh Seo-yun, who sells fish there. '
        '"We were not sure they would," Oh said.'
    )
    assert _speakers(text) == ["Oh Seo-yun", "Oh Seo-yun"]


def test_young_as_a_family_name_after_a_cue() -> None:
    text = '"We open at six," said Young Hye-jin, a baker in the port.'
    assert _speakers(text) == ["Young Hye-jin"]


def test_an_interjection_before_a_western_name_is_still_dropped() -> None:
    # near miss: no hyphened given name in lower case after "Oh"
    assert not family_before_given("Oh", "Anne-Marie")
    assert not family_before_given("Oh", "Tom")
    assert family_before_given("Oh", "Seo-yun")
    text = 'Oh Tom Hale was late again. "Traffic," Hale said.'
    assert _speakers(text) == ["Tom Hale"]


def test_a_withheld_name_unknown_to_the_list_takes_the_nouns_sex() -> None:
    text = (
        "The clinic saw forty cases of mumps this spring. One father, who asked to be "
        "identified only as Keoni, said his son had missed two weeks of school. "
        '"Nobody told us it was going round," he said.'
    )
    assert _speakers(text) == ["Keoni"]


def test_a_withheld_name_after_a_noun_of_no_sex_gets_none() -> None:
    # near miss: "a teacher" says no sex, so "she" is not given to the name
    text = (
        "The clinic saw forty cases of mumps this spring. A teacher, who asked to be "
        "identified only as Keoni, said two pupils had missed school. "
        '"Nobody told us it was going round," she said.'
    )
    assert _speakers(text) != ["Keoni"]


def test_a_withheld_name_of_the_other_sex_is_not_the_pronouns() -> None:
    # near miss: "she" passes over a father to the woman named before
    text = (
        "Dr Mele Fifita runs the clinic. One father, who asked to be identified only "
        "as Keoni, said his son had missed school. "
        '"We see it every spring," she said.'
    )
    assert _speakers(text) == ["Mele Fifita"]


def test_a_ministry_whose_last_field_has_two_words() -> None:
    text = (
        "The Ministry of Fisheries, Forests and Coastal Waters said the new quotas "
        'were "fair to every port".'
    )
    assert _speakers(text) == ["Ministry of Fisheries, Forests and Coastal Waters"]


def test_a_list_of_bodies_and_people_is_no_field_list() -> None:
    # near miss: an item of two words after a comma is no field of the body's remit
    text = 'The Ministry of Defence, Ana Roe and Tom Hale said the base was "ready".'
    assert _speakers(text) == ["Tom Hale"]


def test_a_body_whose_name_holds_a_lower_case_word() -> None:
    text = (
        "The Medicines and Healthcare products Regulatory Agency said it was "
        '"looking closely" at the pump. "We will say more soon," the agency said.'
    )
    assert _speakers(text) == ["Medicines and Healthcare products Regulatory Agency"] * 2


def test_a_lower_case_word_outside_a_bodys_name_joins_nothing() -> None:
    # near miss: "products" after a lower-case word is no part of a name
    text = 'Makers of healthcare products Regulatory Agency staff met said the rules were "clear".'
    assert "Medicines" not in str(_speakers(text))
    assert "products Regulatory" not in str(_speakers(text))
