"""A party's member as an unnamed source keeps its post-modifier whole.

*a Democrat familiar with the talks*, *one Republican involved in the planning*: the
member noun (``lexicons/party_members.txt``) is no role noun, so the loose reading of a
descriptor after a cue ran three words on and stopped inside the post-modifier
(*one Democrat familiar*). Its name was cut, and a relative clause after it (*..., who
added that the mayor seemed "tired"*) found no antecedent, so the quotes of that clause
went to the subject inside it. The loose reading now ends the noun at a post-modifier
(``lexicons/post_modifiers.txt``) and grows it to the next punctuation or cue, as a
role noun's descriptor was already grown.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify
from quoteverify.lexicons import load


def _speakers(text: str) -> list[str | None]:
    doc = quoteverify.parse(text)
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"The vote was never close," said a Democrat familiar with the count.',
            "a Democrat familiar with the count",
        ),
        (
            '"We expect a long night," said one Republican involved in the recount, who '
            "asked not to be named.",
            "one Republican involved in the recount",
        ),
        (
            '"We expect a long night," one Republican involved in the recount said.',
            "one Republican involved in the recount",
        ),
    ],
)
def test_the_source_is_named_with_its_post_modifier(text: str, name: str) -> None:
    assert _speakers(text) == [name]


def test_the_relative_clause_after_the_source_is_the_sources() -> None:
    # The quotes after *who added that* are the source's, not the harbour board's.
    text = (
        '"Nobody was ready," said one Democrat familiar with the vote, who added that the '
        'harbour board looked "shaken" and "lost" after the vote.'
    )
    name = "one Democrat familiar with the vote"
    assert _speakers(text) == [name, name, name]


def test_a_role_noun_source_is_read_as_before() -> None:
    text = '"The plan is late," said a source familiar with the budget.'
    assert _speakers(text) == ["a source familiar with the budget"]


def test_a_plain_member_stays_short() -> None:
    assert _speakers('"The plan is late," said a Republican.') == ["a Republican"]


_MODIFIERS = sorted(p for p in load("post_modifiers") if p.split()[0] not in ("on", "with"))


@given(
    member=st.sampled_from(sorted(load("party_members"))),
    modifier=st.sampled_from(_MODIFIERS),
    determiner=st.sampled_from(["a", "one", "another"]),
)
def test_any_member_and_post_modifier_is_read_whole(
    member: str, modifier: str, determiner: str
) -> None:
    phrase = f"{determiner} {member.capitalize()} {modifier} the talks"
    text = f'"We will not move," said {phrase}.'
    assert _speakers(text) == [phrase]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a cue word after a determiner is a noun, the post-modifier's object
        (
            '"The numbers are soft," said an aide familiar with the report.',
            "an aide familiar with the report",
        ),
        # a relative clause after the post-modifier is no part of the name
        (
            '"The numbers are soft," said a source close to the mayor who asked for anonymity.',
            "a source close to the mayor",
        ),
        (
            '"The numbers are soft," said a Democrat familiar with the count who '
            "asked not to be named.",
            "a Democrat familiar with the count",
        ),
        # so does a subordinate clause
        (
            '"The numbers are soft," said an aide close to the leadership as the vote began.',
            "an aide close to the leadership",
        ),
        (
            '"The numbers are soft," said a Republican familiar with the count while '
            "others waited.",
            "a Republican familiar with the count",
        ),
    ],
)
def test_the_post_modifier_ends_at_a_relative_pronoun_not_at_a_noun(text: str, name: str) -> None:
    assert _speakers(text) == [name]


@pytest.mark.parametrize("noun", ["report", "plan", "memo"])
@pytest.mark.parametrize("head", ["a Republican", "an aide", "a source"])
def test_a_document_after_the_post_modifier_is_no_document_speaker(head: str, noun: str) -> None:
    # the document named inside the post-modifier is what the person knows, not the
    # speaker, and its "author" is no capital word of the person's head
    phrase = f"{head} familiar with the {noun}"
    doc = quoteverify.parse(f'"The figures will move," said {phrase}.')
    assert [(q.speaker.name, q.speaker.kind.value) for q in doc.quotes if q.speaker] == [
        (phrase, "anonymous")
    ]
