"""Two clauses in one sentence, each with its own speaker, cue and quote (issue 14).

*A, who runs X, said "..." and B, who runs Y, said "..."*, *A called it "...", and B
expressed a wish to "..."*: the second quote belongs to the second clause's subject,
never to the first speaker read back past the first quote.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse

_FIRST = st.sampled_from(["Ana Ruiz", "Priya Nair", "Dr Ines Kowal", "Mr Oren Falk"])
_SECOND = st.sampled_from(["Tom Hale", "Rhian Moss", "Ms Jo Ward", "Sen. Dan Pike"])
_ASIDE = st.sampled_from(
    ["", ", who runs the ferry line,", ", who chairs the harbour board,", ", a former mayor,"]
)
_JOIN = st.sampled_from([" and", ", and", ", while", ", but", ";"])
_SECOND_CUE = st.sampled_from(
    [
        "said “we will add two sailings.”",
        "called it “a tax on sailors.”",
        "derided it as “a tax on sailors.”",
        "expressed a wish to “scrap it by spring.”",
        "vowed to “fight it in court.”",
    ]
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in parse(text).quotes]


_CLAUSES = st.tuples(_FIRST, _ASIDE, _JOIN, _SECOND, _ASIDE, _SECOND_CUE)


@settings(max_examples=40, deadline=None)
@given(clauses=_CLAUSES)
def test_each_clause_keeps_its_own_speaker(clauses: tuple[str, ...]) -> None:
    a, aside_a, join, b, aside_b, cue = clauses
    text = f"{a}{aside_a} called the levy “fair”{join} {b}{aside_b} {cue}"
    first, second = _speakers(text)
    assert first is not None and a.rsplit(maxsplit=1)[-1] in first
    assert second is not None and b.rsplit(maxsplit=1)[-1] in second, text


def test_a_relative_clause_is_not_read_back_past_a_quote() -> None:
    text = (
        "Ana Ruiz, who chairs the Harbour Trust, said “the quay is safe” and Tom Hale, "
        "who runs the ferries, said “we will add two sailings.”"
    )
    assert _speakers(text) == ["Ana Ruiz", "Tom Hale"]


def test_a_role_after_a_possessive_names_the_second_speaker() -> None:
    text = "Ana Ruiz called it “a fair deal” and her rival Tom Hale called it “a disaster.”"
    assert _speakers(text) == ["Ana Ruiz", "Tom Hale"]


def test_one_reported_clause_keeps_its_reporter() -> None:
    # After "said that", the clauses joined by "while" are both what Ruiz reported.
    text = "Ana Ruiz said that Hale was “careless” while Kay is “a liar.”"
    assert _speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_one_speaker_two_quotes_keeps_the_speaker() -> None:
    text = "Ana Ruiz called the levy “fair” and “long overdue.”"
    assert _speakers(text) == ["Ana Ruiz", "Ana Ruiz"]
