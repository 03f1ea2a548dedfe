"""A name in apposition that takes its own *the* after the comma is no one's words.

*Its new handset, the "Pebble Two", went on sale* names a product as *its new
handset, "Pebble Two",* does: the name is non-speech and gets no speaker. Every
sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind, extract_quotes, parse


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'Velo Labs showed its new handset, the "Pebble Two", which goes on sale in '
            "March, chief executive Ana Roe said.",
            "Pebble Two",
        ),
        (
            'Its cheaper model, the "Kite", sold 40,000 units last year, the firm said.',
            "Kite",
        ),
        # The narrator's comma printed inside the marks.
        (
            'The bakery was told to rename its rye loaf, the "Crown Crust," after a '
            "complaint from a rival, owner Ida Moss said.",
            "Crown Crust",
        ),
    ],
)
def test_a_name_in_apposition_after_the_is_non_speech(text: str, quoted: str) -> None:
    q = next(q for q in parse(text).quotes if q.text.startswith(quoted))
    assert q.kind is QuoteKind.NON_SPEECH, q.kind_reason
    assert q.speaker_name is None


def test_the_after_a_comma_needs_a_title_cased_name() -> None:
    # A lower-case verdict after *, the* is no name.
    text = 'She called the plan a failure, the "worst idea in years", Roe said.'
    q = next(q for q in extract_quotes(text) if q.text.startswith("worst"))
    assert q.kind is not QuoteKind.NON_SPEECH or "a title after" not in q.kind_reason
