"""Second read of stop 58's second wave (issue 14, h58c-review): the company suffix
that keeps a given name's company a company (``mentions._organization``, the guard
h58b-review added), and the near misses around it. Invented text.
"""

from __future__ import annotations

import pytest

from quoteverify import SpeakerKind, parse
from quoteverify.speakers import mentions


def _speakers(text: str) -> list[tuple[str | None, SpeakerKind | None]]:
    return [
        (q.speaker.name, q.speaker.kind) if q.speaker is not None else (None, None)
        for q in parse(text).quotes
    ]


@pytest.mark.parametrize("name", ["Foundation", "Bank", "Inc"])
def test_a_company_suffix_alone_is_still_a_body(name: str) -> None:
    # near miss: a suffix alone ("Foundation said") still names the body
    assert mentions._organization(name)


def test_the_company_named_with_the_trade_word_keeps_its_kind() -> None:
    # near miss: after "Calder Steel", a company, "Steel" stays the company's kind
    text = 'Calder Steel cut 200 jobs on Monday. "We regret it," Steel said in a statement.'
    assert [kind for _, kind in _speakers(text)] == [SpeakerKind.ORGANIZATION]


@pytest.mark.parametrize("name", ["Grace Partners", "Victor Foundation", "Ana Bank"])
def test_a_given_name_before_a_company_suffix_is_a_company(name: str) -> None:
    # the suffix half of h58b-review's guard: no other test failed without it
    assert mentions._organization(name)


def test_de_opening_a_sentence_that_is_no_name_leaves_the_subject() -> None:
    # near miss of h58b-names' rule: "De facto" opens the sentence, no surname
    text = (
        "Ana Roe spoke for the army. De facto control passed to the council in May. "
        '"It was orderly," she said.'
    )
    assert _speakers(text) == [("Ana Roe", SpeakerKind.PERSON)]


def test_a_particled_surname_after_a_title_is_the_person_named_in_full() -> None:
    text = (
        "The mediator, Joost van der Wielen, met both sides. "
        'Minister Van der Wielen said the talks were "useful."'
    )
    assert _speakers(text) == [("Joost van der Wielen", SpeakerKind.PERSON)]
