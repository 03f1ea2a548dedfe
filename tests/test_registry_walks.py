"""The registry's one-walk readings give what the per-name readings give.

``_inside_each`` answers, for every name of an article in text order, whether it
stands inside a quote, with one pointer over the quotes when they are sorted and
disjoint (news), and one search per name otherwise; either way it must be
``_inside`` asked name by name.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=8).map(
    lambda pairs: sorted((a, a + n) for a, n in pairs)
)


@settings(max_examples=400)
@given(
    spans=_SPANS,
    positions=st.lists(st.integers(0, 80), max_size=30),
    ordered=st.booleans(),
)
@example(spans=[(2, 5), (8, 10)], positions=[0, 2, 4, 5, 8, 9, 10], ordered=True)
@example(spans=[(0, 10), (5, 7), (8, 9)], positions=[9], ordered=True)  # nested: one by one
@example(spans=[(3, 3), (3, 6)], positions=[3, 5, 6], ordered=True)  # an empty span
def test_inside_each_is_inside_asked_name_by_name(
    spans: list[tuple[int, int]], positions: list[int], ordered: bool
) -> None:
    if ordered:
        positions = sorted(positions)
    plain = [identity._inside(p, spans) for p in positions]
    assert identity._inside_each(positions, spans) == plain


def test_a_name_inside_a_quote_is_no_mention() -> None:
    text = 'Mara Quill said. "Tobin Ashe lied," she added. Tobin Ashe said no.'
    quote = (text.index('"'), text.index('"', text.index('"') + 1) + 1)
    reg = identity._Registry(text, quoted=[quote])
    ashe = text.rindex("Tobin Ashe")
    assert [pos for pos, _, _ in reg.mentions] == [0, ashe]
