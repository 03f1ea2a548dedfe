"""Resolved names on news nobody tuned on, fourth round (issue 14, h27b-names).

Invented articles only. Each test reads the resolved name (``q.speaker.name``),
as strict scoring does.
"""

from __future__ import annotations

import pytest

from .conftest import resolved


# A subordinating conjunction that opens a sentence is no name: the quote after
# it carries on from the speaker just named.
@pytest.mark.parametrize("opener", ["Unless", "Whereas", "Whenever", "Whilst"])
def test_a_conjunction_opening_a_sentence_is_no_speaker(opener: str) -> None:
    text = (
        '"It is a turning point," said Joel Marsh, a strategist for the party. '
        f'{opener} further rivals quit the contest, "it is hard to see who stops him."'
    )
    assert resolved(text, "who stops him") == "Joel Marsh"


# The name after a body and its role words, where a role word is in -ing or -s
# ("ranking member", "press secretary") or the role takes a complement with "of".
@pytest.mark.parametrize(
    "role",
    [
        "Harbour Committee ranking member",
        "Harbour Committee ranking Democrat",
        "Westmoor Council press secretary",
        "Dutch minister of finance",
        "Danish member of parliament",
    ],
)
def test_the_name_after_a_role_chain_is_the_speaker(role: str) -> None:
    text = f'"The budget is a fiction," said {role} Elsa Dorrance.'
    name = resolved(text, "budget is a fiction")
    assert name is not None and name.endswith("Elsa Dorrance")


def test_a_verb_before_a_party_word_is_no_role_modifier() -> None:
    # "pressed" is the subject's verb, not part of a role before Ivo Kast.
    text = (
        "Mara Tellez pressed Republican chairman Ivo Kast on the audit, insisting "
        'that the party had "nothing to hide" from voters.'
    )
    assert resolved(text, "nothing to hide") == "Mara Tellez"


# A named owner's role of several words, then the person's name in apposition.
@pytest.mark.parametrize(
    "role",
    ["Norway's foreign minister", "Tesco's chief executive", "Kelso's deputy campaign manager"],
)
def test_an_owners_role_of_several_words_yields_to_the_name_after_it(role: str) -> None:
    text = f'"The talks are over," said {role}, Elsa Dorrance.'
    assert resolved(text, "talks are over") == "Elsa Dorrance"


def test_an_owners_role_without_a_name_is_no_antecedent() -> None:
    # "Ivo Kast's young aide" names nobody: the "he" after it stays with Marsh.
    text = (
        '"Leave now," said Ivo Kast\'s young aide.\n\n'
        "Joel Marsh picked up his coat. "
        '"I was leaving anyway," he said.'
    )
    assert resolved(text, "leaving anyway") == "Joel Marsh"


# An owner of two or three words before the role and the name.
@pytest.mark.parametrize(
    "text",
    [
        '"The talks are over," said Harbour Council\'s managing director Elsa Dorrance.',
        'According to Ivo Kast\'s former budget adviser Elsa Dorrance, the plan is "a fantasy."',
    ],
)
def test_an_owner_of_several_words_leads_to_the_name(text: str) -> None:
    name = resolved(text, "talks are over" if "talks" in text else "a fantasy")
    assert name == "Elsa Dorrance"
