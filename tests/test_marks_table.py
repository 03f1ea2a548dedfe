"""The one table of quote marks, and the mark sets derived from it."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.text import marks
from quoteverify.text.marks import MARKS, Direction, Weight, mark_chars, scan


def test_every_scanned_mark_is_in_the_table() -> None:
    text = " ".join(f"a {c}b{c} c" for c in MARKS)
    for m in scan(text):
        assert m.char in MARKS
        assert m.weight is MARKS[m.char].weight


def test_derived_sets_follow_the_table() -> None:
    assert set(marks.QUOTE_CHARS) == {c for mark in MARKS for c in mark}
    assert set(marks.CLOSERS) == {
        c
        for c, info in MARKS.items()
        if len(c) == 1
        and info.direction is not Direction.OPENING
        and info.weight in (Weight.DOUBLE, Weight.SINGLE)
    }
    assert "”" in marks.CLOSERS and "“" not in marks.CLOSERS
    assert "“" in marks.OPENERS and "”" not in marks.OPENERS
    assert marks.STYLE["«"] == marks.STYLE["»"] == "guillemet"


def test_mark_chars_selects_by_direction_weight_and_straightness() -> None:
    assert (
        mark_chars(faces=frozenset({Direction.CLOSING}), weights=frozenset({Weight.CORNER})) == "」"
    )
    assert '"' not in mark_chars(straight=False)
    assert '"' in mark_chars()


@given(st.text(alphabet=st.sampled_from(sorted(marks.QUOTE_CHARS) + list("ab .,"))))
def test_scan_finds_only_table_marks(text: str) -> None:
    for m in scan(text):
        assert text[m.start : m.end] == m.char
        assert m.char in MARKS


@settings(max_examples=400, deadline=None)
@example("'Tis", 1)
@example("’90s", 1)
@example("rock 'n' roll", 6)
@example("'Cause", 1)
@example("'w0'", 1)
@example("'", 1)
@given(
    st.text(alphabet="'’tTiswnNcC09aZ x.\u00e9\u0130\u0660", max_size=12),
    st.integers(0, 12),
)
def test_the_leading_apostrophe_check_equals_the_patterns(text: str, end: int) -> None:
    # The quick test of the character after a mark answers as the patterns do.
    assert marks._leading_apostrophe(text, end) == marks._elides(text, end)


def test_an_elided_word_after_a_mark_is_found_whatever_its_first_letter() -> None:
    # Every elided word, capitalised or not, after each apostrophe-like mark.
    for word in marks.load("elisions"):
        for form in (word, word.capitalize(), word.upper()):
            for mark in "'’":
                text = f"{mark}{form} now"
                assert marks._leading_apostrophe(text, 1) == marks._elides(text, 1) is True


def test_a_left_single_mark_between_letters_is_an_apostrophe() -> None:
    # Typesetting sometimes turns an apostrophe the wrong way round: never an opening.
    assert scan("the coach‘s plan and we don‘t know") == []
    # Beside a space it still opens (and the pairing stage finds the quote).
    assert [m.role.name for m in scan("called it ‘bold’ twice")] == ["OPEN", "CLOSE_OR_APOSTROPHE"]
    text = "The mayor‘s plan was ‘bold’, Ana Ruiz said."
    from quoteverify import parse

    assert [q.text for q in parse(text).quotes] == ["bold"]
