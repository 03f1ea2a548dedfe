"""The name registry's seventh round of shortcuts gives what the plain paths give.

Each test runs the plain computation beside the shortcut: the opener test that
reads a word the text never prints in lower case with one ``in``, and the name
rows' one-word test without splitting the head.
"""

from __future__ import annotations

import collections

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity
from quoteverify.speakers.mentions import name_rows

_PIECES = [
    "Poor", "poor", "Tom", "tom", "Dana", "dana", "New", "new", "O", "Ruiz's", "X2",
    " ", ". ", ", ", "\u00a0", "\n", "and", "met", "Van", "van", "der", "Kay-Lo", "é",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join)
_ASKED = st.lists(st.sampled_from(["Poor", "Tom", "Dana", "New", "Zed", "Quill", "Ruiz's"]))


def _plain_opens(text: str, word: str) -> bool:
    """``opens_sentence_only`` read from the article's counts, no shortcut."""
    use = identity._WordUse(text)
    known, w = identity._opener_by_form(word)
    if known is not None:
        return known
    return use.lower_count(w.lower()) >= 2 and use.capitalised_mid_count(w) == 0


@settings(max_examples=300)
@given(text=_TEXTS, words=_ASKED, direct=st.integers(0, 4))
def test_the_opener_test_of_an_unprinted_word_is_the_plain_test(
    text: str, words: list[str], direct: int
) -> None:
    fast = identity._WordUse(text, direct=direct)
    for word in words + words:
        assert fast.opens_sentence_only(word) == _plain_opens(text, word)


def test_an_unprinted_word_counts_as_a_scan_of_the_text() -> None:
    # Two questions read the text; the third is answered from the index of every
    # word, made then as the plain path makes it (a long text stays linear).
    use = identity._WordUse("Zed Amber met Quill Ruiz and Mora Tull. The tull came.", direct=2)
    assert not use.opens_sentence_only("Zed")
    assert not use.opens_sentence_only("Quill")
    assert use._all_lower is None
    assert not use.opens_sentence_only("Mora")
    assert use._all_lower is not None
    assert not use.opens_sentence_only("Tull")  # printed once in lower case: still a name


@settings(max_examples=300)
@given(text=_TEXTS)
def test_a_row_s_head_is_one_word_without_a_space_in_it(text: str) -> None:
    for row in name_rows(text, lone=True):
        head = row[4]
        assert (" " not in head and "\u00a0" not in head and bool(head)) == (len(head.split()) == 1)


# Letters in and out of ASCII, a combining mark, and what the two patterns read
# between words (spaces, tabs, commas, semicolons, line breaks).
_LINES = st.text(alphabet=st.sampled_from(list("abAB zZ,;\t\n.éÉ\u0301'")), max_size=60)


@settings(max_examples=500)
@given(text=_LINES)
def test_the_lower_case_words_of_a_long_text_are_the_pattern_s_matches(text: str) -> None:
    words = identity._lower_words(text)
    assert collections.Counter(words) == collections.Counter(identity._LOWER_WORD.findall(text))


def test_lower_case_words_are_read_on_lines_in_and_out_of_ascii() -> None:
    text = "we met “Ruiz” then\nplus Zoë and café\nxY zz"
    assert sorted(identity._lower_words(text)) == ["and", "café", "met", "plus", "then", "we", "zz"]
