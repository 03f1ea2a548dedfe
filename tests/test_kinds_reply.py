"""A short answer after a speech verb is what was said, not a title.

A title-cased quote right after a verb, its comma inside the marks and the sentence
running on in lower case, reads as the name of a work (*who wrote "Salt and Iron,"
said ...*). A quote made only of the words of a spoken answer
(``lexicons/reply_words.txt``: *Yes*, *No, sir*, *Never*) names no work: after
*said* or *answered* with an adverb or a clause after it, it is the answer given,
and the subject of the verb says it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify
from quoteverify.lexicons import load
from quoteverify.model import QuoteKind


def _first(text: str) -> tuple[QuoteKind, str | None]:
    q = quoteverify.parse(text, "t").quotes[0]
    return q.kind, q.speaker.name if q.speaker else None


@pytest.mark.parametrize(
    "text",
    [
        'The porter asked whether the last coach had gone. Ana Ruiz said "Yes," again.',
        'Asked about the merger, Tom Hale said "Never," and left the room.',
        'Ana Ruiz answered "No, sir," quietly, and sat down.',
    ],
)
def test_a_short_answer_is_said_by_the_verbs_subject(text: str) -> None:
    kind, speaker = _first(text)
    assert kind is not QuoteKind.NON_SPEECH
    assert speaker in ("Ana Ruiz", "Tom Hale")


@pytest.mark.parametrize(
    "text",
    [
        'Tom Hale, who wrote "Salt and Iron," said the book took him six years.',
        'Ana Ruiz, who sang "Hello," spoke to the crowd afterwards.',
    ],
)
def test_a_title_after_a_verb_stays_non_speech(text: str) -> None:
    assert _first(text) == (QuoteKind.NON_SPEECH, None)


@given(st.sampled_from(sorted(load("reply_words"))), st.sampled_from(["again", "quietly"]))
def test_every_reply_word_after_said_is_speech(word: str, adverb: str) -> None:
    text = f'The porter asked if the coach had gone. Ana Ruiz said "{word.capitalize()}," {adverb}.'
    assert _first(text) == (QuoteKind.PARTIAL, "Ana Ruiz")


_REPLIES = sorted(load("reply_words"))


@given(st.lists(st.sampled_from(_REPLIES), min_size=1, max_size=3))
def test_an_answer_of_several_reply_words_is_speech(words: list[str]) -> None:
    # *No, sir*, *Yes, yes*: every word a reply word, however many.
    said = ", ".join(w.capitalize() for w in words)
    text = f'The porter asked if the coach had gone. Ana Ruiz said "{said}," again.'
    kind, speaker = _first(text)
    assert kind is not QuoteKind.NON_SPEECH and speaker == "Ana Ruiz"


@given(
    st.lists(st.sampled_from(_REPLIES), min_size=1, max_size=3),
    st.sampled_from(["Harbour", "Lights", "Winter"]),
    st.integers(0, 3),
)
def test_a_title_holding_reply_words_stays_a_title(words: list[str], noun: str, at: int) -> None:
    # Reply words among the words of a title (*Never Never Harbour*) do not make the
    # title an answer, wherever the other word stands: every word must be a reply word.
    title_words = [w.capitalize() for w in words]
    title_words.insert(min(at, len(title_words)), noun)
    text = f'Tom Hale, who wrote "{" ".join(title_words)}," said the book took him six years.'
    assert _first(text) == (QuoteKind.NON_SPEECH, None)
