"""Second read of stop 58's first wave (issue 14, h58b-review): a person whose surname
is a trade word that ends a company's name (``org_name_heads.txt``; the heads that are
surnames are ``surname_heads.txt``), and the memo of
the stretch with no introduction of a noun asked out of text order
(``identity._Registry._no_noun_match``). Invented text.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers import identity, mentions

from .test_plain_noun_spans import _LINES  # (the lines of the in-order property)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ana Steel, the new mayor, said the budget was "tight but fair."', "Ana Steel"),
        ('Mark Steel said the plan was "a fair start." "We will see," he added.', "Mark Steel"),
        ('David Steel told the hall the vote was "long overdue."', "David Steel"),
    ],
)
def test_a_given_name_before_a_trade_word_is_a_person(text: str, name: str) -> None:
    assert set(_speakers(text)) == {name}
    assert not mentions._organization(name)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Orla Steel", True),  # (no given name first: a company)
        ("Ana Steel Holdings", True),  # three words: the head decides
        ("Ana Holdings Inc", True),
        ("Ana Steel", False),
        ("Tom Energy", True),  # energy is no surname (lexicons/surname_heads.txt)
        ("Victoria Wireless", True),
        ("Grace Airlines", True),
        ("Charlotte Observer", True),
    ],
)
def test_only_a_given_name_and_a_surname_head_alone_read_as_a_person(name: str, body: bool) -> None:
    assert mentions._organization(name) is body


def test_a_union_named_for_a_trade_is_the_union() -> None:
    text = (
        'The Calder Energy Workers Union called the offer "an insult." '
        '"We will ballot members," the union said.'
    )
    assert _speakers(text) == ["Calder Energy Workers Union"] * 2


def test_a_window_inside_the_stretch_with_no_match_keeps_the_stretch() -> None:
    # the shortcut answers a window inside the stretch without reading it, so the
    # memo keeps the longer stretch (read again, it would shrink to the new window);
    # windows near the text's start, which all begin at 0, are the ones inside
    text = '"Go," the spokesman said. ' * 200
    assert identity._INTRODUCTION_REACH > 500
    registry = identity._Registry(text)
    assert registry._last_noun_introduction("spokesman", 500) is None
    assert registry._last_noun_introduction("spokesman", 300) is None
    assert registry._no_noun_match["spokesman"] == (0, 500)


@settings(max_examples=120, deadline=None)
@example(["The spokesman Ana Roe spoke. ", '"Go," the spokesman said. '], [400, 10, 200])
@given(st.lists(_LINES, min_size=1, max_size=12), st.lists(st.integers(0, 400), max_size=8))
def test_the_memo_asked_out_of_text_order_gives_what_a_fresh_registry_gives(
    lines: list[str], ends: list[int]
) -> None:
    # ends in any order: the memo is overwritten, never wrong
    text = "".join(lines) * 12
    registry = identity._Registry(text)
    for end in (e * 11 % (len(text) + 1) for e in ends):
        for head in ("spokesman", "jinak"):
            kept = registry._last_noun_introduction(head, end)
            fresh = identity._Registry(text)._last_noun_introduction(head, end)
            assert (kept and kept.span()) == (fresh and fresh.span())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Victoria Wireless cut its prices on Monday. "It was time," the company said.',
            "Victoria Wireless",
        ),
        (
            'Grace Airlines dropped two routes. "Demand fell," the company said.',
            "Grace Airlines",
        ),
    ],
)
def test_a_given_name_before_a_head_that_is_no_surname_stays_a_company(
    text: str, name: str
) -> None:
    # (the lead's narrowing of the given-name guard to surname_heads.txt)
    assert _speakers(text) == [name]
