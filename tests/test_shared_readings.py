"""Readings attribution makes once and shares, and tests settled in place.

- ``_verb_window``: the verb-before row reads the quote's sentence up to it outside
  quotes, the very tokens ``Site.before`` reads for a quote at depth 0 (not past
  the budget); a quote inside another reads its own (``Site.before`` keeps the outer
  quote's words there);
- ``_cue_starts``: ``_cue_at`` answers ``k`` at every token whose word starts no cue,
  so ``_before_in`` passes over such a token without the call;
- ``mentions._is_cap``: a word in lower case is a name word only after a prefix and a
  hyphen, so a word with no hyphen is settled without ``_prefixed_name``;
- ``_may_end_sentence``: the sentence's stops looked for in one slice of the text.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.model import Quote
from quoteverify.speakers import attribution, mentions
from quoteverify.text.layer import tokenize
from quoteverify.text.spans import extract_with_paragraphs

_PIECES = st.sampled_from(
    [
        '"We won," ',
        "“Not yet.”",
        "‘one’",
        "Ana Roe said ",
        "Ana Roe urged voters to ",
        "she told reporters ",
        "The mayor, speaking late, ",
        "a report by the Audit Office said ",
        "He said “Roe told me ‘no’ twice” ",
        " and then ",
        "\n\n",
        " ",
        ", ",
        ". ",
        ":",
        "al-Bashir ",
        "went on ",
        "was quoted as saying ",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=20).map("".join)


def _sites(text: str) -> list[attribution.Site]:
    """One ``Site`` per quote of ``text``, as ``attribute_rows`` makes it (no budget)."""
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    quotes: list[Quote] = list(extraction.quotes)
    ctx = attribution._Context(text, quotes, paras)
    return [
        attribution.Site(q, ctx, ctx.para_of(ctx.quote_starts[i]), quotes, None, idx=i)
        for i, q in enumerate(quotes)
    ]


def _own_reading(site: attribution.Site) -> list[attribution.Token]:
    """What the verb-before row read before it shared ``Site.before``'s tokens."""
    ctx = site.ctx
    return ctx.outside_tokens(ctx.sentence_start(site.para[0], site.start), site.start)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("He said “Roe told me ‘no’ twice” and left.")
@example('Ana Roe urged voters to "stay home."')
def test_the_verb_row_reads_the_tokens_it_read_alone(text: str) -> None:
    for site in _sites(text):
        assert attribution._verb_window(site) == _own_reading(site)


def test_a_quote_at_depth_0_shares_the_sentence_cue_before_read() -> None:
    (site,) = _sites('Ana Roe urged voters to "stay home."')
    assert attribution._verb_window(site) is site.before_tokens()
    found = attribution.find_verb_before(site)
    assert found is not None and found.mention is not None and found.mention.text == "Ana Roe"


def test_a_nested_quote_reads_its_sentence_without_the_outer_words() -> None:
    # Site.before keeps the outer quote's words before the inner one ("Roe told me");
    # the verb row reads outside every quote, as it always did.
    sites = _sites("He said “Roe told me ‘no’ twice” and left.")
    inner = next(s for s in sites if s.q.depth > 0)
    words = [t.text for t in attribution._verb_window(inner)]
    assert words == ["He", "said"]
    assert "Roe" in [t.text for t in inner.before_tokens()]


_WORDS = st.sampled_from(
    [
        *("said", "told", "went", "on", "was", "quoted", "as", "saying", "Said", "Told"),
        *("the", "reporters", "Mayor", "al-Bashir", "up", ",", ".", "“", "says", "added"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_a_word_that_starts_no_cue_gives_its_own_index(words: list[str]) -> None:
    text = " ".join(words)
    toks = tokenize(text, 0, len(text))
    starts = attribution._cue_starts()
    for k, tok in enumerate(toks):
        if tok.lower not in starts:
            assert attribution._cue_at(toks, k, len(toks)) == k


def test_the_cue_search_still_finds_the_longest_cue() -> None:
    text = 'Ana Roe was quoted as saying "we will see."'
    (site,) = _sites(text)
    found = site.before()
    assert found is not None and found.cue is not None
    assert found.cue.text == "was quoted as saying" and found.mention is not None
    assert found.mention.text == "Ana Roe"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAlLeE-bBSz'’.", min_size=1, max_size=10))
@example("al-Bashir")
@example("el-sayed")
def test_a_word_in_lower_case_is_a_name_word_only_after_a_prefix(word: str) -> None:
    for tok in tokenize(word, 0, len(word)):
        if tok.text[:1].isupper():
            continue
        assert mentions._is_cap(tok) == mentions._prefixed_name(tok.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We lost," she said, and left', False),  # no stop after the quote
        ('"We lost" and she said it?', False),  # no comma near the quote
        ('"We lost," she said!', True),
        ('"We lost," she said\nthen', True),
        ('"We lost," she said. Then', True),
    ],
)
def test_a_cue_may_close_the_sentence_only_with_a_comma_and_a_stop(
    text: str, expected: bool
) -> None:
    (site,) = _sites(text)
    assert attribution._may_end_sentence(site.q, text) is expected
