"""The text layer answers as the windowed calls it replaces, from one scan."""

from __future__ import annotations

import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.text import layer as layer_module
from quoteverify.text.layer import TextLayer, tokenize
from quoteverify.text.sentences import STOP, break_ends

# Letters, capitals, digits, abbreviation dots, apostrophes, hyphens, marks and spaces:
# the characters where tokens and sentence breaks are decided.
_CHARS = ["a", "b", "U", "S", "x", "7", ".", "!", "?", " ", "  ", "\n", "'", "’", "-", '"']
_PIECES = st.sampled_from(
    [*_CHARS, "“", "”", "«", "(", "Dr.", "Sen.", "U.S.", "don't", "Ann", "said", "\u0301", "…"]
)
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)


@given(text=_TEXTS, a=st.integers(0, 200), width=st.integers(0, 200))
def test_tokens_of_any_window_equal_tokenize(text: str, a: int, width: int) -> None:
    start = min(a, len(text))
    end = min(len(text), start + width)
    assert TextLayer(text).tokens(start, end) == tokenize(text, start, end)


@given(text=_TEXTS, a=st.integers(0, 200), width=st.integers(0, 200))
def test_breaks_of_any_window_equal_break_ends(text: str, a: int, width: int) -> None:
    start = min(a, len(text))
    end = min(len(text), start + width)
    assert TextLayer(text).breaks(start, end) == list(break_ends(text, start, end))


@given(text=_TEXTS, data=st.data())
def test_one_layer_answers_many_windows_alike(text: str, data: st.DataObject) -> None:
    # Tokens are made once and shared: later windows must not see stale objects.
    layer = TextLayer(text)
    for _ in range(5):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert layer.tokens(start, end) == tokenize(text, start, end)


def test_a_window_cut_inside_an_abbreviation_is_tokenised_as_its_own_text() -> None:
    text = "It was xU.S. policy."
    layer = TextLayer(text)
    # The whole text reads "xU", ".", "S", "."; a window opening at "U" reads "U.S.".
    assert layer.tokens(8, 19) == tokenize(text, 8, 19)
    assert [t.text for t in layer.tokens(8, 19)] == ["U.S.", "policy"]


def test_breaks_skip_titles_and_initials() -> None:
    text = "Sen. Ann B. Roe spoke. Dr. Kim agreed. Then they left."
    layer = TextLayer(text)
    assert [text[e : e + 4] for e in layer.breaks(0, len(text))] == ["Dr. ", "Then"]


def test_a_break_needs_its_capital_within_the_window_reach() -> None:
    text = "It ended. “““Yes"
    layer = TextLayer(text)
    assert layer.breaks(0, 10) == list(break_ends(text, 0, 10)) == []
    assert layer.breaks(0, len(text)) == [10]


def test_sentence_of() -> None:
    text = "One two. Three four."
    layer = TextLayer(text)
    assert layer.sentence_of(3) == (0, 9)
    assert layer.sentence_of(12) == (9, len(text))


def test_windows_across_chunks_equal_tokenize() -> None:
    text = " ".join(f"Word{i}, U.S. x{i}." for i in range(400))
    layer = TextLayer(text)
    for start in range(0, len(text), 97):
        for width in (0, 5, 300, 1500):
            end = min(len(text), start + width)
            assert layer.tokens(start, end) == tokenize(text, start, end)


@given(text=_TEXTS, data=st.data())
def test_has_stop_equals_a_search_of_the_window(text: str, data: st.DataObject) -> None:
    # One layer asked many windows in any order (it remembers a stretch without stops
    # read before), at any start and end, also past the text or before its start as
    # regex reads them.
    layer = TextLayer(text)
    for _ in range(12):
        start = data.draw(st.integers(-3, len(text) + 3))
        end = data.draw(st.integers(-3, len(text) + 6))
        assert layer.has_stop(start, end) is (STOP.search(text, start, end) is not None)


def test_has_stop_fails_when_a_stop_is_missed() -> None:
    layer = TextLayer("Yes, no. Maybe!")
    assert [layer.has_stop(0, e) for e in (7, 8, 15)] == [False, True, True]
    assert layer.has_stop(8, 14) is False
    assert layer.has_stop(8, 15) is True


def _tokens_by(pattern, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]


def test_plain_tokens_equal_the_unicode_tokens_for_every_code_point() -> None:
    # tokenize reads a window with the ASCII pattern when no letter, digit or mark in
    # it lies outside ASCII: every other code point must then be read alike, as a
    # space, or as one punctuation token, beside words, initials and apostrophes.
    plain = [
        chr(cp)
        for cp in range(0x110000)
        if not 0xD800 <= cp <= 0xDFFF and layer_module._NOT_PLAIN.match(chr(cp)) is None
    ]
    # Each after a letter: does it go on the word, stand as punctuation, or as a space?
    text = "".join(f"a{c}" for c in plain)
    spans = [m.span() for m in layer_module._TOKEN_RE.finditer(text)]
    assert [m.span() for m in layer_module._ASCII_TOKEN_RE.finditer(text)] == spans


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet="aZ09 .,'’-\"“”\t\n\x00\x1c\u00a0\u200f\u200d\u0301éİ\u2160\u3000", max_size=40
    ),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_tokenize_equals_the_unicode_pattern_on_any_window(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    assert [(t.start, t.end, t.text) for t in tokenize(text, start, end)] == _tokens_by(
        layer_module._TOKEN_RE, text, start, end
    )


def test_the_format_class_is_cf_and_nul_less_the_soft_hyphen_for_every_code_point() -> None:
    # _FORMAT is spelt out for ``re``: it must name what ``regex`` calls \p{Cf}, and NUL,
    # and nothing else (the soft hyphen stays punctuation).
    cf = regex.compile(r"[\p{Cf}\x00]")
    ours = regex.compile(f"[{layer_module._FORMAT}]")
    plain = re.compile(f"[{layer_module._FORMAT}]")
    for cp in range(0x110000):
        c = chr(cp)
        want = cf.match(c) is not None and c != "\xad"
        assert (ours.match(c) is not None) is want, hex(cp)
        assert (plain.match(c) is not None) is want, hex(cp)
        # has_invisible searches the UTF-8 bytes (or, in ASCII, for NUL): the same class.
        assert layer_module.has_invisible(f"Ana{c}é") is want, hex(cp)


# Any character: every code point, lone surrogates too (visible encodes them with
# "surrogatepass"), mixed with the format characters and NUL, which are rare in it.
_ANY_CHARACTER = st.characters(codec=None, blacklist_categories=()) | st.sampled_from(
    ["\x00", "\u200b", "\u2060", "\ufeff", "\u0600", "\U000e0001", "\U0001bca0"]
)


@settings(max_examples=500)
@given(st.text(alphabet=_ANY_CHARACTER))
def test_the_bytes_test_is_true_exactly_when_the_search_of_the_whole_finds_a_character(
    text: str,
) -> None:
    # visible reads the matches of _FORMAT_UTF8 only after _has_format_utf8 said yes:
    # so it always finds one there, and the dropped characters are never none.
    data = text.encode("utf-8", "surrogatepass")
    found = next(layer_module._FORMAT_UTF8.finditer(data), None)
    assert layer_module._has_format_utf8(data) is (found is not None)
    seen, cuts = layer_module.visible(text)
    assert bool(cuts) is (found is not None)
    assert seen == layer_module._FORMAT_RE.sub("", text)


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(["a", "É", " ", "\u200d", "\x00", "\xad", "\ufeff", "“"])))
def test_visible_drops_the_format_characters_and_maps_offsets_back(text: str) -> None:
    seen, cuts = layer_module.visible(text)
    cf = regex.compile(f"[{layer_module._FORMAT}]")
    assert seen == cf.sub("", text)
    assert layer_module.has_invisible(text) is bool(cuts)
    for p, c in enumerate(seen):  # each character of the reader's text, back in the text
        assert text[p + sum(1 for x in cuts if x <= p)] == c


def _lowers(text: str) -> list[str]:
    return [t.lower for t in tokenize(text, 0, len(text))]


def test_format_characters_read_as_spacing_or_as_part_of_the_word() -> None:
    text = 'Ana Ruiz sa\u200did\u200f \u200d"We\ufeff won," she said\x00.'
    toks = tokenize(text, 0, len(text))
    assert [t.lower for t in toks] == _lowers('Ana Ruiz said "We won," she said.')
    # Offsets are offsets into the text as given: the word keeps its joiner.
    assert [t.text for t in toks][2] == "sa\u200did"
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_a_combining_mark_goes_on_its_letter_and_a_lone_one_reads_as_spacing() -> None:
    text = 'Jose\u0301 said\u0301 \u0301"yes"'
    toks = tokenize(text, 0, len(text))
    # Composed where it can be (José), dropped from the lower form where it cannot.
    assert [t.lower for t in toks] == ["josé", "said", '"', "yes", '"']
    assert [t.text for t in toks][:2] == ["Jose\u0301", "said\u0301"]
    # The soft hyphen is no format character here: it stays a punctuation token.
    assert _lowers("co\xadop") == ["co", "\xad", "op"]


_INVISIBLE = st.sampled_from(["\u200d", "\u200f", "\x00", "\ufeff", "\u2060", "\U000e0020"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab7 ,.:'’-\"“”\né", "said", "Ann", "don't"]), max_size=30),
    st.lists(st.tuples(st.integers(0, 30), _INVISIBLE), max_size=6),
)
# Two hyphens with a joiner between them are a dash, as without it (random runs found
# "aaa-\u200d-" read as one word "aaa--"), in the ASCII and the Unicode pattern.
@example(["aaa", "-", "-"], [(2, "\u200d")])
@example(["é", "-", "-", "b"], [(2, "\x00")])
def test_format_characters_anywhere_leave_the_lower_forms_alone(
    pieces: list[str], inserted: list[tuple[int, str]]
) -> None:
    plain = "".join(pieces)
    with_format = list(pieces)
    for at, char in sorted(inserted, reverse=True):
        with_format.insert(min(at, len(with_format)), char)
    text = "".join(with_format)
    toks = tokenize(text, 0, len(text))
    assert [t.lower for t in toks] == _lowers(plain)
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_no_code_point_outside_beyond_punctuation_sends_a_window_to_a_slow_path() -> None:
    # tokenize and the kinds' word readers skip their Unicode checks for a string in
    # which BEYOND_PUNCTUATION finds nothing: each code point it lets through must be
    # no letter, digit, mark or format character outside ASCII, and NUL is not one.
    from quoteverify.text import kinds

    allowed = [
        chr(cp)
        for cp in range(0x110000)
        if not 0xD800 <= cp <= 0xDFFF and layer_module.BEYOND_PUNCTUATION.match(chr(cp)) is None
    ]
    assert "\x00" not in allowed and "“" in allowed and "—" in allowed and "a" in allowed
    text = "".join(allowed)
    assert layer_module._NOT_PLAIN.search(text) is None
    assert layer_module._FORMAT_RE.search(text) is None
    assert kinds._NON_ASCII_WORD_CHAR.search(text) is None


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="aZ9 .,'’-“”«»…—\u00a0\u2028\u200b\u0301é\x00", max_size=40),
    st.integers(-3, 40),
    st.integers(0, 40),
)
def test_tokenize_with_and_without_its_punctuation_shortcut_agree(
    text: str, start: int, end: int
) -> None:
    # The shortcut (curly quotes, dashes and guillemets read as plain punctuation)
    # gives the tokens the full check gives, on any window (a negative start too).
    shortcut = layer_module.BEYOND_PUNCTUATION
    try:
        layer_module.BEYOND_PUNCTUATION = re.compile(r"[\s\S]")  # finds a character: no shortcut
        slow = tokenize(text, start, end)
    finally:
        layer_module.BEYOND_PUNCTUATION = shortcut
    assert tokenize(text, start, end) == slow


def test_two_hyphens_are_a_dash_not_part_of_a_word() -> None:
    # Typewritten text sets a dash as two hyphens: "Hale--who" is a name, a dash and
    # a word; one hyphen stays inside a word.
    text = "Nell Hale--who had run all the way--said it was well-known."
    words = [t.text for t in tokenize(text, 0, len(text))]
    assert words[:6] == ["Nell", "Hale", "-", "-", "who", "had"]
    assert "well-known" in words
    from quoteverify import parse

    quote = 'Nell Hale--who had run all the way--came in and said "We are late."'
    assert [q.speaker and q.speaker.name for q in parse(quote).quotes] == ["Nell Hale"]


def test_the_classes_beyond_ascii_are_one_table_for_every_code_point() -> None:
    # The name registry's letters and marks outside ASCII (identity) and the kinds'
    # letters and digits are the text layer's _NOT_PLAIN less the digits, or less
    # the marks, each derived from the same classes (beyond_ascii).
    from quoteverify.speakers import identity
    from quoteverify.text import kinds

    digit, mark = regex.compile(r"\p{N}"), regex.compile(r"\p{M}")
    for cp in range(0x110000):
        c = chr(cp)
        wide = layer_module._NOT_PLAIN.match(c) is not None
        assert wide is (cp > 0x7F and regex.match(r"[\p{L}\p{N}\p{M}]", c) is not None), hex(cp)
        letter_or_mark = wide and digit.match(c) is None
        assert (identity._NON_ASCII_LETTER_OR_MARK.match(c) is not None) is letter_or_mark
        word_char = wide and mark.match(c) is None
        assert (kinds._NON_ASCII_WORD_CHAR.match(c) is not None) is word_char, hex(cp)


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet="aZ9 .,'’-\"“\t\n\x00\x1c\u00a0\u200b\u200d\u200f\ufeff\u2060\u0301\xadé€",
        max_size=40,
    ),
    st.integers(0, 40),
    st.integers(0, 40),
)
@example("she said\x00 \x00", 0, 12)
@example("Oye\u200blaran said\u200d", 0, 17)
@example("x\u200d-\u200dy \x1c", 0, 7)
def test_tokens_and_their_lower_case_forms_on_any_window(text: str, start: int, end: int) -> None:
    # Every path of tokenize (ASCII, format characters and NUL with ASCII words, the
    # Unicode pattern) gives the Unicode pattern's tokens, each with its lower-case
    # form less what it does not print.
    end = min(end, len(text))
    want = [
        (m.start(), m.end(), m.group(), layer_module._lexical(m.group().lower()))
        for m in layer_module._TOKEN_RE.finditer(text, start, end)
    ]
    assert [(t.start, t.end, t.text, t.lower) for t in tokenize(text, start, end)] == want


# The plain token pattern as it was written before its words were unrolled into runs
# (one loop over single characters): the reference the faster form is checked against.
_LOOP_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"
    rf"|[A-Za-z0-9](?:[A-Za-z0-9'’]|-(?![{layer_module._FORMAT}]*+-)"
    rf"|[{layer_module._FORMAT}]++(?=[A-Za-z0-9'’\-]))*+"
    rf"|[^\sA-Za-z0-9{layer_module._FORMAT}]|[\x1c-\x1f]"
)
_PLAIN_PIECES = st.sampled_from(
    [
        *("a", "Z", "q", "7", "U.S.", "E.", "A.B", "x-ray", "--", "-", "'", "’", "‘"),
        *(".", ",", " ", "  ", "\t", "\n", "\x1c", "\u200d", "\u2060", "\x00", "“", "”"),
        *("—", "«", "\u00a0", "Ann", "don't", "Hale--who", "well-known", "é", "\u0301"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_PLAIN_PIECES, max_size=50).map("".join),
    st.integers(0, 120),
    st.integers(0, 120),
)
@example("Sen. Ann Roe-Lee, of the U.S. side, said: “we're well-known--and\u200d not.”", 0, 90)
@example("a-\u200d-b A-\u2060b x\u200d", 0, 20)
def test_the_plain_token_pattern_finds_what_its_loop_form_finds(
    text: str, start: int, end: int
) -> None:
    # Words read as a run, then each hyphen or run of format characters with the run
    # after it, and lower-case words tried before the initials: the same tokens, at
    # the same places, on any text and window.
    got = [m.span() for m in layer_module._ASCII_TOKEN_RE.finditer(text, start, end)]
    assert got == [m.span() for m in _LOOP_TOKEN_RE.finditer(text, start, end)]


def test_the_plain_token_pattern_finds_what_its_loop_form_finds_on_news() -> None:
    # A paragraph of the kind news prints, read whole and window by window.
    text = (
        "WASHINGTON (AP) — Sen. Mara Oyelaran-Pike, D-N.Y., told reporters on Tuesday "
        "that the $4.5 billion plan was “a start, not an end.” Her aide, J.R. Tull, "
        "added: 'We'll see.' The vote—set for 9 a.m.—is the Senate's first since "
        "May's; the U.S. Chamber of Commerce's ads ran 24/7 (about 1,200 spots)."
    )
    for start in range(0, len(text), 7):
        for end in (start + 15, start + 60, len(text)):
            got = [m.span() for m in layer_module._ASCII_TOKEN_RE.finditer(text, start, end)]
            assert got == [m.span() for m in _LOOP_TOKEN_RE.finditer(text, start, end)]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(["a", " ", "“", "é", "\u200b", "\x00", "\ufeff", "—"])))
def test_format_characters_told_from_the_bytes_outside_ascii_as_the_whole_search(
    text: str,
) -> None:
    data = text.encode("utf-8")
    want = layer_module._FORMAT_UTF8.search(data) is not None
    assert layer_module._has_format_utf8(data) is want
    assert layer_module.has_invisible(text) is want
    assert (layer_module.visible(text)[1] != []) is want
