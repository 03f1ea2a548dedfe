"""A particled surname owning an office or a campaign keeps its particles (h58d-again).

``mentions._possessed`` reads *Roe's office said* as the owner's body; a surname
printed with joining particles (``lexicons/name_particles.tsv``) owns it whole:
*Van der Wielen's office*, not *Wielen's office* (``mentions._particles_start``).
"""

from __future__ import annotations

import pytest

import quoteverify as qv


def _last(text: str) -> str | None:
    q = qv.parse(text).quotes[-1]
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lotte van der Wielen chairs the harbour board. Van der Wielen's office "
            'said the dredging would be "paused for now."',
            "Van der Wielen's office",
        ),
        (
            "The port reopened on Monday, van der Wielen's office said, calling it "
            '"a relief for everyone."',
            "van der Wielen's office",
        ),
        (
            'Marco de Luca is running for mayor. De Luca\'s campaign said the poll was "a fluke."',
            "De Luca's campaign",
        ),
    ],
)
def test_a_particled_owner_keeps_its_particles(text: str, name: str) -> None:
    assert _last(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no particle: as before
        (
            'Lotte Wielen chairs the board. Wielen\'s office said it was "paused."',
            "Wielen's office",
        ),
        # a capitalised word that is no particle before the owner
        ('Then Wielen\'s office said it was "paused."', "Wielen's office"),
    ],
)
def test_an_owner_without_particles_is_read_as_before(text: str, name: str) -> None:
    assert _last(text) == name
