"""``mentions._given_name_before`` with the text's :class:`Reads` tries only the
places where the window prints a space then the word (issue 14, h57-speed): its
answer must be the plain reading's, a search of the whole window, at every cue and
every reach. Invented pieces of text.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers.mentions import Reads, _given_name_before

_PIECES = st.sampled_from(
    [
        "Ruth",
        "Han",
        "Ann",
        "Pole",
        "Poles",
        "McRuth",
        "ruth",
        "Ruthé",
        "e\u0301",
        "-",
        " ",
        " ",
        ". ",
        "x",
        "Ann Pole",
        "Ruth Pole",
        "Ruth Polemic",
        "xRuth Pole",
        "mic",
        "Han Pole",
        "Ruth Ruth",
        "Ann Ruth",
        "Ann Ruth Ruth",
    ]
)


@settings(max_examples=1000)
@example(["xRuth Pole", ". ", "Pole"], "Pole", [(12, 11)])  # the window's edge in a run
@example(["Ruth Polemic"], "Pole", [(9, 30)])  # the word ends the window
@given(
    st.lists(_PIECES, max_size=10),
    st.sampled_from(["Pole", "Ruth"]),
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 30)), min_size=1, max_size=6),
)
def test_the_memo_answers_as_the_window_search(
    pieces: list[str], word: str, asks: list[tuple[int, int]]
) -> None:
    text = "".join(pieces)
    reads = Reads(text)
    for ask, reach in asks:
        start = ask % (len(text) + 1)
        plain = _given_name_before(word, text, start, reach=reach)
        assert _given_name_before(word, text, start, reads, reach=reach) == plain


def test_a_word_that_ends_the_window_counts_as_the_window_reads_it() -> None:
    # the window ends inside "Polemic": it reads "Ruth Pole" whole, as the plain
    # search does; the whole text does not
    text = "Ruth Polemic"
    assert _given_name_before("Pole", text, 9, Reads(text))
    assert not _given_name_before("Pole", text, 12, Reads(text))


def test_a_given_name_at_the_window_edge_counts_as_the_window_reads_it() -> None:
    # the window starts inside "McRuth": it reads "Ruth Pole", as the plain search does
    text = "McRuth Pole spoke. Pole said"
    start = text.rindex("Pole")
    assert _given_name_before("Pole", text, start, Reads(text), reach=start - 2)
    assert not _given_name_before("Pole", text, start, Reads(text))


def test_the_places_are_found_once_per_word() -> None:
    reads = Reads("Ruth Pole spoke. Pole said")
    assert reads.spaced_at("Pole").at == [4, 16]
    assert reads.spaced_at("Pole").good == [0, 1, 1]  # Ruth Pole, then Pole alone
    assert reads.spaced_at("Pole") is reads.spaced_at("Pole")


def test_a_match_that_hides_the_next_one_is_read_as_the_window_reads_it() -> None:
    # "Ann Ruth" is the window's match; the "Ruth Ruth" after it overlaps it and is
    # never read, so a given name as the word itself takes the plain reading
    text = "Ann Ruth Ruth spoke. Ruth said"
    start = text.rindex("Ruth")
    assert not _given_name_before("Ruth", text, start, Reads(text))
