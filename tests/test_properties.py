"""Hypothesis property tests: invariants of the parser over any input."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Article, Quote, QuoteKind, extract_quotes, parse
from quoteverify.strategies import PlantedArticle, planted_articles
from quoteverify.text.marks import MarkRole, scan

MARKISH = st.lists(
    st.sampled_from([*"ab .,\n'\"“”‘’«»„‚‹›「」『』`[]…", "''", "``", "\n\n", "s' ", "a. "]),
    max_size=120,
).map("".join)
NEWSY = st.lists(
    st.sampled_from(
        [
            "said",
            "says",
            "told",
            "according",
            "to",
            "he",
            "she",
            "they",
            "who",
            "which",
            "Mr",
            "Mr.",
            "Putin",
            "Vladimir",
            "Trump",
            "the",
            "Kremlin",
            "Russian",
            "President",
            "a",
            "senior",
            "official",
            "sources",
            "familiar",
            "with",
            "reporters",
            "and",
            ",",
            ".",
            ":",
            ";",
            "(R)",
            "(",
            ")",
            "-",
            "—",
            "'s",
            "’s",
            '"',
            "“",
            "”",
            "‘",
            "’",
            "\n\n",
            "\n",
            "adding",
            "as",
            "called",
            "Zelensky",
            "one",
            "diplomatic",
            "source",
            "of",
            "was",
        ]
    ),
    max_size=80,
).map(" ".join)
# Arbitrary code points, quote marks and the characters around them much more
# often than chance would give them: NUL, line and paragraph separators, joiners,
# right-to-left marks, combining marks, brackets, dots. Lone surrogates are left
# out: parse() refuses them with TextValueError (tests/test_errors.py).
_AROUND_MARKS = "\"'“”‘’«»„‚‹›「」『』`[]… .\n\r\x00\u2028\u2029\u200d\u200f\u0301"
MARK_HEAVY_TEXT = st.text(
    st.one_of(st.sampled_from(_AROUND_MARKS), st.characters(exclude_categories=("Cs",))),
    max_size=400,
)
ANY_TEXT = st.one_of(st.text(max_size=300), MARKISH, NEWSY, MARK_HEAVY_TEXT)


@settings(max_examples=400)
@given(ANY_TEXT)
def test_never_raises_and_offsets_round_trip(text: str) -> None:
    article = parse(text)
    for q in article.quotes:
        assert 0 <= q.open_mark.start < q.open_mark.end <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert text[q.open_mark.start : q.open_mark.end] == q.open_mark.char
        if q.close_mark is not None:
            assert q.end <= q.close_mark.start
            assert text[q.close_mark.start : q.close_mark.end] == q.close_mark.char
        for g in q.gaps:
            assert q.start <= g.start < g.end <= q.end and text[g.start : g.end] == g.text
    for d in article.diagnostics:
        assert 0 <= d.start <= d.end <= len(text)


@settings(max_examples=300)
@given(MARK_HEAVY_TEXT)
def test_parse_never_raises_on_mark_heavy_text(text: str) -> None:
    article = parse(text)
    for q in article.quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.open_mark.start : q.open_mark.end] == q.open_mark.char
        assert (q.parent is None) == (q.depth == 0)
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert text[m.start : m.end] == m.text
    for d in article.diagnostics:
        assert 0 <= d.start < d.end <= len(text)


@settings(max_examples=400)
@given(ANY_TEXT)
def test_spans_are_disjoint_or_properly_nested(text: str) -> None:
    quotes = extract_quotes(text).quotes
    assert list(quotes) == sorted(quotes, key=lambda q: (q.outer_start, -q.outer_end))
    for i, a in enumerate(quotes):
        for b in quotes[i + 1 :]:
            disjoint = a.outer_end <= b.outer_start
            nested = a.start <= b.outer_start and b.outer_end <= a.end
            assert disjoint or nested, (a, b)
        # The records promise: parent is null exactly at depth 0, and a parent
        # holds its child one level down.
        assert (a.parent is None) == (a.depth == 0), a
        if a.parent is not None:
            assert a.parent < i
            parent = quotes[a.parent]
            assert parent.start <= a.outer_start and a.outer_end <= parent.end
            assert a.depth == parent.depth + 1


@settings(max_examples=400)
@given(ANY_TEXT)
def test_every_quote_mark_is_in_a_span_or_in_the_diagnostics(text: str) -> None:
    ex = extract_quotes(text)
    accounted = set()
    for q in ex:
        accounted.add(q.open_mark.start)
        accounted.update(m.start for m in q.reopen_marks)
        if q.close_mark is not None:
            accounted.add(q.close_mark.start)
    for d in ex.diagnostics:  # a diagnostic covers its mark (an empty pair: both marks)
        accounted.update(range(d.start, d.end))
    for mark in scan(text):
        if mark.role is MarkRole.CLOSE_OR_APOSTROPHE:
            continue  # an apostrophe unless it closed something (then it is accounted)
        assert mark.start in accounted, (mark, text)


@settings(max_examples=200)
@given(ANY_TEXT)
def test_same_input_same_output(text: str) -> None:
    assert parse(text, doc_id="x") == parse(text, doc_id="x")
    assert extract_quotes(text) == extract_quotes(text)


@settings(max_examples=300)
@given(planted_articles())
def test_planted_quotes_are_recovered_exactly(article: PlantedArticle) -> None:
    found = [(q.start, q.end, q.text) for q in parse(article.text).quotes]
    assert found == [(q.start, q.end, q.text) for q in article.quotes]


@given(st.from_type(Quote))
def test_from_type_quote_is_registered(quote: Quote) -> None:
    assert isinstance(quote, Quote) and quote.text


@given(st.from_type(Article))
def test_from_type_article_is_registered(article: Article) -> None:
    assert isinstance(article, Article)


# A sentence around one quote: a lead that may hold a cue, a naming frame or a
# noun; quoted words, capitalised or not; what follows the closing mark.
_LEAD = st.sampled_from(
    [
        "Ana Ruiz said",
        "Ana Ruiz said the",
        "The bank said its",
        "Ruiz called the plan",
        "Ruiz said the film",
        "The plan, known as the",
        "Ruiz told",
        "The word",
        "She said her new book,",
        "",
    ]
)
_QUOTED = st.lists(
    st.sampled_from(["Salt", "Roads", "Fair", "Deal", "red", "smart", "We", "will", "win"]),
    min_size=1,
    max_size=4,
).map(" ".join)
_TAIL = st.sampled_from(
    ["", ".", ",", " account would close.", ", Ruiz said.", " was new.", " said Ana Ruiz."]
)
NAMING_NEWS = st.lists(
    st.tuples(_LEAD, _QUOTED, _TAIL).map(lambda t: f'{t[0]} "{t[1]}"{t[2]}'.strip()),
    min_size=1,
    max_size=3,
).map(" ".join)


@settings(max_examples=300)
@given(st.one_of(NEWSY, NAMING_NEWS))
@example('The bank said its "Salt Roads" account would close.')
def test_a_non_speech_span_is_never_given_a_speaker(text: str) -> None:
    """Whatever rule reads it: a span the parser calls non-speech has no speaker,
    mention or cue (one a cue outweighs is given one and called partial)."""
    for q in parse(text).quotes:
        if q.kind is QuoteKind.NON_SPEECH:
            assert (q.speaker, q.speaker_mention, q.cue) == (None, None, None), q


@settings(max_examples=500)
@given(NEWSY)
def test_attribution_never_raises_and_mentions_round_trip(text: str) -> None:
    article = parse(text)
    for q in article.quotes:
        m = q.speaker_mention
        if m is not None:
            assert text[m.start : m.end] == m.text
            assert q.speaker is not None and q.cue is not None
            assert text[q.cue.start : q.cue.end] == q.cue.text
            assert 0.0 < q.cue.confidence <= 1.0
        else:
            assert q.speaker is None
