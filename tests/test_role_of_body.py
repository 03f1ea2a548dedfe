"""*The CEO of Harlow Foods said* is a person's role at a body, a descriptor, not
the body speaking; a body whose own name holds *of* (*The Bank of England said*)
still speaks as a body (issue 14, h49d-bugs). Every sentence here is our own.
"""

from __future__ import annotations

from quoteverify import parse
from quoteverify.model import SpeakerKind


def _last(text: str) -> tuple[str | None, SpeakerKind | None]:
    speaker = parse(text).quotes[-1].speaker
    return (None, None) if speaker is None else (speaker.name, speaker.kind)


def test_a_capitalised_role_of_a_body_speaks_as_its_holder() -> None:
    text = (
        "Mia Dorn, the CEO of Pellworth Foods, opened a plant in Leeds on Monday. "
        'The CEO of Pellworth Foods said: "We will hire forty people."'
    )
    assert _last(text) == ("Mia Dorn", SpeakerKind.PERSON)


def test_an_unnamed_holder_is_a_person_not_the_body() -> None:
    text = 'The CEO of Pellworth Foods said: "The herd is growing."'
    name, kind = _last(text)
    assert kind is SpeakerKind.PERSON
    assert name != "Pellworth Foods"


def test_a_body_whose_name_holds_of_still_speaks() -> None:
    assert _last('The Bank of England said: "Rates will hold."') == (
        "Bank of England",
        SpeakerKind.ORGANIZATION,
    )
    assert _last('The University of Leeds said: "Term starts late."') == (
        "University of Leeds",
        SpeakerKind.ORGANIZATION,
    )
