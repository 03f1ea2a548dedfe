"""Invisible characters beside a cue: format characters (Cf), NUL and combining marks.

A joiner, a direction mark, a byte-order mark or NUL prints nothing, and a combining
mark belongs to its letter: the text layer reads them as spacing or as part of the
word they touch (``text/layer.py``), so attribution gives the speaker it gives
without them, with offsets into the text as given.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    return [q.speaker_name for q in quoteverify.parse(text).quotes]


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


# A format character inside a name, or between its words, prints nothing: the speaker
# is the name as a reader sees it, and the mention keeps the text's own offsets and text.
FORMAT = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\x00"]
NAMED = [
    ('"The pier reopens in May," said Marta{c} Oyelaran.', "Marta Oyelaran"),
    ('"The pier reopens in May," said Marta Oye{c}laran.', "Marta Oyelaran"),
    ('"The pier reopens in May," Mar{c}ta {c}Oyelaran said.', "Marta Oyelaran"),
    ('"The pier reopens in May," said Sen.{c} Ilse Varga.', "Ilse Varga"),
    ('Ilse Var{c}ga chairs the board. "We vote on Friday," Varga said.', "Ilse Varga"),
    ('Ilse Varga chairs the board. "We vote on Friday," Var{c}ga said.', "Ilse Varga"),
    (
        'Ilse van{c} der Berg chairs it. "We vote on Friday," Van der Berg said.',
        "Ilse van der Berg",
    ),
]


@pytest.mark.parametrize(("sentence", "name"), NAMED)
@pytest.mark.parametrize("char", FORMAT, ids=lambda c: f"U+{ord(c):04X}")
def test_a_format_character_in_a_name_is_not_in_the_speakers_name(
    sentence: str, name: str, char: str
) -> None:
    text = sentence.format(c=char)
    (q,) = quoteverify.parse(text).quotes
    assert q.speaker is not None and q.speaker.name == name
    assert all(char not in alias for alias in q.speaker.aliases)
    m = q.speaker_mention
    assert m is not None and text[m.start : m.end] == m.text


def test_the_mention_keeps_the_character_the_speaker_does_not() -> None:
    text = '"The pier reopens in May," said Marta Oye\u200blaran.'
    (q,) = quoteverify.parse(text).quotes
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == "Marta Oye\u200blaran"
    assert q.speaker is not None and q.speaker.name == "Marta Oyelaran"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len("Marta Oyelaran")), st.sampled_from(FORMAT)), max_size=4),
    st.sampled_from([s for s, _ in NAMED[:3]]),
)
def test_format_characters_anywhere_in_a_name_leave_the_speaker(
    places: list[tuple[int, str]], sentence: str
) -> None:
    name = "Marta Oyelaran"
    marked = name
    for at, char in sorted(places, reverse=True):
        marked = marked[:at] + char + marked[at:]
    text = sentence.format(c="").replace(name, marked)
    (q,) = quoteverify.parse(text).quotes
    assert q.speaker is not None and q.speaker.name == name
    m = q.speaker_mention
    assert m is not None and text[m.start : m.end] == m.text
