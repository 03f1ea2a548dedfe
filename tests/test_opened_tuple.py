"""``identity._opened`` and ``identity._noun_may_match`` ask ``str.endswith`` and
``str.startswith`` once with a tuple of openers (issue 12, h57c-dense): the same
answer as asking for each opener in turn, which each quote of a dense text did for
every time its noun was printed in the window. Invented text.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.lexicons import load
from quoteverify.speakers import identity


def _opened_plain(text: str, at: int, openers: tuple[str, ...]) -> bool:
    """``_opened`` asking for each opener in turn (the reading before the tuple)."""
    for _ in range(4):
        if any(text.endswith(o, 0, at) for o in openers):
            return True
        if at < 2 or text[at - 1] != " ":
            return False
        run = identity._ROLE_WORD_BACK.match(text, 0, at - 1)
        if run is None:
            return False
        at = run.start()
    return False


_WORDS = st.sampled_from(
    ["Ana Roe", ",", " ", "the", "a", "is", "has been", "club's", "new", "coach", "as", "."]
)


@settings(max_examples=400, deadline=None)
@example(["Ana Roe", ",", " ", "the", " ", "club's", " ", "new", " ", "coach"])
@example(["Ana Roe", " ", "is", " ", "the", " ", "coach", "."])
@given(st.lists(_WORDS, max_size=14))
def test_opened_with_a_tuple_is_opened_opener_by_opener(words: list[str]) -> None:
    text = "".join(words)
    for openers in (identity._APPOSITION_OPENERS, identity._office_openers()):
        for at in range(len(text) + 1):
            assert identity._opened(text, at, openers) == _opened_plain(text, at, openers)


def test_the_spaced_copulas_are_every_office_copula() -> None:
    assert set(identity._copulas_spaced()) == {f" {c} " for c in load("office_copulas")}
    # "The emir is Tamim Rahal": the copula after the office is what lets it match
    hint = identity._noun_hint("emir")
    assert hint is not None
    text = "The emir is Tamim Rahal."
    assert identity._noun_may_match(text, "emir", hint, 0, len(text))
    assert not identity._noun_may_match("The emir spoke.", "emir", hint, 0, 15)


def _office_may_match_plain(text: str, head: str, lo: int, end: int) -> bool:
    """``_office_may_match`` with no gate on the openers (the reading before it)."""
    return any(
        text.startswith(identity._OFFICE_BODY_OPENERS, m.end())
        for m in identity._any_case(head).finditer(text, lo, end, overlapped=True)
    )


_OFFICE_WORDS = st.sampled_from(["envoy", "Envoy", " ", "of", "for", "to", "the", "Union", "f"])


@settings(max_examples=400, deadline=None)
@example(["the", " ", "envoy", " ", "of", " ", "the", " ", "Union"], 0, 9)
@example(["envoy", " ", "to"], 0, 5)
@given(st.lists(_OFFICE_WORDS, max_size=12), st.integers(0, 40), st.integers(0, 40))
def test_the_opener_gate_keeps_every_office_match(words: list[str], lo: int, end: int) -> None:
    # The gate says no only when no "of", "for" or "to" between spaces starts in the
    # window: then no match of the noun has one after it.
    text = "".join(words) + " "
    lo, end = min(lo, len(text)), min(end, len(text))
    got = identity._office_may_match(text, "envoy", lo, end)
    assert got == _office_may_match_plain(text, "envoy", lo, end)


def test_an_opener_just_past_the_window_still_counts() -> None:
    # "envoy" ends the window and " of " starts where it ends: the match is kept
    text = "the envoy of the Union"
    assert identity._office_may_match(text, "envoy", 0, 9)
    assert not identity._office_may_match("the envoy spoke", "envoy", 0, 15)


def test_hinted_is_whether_the_noun_has_a_hint() -> None:
    for head in ("astronaut", "son", "Reiter", "tarvik", "ministry", "report", "x1"):
        assert identity._hinted(head) is (identity._noun_hint(head) is not None)
