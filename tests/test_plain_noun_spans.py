"""``identity._plain_noun_spans`` finds the matches of a noun's hint pattern with
``str.lower`` and ``str.find``, so a made-up word a descriptor ends on compiles no
pattern (issue 12, h58-classify): where it answers, its spans are the pattern's.
Invented text.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity

_PIECES = st.sampled_from(
    [
        "jinak",
        "Jinak",
        "JINAK",
        "-",
        " ",
        "x",
        "é",
        "’",
        "\u0130",  # dotted capital I: matches "i" with no case, lowers to two characters
        "\u017f",  # long s: matches "s" with no case
        "\u212a",  # Kelvin sign: matches "k" with no case
        "Ask",
        "spokesman",
        "Ilse",
    ]
)
_HEADS = st.sampled_from(["jinak", "ask", "spokesman", "ilse", "sk", "é"])


@settings(max_examples=500, deadline=None)
@example(["x", "Jinak", " ", "jinak"], "jinak", 0, 100)
@example(["Jina", "\u212a"], "jinak", 0, 100)
@example(["A", "\u017f", "k"], "ask", 0, 100)
@example(["x", "-", "jinak"], "jinak", 0, 100)
@given(st.lists(_PIECES, max_size=12), _HEADS, st.integers(0, 40), st.integers(0, 120))
def test_plain_spans_are_the_hints_matches(pieces: list[str], head: str, lo: int, end: int) -> None:
    text = "".join(pieces)
    lo, end = min(lo, len(text)), min(max(lo, end), len(text))
    hint = identity._noun_hint(head)
    assert hint is not None
    plain = identity._plain_noun_spans(text, head, lo, end)
    if plain is not None:
        assert plain == [m.span() for m in hint.finditer(text, lo, end)]


def test_the_plain_reading_answers_an_ascii_window_and_defers_a_folding_one() -> None:
    text = "the Jinak and Omsel Agency spokesman, the jinak-born"
    assert identity._plain_noun_spans(text, "jinak", 0, len(text)) == [(4, 9), (42, 47)]
    # a letter before the noun, or a hyphen, is no start of it
    assert identity._plain_noun_spans("Ajinak x-jinak", "jinak", 0, 14) == []
    # the Kelvin sign matches "k" with no case: the pattern is asked
    assert identity._plain_noun_spans("the Jina\u212a said", "jinak", 0, 14) is None
    assert identity._plain_noun_spans("the jinak", "é", 0, 9) is None


def test_a_made_up_word_asked_and_not_introduced_compiles_no_hint() -> None:
    text = '"Step one," the Qelvarn and Omsel Agency spokesman said.'
    identity._noun_hint.cache_clear()
    registry = identity._Registry(text)
    assert registry._last_noun_introduction("qelvarn", len(text)) is None
    assert identity._noun_hint.cache_info().misses == 0


_LINES = st.sampled_from(
    [
        '"Go," the Jinak spokesman said. ',
        '"Go," the spokesman said. ',
        "Karl Reiter, the jinak spokesman, said. ",
        "The spokesman Ana Roe spoke. ",
        "a spokesman Omsel ",
        "x-jinak ",
        "\n\n",
    ]
)


@settings(max_examples=120, deadline=None)
@example(["The spokesman Ana Roe spoke. ", '"Go," the spokesman said. '], [10, 40])
@given(st.lists(_LINES, min_size=1, max_size=12), st.lists(st.integers(0, 400), max_size=8))
def test_the_memo_of_no_match_gives_what_a_fresh_registry_gives(
    lines: list[str], ends: list[int]
) -> None:
    # ends asked in text order, as the descriptors of a text are; a fresh registry
    # for each is the reading with nothing remembered
    text = "".join(lines) * 12  # long enough for windows that start past 0
    registry = identity._Registry(text)
    for end in sorted(e * 11 % (len(text) + 1) for e in ends):
        for head in ("spokesman", "jinak"):
            kept = registry._last_noun_introduction(head, end)
            fresh = identity._Registry(text)._last_noun_introduction(head, end)
            assert (kept and kept.span()) == (fresh and fresh.span())


def test_a_window_inside_a_stretch_with_no_match_is_none_without_reading() -> None:
    text = '"Go," the spokesman said. ' * 200
    registry = identity._Registry(text)
    assert registry._last_noun_introduction("spokesman", 3000) is None
    assert registry._no_noun_match["spokesman"] == (3000 - identity._INTRODUCTION_REACH, 3000)


def test_a_match_across_the_end_of_a_stretch_with_none_is_found() -> None:
    # the stretch known to hold none ends inside the noun of the introduction
    text = '"Go," the spokesman said. ' * 5 + "The spokesman Ana Roe spoke."
    at = text.rindex("spokesman")
    registry = identity._Registry(text)
    assert registry._last_noun_introduction("spokesman", at + 4) is None
    found = registry._last_noun_introduction("spokesman", len(text))
    fresh = identity._Registry(text)._last_noun_introduction("spokesman", len(text))
    assert found is not None and fresh is not None
    assert found.span() == fresh.span()
