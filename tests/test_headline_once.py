"""The registry finds an article's headline once (issue 12: a text with no line break
was searched whole for one each time a descriptor was resolved)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from quoteverify.speakers.identity import _HEADLINE_LINE, _Registry


def _in_headline_by_definition(text: str, pos: int) -> bool:
    # A first line with no full stop at its end and a blank line after it, or one
    # line break after it when the line is short (a byline or lede on the next line).
    line = text.find("\n")
    broken = text.startswith("\n\n", line) or line <= _HEADLINE_LINE
    return 0 <= pos < line and broken and not text[:line].rstrip().endswith(".")


@given(st.text(alphabet="ab .\n", max_size=30), st.lists(st.integers(-2, 32), max_size=6))
@example("Mayor says no\n\nThe mayor said no.", [0, 5, 12, 13, 20])
@example("Mayor says no.\n\nThe mayor said no.", [0, 5])
@example("\n\nheadless", [0, 1])
@example("one line only", [0, 3])
@example("Mayor says no\nThe mayor said no.", [0, 5, 12, 13, 20])
@example("Mayor says no " * 20 + "\nThe mayor said no.", [0, 5])
def test_in_headline_is_the_definition_at_every_position(text: str, asks: list[int]) -> None:
    registry = _Registry(text)
    for pos in asks:
        assert registry._in_headline(pos) is _in_headline_by_definition(text, pos)


def test_the_headline_is_found_once_per_article() -> None:
    registry = _Registry("Mayor says no\n\nThe mayor said no.")
    assert registry._in_headline(3)
    registry.text = "no headline here"  # a second search would see this text
    assert registry._in_headline(3)
