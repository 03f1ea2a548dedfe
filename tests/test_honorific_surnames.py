"""*Barr* and *Begum* stand before a name in the press of Nigeria and of South Asia
(``titles.tsv``, blind set 44) and are common surnames too (*Ruth Barr*, *Nasrin
Begum*): their rows read them as titles only before a name, so a surname on its own
after the full name still links to it, and a dot after *Barr* still ends its
sentence (h57c-review). Every sentence is invented."""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Attorney General Ruth Barr spoke on Monday. "We will look at it," Barr said.',
            "Ruth Barr",
        ),
        (
            'Nasrin Begum left the garment factory in May. "The pay was late," Begum said.',
            "Nasrin Begum",
        ),
    ],
)
def test_a_lone_surname_that_is_also_a_title_links_to_the_full_name(text: str, name: str) -> None:
    assert _speakers(text) == [name]


def test_a_dot_after_barr_ends_its_sentence() -> None:
    # "Barr." ends the sentence: the quote after it stands on its own
    text = '"We will look at it," said Ruth Barr. "The review is open."'
    assert [q.kind.value for q in parse(text).quotes] == ["direct", "direct"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: before a name each is still a title, no part of the name
        ('"The budget is too ambitious," said Barr. Emeka Nwosu, a legislator.', "Emeka Nwosu"),
        ('"The new wage is fair," said Begum Rokeya Sultana, a labour official.', "Rokeya Sultana"),
    ],
)
def test_near_miss_before_a_name_each_is_still_a_title(text: str, name: str) -> None:
    assert _speakers(text) == [name]
