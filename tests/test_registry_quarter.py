"""The registry's checks of this stop, made cheaper, give what they gave.

Each test runs the plain reading beside the cheaper one on generated text: the
place guard of an apposition read only where a role follows the comma (it was
read before the words after the comma, for every name with a comma after it), and
the tests that open ``_kin_surname`` and ``_described_body`` (a comma right after
the word) read by the registry before it calls them, for every lone word.
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


_GATE_PIECES = [
    "Jane", "Tom", "Hale", "Velora", "Hale's", "his", "her", "wife", "son", ",", ", ",
    " ", "the carmaker", "which makes", "a nurse", "said", ".", "the", "a", "an",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(st.sampled_from(_GATE_PIECES), max_size=20).map("".join),
    data=st.data(),
)
@example(text="Hale's son, Tom, said", data=None)
@example(text="Velora, the carmaker, said", data=None)
def test_no_comma_after_a_word_is_what_the_readers_say(text: str, data: st.DataObject) -> None:
    """Where no comma follows a word, both readers give their answer for none."""
    ends = range(len(text) + 1) if data is None else [data.draw(st.integers(0, len(text)))]
    for end in ends:
        start = max(0, end - 4)
        head = text[start:end]
        if not text.startswith(",", end):
            assert identity._kin_surname(text, start, end, head) == ("", -1)
        if not text.startswith(", ", end):
            assert identity._described_body(text, end) is False


def test_a_comma_after_the_word_still_reads_kin_and_bodies() -> None:
    assert identity._kin_surname("Hale's son, Tom, said", 12, 15, "Tom") == ("Hale", -1)
    assert identity._described_body("Velora, the carmaker, said", 6) is True
    reg = identity._Registry("Hale's son, Tom, said no. Velora, the carmaker, said yes.")
    kinds = {e.name: e.kind for e in reg.entities}
    assert kinds["Tom Hale"] is identity._PERSON
    assert kinds["Velora"] is identity._ORGANIZATION


def test_the_per_name_reads_of_a_person_still_land() -> None:
    """The registry reads whether a name is a person's once per name (a kind is set
    when the entity is made): a party tag, a descriptor before the name, and a role
    shared by two names joined by *and* still reach the person, and not a body."""
    reg = identity._Registry(
        "Rep. Ana Roe (D-Ohio) spoke. The head of the panel, Ed Lane, agreed. "
        "Radio hosts Tom Hale and Kay Ruiz laughed. Acme Corp (D-Ohio) said no."
    )
    titles = {e.name: e.titles for e in reg.entities}
    assert "D-Ohio" in titles["Ana Roe"]
    assert any("head" in t for t in titles["Ed Lane"])
    assert titles["Tom Hale"] == titles["Kay Ruiz"] != []
    assert "D-Ohio" not in titles["Acme Corp"]
