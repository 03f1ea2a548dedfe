"""Reads of a whole text that a long document made costlier than its articles give
what the plain reads give.

- ``layer.visible`` finds a few format characters in a long text from its UTF-8
  bytes: the same text and cuts as the character class's split.
- ``mentions._name_matches`` reads only the lines that hold a prefixed name word
  ("al-Sadr") with the prefixed pattern: the same matches as that pattern over the
  whole text (and as the plain pattern where no such word stands).
- ``identity._at_place`` reads only the text before each place a name stands: the
  same answer as one pattern over the whole text, whether it finds the places with
  ``str.find`` or from the name counts' index of capitalised runs (a long text).
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity, mentions
from quoteverify.text import layer


def _split_visible(text: str) -> tuple[str, list[int]]:
    """``visible`` as the character class's split computes it, with no shortcut."""
    pieces = layer._FORMAT_RE.split(text)
    if len(pieces) == 1:
        return text, []
    return "".join(pieces), list(itertools.accumulate(map(len, pieces[:-1])))


_CHARS = ["a", "É", " ", "\n", "“", "\xad", "\x00", "\u200b", "\u200d", "\ufeff", "\U000e0041"]
_CHARS += ["\u0600", "\U0001d173", "\u2066", "\u06dd", "é", "\U0001f600", "\ud800"]


@pytest.mark.parametrize("dense", [1, 1000, 10**9])
@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(_CHARS)).map("".join))
def test_visible_is_the_split_of_the_format_class(dense: int, text: str) -> None:
    # dense=1 takes the bytes' path whatever the count, 10**9 the class's split.
    saved = layer._DENSE_FORMAT
    layer._DENSE_FORMAT = dense
    try:
        assert layer.visible(text) == _split_visible(text)
    finally:
        layer._DENSE_FORMAT = saved


def test_visible_finds_a_few_characters_in_a_long_text() -> None:
    text = "Ana Ruiz said it. " * 200 + "Kit\u200b Vane\ufeff spoke. " + "Zoë met Dan. " * 300
    seen, cuts = layer.visible(text)
    assert (seen, cuts) == _split_visible(text)
    assert len(cuts) == 2
    assert "Kit Vane spoke." in seen


_WORDS = ["al-Sadr", "el-Baz", "Ana", "Ruiz", "de", "la", "Vega", "al-", "Al-Amin", "said"]
_WORDS += ["al-amin", "I", "Bank", "of", "England", "x", "'s", "Dr.", "U.S."]
_GAPS = [" ", "  ", "\n", "\n\n", ", ", ". ", "-", "\u00a0"]
_NAME_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=30).map(
    lambda pairs: "".join(w + g for w, g in pairs)
)


def _whole_text_matches(text: str) -> list[tuple[int, int]]:
    """The pattern chosen for the whole text, as name_rows chose it before."""
    found = mentions._PREFIXED_WORD.search(text)
    pattern = mentions._PREFIXED_NAME_RE if found else mentions._NAME_RE
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(text=_NAME_TEXTS)
def test_name_matches_read_line_by_line_are_the_whole_text_s(text: str) -> None:
    assert [m.span() for m in mentions._name_matches(text)] == _whole_text_matches(text)


def test_a_prefixed_name_is_read_with_its_prefix_on_its_own_line() -> None:
    text = "Ana Vega met Tom Reed.\nThen Omar al-Sadr spoke.\nLena Ruiz said no."
    rows = mentions.name_rows(text)
    assert [row[4] for row in rows] == ["Ana Vega", "Tom Reed", "Omar al-Sadr", "Lena Ruiz"]
    assert [m.span() for m in mentions._name_matches(text)] == _whole_text_matches(text)


# --- where a place goes (identity._at_place) ---


def _at_place_whole_text(text: str, names: set[str]) -> bool:
    """The reference: one pattern over the whole text (the code before ``_at_place``)."""
    import regex

    alts = "|".join(regex.escape(n) for n in sorted(names))
    where = regex.compile(rf"{identity._AT_PLACE}(?:{alts})(?![\p{{L}}\p{{M}}'’])")
    return where.search(text) is not None


_PLACE_WORDS = ["at", "in", "into", "the", "The", "Marsh", "Cottage", "Cottages", "Lane"]
_PLACE_WORDS += ["towards", "boat", "reached", "Ana", "said", "Marsh Cottage's", "é"]
_PLACE_GAPS = [" ", "  ", "\n", ", ", ". ", "\u00a0", "\t"]


_PLACE_WORDS += ["McMarsh", "XLane", "Lanes", "de", "Marsh-Cottage", "Marsh\u0301", "Marsh Cottage"]
_PLACE_NAMES = ["Marsh Cottage", "Cottage", "Quarry Lane", "Lane", "de Marsh", "Marsh-Cottage"]


@pytest.mark.parametrize(("indexed", "sub_index"), [(False, 32), (True, 32), (True, 0)])
@settings(max_examples=300, deadline=None)
@given(
    pairs=st.lists(
        st.tuples(st.sampled_from(_PLACE_WORDS), st.sampled_from(_PLACE_GAPS)), max_size=25
    ),
    names=st.sets(st.sampled_from(_PLACE_NAMES), min_size=1),
)
def test_at_place_reads_as_the_whole_text_pattern(
    indexed: bool, sub_index: int, pairs: list[tuple[str, str]], names: set[str]
) -> None:
    # indexed: the names looked for where the name counts' index of capitalised
    # runs puts their first word (what a long document's registry has made);
    # sub_index 0: a run's places grouped by the two characters after it, as
    # for a run printed more than 32 times.
    text = "".join(w + g for w, g in pairs)
    counts = identity._NameCounts(text)
    if indexed:
        counts._index()
    saved = identity._SUB_INDEX
    identity._SUB_INDEX = sub_index
    try:
        assert identity._at_place(text, names, counts) == _at_place_whole_text(text, names)
    finally:
        identity._SUB_INDEX = saved


def test_name_starts_hold_every_place_a_name_stands() -> None:
    text = "At Marsh Cottage, McMarsh Cottage and Marsh Cottages; Marsh Lane. " * 20
    counts = identity._NameCounts(text)
    assert counts.starts("Marsh Cottage") is None  # no index yet: str.find decides
    counts._index()
    for name in ["Marsh Cottage", "Marsh", "Cottage", "Marsh Lane", "Marsh Cottages"]:
        starts = counts.starts(name)
        assert starts is not None
        every = [i for i in range(len(text)) if text.startswith(name, i)]
        alone = [i for i in every if not text[i + len(name)].isalpha()]
        assert set(alone) <= set(starts) and starts == sorted(starts), name
    assert counts.starts("de Marsh") is None  # no capitalised run first


def test_at_place_in_a_long_text_finds_the_one_place_far_in() -> None:
    text = "Ana Ruiz said it was late. " * 5000 + "They met at Marsh Cottage."
    assert identity._at_place(text, ["Marsh Cottage"])
    assert not identity._at_place(text[:-27], ["Marsh Cottage"])
