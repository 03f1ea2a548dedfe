"""The name pattern's ``re`` twin (``mentions._ASCII_NAME_RE``) and the reading of a
text by lines (``layer.line_stretches``).

The twin is written for lines with no letter, digit or mark outside ASCII, and opens
with its capital (so that ``re`` skips to the next one) where ``_NAME_RE`` opens with
its lookbehind. On such text it must match exactly where ``_NAME_RE`` does; and
``_name_matches``, which reads those lines with the twin and the others with
``_NAME_RE``, must give ``_NAME_RE``'s matches over the whole text.
"""

from __future__ import annotations

import itertools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity, mentions
from quoteverify.text import layer

# Words and separators that the name pattern reads: initials with dots, particles,
# hyphens, both apostrophes, a no-break space, dashes and curly quotes (common
# punctuation, read by the twin), a format character, a euro sign.
_PLAIN = ["Ana", "Ruiz", "de", "la", "van", "Vega", "U.S.", "A.B", "Jean-Paul", "x-Ray"]
_PLAIN += ["O'Neil", "O’Neil", "Reed's", "I", "said", "mcGee", "X", "Dr.", "-", "9", "'"]
_PLAIN += ["’", "Q.", "KIT", "l-Amin", "\u200b", "€", "“", "”", "—", "…", "»", "‹"]
# Characters outside ASCII that are letters, digits or marks: each sends its line to
# _NAME_RE (a capital, a lower-case letter, a title-case letter, a superscript
# digit, an Arabic-Indic digit, a combining accent).
_WIDE = ["É", "é", "ǅ", "²", "\u0663", "\u0301", "Zoë", "Łukasz"]
_GAPS = [" ", "  ", "   ", "\u00a0", "\n", ", ", ". ", "", "-", "\n\n"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    pairs = st.tuples(st.sampled_from(words), st.sampled_from(_GAPS))
    return st.lists(pairs, max_size=40).map(lambda ps: "".join(w + g for w, g in ps))


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_texts(_PLAIN))
def test_the_ascii_twin_matches_where_the_name_pattern_does(text: str) -> None:
    assert [m.span() for m in mentions._ASCII_NAME_RE.finditer(text)] == _spans(
        mentions._NAME_RE, text
    )


@settings(max_examples=500, deadline=None)
@given(_texts(_PLAIN + _WIDE))
def test_names_read_by_lines_are_the_whole_text_s(text: str) -> None:
    got = [m.span() for m in mentions._name_matches(text)]
    assert got == _spans(mentions._NAME_RE, text)


# Words with a lower-case prefix and a hyphen send their line to _PREFIXED_NAME_RE.
_PREFIXED = ["al-Sadr", "el-Baz", "Al-Amin", "al-"]


@settings(max_examples=500, deadline=None)
@given(_texts(_PLAIN + _WIDE + _PREFIXED))
def test_names_read_by_lines_with_prefixes_are_the_whole_text_s(text: str) -> None:
    # Three kinds of line: with a prefixed word (_PREFIXED_NAME_RE), with a letter,
    # digit or mark outside ASCII (_NAME_RE), and plain (the twin); together the
    # matches of the pattern chosen for the whole text.
    found = mentions._PREFIXED_WORD.search(text)
    pattern = mentions._PREFIXED_NAME_RE if found else mentions._NAME_RE
    assert [m.span() for m in mentions._name_matches(text)] == _spans(pattern, text)


@settings(max_examples=300, deadline=None)
@given(_texts(_PLAIN + _WIDE))
def test_line_stretches_cover_the_text_and_say_which_lines_are_wide(text: str) -> None:
    wide = mentions._NON_ASCII_WORD_CHAR
    hit = layer.first_beyond(text, 0, wide)
    assert hit == next((m.start() for m in wide.finditer(text)), -1)
    stretches = list(layer.line_stretches(text, hit, wide))
    assert stretches[0][0] == 0
    assert stretches[-1][1] == len(text)
    # The lines of a range alone: from a line's start to a line's end.
    lo = text.find("\n") + 1
    hi = text.rfind("\n")
    if 0 < lo <= hi:
        part = list(
            layer.line_stretches(text, layer.first_beyond(text, lo, wide, hi), wide, lo, hi)
        )
        assert part[0][0] == lo
        assert part[-1][1] == hi
        assert all(lo <= a <= b <= hi for a, b, _ in part)
        assert [(a, b) for a, b, w in part if w] == [
            (a, b) for a, b, w in stretches if w and lo <= a and b <= hi
        ]
    for (_, end, _), (start, _, _) in itertools.pairwise(stretches):
        assert end == start
    for start, end, is_wide in stretches:
        assert (wide.search(text, start, end) is not None) == is_wide or (
            start == end and not is_wide
        )
        if is_wide:  # one line: no break inside, a break (or an edge) on either side
            assert "\n" not in text[start:end].lstrip("\n")


def test_a_line_with_an_accent_is_read_by_the_full_pattern() -> None:
    text = "Ana Ruiz met Tom Reed.\nThen José Vega spoke.\nLena O’Neil said no."
    rows = mentions.name_rows(text)
    assert [row[4] for row in rows] == ["Ana Ruiz", "Tom Reed", "José Vega", "Lena O’Neil"]
    assert [m.span() for m in mentions._name_matches(text)] == _spans(mentions._NAME_RE, text)


def test_a_capital_after_a_wide_letter_is_no_name_start() -> None:
    # "ßA": the capital follows a letter outside ASCII, which the lookbehind reads.
    text = "Ana met ßAlex and ²Bo, then Kit."
    names = [text[a:b] for a, b in _spans(mentions._NAME_RE, text)]
    assert names == ["Ana", "Kit."]
    assert [m.span() for m in mentions._name_matches(text)] == _spans(mentions._NAME_RE, text)


# Characters a reader does not see (format characters, NUL) and some that look alike
# but print (the soft hyphen, a no-break space, an accent).
_INVISIBLE = ["\u200b", "\u200d", "\ufeff", "\x00", "\u2066", "\U000e0041", "\u00ad", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PLAIN[:8] + _INVISIBLE + [" ", "é"]), max_size=20).map("".join))
def test_the_registry_says_whether_a_reader_misses_a_character(text: str) -> None:
    # resolve_speakers reads this from the registry's pass over the names, where it
    # asked has_invisible of the whole text again.
    assert identity._Registry(text).invisible == layer.has_invisible(text)


_NAMED = ["Mrs. Allan", "Allan Anne", "Mr Allan", "Anne", "Mr. Kit", "Kit Vane", "Vane", "said"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_NAMED), st.sampled_from([" ", ". "])), max_size=12).map(
        lambda ps: "".join(w + g for w, g in ps)
    )
)
def test_a_surname_cut_from_the_next_word_keeps_its_start(text: str) -> None:
    # The registry tests whether each name is inside a quote at the starts it noted
    # before _surname_then_name ran: that function may cut a name's end, never move
    # its start, nor add or drop an item.
    rows = identity._name_rows_seen(text)[0]
    items: list[tuple[int, int, str, str] | mentions.Found] = [
        mentions.Found(start=s, end=e, text=p, kind=k, head=h, title=t) for s, e, p, k, h, t in rows
    ]
    split = identity._surname_then_name(items)
    assert len(split) == len(items)
    assert [i.start if isinstance(i, mentions.Found) else i[0] for i in split] == [
        i.start for i in items
    ]


def test_mrs_allan_then_anne_is_cut_where_it_starts() -> None:
    text = "Mrs. Allan came. With Mrs. Allan Anne fell in love."
    registry = identity._Registry(text)
    assert {e.name for e in registry.entities} >= {"Allan"}
    assert "Allan Anne" not in {e.name for e in registry.entities}
