"""Second read of stop 58's second wave (issue 14, h58c-review): a trade word alone
after the person named with it (*Ana Steel* ... *Steel said*), and the company
suffix that keeps a given name's company a company (``mentions._organization``).
Invented text.
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


@pytest.mark.parametrize(
    "text",
    [
        'Ana Steel, the new mayor, opened the session. "We are ready," Steel said.',
        'Ana Steel, the mayor, called the budget "tight." Later Steel called it "a start."',
    ],
)
def test_the_surname_alone_after_the_full_name_is_the_person(text: str) -> None:
    assert set(_speakers(text)) == {("Ana Steel", SpeakerKind.PERSON)}


def test_a_trade_word_alone_reads_as_no_company() -> None:
    assert not mentions._organization("Steel")
    assert not mentions._organization("Energy")


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
