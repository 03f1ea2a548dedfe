"""News printed with no paragraph break: one long line, or lines hard-wrapped with no
blank line between them (read as one paragraph). The answers are those of the same
sentences anywhere else, and the cheaper reading such a paragraph gets (its windows
tokenised on their own, not the whole line at once) changes none of them.

Speed is measured in ``benchmarks/bench_adversarial.py`` (``news_one_line``,
``news_wrapped``); these tests check answers only.
"""

from __future__ import annotations

import textwrap
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers import attribution
from quoteverify.text.spans import extract_with_paragraphs

_STORY = (
    "Councillor Rosa Feld opened the new library on Monday.",
    '"We kept every branch open," Feld said.',
    "The library had been shut for two years after a fire.",
    '"It took longer than anyone hoped," said the councillor, who chairs the arts committee.',
    'She called the rebuild "a test of patience".',
    "Inspector Omar Haidari told residents that patrols would increase.",
    '"We hear the complaints about the park," Haidari said.',
    'The 47-year-old said: "Nobody should feel unsafe walking home."',
    'According to Haidari, the new lights were "a start".',
    '"We will be back in the spring," he added.',
)
_SPEAKERS = ["Rosa Feld"] * 3 + ["Omar Haidari"] * 4
_RULES = [
    "quote-X-said",
    "quote-said-X",
    "X-said-quote",
    "quote-X-said",
    "colon-lead-in",
    "according-to-X",
    "quote-X-said",
]


def _answers(text: str) -> list[tuple[Any, ...]]:
    return [
        (
            q.start,
            q.end,
            q.kind,
            q.depth,
            q.speaker_name,
            (q.speaker_mention.start, q.speaker_mention.end) if q.speaker_mention else None,
            q.cue.rule if q.cue else None,
        )
        for q in quoteverify.parse(text).quotes
    ]


def _one_line(repeats: int) -> str:
    return " ".join(_STORY * repeats)


def test_one_line_of_news_names_every_speaker() -> None:
    text = _one_line(40)  # about 25 KB and 280 quotes in one paragraph
    got = _answers(text)
    assert [a[4] for a in got] == _SPEAKERS * 40
    assert [a[6] for a in got] == _RULES * 40


def test_hard_wrapped_news_with_no_blank_line_gets_the_same_answers() -> None:
    text = _one_line(20)
    wrapped = "\n".join(textwrap.wrap(text, 72))
    assert len(wrapped) == len(text)  # each newline stands where a space stood
    _, paras = extract_with_paragraphs(wrapped, quoteverify.Config())
    assert len(paras) == 1  # hard-wrapped: only a blank line would break it
    assert _answers(wrapped) == _answers(text)


def _dense(text: str) -> bool:
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    ctx = attribution._Context(text, list(extraction.quotes), paras)
    return ctx._dense(paras[0])


def test_a_paragraph_is_dense_when_its_quotes_are_close_together() -> None:
    json_like = "{" + ", ".join(f'"field{i}": "entry {i}"' for i in range(40)) + "}"
    assert _dense(json_like)
    assert not _dense(_one_line(5))  # 35 quotes, one in about 90 characters


# Sentences of news, some with quotes, and quoted words packed close together, so
# that a line of them is read as dense or not, whatever the test draws.
_PACKED = ('"Yes," Feld said, "no," Haidari replied.', 'Lists read "one", "two" and "three".')
_SENTENCES = st.sampled_from([*_STORY, *_PACKED, "Feld left at noon.", "He said it was late."])


@settings(max_examples=25, deadline=None)
@given(st.lists(_SENTENCES, min_size=8, max_size=60))
def test_reading_a_line_whole_or_by_windows_gives_the_same_answers(
    sentences: list[str],
) -> None:
    text = " ".join(sentences)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution, "_DENSE_SPAN", 10**9)  # any 8 quotes: read whole
        whole = _answers(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution, "_DENSE_QUOTES", 10**9)  # never: by windows
        windows = _answers(text)
    assert whole == windows
    assert _answers(text) == whole
