"""An unnamed person's description at a sentence's opening is read once per text and
first from a short stretch of words (``identity._unnamed_read``): the answer must be
the one the whole reach gives, for any text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity
from quoteverify.text.layer import tokenize

_WORDS = st.sampled_from(
    [
        "A", "An", "One", "Another", "spokeswoman", "diplomat", "mother", "for", "of",
        "the", "agency", "who", "said", "says", "told", "left", "U.S.", "Dr.", "Ana",
        "Roe", ",", ".", "?", '"', "Monday", "later", "in", "Kyiv", "board", "report",
    ]
)  # fmt: skip


def _whole(text: str, start: int) -> tuple[object, int]:
    toks = tokenize(text, start, start + identity._UNNAMED_REACH)
    read = identity._unnamed_words(text, toks, start, whole=True)
    assert read is not None
    return read


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=90))
@example(["A", "spokeswoman", "for", "the", "agency", "said", "."] + ["left"] * 30)
@example(["A", "diplomat"] + ["of", "the", "board"] * 30 + ["said"])
def test_the_first_words_read_as_the_whole_reach_does(words: list[str]) -> None:
    text = " ".join(words)
    assert identity._unnamed_read(text, 0) == _whole(text, 0)


def test_a_description_decided_in_the_first_words_and_one_needing_the_whole_reach() -> None:
    near = "A spokeswoman for the agency said the plan was sound. " + "Rain fell. " * 30
    assert identity._unnamed_read(near, 0)[0].text == "A spokeswoman for the agency"
    far = "A diplomat from the north, who " + "knew the long talks and " * 5 + "more, said no."
    phrase, cue_end = identity._unnamed_read(far, 0)
    assert phrase is not None and phrase.text == "A diplomat from the north"
    assert far[cue_end - 4 : cue_end] == "said" and cue_end > identity._UNNAMED_FIRST


# Words whose tokens look past their end (initials, hyphens): where a window shared by
# several openings is cut matters for them. (All plain: a window that is not plain is
# not shared.)
_EDGE_WORDS = st.sampled_from(
    ["A", "An", "aide", "envoy", "said", "left", ".", ",", "J.K.", "K.", "U.S.", "well-", "-",
     "co-chair", "who", "of", "the", "mayor", "Ng", '"', "7"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_EDGE_WORDS, min_size=40, max_size=120), st.data())
@example(["A", "aide", "J.", "K.", "said"] * 12, None)
def test_openings_read_from_one_shared_window_as_each_read_alone(
    words: list[str], data: st.DataObject | None
) -> None:
    # _Registry._share_openings tokenises once the stretch the openings a descriptor
    # reads back over first read; each is then read from it (_opening_tokens).
    text = " ".join(words)
    starts = sorted({m.start() for m in identity._WORDS.finditer(text)} | {0, 1})
    if data is None:
        picked = starts[::2]
    else:
        picked = sorted(data.draw(st.lists(st.sampled_from(starts), min_size=2, unique=True)))
    registry = identity._Registry(text)
    registry._share_openings(picked)
    for at in reversed(picked):
        registry._unnamed_at(at, len(text) + 1)
        assert registry._openings[at] == identity._unnamed_read(text, at)
        for end in (at + 3, at + identity._UNNAMED_FIRST, at + identity._UNNAMED_REACH):
            assert registry._opening_tokens(at, end) == tokenize(text, at, end)


def test_a_descriptor_reads_the_openings_before_it_from_one_window() -> None:
    text = "An aide to the mayor left. An envoy of the port left. " * 3 + "The envoy said so."
    registry = identity._Registry(text)
    starts = [0, 27, 54, 81]
    registry._share_openings(starts)
    assert registry._opening_source is not None
    assert registry._opening_source[:2] == (0, 81 + identity._UNNAMED_FIRST)
    registry._share_openings([0, 27])  # (inside the window tokenised: kept)
    assert registry._opening_source[:2] == (0, 81 + identity._UNNAMED_FIRST)
    accented = identity._Registry(text.replace("mayor", "Zoë"))
    accented._share_openings(starts)
    assert accented._opening_source is None  # (not plain: each opening tokenised alone)
