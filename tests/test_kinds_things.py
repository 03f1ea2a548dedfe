"""Names of things given no speaker (issue 14, stop 37): a title set off by commas
before its author, and a short capitalised fragment that no cue attributes, on
invented news sentences (every sentence and name written for these tests).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import QuoteKind, parse
from quoteverify.text.kinds import UNATTRIBUTED_NAME
from tests.test_kinds_news import quote_of

N, P = QuoteKind.NON_SPEECH, QuoteKind.PARTIAL


# A title-cased work set off by commas and followed by *by* and its author, after a
# noun that may look like a verb of speech (*reads*, *writings*) or after a quote of
# someone whose speaker a later row would carry over to it.
TITLES_BY_AUTHOR = [
    (
        '"We must be ready," Ana Ruiz said. Among her recent reads, "Salt and Iron," by '
        "Tom Hale, made that plain to her.",
        "Salt",
    ),
    (
        "The coach keeps one of his old reads, \u201cThe Long Winter,\u201d by Rosa Lind, "
        "in his bag.",
        "The Long",
    ),
]


@pytest.mark.parametrize(("text", "quoted"), TITLES_BY_AUTHOR)
def test_a_title_set_off_before_its_author_is_non_speech(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N, q.kind_reason
    assert q.speaker is None


# What the rule leaves alone: a time after *by*, lower-case words after a cue.
NOT_TITLES = [
    'Ana Ruiz said, "We Will Be Done," by June at the latest.',
    'Ana Ruiz said, "we will be done," by Tom Hale\'s reckoning.',
]


@pytest.mark.parametrize("text", NOT_TITLES)
def test_a_passive_agent_or_a_time_after_by_is_not_an_author(text: str) -> None:
    q = parse(text).quotes[0]
    assert q.kind is not N, q.kind_reason


# A capitalised fragment of one or two words that kinds leaves partial and no row
# gives a speaker: a title at the head of its sentence, a name after *called the*.
UNATTRIBUTED = [
    ("''Harbour Lights,'' on Channel 9, is a drama about a port.", "Harbour"),
    ('A cafe, called the "Ledger," opened in the old bank last week.', "Ledger"),
]


@pytest.mark.parametrize(("text", "quoted"), UNATTRIBUTED)
def test_a_short_capitalised_fragment_no_cue_attributes_is_a_name(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert (q.kind, q.kind_reason) == (N, UNATTRIBUTED_NAME)
    assert q.speaker is None


# What the rule leaves alone: a capitalised fragment with a speaker, a lower-case
# fragment with none, a capitalised span of three words or more.
NOT_NAMES = [
    ('Ana Ruiz said the plan was "Reckless" and walked out.', "Reckless", P),
    ('A shop, called the "ledger," opened in the old bank last week.', "ledger", P),
    ('A cafe, called the "Old Ledger Room," opened in the old bank last week.', "Old", P),
]


@pytest.mark.parametrize(("text", "quoted", "kind"), NOT_NAMES)
def test_a_fragment_with_a_speaker_or_lower_case_or_longer_keeps_its_kind(
    text: str, quoted: str, kind: QuoteKind | None
) -> None:
    q = quote_of(text, quoted)
    assert q.kind_reason != UNATTRIBUTED_NAME
    if kind is not None:
        assert q.kind is kind, q.kind_reason


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8)


@given(first=_WORD, second=_WORD, said=st.booleans())
def test_an_unattributed_name_is_one_or_two_capitalised_words_with_no_speaker(
    first: str, second: str, said: bool
) -> None:
    # Whatever the words, the rule gives its reason only to a capitalised span of one
    # or two words with no speaker, and a non-speech span never has a speaker.
    cue = "Ana Ruiz said " if said else "A cafe, called the "
    text = f'{cue}"{first.capitalize()} {second}," opened in the old bank last week.'
    for q in parse(text).quotes:
        if q.kind_reason == UNATTRIBUTED_NAME:
            assert q.speaker is None
            assert q.text[:1].isupper() and len(q.text.split()) <= 2
        if q.kind is N:
            assert q.speaker is None
