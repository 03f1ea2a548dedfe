"""A headline's epithet before a surname (*Under-fire Hale:*, *Embattled Hale:*) is no
word of the name (``mentions`` reads the head without it, lexicon
``headline_epithets``), so the headline's quote goes to the body's person of that
surname instead of a second person who ties with the first."""

from __future__ import annotations

import pytest

from quoteverify import parse

_BODY = (
    "Marta Hale says she will stay on as head of the ferry board despite a third "
    "delay to the new harbour crossing this year. "
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in parse(text).quotes]


@pytest.mark.parametrize("epithet", ["Under-fire", "Embattled", "Beleaguered", "Defiant"])
def test_epithet_before_a_surname_is_no_part_of_the_name(epithet: str) -> None:
    text = (
        f"{epithet} Hale: 'I will not walk away'\n\n"
        + _BODY
        + '"I will not walk away," Hale told the board on Tuesday.'
    )
    assert _speakers(text) == ["Marta Hale", "Marta Hale"]


def test_epithet_before_a_full_name_keeps_the_full_name() -> None:
    # read so before the rule too (the given name opens the name); it must stay
    text = (
        "Embattled Marta Hale: 'The crossing will open'\n\n"
        + _BODY
        + '"The crossing will open," she said.'
    )
    assert _speakers(text)[0] == "Marta Hale"


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        # a topic label before the colon is no person and no epithet
        ("Budget 2027: 'The crossing will open'", "Marta Hale"),
        # a place label keeps its reading, as before
        ("Kenya: 'The crossing will open'", "Marta Hale"),
    ],
)
def test_labels_that_are_no_epithet_are_read_as_before(headline: str, speaker: str) -> None:
    text = headline + "\n\n" + _BODY + '"The crossing will open," Hale said.'
    assert _speakers(text)[-1] == speaker


def test_a_given_name_before_the_surname_is_kept() -> None:
    # a given name is no epithet: the headline's Hale is another person than the body's
    text = "Tomas Hale: 'I will not walk away'\n\n" + _BODY
    assert _speakers(text) == ["Tomas Hale"]
