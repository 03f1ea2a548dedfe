"""The comma test that lets ``_unclosed_apposition`` skip reading the name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import attribution
from quoteverify.speakers.mentions import phrase_before
from quoteverify.text.layer import tokenize

_WORDS = ("Nina", "Okafor", "Harbour", "club", "president", "of", "the", "who", "and", ",", "Dr")


def _apposition(text: str, lo: int) -> object:
    toks = tokenize(text, 0, len(text))
    cue = len(toks) - 1
    found = phrase_before(toks, cue, text=text)
    if found is None:
        return "no phrase"
    return attribution._unclosed_apposition(toks, lo, found, text)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9),
    lo=st.integers(min_value=0, max_value=3),
)
def test_the_comma_test_gives_what_reading_the_name_gives(words: list[str], lo: int) -> None:
    text = " ".join(words).replace(" ,", ",") + " said"
    got = _apposition(text, lo)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(attribution, "_comma_until", lambda toks, lo, end: True)
        every = _apposition(text, lo)
    assert got == every


def test_a_name_with_no_comma_after_it_is_not_an_apposition() -> None:
    assert _apposition("Nina Okafor said", 0) is None
    text = "Nina Okafor, president of the club said"
    assert getattr(_apposition(text, 0), "text", None) == "Nina Okafor"
