"""The title indexes' shared log of moves against the plain walk (h60b-review).

``identity._Registry._nearest_titled`` gives each title index the moves of its
members from one shared log (``_moved``, ``_title_moves``, ``_title_read``,
``_title_member_of``: h60-joined). These properties drive it harder than the
two-title one in ``tests/test_linear_walks.py``: more people and titles, a person
given a title after its index was built (a late join), a person merged away (gone),
and an index first built after many moves.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity

_TEXT = (
    "Mayor Ana Ruiz met Mayor Tom Hale, and Minister Ana Ruiz greeted Minister Ida Berg."
    " Envoy Omar Said spoke to Envoy Lisa Brandt, and Jon Pike and Mia Lund listened."
    " The talks ran on late into the night and well past the hour set for them, and"
    " the next day the same people met again in the hall by the river to go on."
)
_TITLES = ("mayor", "minister", "envoy")


def _walk(reg: identity._Registry, title: str, pos: int) -> identity._Entity | None:
    group = reg._people(reg._by_title.get(title, {}))
    return reg._nearest(group, pos) if group else None


# Steps: (0, person, position) files a mention; (1, title, position) asks a title;
# (2, person, title) gives a person a title (a late join); (3, person, _) merges a
# person away.
# Positions on a coarse grid, so that mentions and questions often fall near each other.
_POS = st.integers(0, 12).map(lambda k: k * len(_TEXT) // 12)
_STEP = st.tuples(st.integers(0, 3), st.integers(0, 7), _POS)


def _people(reg: identity._Registry) -> list[identity._Entity]:
    return sorted((e for e in reg.entities if e.kind is identity._PERSON), key=lambda e: e.seq)


def _run(reg: identity._Registry, steps: list[tuple[int, int, int]]) -> None:
    people = _people(reg)
    gone = 0
    for op, who, pos in steps:
        person = people[who % len(people)]
        if op == 0:
            reg._mention(pos, person, subject=pos)
        elif op == 1:
            title = _TITLES[who % len(_TITLES)]
            assert reg._nearest_titled(title, pos) is _walk(reg, title, pos), (title, pos)
        elif op == 2:
            person.add_title(_TITLES[pos % len(_TITLES)].capitalize())
            reg._read_titles()
        elif gone < len(people) - 1:
            reg._gone.add(id(person))
            gone += 1
    for title in _TITLES:
        for pos in (0, len(_TEXT) // 2, len(_TEXT)):
            assert reg._nearest_titled(title, pos) is _walk(reg, title, pos), (title, pos)


@settings(max_examples=60, deadline=None)
@given(steps=st.lists(_STEP, max_size=80))
@example(steps=[(1, 0, 30), (0, 0, 25), (1, 0, 30)]).via("a member's move after its index")
@example(steps=[(1, 2, 30), (2, 5, 2), (0, 5, 200), (1, 2, 250)]).via("a late join, then a move")
@example(steps=[(1, 0, 250), (3, 0, 0), (1, 0, 250), (1, 1, 250)]).via("a member merged away")
def test_title_indexes_with_late_joins_and_merges_match_the_walk(
    steps: list[tuple[int, int, int]],
) -> None:
    reg = identity._Registry(_TEXT)
    reg._read_titles()
    _run(reg, steps)


@settings(max_examples=40, deadline=None)
@given(
    before=st.lists(st.tuples(st.integers(0, 7), _POS), max_size=120),
    steps=st.lists(_STEP, max_size=40),
)
def test_a_title_index_built_after_many_moves_matches_the_walk(
    before: list[tuple[int, int]], steps: list[tuple[int, int, int]]
) -> None:
    # Many mentions filed before any title is asked: each index is built late.
    reg = identity._Registry(_TEXT)
    reg._read_titles()
    people = _people(reg)
    for who, pos in before:
        reg._mention(pos, people[who % len(people)], subject=pos)
    _run(reg, steps)
