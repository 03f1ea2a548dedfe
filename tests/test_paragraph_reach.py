"""A paragraph's start is read a bounded stretch back: a text of one long line (no
paragraph breaks at all) must not make every descriptor read back to the text's start."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.text.sentences import PARAGRAPH_REACH as _PARAGRAPH_REACH
from quoteverify.text.sentences import paragraph_start as _paragraph_start

_TEXT = st.text(st.sampled_from("ab \n."), max_size=3 * _PARAGRAPH_REACH)


@given(_TEXT, st.data())
def test_the_paragraph_start_is_the_last_newline_within_reach(
    text: str, data: st.DataObject
) -> None:
    end = data.draw(st.integers(0, len(text)))
    got = _paragraph_start(text, end)
    newline = text.rfind("\n", 0, end)
    if newline >= end - _PARAGRAPH_REACH or end <= _PARAGRAPH_REACH:
        assert got == newline  # a paragraph within reach: exactly where it opens
    else:
        assert got == end - _PARAGRAPH_REACH - 1  # no further back than the reach
        assert "\n" not in text[got + 1 : end]


_UNIT = (
    "Mira Sorensen won the sprint at the velodrome. “My legs are gone,” said the "
    "29-year-old. Her coach cheered. “We planned every lap,” the veteran rider added. "
)


def test_a_text_of_one_long_line_reads_each_unit_alike() -> None:
    # 120 copies on one line, about 20,000 characters: five times the reach. Each
    # copy's quotes get the speakers the first copy's get, far from the text's start
    # as near it.
    doc = parse(_UNIT * 120)
    names = [q.speaker_name for q in doc.quotes]
    assert len(names) == 240
    assert names[:2] == ["Mira Sorensen", "Mira Sorensen"]
    assert names[-2:] == names[:2]
    assert len(set(names)) == 1
