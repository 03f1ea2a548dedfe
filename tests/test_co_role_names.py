"""A role shared with "co-" before a name (h46b-names): *says co-owner Dalia
Frenk* names Dalia Frenk as *says owner Dalia Frenk* does; a plural
(*joined his co-hosts in ...*) is no speaker."""

from __future__ import annotations

import pytest

import quoteverify as qv
from quoteverify.speakers.mentions import phrase_after
from quoteverify.text.layer import tokenize


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in qv.parse(text).quotes]


@pytest.mark.parametrize("role", ["co-owner", "co-founder", "co-director", "co-captain"])
def test_an_inverted_cue_with_a_co_role_names_the_person(role: str) -> None:
    text = f'"The queue starts at six," says {role} Dalia Frenk. Rain fell all day.'
    assert _names(text) == ["Dalia Frenk"]


def test_the_co_role_is_the_title_and_not_part_of_the_name() -> None:
    text = "said co-founder Ivo Marsh."
    found = phrase_after(tokenize(text, 0, len(text)), 1, text=text)
    assert found is not None
    assert (found.head, found.title) == ("Ivo Marsh", "co-founder")


def test_a_pronoun_cue_in_the_next_sentence_keeps_the_co_role_speaker() -> None:
    text = (
        '"We knead by hand," says co-owner Dalia Frenk. Orders, she says, doubled in '
        'a month. "Nobody expected that."'
    )
    assert _names(text) == ["Dalia Frenk", "Dalia Frenk"]


def test_a_plural_co_role_is_no_speaker() -> None:
    text = "said co-hosts Ivo Marsh."
    assert phrase_after(tokenize(text, 0, len(text)), 1, text=text) is None


@pytest.mark.parametrize("role", ["owner", "co-owner"])
def test_a_name_after_a_role_ends_at_the_full_stop(role: str) -> None:
    # The capitalised word after the stop opens the next sentence.
    text = f'"We sell out by noon," says {role} Dalia Frenk. Prices, she says, will rise.'
    assert _names(text) == ["Dalia Frenk"]


@pytest.mark.parametrize("role", ["co-chair", "co-chairman"])
def test_a_title_shared_with_co_is_a_role_before_a_name(role: str) -> None:
    # "chair" is a title only (no role noun): its "co-" form names the person too.
    text = f"“The fund is closed,” said {role} Rhea Dunmore. Bids fell."
    assert qv.parse(text).quotes[0].speaker_name == "Rhea Dunmore"
