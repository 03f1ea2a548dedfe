"""A person tagged as *she* after a quote is no later *he* (issue 14).

When nothing else says a person's sex (no title, no given name the list knows, too
few pronouns after the name), a *he* or *she* that tags a quote right after it
(*"...," she said*) and was resolved to the person says it: a later pronoun of the
other sex does not go to them. A pronoun elsewhere (*She added: "..."*) says nothing
here, and a person heard as both keeps both. Every sentence here is our own.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers import identity
from quoteverify.speakers.identity import _PERSON, _PRONOUN, _Entity, _new_found

_MET = "Casey Ames met Taylor Vale on Monday. Taylor Vale opened the hearing. "


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in parse(text).quotes]


def test_a_person_tagged_she_is_no_later_he() -> None:
    text = _MET + '"We will appeal," she said. "It is not fair," he said.'
    assert _speakers(text) == ["Taylor Vale", "Casey Ames"]


def test_each_he_after_goes_to_the_other_person() -> None:
    text = _MET + '"We will appeal," she said. "We lost," he said. "It is unfair," he said.'
    assert _speakers(text) == ["Taylor Vale", "Casey Ames", "Casey Ames"]


def test_a_person_tagged_she_is_still_a_he_no_one_else_may_be() -> None:
    # The tag may have been a guess: with nobody else in reach, the pronoun
    # still goes to the one person named.
    text = 'Taylor Vale met the board. "We are done," she said. "It is late," he said.'
    assert _speakers(text) == ["Taylor Vale", "Taylor Vale"]


def test_a_name_tag_says_no_sex() -> None:
    text = _MET + '"We will appeal," Vale said. "It is not fair," he said.'
    assert _speakers(text) == ["Taylor Vale", "Taylor Vale"]


def test_a_pronoun_before_the_quote_says_no_sex_here() -> None:
    text = _MET + 'She added: "We will appeal." "It is not fair," he said.'
    assert _speakers(text) == ["Taylor Vale", "Taylor Vale"]


def _pronoun(start: int, word: str) -> identity.Found:
    return _new_found(
        start=start, end=start + len(word), text=word, kind=_PRONOUN, head=word, title=""
    )


@given(
    gap=st.text(alphabet=", ;:.\n-", max_size=4),
    word=st.sampled_from(["he", "she", "He", "She", "they", "it"]),
)
def test_only_a_tag_right_after_the_quote_is_heard(gap: str, word: str) -> None:
    text = f'"We stay"{gap}{word} said.'
    person = _Entity(name="Kit Ames", kind=_PERSON)
    person.hear_tag(text, 9, _pronoun(9 + len(gap), word))
    spaces = gap.lstrip(",;:") if gap[:1] in (",", ";", ":") else gap
    tag = spaces in (" ", "  ") and len(gap) - len(spaces) <= 1
    sex = {"he": "m", "she": "f"}.get(word.lower(), "")
    assert person.heard == (sex if tag else "")


def test_a_person_heard_as_both_keeps_both() -> None:
    text = '"Yes," she said. "No," he said.'
    person = _Entity(name="Kit Ames", kind=_PERSON)
    person.hear_tag(text, 6, _pronoun(7, "she"))
    person.hear_tag(text, 22, _pronoun(23, "he"))
    assert person.heard == "fm"
