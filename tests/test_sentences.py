"""The one sentence-end check (text/sentences.py) that the splitter, the kinds and the
pairing of marks all read: examples of each judgement and the invariants between them."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind, extract_quotes, iter_parse, parse
from quoteverify.config import Config
from quoteverify.errors import OptionError, OptionTypeError
from quoteverify.speakers.attribution import attribute
from quoteverify.text import sentences
from quoteverify.text.kinds import classify_all
from quoteverify.text.layer import TextLayer
from quoteverify.text.sentences import (
    _SPARSE,
    STOP,
    StopIndex,
    _sparse_stops,
    break_ends,
    break_spans,
    ends_sentence,
    last_break_end,
    last_sentence_end,
)
from quoteverify.text.spans import extract_with_paragraphs


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Our side won.”", True),
        ("They asked why?", True),
        ("It was a wet spring (again).", True),
        ("the crowd sang,", False),
        ("a visit from Dr.", False),  # a title
        ("signed by Ana B.", False),  # an initial
        ("troops from the U.S.", False),  # a short form with dots
        ("prices in the 1970s.", True),  # a decade is no initial
        ("she lives on 45th.", True),
        ("as the site Example.com.", True),  # a web address is no short form
        ("she shook her head no.", True),  # "no" is a short form only before a number
        ("we dined at Polly's.", True),  # a possessive is no initial
        ("they went to Dolly s.", True),  # nor a lost apostrophe's letter
        ("“Not so,” says I.", True),  # nor the pronoun after a verb
        ("the case of Roe v.", False),  # a short form in lower case
    ],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text, len(text)) is ends


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Prices rose in the 1970s. Then they fell.", ["Then"]),
        ("It is at No. 10 on the list. Go there.", ["Go"]),
        ("Ana shook her head no. Then she left.", ["Then"]),
        ("Read it on Example.com. It is free.", ["It"]),
        ("The U.S. Navy sailed. It came back.", ["It"]),
        ("Signed by Jo I. Kay. She left.", ["She"]),
        ("It was Roe v. Wade. It held.", ["It"]),
        ("He won't do 't.\nThe rest", ["The"]),
        # A short form with dots ends its sentence when a quote opens after it.
        ("He spoke in Dover, N.H. “We are ready,” he said.", ["“We"]),
        ("Backed by Sen. Tim Roe, R-N.H. “Good,” he said.", ["“Goo"]),
    ],
)
def test_breaks_of_the_splitter(text: str, starts: list[str]) -> None:
    ends = list(break_ends(text, 0, len(text)))
    assert len(ends) == len(starts)
    assert [text[e : e + len(w)] for e, w in zip(ends, starts, strict=True)] == starts


_PIECES = st.sampled_from(
    [" ", "  ", "\n", ".", "!", "?", "…", "”", "“", '"', "'", ")", "(", "a", "Ab", "No", "Dr",
     "U.S", "S.C", "1970s", "Then", "we", "10", "-"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_every_break_ends_a_sentence_by_the_same_check(text: str) -> None:
    for stop, after in break_spans(text, 0, len(text)):
        end = last_sentence_end(text, 0, after)
        assert end is not None
        assert stop < end <= after
        assert text[end:after].isspace()
        assert ends_sentence(text, end)


@given(st.lists(_PIECES, max_size=30).map("".join), st.data())
def test_the_last_end_lies_in_its_range_and_ends_a_sentence(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = last_sentence_end(text, start, end)
    if found is not None:
        assert start < found <= end
        assert ends_sentence(text, found)


def test_a_quote_after_a_short_form_ending_its_sentence_is_direct() -> None:
    text = (
        "“We are ready,” Roe told reporters in Dover, N.H. "
        "“The work starts on Monday and runs all year.”"
    )
    second = extract_quotes(text).quotes[1]
    assert second.text.startswith("The work")
    assert second.kind is QuoteKind.DIRECT


def test_a_lost_closer_is_found_at_a_sentence_end_right_before_the_next_mark() -> None:
    # The second “ is a closer typed the wrong way round: the quote ends at "them."
    text = "“Voters trust us,” Hale said. “They know them. “\n\nThe count ends on Friday."
    quotes = [q.text for q in extract_quotes(text).quotes]
    assert "They know them." in quotes


def test_a_title_before_a_repeated_mark_does_not_end_a_sentence() -> None:
    # "Dr." is a title: the first quote did not lose its closer there.
    text = "Hale said “ask Dr. “Bones” Ruiz about the plan,” and left."
    quotes = [q.text for q in extract_quotes(text).quotes]
    assert "ask Dr. “Bones” Ruiz about the plan," in quotes


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab .!?\n", max_size=400),
    st.lists(st.tuples(st.integers(-5, 420), st.integers(-5, 420)), max_size=40),
)
@example("a" * 200 + ".", [(100, 150), (10, 90), (160, 201)])  # backward, then a stop
@example("a" * 100 + "." + "a" * 100, [(110, 150), (50, 95)])  # the stop in the gap
@example("ab. " * 30, [(50, 60), (0, 40), (61, 70)])  # gaps with stops in them
@example("a" * 300, [(200, 250), (100, 190), (30, 40), (260, 270), (255, 258)])
def test_stop_index_answers_as_the_search_in_any_order(
    text: str, windows: list[tuple[int, int]]
) -> None:
    # The stretch StopIndex remembers grows both ways and across short gaps; whatever
    # the order of the windows, each answer is that of a search of the window alone.
    # (Read with the stretch alone: a text with few stops has them listed instead.)
    stops = StopIndex(text, listed=False)
    for start, end in windows:
        assert stops.any(start, end) == (STOP.search(text, start, end) is not None)
        assert stops._lo <= stops._hi
        assert STOP.search(text, stops._lo, stops._hi) is None
        if stops._stop_at_hi:
            assert STOP.match(text, stops._hi) is not None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b ", " ", ".", "!", "?", "…", "\n", "a" * 40]), max_size=60
    ).map("".join),
    st.lists(st.tuples(st.integers(-5, 900), st.integers(-5, 900)), max_size=40),
)
@example("Yes." + "a" * 100, [(0, 3), (0, 4), (3, 4), (4, 104), (-3, -1), (5, 2)])
@example("a!b?c.d…" + "a" * 56, [(0, 64)])  # exactly one stop in _SPARSE characters: listed
@example("a!b?c.d…!" + "a" * 55, [(0, 64)])  # one more: not listed, the dots alone too few
@example("." * 5 + "a" * 59, [(0, 64)])  # the dots alone too many
def test_listed_stops_answer_as_the_search(text: str, windows: list[tuple[int, int]]) -> None:
    # A text with at most one stop in _SPARSE characters has its stops listed, and
    # each window (any, or holds, which calm_from asks of a paragraph) is a bisect.
    listed = _sparse_stops(text)
    if sum(map(text.count, ".!?…")) * _SPARSE > len(text):
        assert listed is None
    else:
        assert listed == [m.start() for m in STOP.finditer(text)]
    stops = StopIndex(text)
    for start, end in windows:
        want = STOP.search(text, start, end) is not None
        assert stops.holds(start, end) == want
        assert stops.any(start, end) == want


_BREAK_PIECES = st.sampled_from(
    [
        *("Dr", "Mr", "U.S", "E", "I", "no", "she", "Ana", "won", "10", "D-Va", "x"),
        *(".", "!", "?", "…", "”", "’", ")", " ", "  ", "\n", "“", "(", ",", "'"),
    ]
)


@settings(max_examples=400)
@given(st.lists(_BREAK_PIECES, max_size=24).map("".join))
@example("Dr. Ruiz left. She won. Then Mr. Lee")
@example("said I. He left. U.S. “Yes")
def test_last_break_end_is_the_last_break_found_from_the_start(text: str) -> None:
    # Read from the end, the last break is the one the forward scan finds last.
    expected = max((e for _, e in break_spans(text, 0, len(text))), default=0)
    assert last_break_end(text) == expected


def test_last_break_end_passes_over_an_abbreviation_at_the_end() -> None:
    # The last stop ends a title, not a sentence: the break before it counts.
    assert last_break_end("We won. She thanked Dr. Ruiz") == 8
    assert last_break_end("We won, she said") == 0


def _news(n: int) -> str:
    """A text of news with few stops, a new string object per call."""
    return "".join(f"“We won round {i},” Sen. Ann Roe said on the steps. " for i in range(n))


def test_parse_lists_a_texts_stops_once_for_the_kinds_and_the_text_layer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # parse makes one StopIndex and hands it from the kinds to attribution's text
    # layer: the stops of the text are listed once per call, and again for the same
    # text parsed again (nothing is kept between calls to be found there).
    calls: list[str] = []

    def counted(text: str) -> list[int] | None:
        calls.append(text)
        return _sparse_stops(text)

    monkeypatch.setattr(sentences, "_sparse_stops", counted)
    text = _news(3)
    article = parse(text)
    assert [q.speaker_name for q in article.quotes] == ["Ann Roe"] * 3
    assert len(calls) == 1
    parse(text)
    assert len(calls) == 2


@pytest.mark.parametrize(
    "read",
    [
        parse,
        extract_quotes,
        lambda text: [q.speaker_name for q in next(iter_parse([text], workers=1)).quotes],
        lambda text: TextLayer(text).breaks(0, len(text)),
        lambda text: StopIndex(text).listed,
    ],
    ids=["parse", "extract_quotes", "iter_parse", "TextLayer", "StopIndex"],
)
def test_nothing_keeps_the_text_once_the_call_returns(read: Callable[[str], object]) -> None:
    # No module of the package holds on to the text (or to anything made of it, such
    # as its list of stops) after the call's result is dropped: every reference to the
    # text that the call made is gone, as the text's reference count tells.
    read(_news(1))  # a first call loads the lexicons, whose objects stay
    # (a land's name as a cue's subject and as a surname, and a title word that
    # speaks: what the mentions' look-backs read goes with the text, not a module)
    land = "".join(f"Rep. Ann Israel spoke on day {i}. “We won,” Israel said. " for i in (1, 2))
    king = "".join(f"Rep. Pete King spoke on day {i}. “We won,” King said. " for i in (1, 2))
    for text in (_news(4), _news(2) + "Dense. " * 40, land, king):  # stops listed, too many
        before = sys.getrefcount(text)
        result = read(text)
        del result
        gc.collect()
        assert sys.getrefcount(text) == before


@pytest.mark.parametrize(
    "read",
    [
        lambda text, stops: TextLayer(text, stops=stops),
        lambda text, stops: classify_all(text, [(0, 9, (0, 9))], [(0, len(text))], stops=stops),
        lambda text, stops: extract_with_paragraphs(text, Config(), stops=stops),
        lambda text, stops: attribute(text, [], [(0, len(text))], stops=stops),
    ],
    ids=["TextLayer", "classify_all", "extract_with_paragraphs", "attribute"],
)
def test_the_stops_handed_on_must_be_the_stop_index_of_the_text(
    read: Callable[[str, object], object],
) -> None:
    # stops= is the StopIndex made for this text (or None): anything else is a clear
    # error, and so is the index of another text, whose answers would be wrong.
    text = "“We stay,” Ana Roe said. It rained."
    with pytest.raises(OptionTypeError, match="stops= takes the StopIndex of the text"):
        read(text, [24])
    with pytest.raises(OptionError, match="another text"):
        read(text, StopIndex("A text of its own."))
    read(text, None)
    read(text, StopIndex("".join(list(text))))  # an equal copy: the same text
