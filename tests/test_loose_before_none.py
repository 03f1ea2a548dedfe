"""``mentions.loose_before_none``: the loose reading of a subject before a cue, run
without the strict reading again when the caller's strict reading gave None
(``attribution._subject_of_cue``, issue 12, h57d-classify). It must give what
``phrase_before(..., loose=True)`` gives then. Invented pieces of text.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.mentions import Reads, loose_before_none, phrase_before
from quoteverify.text.layer import tokenize

_PIECES = st.sampled_from(
    [
        "The waiter said ",
        "The clip says ",
        "a local paper reported ",
        "this group said ",
        "The old ferry captain, a local man, said ",
        "the union of the dock workers said ",
        "Some of the tenants said ",
        "Many of the waiters said ",
        "Ruth Pole spoke. ",
        "Pole said. ",
        "Residents said ",
        "the Kremlin said ",
        "Acme said it would ",
        "He said ",
        ", ",
        '"Go," ',
        "x ",
    ]
)


def _check(text: str, reads: Reads | None) -> None:
    toks = tokenize(text, 0, len(text))
    for end in range(len(toks) + 1):
        for lo in range(end + 1):
            strict = phrase_before(toks, end, text=text, lo=lo, reads=reads)
            loose = phrase_before(toks, end, text=text, lo=lo, reads=reads, loose=True)
            if strict is None:
                shared = loose_before_none(toks, end, text=text, lo=lo, reads=reads)
                assert shared == loose
            else:
                assert loose == strict  # the loose step reads only when the strict gave None


@settings(max_examples=150, deadline=None)
@example(["The waiter said "], True)
@example(["Many of the waiters said "], False)  # a partitive on the loose phrase
@example(["The old ferry captain, a local man, said "], True)
@given(st.lists(_PIECES, max_size=5), st.booleans())
def test_the_loose_reading_alone_is_the_loose_call_when_the_strict_gave_none(
    pieces: list[str], with_reads: bool
) -> None:
    text = "".join(pieces)
    _check(text, Reads(text) if with_reads else None)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("The waiter said", 2, "The waiter"),  # an unknown determiner phrase
        # "the waiters" is read loosely; the partitive step then takes "Many of" with it
        ("Many of the waiters said", 4, "Many of the waiters"),
    ],
)
def test_the_loose_reading_alone_gives_the_loose_phrase(text: str, end: int, expected: str) -> None:
    toks = tokenize(text, 0, len(text))
    assert phrase_before(toks, end, text=text) is None
    found = loose_before_none(toks, end, text=text)
    assert found is not None
    assert found.text == expected


def test_a_subject_read_loosely_before_a_cue_still_speaks() -> None:
    # _subject_of_cue: no strict subject before "says", so the loose one opens the clause
    doc = parse('The clip says: "We are closed for the winter."')
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] == ["The clip"]
