"""A player's position as the role before a name (h46c-left).

*centre-back*, *full-back*, *wing-back*, *shortstop* name a person by role
(``lexicons/role_nouns.txt``), as *striker* and *goalkeeper* did: the name after
*veteran centre-back* in apposition to a possessive role is the speaker, not the
role phrase.
"""

import pytest

from quoteverify import parse


@pytest.mark.parametrize("position", ["centre-back", "center-back", "full-back", "wing-back"])
def test_a_position_before_the_name_leaves_the_name(position: str) -> None:
    text = (
        "Arden drew 1-1 with Carrow on Saturday.\n\n"
        f"Carrow's captain, veteran {position} Tomas Reyne, said the draw was "
        '"about right".'
    )
    assert parse(text).quotes[0].speaker_name == "Tomas Reyne"


def test_the_position_alone_is_still_a_descriptor() -> None:
    text = 'Arden drew 1-1 with Carrow. "We were tired," the centre-back said.'
    assert parse(text).quotes[0].speaker_name == "the centre-back"
