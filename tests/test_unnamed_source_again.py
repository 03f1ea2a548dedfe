"""A definite *the source* (or *the official*) after a quote whose clause ends on
an unnamed description of the same noun (*"...," a source close to him said.*)
is that unnamed source again, typed anonymous, as it already was after a
sentence that opens on the description (issue 14, h50-leads). Every sentence
here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.model import SpeakerKind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The deal is stuck. "It will not close in May," a source close to Vanya Brill said.'
            ' Brill flew to Oslo. "She is furious," the source said.',
            "a source close to Vanya Brill",
        ),
        (
            '"The port stays shut," one senior official said on Friday. "We have no choice,"'
            " the official added.",
            "one senior official",
        ),
    ],
)
def test_the_source_after_a_clause_final_description_is_that_source(text: str, name: str) -> None:
    speakers = [q.speaker for q in parse(text).quotes]
    assert [(s.name, s.kind) for s in speakers if s is not None] == [
        (name, SpeakerKind.ANONYMOUS),
        (name, SpeakerKind.ANONYMOUS),
    ]


def test_two_sources_leave_the_source_to_neither() -> None:
    text = (
        '"It will not close," a source close to the firm said. A second source disagreed.'
        ' "It closes soon," the source said.'
    )
    assert parse(text).quotes[-1].speaker_name != "a source close to the firm"
