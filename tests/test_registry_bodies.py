"""The registry's bodies by first word (``_Registry.bodies_by_first``) stand in for a
scan of every entity in ``_named_in_full``: the same answer as the plain scan, which
read the whole list per call and grew with the square of a long document's bodies."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify.lexicons import load
from quoteverify.model import SpeakerKind
from quoteverify.speakers import identity

_WORDS = ["National", "Academies", "Institute", "Halden", "of", "and", "Science", "Bank"]
_NAMES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join)


def _plain(reg: identity._Registry, head: str, start: int) -> identity._Entity | None:
    if " " not in head:
        return None
    prefix = head + " "
    full = [
        e
        for e in reg.entities
        if e.kind is SpeakerKind.ORGANIZATION
        and e.name.startswith(prefix)
        and e.name[len(prefix) :].split(" ", 1)[0] in load("org_connectors")
        and (not e.positions or e.last_before(start) >= 0)
    ]
    return full[0] if len(full) == 1 else None


@given(
    made=st.lists(
        st.tuples(_NAMES, st.booleans(), st.lists(st.integers(0, 50), max_size=2)), max_size=8
    ),
    head=_NAMES,
    start=st.integers(0, 60),
)
def test_bodies_by_first_word_give_the_plain_scans_answer(
    made: list[tuple[str, bool, list[int]]], head: str, start: int
) -> None:
    reg = identity._Registry("x")
    for name, body, positions in made:
        kind = SpeakerKind.ORGANIZATION if body else SpeakerKind.PERSON
        entity = identity._Entity(name=name, kind=kind)
        reg._add(entity)
        entity.positions.extend(sorted(positions))
    assert reg._named_in_full(head, start) is _plain(reg, head, start)


def test_a_body_cut_short_is_found_among_many_bodies() -> None:
    reg = identity._Registry("x")
    for n in range(50):
        reg._add(identity._Entity(name=f"Board {n} of Trade", kind=SpeakerKind.ORGANIZATION))
    reg._add(identity._Entity(name="Halden Institute of Science", kind=SpeakerKind.ORGANIZATION))
    reg._add(identity._Entity(name="Halden Institute", kind=SpeakerKind.PERSON))
    found = reg._named_in_full("Halden Institute", 10)
    assert found is not None and found.name == "Halden Institute of Science"
