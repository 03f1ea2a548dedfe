"""What a dense run's quotes share, tested against the full path: the naming frames
and rules read only the tail of the text before a quote (``kinds._naming_tail``),
a paragraph with no sentence punctuation is found once (``kinds._Reader.calm_from``),
and the name registry keeps a descriptor's nations and reads its introduction's
hint since the last window (``identity._nations``, ``_Registry._may_introduce``)."""

from __future__ import annotations

import itertools
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.config import Config
from quoteverify.text import kinds
from quoteverify.text.spans import extract_with_paragraphs

from .test_kinds import _BEFORE_PIECE

# Pieces of the text before a short quote: those of test_kinds (naming words and the
# words around them, windows' worth of long words), and every kind of character that
# may end the tail (quote marks, brackets, colons, NUL, format characters, a
# combining mark, the separators that str.isspace() counts and regex's \s does not,
# an em space), a stop inside a word, a name with a digit.
_PIECE = st.one_of(
    _BEFORE_PIECE,
    st.sampled_from(
        ["is often ", "Mr.", "B2 ", '"', "(", ": ", ";", "\u2003", "\x1c", "\x1f ", "\x00",
         "\u200f", "\u0301"]
    ),
)  # fmt: skip
_CONTENT = st.sampled_from(
    ["plan 3", "Sea Lark", "slow walking", "the Kettle", "a disaster", "Iron Jon", "Sea Lark,"]
)
_AFTER = st.sampled_from(["", " and then", " as the word of the year.", " by critics."])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECE, max_size=30), _CONTENT, _AFTER)
@example(['"plan 3" ', "mayor ", "called ", "it "], "plan 3", "")
@example(["\x1c", "known ", "as "], "Sea Lark", "")  # str.rstrip strips \x1c
@example(["Mr.", "word "], "Sea Lark", "")  # a word read across a stop
@example(["dubbed ", "B2 "], "Iron Jon", "")  # a name with a digit
@example(["“x” ", "x" * 35 + "named "], "Sea Lark", "")
def test_the_frames_and_naming_rules_read_only_the_tail(
    pieces: list[str], content: str, after: str
) -> None:
    before = "".join(pieces)
    tail = kinds._naming_tail(before)
    assert before.endswith(tail)
    words = kinds._words(content)
    assert kinds._word_last(tail) == kinds._word_last(before)
    assert kinds._frame_before(tail) == kinds._frame_before(before)
    assert kinds._naming_gate(tail) == kinds._naming_gate(before)
    assert kinds._naming(tail, content, words, after, words_of=kinds._words) == kinds._naming(
        before, content, words, after, words_of=kinds._words
    )
    every = kinds._EVERY_RULE
    assert kinds._naming_rules(
        tail, content, words, after, words_of=kinds._words, gate=every
    ) == kinds._naming_rules(before, content, words, after, words_of=kinds._words, gate=every)
    assert kinds._titled_by_noun(tail, content, words) == kinds._titled_by_noun(
        before, content, words
    )


def test_every_space_that_rstrip_strips_is_read_into_the_tail() -> None:
    # Else a tail cut at such a space would be stripped past its first character.
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c.isspace():
            assert kinds._naming_tail("x" + c) == "x" + c, hex(code)


def test_the_tail_is_the_last_words_and_the_character_before_them() -> None:
    assert kinds._naming_tail('"step 3" while the mayor called it ') == (
        '" while the mayor called it '
    )
    assert kinds._naming_tail("the ferry, known as ") == "the ferry, known as "
    assert kinds._naming_tail("") == ""
    assert kinds._naming_tail("(") == "("


# Dense runs: the same words before many quotes, naming words or not.
_DENSE = st.sampled_from(
    [
        'the mayor called it "plan 3" and then "step 3" while ',
        'a ferry called "Sea Lark" and ',
        'fans dubbed him "Iron Jon", ',
        'a boxer known to his fans as "Iron Jon" and ',
        'fans dubbed Quickfoxjumpsoverthelazydogsandcats "Iron Jon", ',
        'the bay, which locals call "the Kettle", ',
        'known as the "Big Grab" ',
        '"a\x00b," she said\x00 \x00"c\x00", ',
        '"Yes 1," Ana said, "no," Ben replied, ',
        'The gala shows "Film 8", ',
        "the report ",
        ". ",
        "She won.\n\n",
        '"We won!" ',
        "Dr. ",
        "\n\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_DENSE, min_size=1, max_size=40))
@example(['the mayor called it "plan 3" and then "step 3" while '] * 30)
def test_a_dense_run_gets_the_answers_of_the_whole_text(pieces: list[str]) -> None:
    # The reference: a reader whose frames and naming rules read the whole text
    # before each quote, and that asks the stops of every window.
    text = "".join(pieces)
    extraction, paras = extract_with_paragraphs(text, Config())
    spans = [
        (q.start, q.end, (q.outer_start, q.close_mark.end if q.close_mark else q.end))
        for q in extraction.quotes
    ]
    readers = [
        kinds._Reader(text, paras),
        kinds._Reader(text, paras, tails=False),
        kinds._Reader(text, paras, calm=False),
        kinds._Reader(text, paras, tails=False, calm=False),  # the whole path
    ]
    for start, end, outer in spans:
        got = [kinds._classify(reader, start, end, outer) for reader in readers]
        assert got == [got[-1]] * len(readers)


# The registry's reading of a descriptor's nations is kept per phrase
# (identity._nations, asked of *the mayor* for each quote of a dense run).
@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["the", "mayor", "Russian", "President", "Kremlin", "leader", "United", "States",
             "South", "Korea", "U.S.", "British", "prime", "minister", "’s", "counterpart"]
        ),
        max_size=6,
    ).map(" ".join)
)  # fmt: skip
@example("the South Korean president")
def test_the_nations_of_a_phrase_are_read_once_and_the_same(phrase: str) -> None:
    from quoteverify.speakers import identity

    first = identity._nations(phrase)
    assert first == identity._nations.__wrapped__(phrase)
    assert identity._nations(phrase) is first


# Text around a descriptor's introductions: the noun before a name (the hint), a name
# and an apposition's comma and article, cut anywhere by the windows asked.
_INTRO_PIECE = st.sampled_from(
    ["the mayor ", "Mayor ", "mayor Ana Ruiz ", "MAYOR Bo ", "said ", "x" * 40, ", the ",
     ", a ", ", an ", ",", " ", "Ruiz", "ex-mayor Bo ", "the mayor called it ", '"plan 3" ']
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_INTRO_PIECE, max_size=60).map("".join),
    st.lists(st.integers(-30, 400), min_size=1, max_size=30),
    st.integers(20, 400),
)
@example("the mayor called it " * 30 + "mayor Ana Ruiz", [20] * 30, 100)
@example("mayor Ana Ruiz ", [5, 4], 400)  # a match reaching past the stretch's end
@example("mayor Ana Ruiz ", [5, 2], 400)  # ... ending right past it
@example("xx, the yyy", [5, 5], 400)
@example("xx, the yyy", [5, 5, -2], 7)  # back into the start of a stretch not read whole
def test_a_descriptor_reads_since_the_last_window_what_it_would_read_whole(
    text: str, steps: list[int], reach: int
) -> None:
    # _may_introduce against the search of each window whole, on windows that move
    # on (mostly forward) through the text, as a dense run's descriptors ask them.
    from quoteverify.speakers import identity

    registry = identity._Registry(text)
    _pattern, hint = identity._introduction_pattern("mayor")  # type: ignore[misc]
    end = 0
    for step in steps:
        end = max(0, min(len(text), end + step))
        lo = max(0, end - reach)
        whole = hint.search(text, lo, end) is not None or any(
            text.find(s, lo, end) >= 0 for s in (", the ", ", a ", ", an ")
        )
        assert registry._may_introduce(hint, lo, end) == whole, (lo, end)


# Pieces of a text around an age: its two forms of introduction whole and cut up,
# other numbers and ages beside it, names of up to five words with their letters,
# marks, dots and hyphens, lower-case words, and what may stop a name's run.
_AGE_PIECE = st.sampled_from(
    ["47", "147", "4", "7", "-year-old ", "47-year-old ", "year-old", ", ", ",", " ", "aged ",
     ", aged 47", ", 47,", ", 47 years", " years", "Ana ", "Ruiz", "Ruiz-Lee", "Dr. ", "O’Neil",
     "Zoë", "Zoe\u0301", "Ben ", "Lee", "Mr.", "the ", "young ", "a ", "said", ". ", "; ", '"',
     "\n", "x", "-", "1", "Eastport ", "47-"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_AGE_PIECE, max_size=50).map("".join),
    st.sampled_from(["47", "7", "4"]),
    st.integers(0, 400),
    st.integers(0, 400),
)
@example("Ana Ruiz, 47, and Ben Lee, 47 years", "47", 0, 400)
@example("47-year-old Ana Ruiz, 47, said", "47", 0, 400)  # the first form runs into the second
@example("the young 47-year-old Ana Ben Lee Ruiz Dr. Ho", "47", 0, 400)
@example("Ana Ruiz, 47 years", "47", 0, 17)  # the look-ahead cut off by the end
@example("x147-year-old Ana Ruiz", "47", 0, 400)
@example("Dr. Ana Ruiz-Lee, 47, said", "47", 0, 400)  # a name's run read back in full
@example("Ana Zoe\u0301, aged 47, said", "47", 0, 400)  # ... over a combining mark
def test_an_age_is_matched_only_around_its_number_with_the_same_last_match(
    text: str, age: str, lo: int, length: int
) -> None:
    # _last_match_in over _age_spans against the age pattern's finditer over the whole
    # reach: the same last match (span and groups), or none in both.
    from quoteverify.speakers import identity

    pattern, _hint = identity._introduction_pattern(f"{age}-year-old")  # type: ignore[misc]
    lo = min(lo, len(text))
    end = min(len(text), lo + length)
    whole = None
    for m in pattern.finditer(text, lo, end):
        whole = m
    spans = identity._age_spans(text, age, lo, end)
    assert all(lo <= a < b <= end for a, b in spans)
    assert all(b1 <= a2 for (_a1, b1), (a2, _b2) in itertools.pairwise(spans))
    near = identity._last_match_in(pattern, text, spans)
    assert (None if near is None else (near.span(), near.groups())) == (
        None if whole is None else (whole.span(), whole.groups())
    )
