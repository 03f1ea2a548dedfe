"""Invisible characters beside a cue: format characters (Cf), NUL and combining marks.

A joiner, a direction mark, a byte-order mark or NUL prints nothing, and a combining
mark belongs to its letter: the text layer reads them as spacing or as part of the
word they touch (``text/layer.py``), so attribution gives the speaker it gives
without them, with offsets into the text as given.
"""

from __future__ import annotations

import pytest

import quoteverify

# Invented sentences, each with one place ({c}) beside its cue.
SENTENCES = [
    '"We will rebuild the bridge," said {c}Marta Oyelaran, the county engineer.',
    '"We will rebuild the bridge," said{c} Marta Oyelaran.',
    '"We will rebuild the bridge," Marta Oyelaran said{c}.',
    'Marta Oyelaran said{c}: "We will rebuild the bridge."',
    'Marta Oyelaran said{c} "we will rebuild the bridge" next spring.',
    'Marta Oyelaran told{c} reporters: "We will rebuild the bridge."',
    '"The ferry runs at dawn," Tomas Keld said{c} {c}"and again at dusk."',
]
INVISIBLE = ["\u200d", "\u200f", "\x00", "\ufeff", "\u2060", "\u0301"]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteverify.parse(text).quotes]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_beside_the_cue_keeps_the_speaker(sentence: str, char: str) -> None:
    plain = sentence.format(c="")
    text = sentence.format(c=char)
    want = _speakers(plain)
    assert want and all(want)
    assert _speakers(text) == want


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_offsets_stay_offsets_into_the_text_as_given(char: str) -> None:
    text = SENTENCES[0].format(c=char)
    (q,) = quoteverify.parse(text).quotes
    assert text[q.start : q.end] == q.text
    m = q.speaker_mention
    assert m is not None and text[m.start : m.end] == m.text
    assert q.cue is not None and text[q.cue.start : q.cue.end] == q.cue.text
