"""Indexed look-backs of attribution answer as the walks they replaced.

``identity._Registry._last_body`` (the body a description such as *the company*
names: the one filed under its noun's words and mentioned last before it) reads a
sorted index of the bodies' mentions (``identity._LastMentions``) kept in step
with the registry's log of moves, where it walked every body per description
(quadratic on a long document naming many companies). These tests hold the index
to that walk, kept here as the reference, on generated texts where the two could
differ: bodies filed under several words, named again, merged, and two bodies
mentioned at one place. Speed is measured in ``benchmarks/bench_adversarial.py``
(family ``bodies_described``).
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers import identity

_BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _walk_bodies(
    registry: identity._Registry, names: frozenset[str], pos: int
) -> tuple[identity._Entity | None, int]:
    """``_last_body`` as it read before: every body filed under ``names``, in the
    order a walk over the words and their lists meets it; the last mentioned wins,
    the first met of those mentioned at one place."""
    best, best_at = None, -1
    for e in {id(e): e for w in names for e in registry._bodies.get(w, ())}.values():
        at = e.last_before(pos)
        if at > best_at:
            best, best_at = e, at
    return best, best_at


def _checked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make every ``_last_body`` answer checked against the walk; the list counts
    the answers that named a body."""
    found: list[int] = []
    indexed = identity._Registry._last_body

    def both(
        self: identity._Registry, names: frozenset[str], pos: int
    ) -> tuple[identity._Entity | None, int]:
        got = indexed(self, names, pos)
        want = _walk_bodies(self, names, pos)
        assert got[0] is want[0] and got[1] == want[1], (pos, got, want)
        found.append(int(got[0] is not None))
        return got

    monkeypatch.setattr(identity._Registry, "_last_body", both)
    return found


_BODIES = ("Norvex Corp", "Halden Group", "Tessaly Holdings Ltd", "Brindle Airways", "Norvex")
_LINES = (
    "{b} opened a plant on Monday.",
    "{b} and {c} signed a deal.",
    '"We grew," the company said.',
    '"Not yet," the firm said.',
    '"Later," said the group.',
    "Shares of {b} fell after {c} spoke.",
    "{b}, which makes valves, said it would appeal.",
    '"Done," a spokesman for {c} said.',
)


def _triples(
    lines: tuple[str, ...], firsts: tuple[str, ...], seconds: tuple[str, ...]
) -> st.SearchStrategy[list[tuple[int, int, int]]]:
    """Up to 24 (line, first name, second name) choices: a generated text's parts."""
    return st.lists(
        st.tuples(
            st.integers(0, len(lines) - 1),
            st.integers(0, len(firsts) - 1),
            st.integers(0, len(seconds) - 1),
        ),
        min_size=1,
        max_size=24,
    )


def _joined(
    parts: list[tuple[int, int, int]],
    lines: tuple[str, ...],
    firsts: tuple[str, ...],
    seconds: tuple[str, ...],
    keys: str = "bc",
) -> str:
    """The text of ``parts``: each line with its two names filled in."""
    a, b = keys
    return " ".join(lines[k].format(**{a: firsts[i], b: seconds[j]}) for k, i, j in parts)


_PARTS = _triples(_LINES, _BODIES, _BODIES)


def _text(parts: list[tuple[int, int, int]]) -> str:
    return _joined(parts, _LINES, _BODIES, _BODIES)


_NAMED_TWICE = [(0, 0, 0), (0, 1, 1), (1, 2, 3), (2, 0, 0), (5, 1, 0), (3, 0, 0), (4, 4, 0)]


@settings(max_examples=60, deadline=None)
@given(parts=_PARTS)
@example(parts=_NAMED_TWICE).via("bodies named again, then described")
def test_last_body_answers_as_the_walk_over_every_body(
    parts: list[tuple[int, int, int]],
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _checked(monkeypatch)
        quoteverify.parse(_text(parts))


def test_the_walk_is_asked_and_names_bodies(monkeypatch: pytest.MonkeyPatch) -> None:
    # The property above must meet descriptions that name a body: here the
    # description reads back to the company named last before it.
    found = _checked(monkeypatch)
    doc = quoteverify.parse(_text(_NAMED_TWICE))
    assert sum(found) >= 2
    said = [q.speaker.name for q in doc.quotes if q.speaker is not None]
    assert "Halden Group" in said or "Tessaly Holdings Ltd" in said


def test_a_description_names_the_company_named_last_before_it() -> None:
    text = (
        "Orlen Works Corp bought a mill. Pavane Foods Inc sold it. "
        '"We paid a fair price," the company said.'
    )
    (quote,) = quoteverify.parse(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Pavane Foods Inc"


def test_a_long_run_of_companies_keeps_each_description_on_its_own() -> None:
    # Each line names a new company; its description names that one, not the first.
    names = [f"Kor{chr(97 + i % 26)}{chr(97 + i // 26)}vex Corp" for i in range(60)]
    lines = [f'{n} opened a plant. "Step {i}," the company said.' for i, n in enumerate(names)]
    doc = quoteverify.parse(" ".join(lines))
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] == names


def test_the_benchmark_has_a_family_for_each_shape_made_linear() -> None:
    sys.path.insert(0, str(_BENCH))
    try:
        spec = importlib.util.spec_from_file_location(
            "bench_adversarial", _BENCH / "bench_adversarial.py"
        )
        assert spec is not None and spec.loader is not None
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
    finally:
        sys.path.remove(str(_BENCH))
    family = bench.FAMILY["bodies_described"]
    text = family.make(2_000)
    assert len(text) == 2_000
    assert text.count("the company said") >= 10
    text = bench.FAMILY["agency_spokesmen"].make(2_000)
    assert len(text) == 2_000
    assert text.count("Agency spokesman said") >= 10
    text = bench.FAMILY["titles_described"].make(2_000)
    assert len(text) == 2_000
    assert text.count("said the minister") >= 10
    text = bench.FAMILY["nations_described"].make(2_000)
    assert len(text) == 2_000
    assert text.count("the Spaniard said") >= 10
    text = bench.FAMILY["owners_absent"].make(2_000)
    assert len(text) == 2_000
    assert "'s " not in text and text.endswith('"Done," she said.')


@settings(max_examples=200, deadline=None)
@given(
    members=st.lists(st.lists(st.integers(0, 30), max_size=6).map(sorted), min_size=1, max_size=6),
    order=st.randoms(use_true_random=False),
    pos=st.integers(0, 32),
)
def test_last_mentions_answers_as_a_walk_in_rank_order(
    members: list[list[int]], order: random.Random, pos: int
) -> None:
    # Two members mentioned at one place (a merged body keeps its mentions, and its
    # target gets them too): the one the walk meets first wins, as before.
    entities = [
        identity._Entity(name=f"Body {k}", kind=identity._ORGANIZATION, positions=p)
        for k, p in enumerate(members)
    ]
    ranks = [(k % 2, k) for k in range(len(entities))]
    joined = list(range(len(entities)))
    order.shuffle(joined)
    index = identity._LastMentions(("corp",), 0)
    for k in joined:
        index.join(entities[k], ranks[k], entities[k].positions)
    best, best_at = None, -1
    for k in sorted(range(len(entities)), key=lambda k: ranks[k]):
        at = entities[k].last_before(pos)
        if at > best_at:
            best, best_at = entities[k], at
    got = index.last_before(pos)
    assert got[0] is best and got[1] == best_at


_HEADS = ("envoy", "spokesman", "tarvik", "astronaut", "nan")
_PIECES = st.lists(
    st.sampled_from(
        [
            "the ",
            "The ",
            "Tarvik ",
            "tarvik ",
            "envoy ",
            "Envoy ",
            "spokesman ",
            "of ",
            "for ",
            "to ",
            "and ",
            "Omsel ",
            "Agency ",
            "Ruth Okonjo",
            ", ",
            "an ",
            "a ",
            "astronaut ",
            "Karl ",
            "Reiter ",
            "named as ",
            "nanan ",
            "said. ",
            "is ",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_PIECES, head=st.sampled_from(_HEADS), data=st.data())
@example(text="the Tarvik and Omsel Agency spokesman said. ", head="tarvik", data=None)
@example(text="the nanan of Omsel ", head="nan", data=None)
@example(text="the envoy to Omsel ", head="envoy", data=None)
@example(text="met astronaut Karl Reiter said. ", head="astronaut", data=None)
def test_a_pattern_left_uncompiled_would_have_found_nothing(
    text: str, head: str, data: st.DataObject | None
) -> None:
    # The tests that spare a head's patterns (identity._office_may_match and
    # _noun_may_match) are necessary: where they say no, the pattern finds nothing.
    lo, end = 0, len(text)
    if data is not None and text:
        lo = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(lo, len(text)))
    if not identity._office_may_match(text, head, lo, end):
        assert identity._office_with_body(head).search(text, lo, end) is None
    hint = identity._noun_hint(head)
    if hint is not None and not identity._noun_may_match(text, head, hint, lo, end):
        patterns = identity._introduction_pattern(head)
        assert patterns is not None
        assert patterns[0].search(text, lo, end) is None


def test_a_name_of_one_word_after_a_head_is_no_introduction() -> None:
    # "Hojinak Agency": one capitalised word after the head, no name to introduce.
    text = '"Step 1," the Tarvik and Omsel Agency spokesman said.'
    hint = identity._noun_hint("omsel")
    assert hint is not None
    assert not identity._noun_may_match(text, "omsel", hint, 0, len(text))
    assert identity._noun_may_match("the omsel Karl Reiter said", "omsel", hint, 0, 26)


# Wider shapes for the property: people named in full and then by surname alone
# (merged into one entity), kin, bodies named again by a short form or by the
# last word of their names, a body named in a person's title, and mentions that
# a later reading gives to another entity.
_WIDE_BODIES = ("Halden Group", "Halden", "Brindle Airways", "Airways", "Orsk Bank", "Corvane Inc")
_WIDE_PEOPLE = ("Lena Marsh", "Marsh", "Tomas Okoro", "Okoro", "Dr. Ines Valk", "Valk")
_WIDE_LINES = (
    "{b} hired {p}.",
    "{p}, chief executive of {b}, said it would appeal.",
    '"We grew," the company said.',
    '"Not now," the airline said.',
    '"Later," said the bank.',
    '"Never," his brother said.',
    "{p} and her sister left {b} in May.",
    '"Done," a {b} spokesman said.',
    "{b} chairman {p} spoke.",
    '"Soon," {p} said of {b}.',
)
_WIDE = _triples(_WIDE_LINES, _WIDE_BODIES, _WIDE_PEOPLE)
_WIDE_EXAMPLE = [(0, 0, 0), (8, 2, 2), (1, 1, 1), (2, 0, 0), (3, 3, 3), (5, 0, 3), (9, 0, 5)]


def _wide_text(parts: list[tuple[int, int, int]]) -> str:
    return _joined(parts, _WIDE_LINES, _WIDE_BODIES, _WIDE_PEOPLE, "bp")


@settings(max_examples=60, deadline=None)
@given(parts=_WIDE)
@example(parts=_WIDE_EXAMPLE).via("people merged, kin, bodies named again by a short form")
def test_last_body_answers_as_the_walk_with_merges_kin_and_short_forms(
    parts: list[tuple[int, int, int]],
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _checked(monkeypatch)
        quoteverify.parse(_wide_text(parts))


def _walk_titled(registry: identity._Registry, title: str, pos: int) -> identity._Entity | None:
    """``_nearest_titled`` as it read before: every living holder of ``title`` in
    the registry's order, the one mentioned last before ``pos`` (the first of those
    mentioned there, or of all when none is)."""
    group = registry._people(registry._by_title.get(title, {}))
    return registry._nearest(group, pos) if group else None


_TITLED_PEOPLE = ("Lena Marsh", "Marsh", "Tomas Okoro", "Okoro", "Ines Valk", "Valk", "Ada Brun")
_TITLED_LINES = (
    "Foreign Minister {p} met {q}.",
    '"We agree," the minister said.',
    '"Not now," said the foreign minister.',
    "{p}, the envoy, spoke to {q}.",
    '"Later," the envoy said.',
    "Mayor {p} thanked {q}.",
    '"Done," the mayor said.',
    '"Never," his brother said.',
    "{p} and {q} left in May.",
    '"Soon," {p} said.',
)
_TITLED = _triples(_TITLED_LINES, _TITLED_PEOPLE, _TITLED_PEOPLE)
_TITLED_EXAMPLE = [(0, 0, 2), (1, 0, 0), (0, 4, 0), (3, 3, 1), (1, 0, 0), (4, 0, 0), (2, 1, 1)]


@settings(max_examples=60, deadline=None)
@given(parts=_TITLED)
@example(parts=_TITLED_EXAMPLE).via("two ministers, merged surnames, an envoy")
def test_nearest_titled_answers_as_the_walk_over_every_holder(
    parts: list[tuple[int, int, int]],
) -> None:
    text = _joined(parts, _TITLED_LINES, _TITLED_PEOPLE, _TITLED_PEOPLE, "pq")
    indexed = identity._Registry._nearest_titled

    def both(self: identity._Registry, title: str, pos: int) -> identity._Entity | None:
        got = indexed(self, title, pos)
        assert got is _walk_titled(self, title, pos), (title, pos)
        return got

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(identity._Registry, "_nearest_titled", both)
        quoteverify.parse(text)


def test_a_title_names_its_holder_named_last_before_it() -> None:
    # A new minister in every line: each "the minister" is the one named just before.
    names = ["Ana Ruiz", "Tom Hale", "Lisa Brandt", "Omar Said", "Jon Pike", "Mia Lund"]
    names += ["Raul Vega", "Nora Quist", "Ivo Marek", "Edda Holm", "Sami Kone", "Ruth Ames"]
    lines = [
        f'Foreign Minister {n} spoke. "Step {i}," the minister said.' for i, n in enumerate(names)
    ]
    doc = quoteverify.parse(" ".join(lines))
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] == names


def test_nearest_titled_reads_mentions_added_after_its_index_was_built() -> None:
    # The index of a title's holders is built at its first question; a mention
    # added later (the log of moves) and a holder merged away both count after it.
    text = "Mayor Ana Ruiz met Mayor Tom Hale at noon. The talks ran late into the night."
    reg = identity._Registry(text)
    reg._read_titles()
    (ruiz,) = (e for e in reg.entities if e.name == "Ana Ruiz")
    (hale,) = (e for e in reg.entities if e.name == "Tom Hale")
    assert reg._nearest_titled("mayor", len(text)) is hale
    reg._mention(50, ruiz, subject=50)
    assert reg._nearest_titled("mayor", len(text)) is ruiz
    assert reg._nearest_titled("mayor", len(text)) is _walk_titled(reg, "mayor", len(text))
    reg._gone.add(id(ruiz))
    assert reg._nearest_titled("mayor", len(text)) is hale
    reg._gone.add(id(hale))
    assert reg._nearest_titled("mayor", len(text)) is None


_TWO_TITLES = (
    "Mayor Ana Ruiz met Mayor Tom Hale, and Minister Ana Ruiz greeted Minister Ida Berg."
    " The talks ran on late into the night and well past the hour set for them."
)
# Steps: (0, person, position) files a mention; (1, title, position) asks a title.
_TITLE_STEPS = st.lists(
    st.tuples(st.integers(0, 1), st.integers(0, 2), st.integers(0, len(_TWO_TITLES))),
    max_size=24,
)


@settings(max_examples=80, deadline=None)
@given(steps=_TITLE_STEPS)
@example(steps=[(1, 0, 30), (1, 1, 30), (0, 0, 25), (1, 1, 30), (1, 0, 30)]).via(
    "a move read by one title's question reaches the other title's index"
)
def test_title_indexes_share_one_read_of_the_moves(steps: list[tuple[int, int, int]]) -> None:
    # Two titles with one holder in common ("mayor" and "minister": Ana Ruiz),
    # mentions filed between questions: every answer is the walk over the holders,
    # whichever title's question read the log of moves first.
    reg = identity._Registry(_TWO_TITLES)
    reg._read_titles()
    people = sorted(reg.entities, key=lambda e: e.seq)
    titles = ("mayor", "minister")
    for op, who, pos in steps:
        if op == 0:
            reg._mention(pos, people[who % len(people)], subject=pos)
        else:
            title = titles[who % 2]
            assert reg._nearest_titled(title, pos) is _walk_titled(reg, title, pos), (title, pos)
