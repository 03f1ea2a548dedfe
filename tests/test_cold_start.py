"""A fresh process's first parse: what it compiles and loads once (issue 14).

A noun's introduction pattern (*the astronaut* after *astronaut Karl Reiter*) is
compiled only once a window could hold a match of it (``_noun_may_match``), and
that test must never say no where the pattern matches: the answers stay those of
the pattern read on every window."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.lexicons import load, select
from quoteverify.speakers import attribution, identity

# Pieces of a text around a noun: each form of its introduction whole and cut up
# (a noun before a name, a name and an apposition, a verb of office and *as*, a
# copula either way round), the noun in other cases and inside other words, names,
# lower-case words, possessives and what may stop a run.
_PIECE = st.sampled_from(
    ["mayor", "Mayor", "MAYOR", "mayoral", "coach", "Coach", " ", ", ", ",", ", the ", ", a ",
     ", an ", " as ", "as ", "the ", "The ", "a ", "an ", "is ", " is ", "became ", "has been ",
     "was named ", "served ", "Ana ", "Ruiz", "Ben Lee", "O’Neil", "Zoë", "Eastport's ", "club’s ",
     "city's ", "new ", "former ", "said", ". ", ".", ";", '"', "\n", "-", "7", "x", "in "]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECE, max_size=24).map("".join), st.sampled_from(["mayor", "coach"]))
@example("Ana Ruiz, the city's new mayor", "mayor")  # an apposition, three words before
@example("Mayor Ana Ruiz spoke", "mayor")  # the noun before the name
@example("Ben Lee was named as a coach", "coach")  # a verb of office and *as*
@example("The city's mayor is Ana Ruiz.", "mayor")  # a copula after the office
@example("Ana Ruiz is Eastport's mayor.", "mayor")  # a copula and a possessive before it
@example("Ana Ruiz became the mayor;", "mayor")
def test_the_fast_test_says_no_only_where_the_pattern_finds_nothing(text: str, head: str) -> None:
    patterns = identity._introduction_pattern(head)
    hint = identity._noun_hint(head)
    assert patterns is not None and hint is not None
    for lo in range(0, len(text) + 1, 3):
        for end in range(lo, len(text) + 1, 2):
            if patterns[0].search(text, lo, end) is not None:
                assert identity._noun_may_match(text, head, hint, lo, end), (lo, end)


@pytest.mark.parametrize(
    "text",
    [
        "Astronaut Karl Reiter landed.",
        "Karl Reiter, the crew's astronaut, landed.",
        "Karl Reiter, who served as astronaut in 2019, landed.",
    ],
)
def test_each_form_of_introduction_passes_the_fast_test(text: str) -> None:
    hint = identity._noun_hint("astronaut")
    assert hint is not None
    assert identity._noun_may_match(text, "astronaut", hint, 0, len(text))


def test_a_noun_nobody_is_introduced_with_is_never_compiled() -> None:
    # *the astronaut* is only ever a descriptor here: no window can hold an
    # introduction, so the noun's pattern is not compiled, and the answer is the
    # pattern's (none).
    text = (
        "Karl Reiter landed on Monday. “The view was clear,” said the astronaut.\n\n"
        "The astronaut spoke for an hour. “We will go back,” the astronaut said."
    )
    hint = identity._noun_hint("astronaut")
    assert hint is not None
    assert not identity._noun_may_match(text, "astronaut", hint, 0, len(text))
    identity._introduction_pattern.cache_clear()
    quoteverify.parse(text)
    assert identity._introduction_pattern.cache_info().misses == 0


def test_a_noun_someone_is_introduced_with_is_compiled_and_read() -> None:
    text = "Astronaut Karl Reiter landed on Monday.\n\n“The view was clear,” the astronaut said."
    got = quoteverify.parse(text)
    assert [q.speaker.name for q in got.quotes if q.speaker] == ["Karl Reiter"]


def test_the_cues_that_are_their_own_lemma_are_those_select_finds() -> None:
    # _BASE_CUES, read in one pass over the rows, is the set a select per cue gave.
    slow = frozenset(
        c for c in load("cue_verbs") if " " not in c and c in select("cue_verbs", lemma=c)
    )
    assert slow == attribution._BASE_CUES
    assert {"report", "claim"} <= attribution._BASE_CUES
    assert "said" not in attribution._BASE_CUES
