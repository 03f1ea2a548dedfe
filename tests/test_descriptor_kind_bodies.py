"""A noun for an office's kind with a body before it (*the Harbour boss*) names the
person last introduced with one of that kind's one-word offices (*Harbour manager
Joe Penn*) whose words hold the body (issue 14, h53-descriptors;
``lexicons/office_kinds.tsv``)."""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in parse(text).quotes]


@pytest.mark.parametrize(
    "intro",
    [
        "Harbour manager Joe Penn lost his job on Friday.",
        "Harbour coach Joe Penn lost his job on Friday.",
    ],
)
def test_kind_noun_with_body_names_the_introduced_holder(intro: str) -> None:
    said = '"I gave it everything," the Harbour boss said.'
    text = f"{intro} Director Lia Moss read a statement.\n\n{said}\n"
    assert _speakers(text) == ["Joe Penn"]


def test_kind_noun_with_another_body_no_guess() -> None:
    text = (
        "Harbour manager Joe Penn lost his job on Friday. Director Lia Moss read a "
        'statement.\n\n"I gave it everything," the Dunmore boss said.\n'
    )
    assert _speakers(text) == ["the Dunmore boss"]
