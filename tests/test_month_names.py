"""A month after a preposition of time is no given name of the name after it
(*In March Ruiz moved*: Ruiz), while a month that is a given name opening a name
elsewhere stays one (*June Carter said*) (issue 14, h49d-bugs). Every sentence
here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.speakers.mentions import find_names


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('In March Ruiz moved to Hull. "We love the coast," Ruiz said.', "Ruiz"),
        ('Since October Dana Pell has run the depot. "It is busy," Pell said.', "Dana Pell"),
        ('Until February Omar Lind led the choir. "I miss it," Lind said.', "Omar Lind"),
        ('The mill shut last December. Last December Tia Moss left. "Sad," Moss said.', "Tia Moss"),
        ('He flew home.\n\nIn April Kemp sold the farm. "It was time," Kemp said.', "Kemp"),
    ],
)
def test_a_month_after_a_time_preposition_opens_no_name(text: str, name: str) -> None:
    assert _speakers(text) == [name]


def test_a_given_name_that_is_a_month_stays_a_name() -> None:
    text = 'June Carter opened the fair. "Welcome, all," June Carter said.'
    assert _speakers(text) == ["June Carter"]
    assert [f.head for f in find_names("a song by June Carter played")] == ["June Carter"]
    assert [f.head for f in find_names("He met April Lee in town.")] == ["April Lee"]


def test_the_name_after_the_month_is_found_alone() -> None:
    assert [f.head for f in find_names("In March Ana Ruiz moved to Hull.")] == ["Ana Ruiz"]
