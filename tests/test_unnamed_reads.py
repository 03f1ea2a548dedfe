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
