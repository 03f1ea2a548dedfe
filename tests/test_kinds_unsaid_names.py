"""Spans that name something and got a speaker: a group's term, a product's name in
apposition (issue 14).

*Anglers call the shallows "mud alley"* prints a term that a group of people uses;
*its new handset, the "Pebble Two",* names a product. By the Wikinews
convention neither is anybody's words: each is non-speech and gets no speaker.
One speaker's phrase after *calls* and a verdict that opens on an article stay
speech. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind, extract_quotes, parse

N = QuoteKind.NON_SPEECH
GROUP = "after a plural subject"


def _unsaid(text: str, quoted: str) -> tuple[QuoteKind, str, str | None]:
    """The kind, the reason and the speaker of the parsed quote opening ``quoted``."""
    q = next(q for q in parse(text).quotes if q.text.startswith(quoted))
    return q.kind, q.kind_reason, q.speaker_name


def _reason(text: str, quoted: str) -> str:
    """The kinds' reason for the quote opening ``quoted`` (no attribution)."""
    return next(q.kind_reason for q in extract_quotes(text) if q.text.startswith(quoted))


@pytest.mark.parametrize(
    ("text", "quoted", "reason"),
    [
        # A plain plural noun, the verb, its object, then the term.
        (
            'Harbour pilots warned of low water, and anglers call the shallows "mud alley" '
            "in dry summers, the port's director Lena Vosk said.",
            "mud alley",
            GROUP,
        ),
        # *what* and the group before the term, the comma printed inside the marks.
        (
            'Wards are full of patients ready to leave, in what nurses call "bed block," '
            "said Tomas Rieder, who runs the hospital.",
            "bed block",
            GROUP,
        ),
        # *they* as the group, with the name's own article outside the marks.
        (
            "Drivers on the ring road say they fear what they call the "
            '"lorry squeeze" at the junction, the council said.',
            "lorry squeeze",
            GROUP,
        ),
        # A demonstrative object and a one-word term.
        (
            'Bankers call this "laddering", and the regulator said on Monday it would look at it.',
            "laddering",
            GROUP,
        ),
        # A possessive before the plural subject.
        (
            'The council approved a phone mast, a tower its critics call the "steel pin", '
            "planning chief Ola Brandt said.",
            "steel pin",
            GROUP,
        ),
        (
            'Orchard owners call a late frost a "black night", grower Mara Quint said at the show.',
            "black night",
            GROUP,
        ),
        # A title-cased name after a comma and its own *the*.
        (
            'Velo Labs showed its new handset, the "Pebble Two", which goes on sale in '
            "March, chief executive Ana Roe said.",
            "Pebble Two",
            "a title after 'handset'",
        ),
        # ... the narrator's comma printed inside the marks.
        (
            'The bakery was told to rename its rye loaf, the "Crown Crust," after a '
            "complaint from a rival, owner Ida Moss said.",
            "Crown Crust",
            "a title after 'loaf'",
        ),
    ],
)
def test_a_name_is_non_speech_with_no_speaker(text: str, quoted: str, reason: str) -> None:
    kind, why, speaker = _unsaid(text, quoted)
    assert kind is N, why
    assert reason in why
    assert speaker is None


@pytest.mark.parametrize(
    ("text", "quoted", "reason"),
    [
        # One speaker's phrase after *calls*: partial speech (as before).
        (
            'Mayor Ines Toller defended what she calls "careful growth" at the meeting.',
            "careful growth",
            GROUP,
        ),
        # A verdict that opens on an article: the group's words.
        (
            'Tenants call the rise "a kick in the teeth", their union leader Jo Brack said.',
            "a kick",
            GROUP,
        ),
        # *we*, a speaker's own group, is no group naming.
        (
            '"It is what we call "slow money,"" said the fund manager Ruth Amsel.',
            "slow money",
            GROUP,
        ),
        # *call for*: a noun, no verb of naming.
        (
            'The union backed the pilots\' call for a "fair roster" on Tuesday, Kai Oduya said.',
            "fair roster",
            GROUP,
        ),
        # A group's verdict, an adjective, is its words (review of h50-nonspeech).
        (
            'Critics call the toll "reckless", and the mayor Ana Roe rejected that on Monday.',
            "reckless",
            GROUP,
        ),
        (
            'Nurses call the new rota "deeply worrying", their union said on Friday.',
            "deeply",
            GROUP,
        ),
        # A lower-case verdict after *, the* is no name.
        (
            'She called the plan a failure, the "worst idea in years", Roe said.',
            "worst",
            "a title after",
        ),
    ],
)
def test_speech_is_left_alone(text: str, quoted: str, reason: str) -> None:
    assert reason not in _reason(text, quoted)


def test_name_is_a_group_naming_verb() -> None:
    """The row *name* of ``group_naming_verbs.txt``."""
    text = 'Climbers name the north ridge the "long stair", the guide Oda Lenk said.'
    assert GROUP in _reason(text, "long stair")
