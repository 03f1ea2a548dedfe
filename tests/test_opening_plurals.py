"""A common plural that opens a sentence is a group of unnamed people, not a name
(issue 14, h56c-plurals).

*Witnesses said*, *Controllers told*: ``mentions._classify`` reads a lone capitalised
plural of a common noun that opens its sentence, and that the text never prints
capitalised inside a sentence, as an unnamed group (``Reads.printed_inside``).
Invented articles.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.speakers.mentions import Reads, _common_plural, _sentence_opens


def _speaker(text: str, words: str) -> tuple[str, SpeakerKind] | None:
    for quote in parse(text).quotes:
        if words in quote.text and quote.speaker is not None:
            return quote.speaker.name, quote.speaker.kind
    return None


@pytest.mark.parametrize("group", ["Witnesses", "Controllers", "Builders", "Audiences"])
def test_a_common_plural_opening_a_sentence_is_an_unnamed_group(group: str) -> None:
    text = (
        "The ferry ran aground at dusk near the harbour wall.\n\n"
        f'{group} said it "tilted in a second" before the crew moved.'
    )
    assert _speaker(text, "tilted") == (group, SpeakerKind.ANONYMOUS)


def test_a_group_after_a_full_stop_is_an_unnamed_group_too() -> None:
    text = 'The ferry ran aground at dusk. Builders said it "tilted in a second" then.'
    assert _speaker(text, "tilted") == ("Builders", SpeakerKind.ANONYMOUS)


def test_a_plural_surname_named_in_full_earlier_stays_the_person() -> None:
    text = 'Ivo Banks took over the fund in May. Banks said the losses "are behind us" now.'
    assert _speaker(text, "behind us") == ("Ivo Banks", SpeakerKind.PERSON)


def test_a_plural_the_text_prints_inside_a_sentence_stays_a_name() -> None:
    text = (
        "The tour opened with the Eagles on a wet night in Derby. "
        'Eagles said the crowd "sang every word" back to them.'
    )
    assert _speaker(text, "every word") == ("Eagles", SpeakerKind.PERSON)


@pytest.mark.parametrize("name", ["Madonna", "Sears", "Lloyds"])
def test_a_name_that_is_no_common_plural_stays_a_name(name: str) -> None:
    text = f'The launch drew a big crowd. {name} said it "went better than planned" on Friday.'
    assert _speaker(text, "better than") == (name, SpeakerKind.PERSON)


def test_a_plural_in_mid_sentence_is_not_read_by_the_rule() -> None:
    # "met Analysts": no sentence opens on the word, so the rule leaves it
    assert not _sentence_opens("The board met Analysts said", 14)
    assert not _sentence_opens("a long row of\nAnalysts said", 14)
    assert _sentence_opens("A long row.\nAnalysts said", 12)
    assert _sentence_opens("Analysts said", 0)


def test_common_plurals_and_names() -> None:
    assert _common_plural("Observers") and _common_plural("Witnesses")
    assert not _common_plural("Madonna")  # no plural
    assert not _common_plural("Lloyds")  # no common singular
    assert not _common_plural("Boss")  # "-ss" is no plural


def test_printed_inside_reads_the_text_once() -> None:
    reads = Reads("Jo Banks spoke. Voters left.")
    assert reads.printed_inside("Banks")
    assert not reads.printed_inside("Voters")
    assert reads.inner is not None


@given(st.text(alphabet="abc ", max_size=20))
def test_a_word_after_a_lower_case_word_never_opens_a_sentence(lead: str) -> None:
    text = lead + "x Residents"
    assert not _sentence_opens(text, len(text) - len("Residents"))


_RUN = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*+")


def _printed_inside_plain(text: str, word: str) -> bool:
    # Every capitalised run of the text read (the scan before it read only the runs
    # ending in "s"): the answer for a word that _common_plural lets ask must agree.
    return any(
        m.group() == word and not _sentence_opens(text, m.start()) for m in _RUN.finditer(text)
    )


_PIECES = st.sampled_from(
    [
        "Residents",
        "Residents'",
        "Residents’",
        "Residents-only",
        "X-Residents",
        "Residents2",
        "Builders",
        "Press",
        "Ann",
        "met",
        "said",
        ".",
        ". ",
        " ",
        "\n",
        "\n\n",
        ",",
        "'",
        "-",
        "9",
    ]
)


@given(st.lists(_PIECES, max_size=30), st.sampled_from(["Residents", "Builders"]))
def test_printed_inside_reads_as_every_capitalised_run_read(pieces: list[str], word: str) -> None:
    # Reads.printed_inside reads only capitalised words of letters ending in "s", whole;
    # for the words _common_plural lets ask, it answers as a read of every run.
    text = "".join(pieces)
    assert Reads(text).printed_inside(word) is _printed_inside_plain(text, word)
