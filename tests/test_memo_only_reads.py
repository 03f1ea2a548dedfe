"""``mentions.Reads.memo_only``: the view of a text's reads that the attribution
readers handing no Reads down now pass (issue 12, h57b-lonespeed). It shares the
given-name places (``Reads.spaced_at``) and nothing else, so every phrase it reads
must be the plain reading's, with no Reads at all. Invented pieces of text.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers.mentions import PhraseKind, Reads, phrase_after, phrase_before
from quoteverify.text.layer import tokenize

_PIECES = st.sampled_from(
    [
        "Ruth Pole spoke. ",
        "Han Pole came. ",
        "Pole said. ",
        "Ruth Polemic. ",
        "Poles said. ",
        "Chinese said. ",
        "Han Chinese live here. ",
        "Voters said. ",
        "Controllers said. ",
        "He met Controllers. ",
        "Residents said. ",
        "Rep. Ann Israel spoke. ",
        "Israel said. ",
        "Pete King spoke. ",
        "King said. ",
        "Vice President Ruiz spoke. ",
        "President said. ",
        "the Kremlin said. ",
        "x",
        " ",
    ]
)


def _readings(text: str, reads: Reads | None) -> list[object]:
    toks = tokenize(text, 0, len(text))
    return [
        (
            phrase_before(toks, k, text=text, reads=reads),
            phrase_after(toks, k, text=text, reads=reads),
        )
        for k in range(len(toks))
    ]


@settings(max_examples=300, deadline=None)
@example(["Controllers said. "])  # printed_inside would read a name
@example(["Ruth Pole spoke. ", "Pole said. "])  # the given-name places
@example(["Pete King spoke. ", "King said. ", "King said. "])
@given(st.lists(_PIECES, max_size=8))
def test_the_memo_only_view_reads_every_phrase_as_no_reads(pieces: list[str]) -> None:
    text = "".join(pieces)
    full = Reads(text)
    _readings(text, full)  # the full reads fill the places the view shares
    assert _readings(text, full.memo_only()) == _readings(text, None)


def test_the_memo_only_view_keeps_no_rule_that_reads_the_text_whole() -> None:
    # with the text's Reads, "Controllers" opening a sentence is a group of unnamed
    # people unless the text prints it inside one; with no Reads, and with the view,
    # a name
    text = "Controllers said it."
    toks = tokenize(text, 0, len(text))
    full = Reads(text)
    assert phrase_before(toks, 1, text=text, reads=full).kind is PhraseKind.ANONYMOUS
    assert phrase_before(toks, 1, text=text, reads=full.memo_only()).kind is PhraseKind.NAME
    assert phrase_before(toks, 1, text=text).kind is PhraseKind.NAME


def test_the_memo_only_view_shares_the_given_name_places() -> None:
    text = "Ruth Pole spoke. Pole said."
    full = Reads(text)
    view = full.memo_only()
    toks = tokenize(text, 0, len(text))
    k = next(i for i, t in enumerate(toks) if t.lower == "said")
    assert phrase_before(toks, k, text=text, reads=view).kind is PhraseKind.NAME
    assert full.spaced_at("Pole") is view.spaced_at("Pole")  # read once for both
    assert view.plain and not full.plain
