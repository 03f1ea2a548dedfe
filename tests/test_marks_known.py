"""The marks' roles read from memory (``marks._KNOWN``) are the roles worked out afresh.

A mark that is no single apostrophe has a role fixed by its own characters and the
one character on each side, an end of the text reading as a space; ``iter_marks``
keeps the answer by that context. A single apostrophe is kept so only where those two
characters settle it (``marks._read_beside``), never where an elided word may follow
(*'Tis*, *’90s*, *'round*). These tests pin those facts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.text import marks
from quoteverify.text.marks import MARKS, scan

_APOSTROPHES = ("'", "’", "‘")
_OTHER_MARKS = sorted(c for c in MARKS if c not in _APOSTROPHES)

# Marks of every style, alone and in runs, beside words, spaces, punctuation and ends
# of lines: every context a mark's role reads.
_PIECES = st.sampled_from(
    [
        *MARKS,
        *"ab .,;:!?()-—\n\t\u00a0",
        "word",
        "x9",
        "rock 'n' roll",
        "’90s",
        "\n\n",
        "tis",
        "Em",
        "round",
        "rock",
        "n",
        "9",
        "é",
    ]
)
MIXED_MARKS = st.lists(_PIECES, max_size=60).map("".join)


@contextmanager
def _no_memory() -> Iterator[None]:
    """Every mark's role worked out afresh: the memory empty and kept empty."""
    saved, cap = dict(marks._KNOWN), marks._KNOWN_CAP
    marks._KNOWN.clear()
    marks._KNOWN_CAP = 0
    try:
        yield
    finally:
        marks._KNOWN.clear()
        marks._KNOWN.update(saved)
        marks._KNOWN_CAP = cap


@given(MIXED_MARKS)
@settings(max_examples=400)
@example('"""""')
@example('a"b "c" «d» ‚e „f“ ‹g›')
@example("x » y « z")
def test_roles_from_memory_are_the_roles_worked_out(text: str) -> None:
    with _no_memory():
        fresh = scan(text)
    scan(text)  # the contexts of this text now in memory (under the cap)
    assert scan(text) == fresh


@given(st.sampled_from(_OTHER_MARKS), st.characters(exclude_categories=("Cs",)))
@example('"', '"')
@example("»", "a")
def test_an_end_of_the_text_reads_as_a_space(char: str, other: str) -> None:
    assert marks._role("", char, other) is marks._role(" ", char, other)
    assert marks._role(other, char, "") is marks._role(other, char, " ")


def test_a_run_of_straight_marks_is_read_the_same_from_memory() -> None:
    text = '"' * 50 + ' said "no" ' + '"' * 51
    with _no_memory():
        fresh = scan(text)
    assert scan(text) == scan(text) == fresh
    run = [m for m in fresh if m.start < 50]
    assert len(run) == 50 and {m.role.name for m in run} == {"EITHER"}


@given(
    st.sampled_from(_APOSTROPHES), st.sampled_from(["tis", "Twas", "em", "90s", "9", "n'", "round"])
)
def test_an_apostrophe_before_an_elided_word_is_never_read_from_memory(
    mark: str, word: str
) -> None:
    # The same three characters open a quote here and elide letters there: the
    # second must not take the first's role.
    quoted = f" {mark}{word[0]}x is quoted{mark} "
    elided = f" {mark}{word} "
    with _no_memory():
        fresh = scan(elided)
    scan(quoted)
    assert scan(elided) == fresh
    assert f" {mark}{word[0]}" not in marks._KNOWN
