"""A headline's epithet before a surname or a name (*Jailed Hale:*, *Defiant Ana
Ruiz vows ...*) is no word of the person's name wherever the body names them: the
registry's name rows (``mentions._name_of`` through ``_epithet_opens``) drop it as
``_classify`` does, so the headline's surname finds the full name the body prints
later even when the body never prints the surname alone."""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.speakers.mentions import name_rows


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in parse(text).quotes]


_BODY = (
    "\n\nA former harbour master was sent to prison on Friday for taking bribes "
    "from shipping firms.\n\nTom Hale, 58, told reporters outside the court that "
    "he had no regrets.\n"
)


@pytest.mark.parametrize("epithet", ["Jailed", "Defiant", "Embattled", "Under-fire"])
def test_an_epithet_before_a_surname_takes_the_full_name_printed_later(epithet: str) -> None:
    text = f'{epithet} Hale: "I would do it all again"' + _BODY
    assert _speakers(text) == ["Tom Hale"]


def test_an_epithet_before_a_surname_and_a_verb_takes_the_full_name() -> None:
    text = 'Defiant Hale says he "would do it all again"' + _BODY
    assert _speakers(text) == ["Tom Hale"]


def test_an_epithet_before_a_full_name_is_dropped_from_it() -> None:
    text = 'Defiant Ana Ruiz vows to "fight on"\n\nAna Ruiz, the mayor, spoke on Friday.\n'
    assert _speakers(text) == ["Ana Ruiz"]
    assert [row[4] for row in name_rows(text, lone=True)][:1] == ["Ana Ruiz"]


# Near misses: what reads as before.


def test_an_epithet_before_a_title_keeps_the_title_reading() -> None:
    text = 'Ousted President Ana Ruiz: "I will be back"\n\nAna Ruiz left office on Friday.\n'
    assert _speakers(text) == ["Ana Ruiz"]


def test_an_epithet_opening_a_body_name_stays_in_it() -> None:
    text = 'The Troubled Asset Relief Program said it was "on track" on Friday.\n'
    assert _speakers(text) == ["Troubled Asset Relief Program"]


def test_a_surname_printed_alone_in_the_body_still_links() -> None:
    text = (
        'Jailed Hale: "I would do it all again"\n\nTom Hale, a former harbour master, '
        "was sent to prison on Friday.\n\nHale said he had no regrets.\n"
    )
    assert _speakers(text) == ["Tom Hale"]
