"""A plural noun right before a speech cue heads the subject (issue 14, h56b-openers).

*Mission controllers said*, *Aid groups warned*: the capitalised word opening the
sentence qualifies the noun, so it is no speaker, though the verb-before reading
(``attribution._verbed_before``) took the noun in *-s* for a verb. Invented text.
"""

from __future__ import annotations

import pytest

from .conftest import resolved

LEAD = "The capsule came down off the coast at dawn.\n\n"


@pytest.mark.parametrize(
    ("opening", "cue"),
    [("Mission controllers", "said"), ("Aid groups", "warned"), ("Harbour pilots", "told")],
)
def test_a_capitalised_word_before_a_plural_noun_and_its_cue_is_no_speaker(
    opening: str, cue: str
) -> None:
    text = LEAD + f'{opening} {cue} reporters the descent had gone "almost to plan".'
    assert resolved(text, "almost to plan") != opening.split(maxsplit=1)[0]


def test_a_name_and_its_verb_in_s_still_speak() -> None:
    # The near miss: the word in -s is the verb, the quote follows its object.
    text = LEAD + 'Ana Ruiz urges voters to "stay home" on Sunday.'
    assert resolved(text, "stay home") == "Ana Ruiz"


def test_a_name_and_a_verb_before_said_clause_still_speaks() -> None:
    # "Ruiz says" with its own clause: the cue word is not glued to the -s word.
    text = LEAD + 'Ana Ruiz says the crew was "in great shape" afterwards.'
    assert resolved(text, "great shape") == "Ana Ruiz"


def test_an_adverb_in_ss_before_said_leaves_the_pronoun_speaking() -> None:
    # "nevertheless" ends like a plural, but its subject is the pronoun before it.
    text = (
        "Tom Hale looked over the new intern's plan and did not like it. "
        'But he nevertheless said to Ana Ruiz, "Not bad for a first week."'
    )
    assert resolved(text, "first week") == "Tom Hale"
