"""Small readings a dense run repeats, kept by what they read (issue 12): the text
joining two quotes (``spans._joined_to``) and the names a quote says to its hearer
(``turns.hearer_names``). Each kept answer must be the one read afresh."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import turns
from quoteverify.text import spans

# Short texts between two quotes: the joining words and what may stand around them.
_BETWEEN = st.lists(
    st.sampled_from([",", " ", "and", "or", "&", "AND", "x", ".", "\u00a0", "\x1c", "\t", "n"]),
    max_size=5,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_BETWEEN, st.text(max_size=3), st.text(max_size=3))
@example(", ", '"', '"')
@example(" and ", "x", "y")
@example("\x1c,", "", "")
def test_the_joining_pattern_reads_only_the_text_between_the_quotes(
    between: str, left: str, right: str
) -> None:
    # _joined_to keeps the answer by the text between the marks: the pattern must
    # answer the same on that text alone as within the whole text.
    text = left + between + right
    a, b = len(left), len(left) + len(between)
    whole = spans._COORDINATION.fullmatch(text, a, b) is not None
    assert (spans._COORDINATION.fullmatch(between) is not None) == whole


@settings(max_examples=100, deadline=None)
@given(st.lists(_BETWEEN, min_size=1, max_size=12))
def test_a_kept_join_answers_as_the_pattern(betweens: list[str]) -> None:
    # The same texts asked again (kept), and the keeping dropped when full.
    for between in betweens * 2:
        text = f'"a"{between}"b"'
        quotes = spans.extract_quotes(text)
        if len(quotes) < 2 or quotes[0].close_mark is None:
            continue
        prev, q = quotes[0], quotes[1]
        joined = spans._joined_to(text, prev, q.depth, q.outer_start, q.text)
        expected = (
            prev.depth == q.depth
            and q.outer_start - prev.close_mark.end <= 6
            and spans._COORDINATION.fullmatch(text, prev.close_mark.end, q.outer_start) is not None
            and not q.text.rstrip().endswith((".", "!", "?"))
        )
        assert joined == expected, between


_QUOTE = st.sampled_from(
    ["Come, Nell!", "c\x00", "Tell me, Hastings, what you saw.", "Come here, Will.", "no,", ""]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.none(), _QUOTE), max_size=12), st.sampled_from(["", "will come. "]))
@example(["Come, Nell!", "Come, Nell!", None, "Come, Nell!"], "")
def test_the_names_said_to_a_hearer_are_read_once_per_quote_and_the_same(
    quotes: list[str | None], narration: str
) -> None:
    # hearer_names reads each distinct quote once: every answer must be the one
    # vocatives gives that quote against the lower-case words of the whole text.
    text = narration + " ".join(q for q in quotes if q)
    common = frozenset(turns._LOWER.findall(text))
    expected = [tuple(turns.vocatives(q, common=common)) if q else () for q in quotes]
    assert turns.hearer_names(text, quotes) == expected
