"""A description whose head cites a word (*the word*, *the term*) with a quote right
after it names that word, which says nothing: it gives no speaker to the other words
its sentence lists; and a name after a noun, *called* and the name's own article (*a
boat called the "Sea Lark"*) is that thing's name, no one's words (issue 14, non-speech
spans given a speaker). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind, parse


@pytest.mark.parametrize(
    "text",
    [
        "The word “glimmerlog” has been added to the Tolland Dictionary, along with "
        "“snackwave” and “plinth-core.” Editor Rona Vest said the team read many blogs.",
        'Dictionary grows\n\nThe term "glimmerlog" was added this year, along with '
        '"snackwave." Editor Rona Vest said the list was long.',
    ],
)
def test_a_word_cited_as_the_subject_gives_no_speaker_to_the_words_listed_with_it(
    text: str,
) -> None:
    quotes = parse(text).quotes
    assert len(quotes) >= 2
    assert all(q.speaker is None for q in quotes)


def test_a_description_headed_by_a_naming_noun_with_no_quote_after_it_still_speaks() -> None:
    # A record label speaks for itself: no quoted word stands after the noun.
    text = "Tamsin Oake left in May. The label said her album was “a return to form.”"
    (q,) = parse(text).quotes
    assert q.speaker is not None and q.speaker.name == "The label"


@pytest.mark.parametrize(
    "text",
    [
        "Filming began in May. The new series adds a round called the “Quick Bake,” in "
        "which bakers race the clock.",
        "Filming began in May. The ferry, a boat called the “Sea Lark,” sank in June.",
    ],
)
def test_a_name_after_a_noun_called_and_its_article_is_no_ones_words(text: str) -> None:
    (q,) = parse(text).quotes
    assert (q.kind, q.speaker) == (QuoteKind.NON_SPEECH, None)


def test_a_name_after_a_finite_called_and_its_article_stays_the_subjects() -> None:
    # A subject before *called*, the name's article inside its object: somebody's term.
    text = "Filming began in May. Ana Ruiz called the “Big Mistake” a triumph."
    (q,) = parse(text).quotes
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"
