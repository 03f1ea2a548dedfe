"""A phrase repeated inside a quote is its author's (h38-inner, row ``inner-echo``).

A speaker who quotes someone else's words back inside their own quote (*"She calls it
'a plan for everyone'? Nobody asked us."*) is not the phrase's author: the nearest
earlier quote that prints the phrase names who is. Every sentence here is our own."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind, parse
from quoteverify.speakers import turns


def _inner(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker_name, q.cue.rule if q.cue else None)
        for q in parse(text).quotes
        if q.depth
    ]


ECHOES = [
    (
        'Ana Ruiz said the new rota was "fair to every nurse on the ward."\n\n'
        "\"It is a disgrace to call that rota 'fair to every nurse' when it cuts our pay,\" "
        "said Tom Hale, a union steward.",
        "Ana Ruiz",
    ),
    (
        'The minister promised "cheaper trains for all commuters" by the spring.\n\n'
        "Kay Lund was not convinced. \"We were told 'cheaper trains for all commuters' "
        'last year too," she said.',
        "The minister",
    ),
    (
        'Omar Haddad, the coach, said his side would play "with courage and patience."\n\n'
        "\"They want to call it 'courage and patience' before every defeat,\" said Lina Osei, "
        "a season ticket holder.",
        "Omar Haddad",
    ),
]


@pytest.mark.parametrize(("text", "author"), ECHOES)
def test_a_phrase_repeated_inside_a_quote_is_its_authors(text: str, author: str) -> None:
    [(_, speaker, rule)] = _inner(text)
    assert (speaker, rule) == (author, "inner-echo")
    without = tuple(r for r in turns.TURN_RULES if r.name != "inner-echo")
    with mock.patch.object(turns, "TURN_RULES", without):
        [(_, alone, _)] = _inner(text + " ")
    assert alone != author


@pytest.mark.parametrize(
    "text",
    [
        # no earlier quote prints the phrase: the cues' answer stands
        "\"They want to say it is 'a plan for everyone' and nobody asked us,\" said Tom Hale.",
        # a later quote that prints it is no source: an echo looks back
        "\"They want to say it is 'a plan for everyone' and nobody asked us,\" said Tom Hale.\n\n"
        'Ana Ruiz later defended "a plan for everyone in the valley."',
        # one word of three letters or more is too little to know an echo
        'Ana Ruiz called the scheme "bold."\n\n'
        "\"They want to say it is 'bold' and nobody asked us,\" said Tom Hale.",
    ],
)
def test_no_earlier_quote_with_the_words_leaves_the_outer_speaker(text: str) -> None:
    [(_, speaker, rule)] = _inner(text)
    assert rule != "inner-echo"
    assert speaker == "Tom Hale"


@pytest.mark.parametrize(
    ("inner", "kind"),
    [
        # words voiced inside a quote (a cue and a comma before them): the cues decide
        ("My manager told me, 'Fair to every nurse on the ward,' and left", QuoteKind.DIRECT),
        # a term inside a quote stays nobody's words, though someone used it before
        ("All that talk of 'fair to every nurse' and nobody asked us", QuoteKind.NON_SPEECH),
    ],
)
def test_only_a_partial_phrase_is_moved(inner: str, kind: QuoteKind) -> None:
    text = (
        'Ana Ruiz said the new rota was "fair to every nurse on the ward."\n\n'
        f'"{inner}," said Tom Hale.'
    )
    [q] = [q for q in parse(text).quotes if q.depth]
    assert q.kind is kind
    assert q.cue is None or q.cue.rule != "inner-echo"


WORDS = ["harbour", "budget", "every", "fair", "plan", "green", "river", "steady", "quiet"]
NAMES = ["Ana Ruiz", "Tom Hale", "Kay Lund", "Omar Haddad"]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=4, unique=True),
    st.sampled_from(NAMES),
    st.sampled_from(NAMES),
)
def test_the_echo_goes_to_the_earlier_speaker_whoever_repeats_it(
    words: list[str], author: str, repeater: str
) -> None:
    phrase = " ".join(words)
    text = (
        f'{author} said on Monday that the town needed "a {phrase} for the long run."\n\n'
        f"\"They want to say it is '{phrase}' and nothing happens,\" said {repeater}."
    )
    [(inner, speaker, _)] = _inner(text)
    assert inner == phrase
    assert speaker == author
