"""Guards for wave 1 of stop 53, from its review (issue 14, h53b-review).

A document named again is read on from earlier namings at most
``_DOCUMENT_CHAIN`` times; a demonym descriptor (*the Chilean*) asks only the people
mentioned in its reach, and each mention's countries are read once per text.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind

# About 2,500 characters with no document noun in them: more than half of what a
# document's naming reads back (_DOCUMENT_REACH), so each naming reaches only the one
# before it.
_FILLER = (
    "Council members met twice in the spring to argue over the cost of the roads. "
    "Several residents wrote to complain about potholes near the old mill. "
    "The town has spent less on repairs each year since the flood. "
) * 12


def _audit(hops: int) -> str:
    """A report introduced with its author, named again ``hops`` times, each far
    from the one before, then quoted as *the report says*."""
    parts = ["BRAMLEY - A report by the Audit Office was published on Monday.\n\n"]
    for k in range(hops):
        parts.append(f"{_FILLER}\n\nThe report covers part {k + 1} of the spending.\n\n")
    parts.append(f'{_FILLER}\n\n"Repairs were put off for years," the report says.\n')
    return "".join(parts)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in parse(text).quotes]


@pytest.mark.parametrize("hops", [0, 1, 2])
def test_a_document_named_again_up_to_two_hops_back_is_its_authors(hops: int) -> None:
    assert _speakers(_audit(hops)) == ["Audit Office"]


def test_a_document_named_again_three_hops_back_is_not_read_on() -> None:
    # _DOCUMENT_CHAIN: with no bound (or a longer one) the walk reaches the
    # introduction five paragraphs and 10,000 characters back.
    assert _speakers(_audit(3)) == ["the report"]


def test_the_chain_bound_is_what_stops_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity, "_DOCUMENT_CHAIN", 99)
    assert _speakers(_audit(3)) == ["Audit Office"]


def test_each_mentions_countries_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A person named on every line and asked of by every "the Chilean": the
    # countries beside each mention are read once, not once per descriptor.
    seen: list[int] = []
    plain = identity._country_ties

    def counted(text: str, pos: int) -> frozenset[str]:
        seen.append(pos)
        return plain(text, pos)

    monkeypatch.setattr(identity, "_country_ties", counted)
    lines = [
        f'Rosa Quintana won heat {k} ahead of Greta Sund.\n\n"It was fast," the Chilean said.\n\n'
        for k in range(40)
    ]
    text = "Chile's Rosa Quintana led the field.\n\n" + "".join(lines)
    assert set(_speakers(text)) == {"Rosa Quintana"}
    assert len(seen) == len(set(seen))


def _plain_by_nation(r: Any, found: Found, code: str) -> list[str]:
    """Who the demonym descriptor could name, read over every entity (the walk
    before the review), as names in any order."""
    reach = max(found.start - identity._INTRODUCTION_REACH, 0)
    return sorted(
        e.name
        for e in r._people({id(e): e for e in r.entities})
        if e.kind is identity._PERSON
        and e.last_before(found.start) >= reach
        and r._tied_to(e, code, found.start)
    )


_PIECES = [
    "Chile's Rosa Quintana won.",
    "Rosa Quintana of Chile won.",
    "Ines Barra, from Chile, won.",
    "Ines Barra won.",
    "Peru's Tomas Vela won.",
    "Tomas Vela of Peru won.",
    "Greta Sund won.",
    "Rosa Quintana was second.",
    "x" * 900 + ".",
    "\n\n",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_demonym_reads_the_people_in_reach_as_a_scan_of_all_would(pieces: list[str]) -> None:
    text = " ".join(pieces) + " The Chilean said so."
    r = identity._Registry(text)
    at = text.index("The Chilean")
    found = Found(
        start=at, end=len(text) - 8, text="The Chilean", kind=PhraseKind.DESCRIPTOR, head=""
    )
    want = _plain_by_nation(r, found, "CL")
    got = r._by_nation(found, ["Chilean"])
    assert (got.name if got is not None else None) == (want[0] if len(want) == 1 else None)


@pytest.mark.parametrize(
    "lead",
    [
        "Larkmoor Hospital keeps patients waiting up to nine hours, the watchdog said "
        "in a report on Thursday.",
        "Dr. Ana Kell runs Larkmoor Hospital, where patients wait nine hours, a watchdog "
        "said in a report on Thursday.",
    ],
)
def test_read_on_from_an_earlier_naming_a_sentences_opening_is_no_author(lead: str) -> None:
    # The quote reaches the introduction only through "The report was based ...":
    # read on from there, only an author printed beside the document counts, not
    # the name that opens the introduction's sentence (its subject, not the issuer).
    text = (
        f"{lead}\n\nThe report was based on visits in June.\n\n{_FILLER}\n\n"
        '"We saw trolleys in every corridor," the report says.\n'
    )
    assert _speakers(text) == ["the report"]


def _plain_tied_to(r: Any, entity: Any, code: str, before: int) -> bool:
    """Whether ``entity`` is tied to ``code`` before ``before``, every mention read
    afresh (the walk before the per-person memo of ``_tied_to``)."""
    if code in identity._title_nations(entity):
        return True
    return any(
        code in identity._country_ties(r.text, pos) for pos in entity.positions if pos < before
    )


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14),
    st.lists(st.floats(min_value=0, max_value=1), min_size=1, max_size=8),
)
@example(["Greta Sund won.", "Chile's Rosa Quintana won.", "Rosa Quintana was second."], [1.0, 0.1])
def test_the_tie_memo_answers_as_a_fresh_read_in_any_order(
    pieces: list[str], shares: list[float]
) -> None:
    # _tied_to remembers how far it read a person's mentions for a country and the
    # first tied one; asked in any order of places, it answers as a fresh read.
    text = " ".join(pieces)
    r = identity._Registry(text)
    for share in shares:
        before = int(share * len(text))
        for e in r.entities:
            for code in ("CL", "PE"):
                assert r._tied_to(e, code, before) == _plain_tied_to(r, e, code, before)


def _tie_registry() -> tuple[Any, Any, str, int]:
    """A registry in which Rosa Quintana is named four times and tied to Chile only
    at the second mention, with that mention's position."""
    text = (
        "Rosa Quintana won. Chile's Rosa Quintana spoke. Rosa Quintana smiled. Rosa Quintana left."
    )
    r = identity._Registry(text)
    (rosa,) = [e for e in r.entities if e.name == "Rosa Quintana"]
    assert len(rosa.positions) == 4
    tied = rosa.positions[1]
    assert text.startswith("Chile's", tied)
    return r, rosa, text, tied


def test_the_tie_memo_reads_again_when_the_mention_list_is_replaced() -> None:
    # A merge gives a person a new list of positions: the memo kept for the old list
    # must not answer for it, even when the new list is as long and ends on the same
    # position (the other checks cannot see the change). First read: the first and
    # third mentions, untied; then a new list with the tied mention in the first's
    # place.
    r, rosa, text, tied = _tie_registry()
    first, _, third, _ = rosa.positions
    rosa.positions = [first, third]
    assert not r._tied_to(rosa, "CL", len(text))
    rosa.positions = [tied, third]
    assert r._tied_to(rosa, "CL", len(text))
    assert _plain_tied_to(r, rosa, "CL", len(text))


def test_the_tie_memo_reads_again_when_a_read_mention_is_removed_in_place() -> None:
    # A mention taken back in place (list.remove, as when a mention goes to another
    # person): the tied mention, the last one read, is gone, so the memo reads again.
    r, rosa, text, tied = _tie_registry()
    assert r._tied_to(rosa, "CL", len(text))
    rosa.positions.remove(tied)
    assert not r._tied_to(rosa, "CL", len(text))
    assert not _plain_tied_to(r, rosa, "CL", len(text))


def test_the_tie_memo_reads_again_when_a_mention_is_inserted_among_those_read() -> None:
    # Every untied mention read first (the tied one not yet in the list), then the
    # tied mention inserted in place among those read: the memo must read it.
    r, rosa, text, tied = _tie_registry()
    rosa.positions.remove(tied)
    assert not r._tied_to(rosa, "CL", len(text))  # all three read, no tie
    rosa.positions.insert(1, tied)
    assert r._tied_to(rosa, "CL", len(text))
    assert _plain_tied_to(r, rosa, "CL", len(text))


def test_the_tie_memo_reads_again_when_the_list_shrinks_below_those_read() -> None:
    # Three untied mentions read, then the list cut in place to two, the tied one
    # first: fewer positions than the memo has read. It reads the list again (no
    # index past the end) and finds the tie.
    r, rosa, text, tied = _tie_registry()
    rosa.positions.remove(tied)
    assert not r._tied_to(rosa, "CL", len(text))
    rosa.positions[:] = [tied, rosa.positions[1]]
    assert r._tied_to(rosa, "CL", len(text))
    assert _plain_tied_to(r, rosa, "CL", len(text))
