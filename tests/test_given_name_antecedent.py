"""A person named by a given name alone is a pronoun's antecedent (h41b-given).

*Maria spoke first. "...," she said*: the registry keeps a lone given name that
matches nobody as a person of its own, with the sex its given name says, unless
the text prints the word in lower case, it is a place or a time, it stands where
a place goes, it is the rest of a longer name read apart, or it is an apposition
to a noun (*her son, Tom,*).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers import identity


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def test_a_given_name_alone_is_the_pronouns_person() -> None:
    text = 'Maria waited at the gate for an hour.\n\n"Nobody came to help us," she said.'
    assert _speakers(text) == ["Maria"]


def test_a_child_named_by_a_given_name_after_a_number() -> None:
    text = (
        "The flood reached the farm on Sunday night. Oliver, 11, climbed onto the roof "
        'with his dog. "The water was up to the windows," he said.'
    )
    assert _speakers(text) == ["Oliver"]


def test_the_sex_of_the_given_name_rules_out_the_other_pronoun() -> None:
    text = 'Maria waited at the gate for an hour.\n\n"Nobody came to help us," he said.'
    assert _speakers(text) != ["Maria"]


def test_an_apposition_to_a_noun_is_no_antecedent() -> None:
    text = (
        "Ana Roe told the paper she went back to work after her first child, Lily, "
        'was born.\n\n"I had no choice at the time," she said.'
    )
    assert _speakers(text) == ["Ana Roe"]


def test_a_given_name_where_a_place_goes_is_no_person() -> None:
    registry = identity._Registry("The choir sang in Florence on Friday.")
    assert not any(e.name == "Florence" for e in registry.entities)


def test_a_given_name_the_text_prints_in_lower_case_is_no_person() -> None:
    registry = identity._Registry("Grace was late. The grace period ended in June.")
    assert not any(e.name == "Grace" for e in registry.entities)


def test_the_rest_of_a_longer_name_read_apart_is_no_person() -> None:
    text = "The statement came from City Clerk Dana James on Monday."
    registry = identity._Registry(text)
    assert registry._lone_given("James", text.index("James"), text.index(" on")) is False


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(["Maria", "Oliver", "Sophie", "Daniel"]),
    filler=st.sampled_from(["waited outside", "sat by the door", "came back late"]),
)
def test_a_lone_given_name_becomes_one_person_of_that_name(name: str, filler: str) -> None:
    registry = identity._Registry(f"{name} {filler}. Then {name} {filler} again.")
    people = [e for e in registry.entities if e.name == name]
    assert len(people) == 1
    assert people[0].pronoun_gender() == identity._given_gender(name)
