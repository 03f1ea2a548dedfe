"""*Counsel* names a person by role (``lexicons/role_nouns.txt``), as *lawyer* does.

Without it, a fronted *In court papers,* lent its *court* to a participle's quote,
and *General Counsel* before a name stayed in the name.
"""

from __future__ import annotations

import quoteverify


def _speaker(text: str) -> str | None:
    (quote,) = quoteverify.parse(text).quotes
    return None if quote.speaker is None else quote.speaker.name


def test_a_counsel_described_by_an_owner_is_the_participle_subject() -> None:
    text = (
        "In court papers, the baker's public defense counsel asked for mercy, "
        'calling the thefts "a lapse of sorts."'
    )
    assert _speaker(text) == "the baker's public defense counsel"


def test_counsel_is_a_role_before_a_name_not_part_of_it() -> None:
    text = 'Agency General Counsel Ada L. Moss said the suit was "frivolous."'
    assert _speaker(text) == "Ada L. Moss"
