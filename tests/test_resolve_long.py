"""Speaker resolution on a long text: the mentions after an early note set aside.

The name registry keeps every mention sorted by position, and each resolved
speaker is noted as one more mention where its quote ends. The notes come in text
order after every name of the text is read, so in a long text a note early on used
to move every mention after it; those are now set aside in ``_later`` and brought
back as reading moves on (``_Registry._through``). Each test below fails when the
list read that way differs from the plain sorted list, or a parse from its answer.
"""

from __future__ import annotations

import bisect
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers import identity

_S = identity._SUBJECT
_PIECES = [
    "Ana Ruiz said.",
    "Tom Hale spoke.",
    "Ruiz agreed,",
    "Mr Hale left.",
    "The Harbour Trust replied.",
    "Hale's office,",
    "she said.",
    "\n",
    "Kit Ode, who",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(
    _TEXTS,
    st.lists(st.tuples(st.booleans(), st.integers(-2, 400)), max_size=40),
    st.sampled_from([0, 1, 3, 64]),
)
def test_mentions_set_aside_read_as_one_sorted_list(
    text: str, steps: list[tuple[bool, int]], aside: int
) -> None:
    # A plain list kept with insort (to the right of equal positions), as before,
    # against the registry's list and the mentions it set aside.
    with mock.patch.object(identity, "_SET_ASIDE", aside):
        reg = identity._Registry(text)
        people = reg.entities or [identity._Entity(name="Nobody", kind=identity._PERSON)]
        plain = list(reg.every_mention())
        for k, (note, pos) in enumerate(steps):
            if note:
                entity = people[k % len(people)]
                reg._mention(pos, entity, subject=_S)
                bisect.insort(plain, (pos, entity, _S), key=identity._position)
            else:
                got = reg._through(pos)
                # Every mention up to pos is there, in the full list's order, and
                # what the list holds is the full list's beginning.
                assert got == plain[: len(got)]
                assert len(got) >= bisect.bisect_right(plain, pos, key=identity._position)
        assert reg.every_mention() == plain
        assert not reg._later


def _answers(text: str) -> list[tuple[object, ...]]:
    return [
        (q.start, q.end, q.kind, q.speaker, q.speaker_mention, q.cue and q.cue.rule)
        for q in parse(text).quotes
    ]


def _answers_alike_set_aside_or_moved(
    block: str, name: str, copies: int
) -> list[tuple[object, ...]]:
    """The answers on ``copies`` of ``block`` (``name`` made distinct in each), with
    every later mention set aside at once (0) or never (a huge bound), which must agree."""
    text = "".join(block.replace(name, f"{name}{chr(97 + k % 26)}") for k in range(copies))
    with mock.patch.object(identity, "_SET_ASIDE", 0):
        early = _answers(text)
    with mock.patch.object(identity, "_SET_ASIDE", 10**9):
        moved = _answers(text)
    assert early == moved
    return early


def test_a_long_text_resolves_alike_with_mentions_set_aside_or_moved() -> None:
    # Pronouns, reporters and bodies named again, read through many notes made
    # early in a text of many names: set aside at once (0) or never (a huge bound).
    block = (
        'Ana Ruiz, the mayor, spoke first. "We will build it," she said. '
        "Tom Hale said that Ruiz was wrong. The Harbour Trust agreed with him.\n\n"
        '"Not this year," Hale said. "It costs too much," it said in a statement.\n\n'
        "Kit Ode, Ruiz and Hale met Mr Lee, Ms Vane and Dr Amos at noon.\n\n"
    )
    early = _answers_alike_set_aside_or_moved(block, "Ruiz", 40)
    assert any(s is not None and s.name.startswith("Ana Ruiz") for _, _, _, s, _, _ in early)


def test_a_fronted_documents_author_is_found_among_mentions_set_aside() -> None:
    # The author after "In a letter to members," is looked up past the comma, ahead
    # of what has been read: with every later mention set aside it must still be seen.
    block = (
        '"We will build it," Ana Ruiz said. Tom Hale, Kit Ode and Mr Lee met Ms Vane.\n\n'
        "In a letter to members, union chief Ana Roe said the vote was close.\n\n"
        "The letter went on: \u201cWe will ballot again in May.\u201d\n\n"
    )
    early = _answers_alike_set_aside_or_moved(block, "Roe", 30)
    authors = [s.name for _, _, _, s, _, _ in early if s is not None and "Roe" in s.name]
    assert len(authors) == 30


def test_the_registry_sets_aside_what_follows_an_early_note() -> None:
    text = " ".join(["Ana Ruiz met Tom Hale."] * 20)
    with mock.patch.object(identity, "_SET_ASIDE", 4):
        reg = identity._Registry(text)
        before = list(reg.every_mention())
        entity = reg.entities[0]
        reg._mention(5, entity, subject=_S)
        assert reg._later  # the mentions after 5 were set aside, not moved
        assert reg.mentions[-1] == (5, entity, _S)
        assert reg.every_mention() == [*before[:1], (5, entity, _S), *before[1:]]
