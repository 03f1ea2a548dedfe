"""Names of things given no speaker (issue 14, stop 37): a title set off by commas
before its author, on invented news sentences (every sentence and name written for
these tests).
"""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind, parse
from tests.test_kinds_news import quote_of

N = QuoteKind.NON_SPEECH


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
