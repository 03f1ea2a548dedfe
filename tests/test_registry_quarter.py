"""The registry's checks of this stop, made cheaper, give what they gave.

Each test runs the plain reading beside the cheaper one on generated text: the
place guard of an apposition read only where a role follows the comma (it was
read before the words after the comma, for every name with a comma after it).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity


class _PlaceFirst(identity._Registry):
    """The registry as it read an apposition before: the place guard first."""

    def _apposition_at(self, end: int, entity: identity._Entity) -> None:
        if not self.text.startswith(", ", end):
            return
        if self._place_named(entity):
            return
        super()._apposition_at(end, entity)


_PIECES = [
    "Ana Ruiz", "Ruiz", "Tom Hale", "Hale", "Mr. Hale", "Ms. Ruiz", "Marsh Cottage",
    "Quarry Lane", "Robin Park", "Ohio", "South Africa", "Kenya", "Acme Corp",
    ", ", ",", " ", ". ", " at ", " in ", " into ", " won ", " said", " met ", " and ",
    "a nurse", "the mayor", "US president", "an aide to Mr. Hale", "a home",
    "spokesman", "and the police chief", "she", "he", "The",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _titles(reg: identity._Registry) -> list[tuple[str, list[str], str]]:
    return [(e.name, list(e.titles), e.gender) for e in reg.entities]


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS)
@example(text="They met at Marsh Cottage, a home, and Ana Ruiz, a nurse, spoke.")
@example(text="He won in Ohio, the mayor said. South Africa, US president")
@example(text="They met at Marsh Cottage, the mayor said.")
@example(text="Robin Park, a nurse, said she met Tom Hale, an aide to Mr. Hale.")
def test_apposition_place_guard_after_the_role_test_is_the_same(text: str) -> None:
    assert _titles(identity._Registry(text)) == _titles(_PlaceFirst(text))


def test_a_place_takes_no_role_and_a_person_does() -> None:
    reg = identity._Registry("They met at Marsh Cottage, the mayor said. Ana Ruiz, a nurse, left.")
    assert {e.name: e.titles for e in reg.entities} == {
        "Marsh Cottage": [],
        "Ana Ruiz": ["a nurse"],
    }
