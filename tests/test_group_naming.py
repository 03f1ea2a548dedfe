"""A group's own name for a thing: a plural subject, *call* and a short term.

*Anglers call the shallows "the soup"* or *what nurses call "bed block"* prints
a term that a group of people uses. By the Wikinews convention it is nobody's
words (non-speech) and gets no speaker, whatever its case; *calls* after one
speaker, and a verdict that opens on an article, stay speech. Every sentence
here is written for these tests.
"""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind, extract_quotes, parse

N = QuoteKind.NON_SPEECH


def kind_of(text: str, quoted: str) -> tuple[QuoteKind, str]:
    for q in extract_quotes(text):
        if q.text.startswith(quoted):
            return q.kind, q.kind_reason
    raise AssertionError(f"{quoted!r} not found")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A plain plural noun, the verb, its object, then the term.
        (
            'Harbour pilots warned of low water, and anglers call the shallows "mud alley" '
            "in dry summers, the port's director Lena Vosk said.",
            "mud alley",
        ),
        # *what* and the group before the term, the comma printed inside the marks.
        (
            'Wards are full of patients ready to leave, in what nurses call "bed block," '
            "said Tomas Rieder, who runs the hospital.",
            "bed block",
        ),
        # *they* as the group, with the name's own article outside the marks.
        (
            "Drivers on the ring road say they fear what they call the "
            '"lorry squeeze" at the junction, the council said.',
            "lorry squeeze",
        ),
        # A demonstrative object and a one-word term.
        (
            'Bankers call this "laddering", and the regulator said on Monday it would look at it.',
            "laddering",
        ),
        # A possessive before the plural subject.
        (
            'The council approved a phone mast, a tower its critics call the "steel pin", '
            "planning chief Ola Brandt said.",
            "steel pin",
        ),
    ],
)
def test_a_groups_term_is_non_speech(text: str, quoted: str) -> None:
    kind, reason = kind_of(text, quoted)
    assert kind is N, reason
    assert "after a plural subject" in reason


def test_a_groups_term_gets_no_speaker() -> None:
    text = 'Orchard owners call a late frost a "black night", grower Mara Quint said at the show.'
    q = next(q for q in parse(text).quotes if q.text.startswith("black night"))
    assert q.kind is N, q.kind_reason
    assert q.speaker_name is None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # One speaker's phrase after *calls*: partial speech (as before).
        (
            'Mayor Ines Toller defended what she calls "careful growth" at the meeting.',
            "careful growth",
        ),
        # A verdict that opens on an article: the group's words.
        (
            'Tenants call the rise "a kick in the teeth", their union leader Jo Brack said.',
            "a kick",
        ),
        # *we*, a speaker's own group, is no group naming.
        (
            '"It is what we call "slow money,"" said the fund manager Ruth Amsel.',
            "slow money",
        ),
        # *call for*: a noun, no verb of naming.
        (
            'The union backed the pilots\' call for a "fair roster" on Tuesday, Kai Oduya said.',
            "fair roster",
        ),
    ],
)
def test_not_a_groups_term(text: str, quoted: str) -> None:
    for q in extract_quotes(text):
        if q.text.startswith(quoted):
            assert "after a plural subject" not in q.kind_reason
            return
    raise AssertionError(f"{quoted!r} not found")
