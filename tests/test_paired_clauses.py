"""Two clauses in one sentence, each with its own speaker, cue and quote (issue 14).

*A, who runs X, said "..." and B, who runs Y, said "..."*, *A called it "...", and B
voiced a hope to "..."*: the second quote belongs to the second clause's subject,
never to the first speaker read back past the first quote.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import speakers

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
        "voiced a hope to “scrap it by spring.”",
        "vowed to “fight it in court.”",
    ]
)


_CLAUSES = st.tuples(_FIRST, _ASIDE, _JOIN, _SECOND, _ASIDE, _SECOND_CUE)


@settings(max_examples=40, deadline=None)
@given(clauses=_CLAUSES)
def test_each_clause_keeps_its_own_speaker(clauses: tuple[str, ...]) -> None:
    a, aside_a, join, b, aside_b, cue = clauses
    text = f"{a}{aside_a} called the levy “fair”{join} {b}{aside_b} {cue}"
    first, second = speakers(text)
    assert first is not None and a.rsplit(maxsplit=1)[-1] in first
    assert second is not None and b.rsplit(maxsplit=1)[-1] in second, text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A relative clause's head is not read back past the first quote.
        (
            "Ana Ruiz, who chairs the Harbour Trust, said “the quay is safe” and Tom Hale, "
            "who runs the ferries, said “we will add two sailings.”",
            ["Ana Ruiz", "Tom Hale"],
        ),
        # A role and a name after a possessive that opens the second clause.
        (
            "Ana Ruiz called it “a fair deal” and her rival Tom Hale called it “a disaster.”",
            ["Ana Ruiz", "Tom Hale"],
        ),
        # After "said that", the clauses joined by "while" are both what Ruiz reported.
        ("Ana Ruiz said that Hale was “careless” while Kay is “a liar.”", ["Ana Ruiz"] * 2),
        # One speaker, two quotes and no second clause.
        ("Ana Ruiz called the levy “fair” and “long overdue.”", ["Ana Ruiz"] * 2),
    ],
)
def test_who_speaks_each_quote(text: str, names: list[str]) -> None:
    assert speakers(text) == names
