"""A headline whose bare subject *hears* (or was *told*) before a colon and a quote
(*Royal commission hears from survivor: "..."*): the colon reader
(``attribution._colon_headline``) asks ``_headline_hearer`` and gives the quote to
nobody in the headline, so the body's speaker of the same words (the headline echo)
or the one the colon's *from* names takes it."""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in parse(text).quotes]


_FERRY_BODY = (
    "\n\nA deckhand who swam to shore gave evidence in Halden on Wednesday.\n\n"
    '"The lifeboats would not come loose," said Pita Moana, who had worked on the '
    "ferry for six years.\n"
)


@pytest.mark.parametrize("hearer", ["Royal commission", "Ferry commission", "Harbour Council"])
def test_a_hearing_body_before_a_colon_is_no_speaker(hearer: str) -> None:
    text = f'{hearer} hears from deckhand: "The lifeboats would not come loose"' + _FERRY_BODY
    assert _speakers(text) == ["Pita Moana", "Pita Moana"]


def test_a_council_that_hears_residents_gives_them_the_words() -> None:
    text = (
        'Council hears from residents: "We were never asked"\n\n'
        "About sixty people filled the town hall on Monday night to oppose the depot.\n"
    )
    assert _speakers(text) == ["residents"]


def test_a_hearer_before_what_it_heard_is_no_speaker() -> None:
    text = (
        'Inquest hears rider\'s last words: "I cannot stop"\n\n'
        "An inquest into the crash on the coast road opened in Ardley on Monday.\n"
    )
    assert _speakers(text) == [None]


# Near misses: a subject that speaks keeps the words.


def test_a_commission_that_warns_before_a_colon_still_speaks() -> None:
    text = 'Harbour Commission warns: "The old pier is unsafe"\n\nThe board met on Monday.\n'
    assert _speakers(text) == ["Harbour Commission"]


def test_a_person_before_hears_is_no_hearing_body() -> None:
    text = (
        'Ruiz hears from farmers: "Fix the roads first"\n\n'
        "Ana Ruiz spent Monday at the county fair.\n"
    )
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_judge_who_hears_leaves_the_words_to_the_body() -> None:
    text = (
        'Judge hears from widow: "He was my whole world"\n\n'
        "A widow spoke at the sentencing on Friday.\n\n"
        '"He was my whole world," said Ana Rivera, 71.\n'
    )
    assert _speakers(text) == ["Ana Rivera", "Ana Rivera"]


def test_a_topic_label_before_a_colon_leaves_the_words_to_the_body() -> None:
    text = 'Ferry inquest: "The lifeboats would not come loose"' + _FERRY_BODY
    assert _speakers(text) == ["Pita Moana", "Pita Moana"]
