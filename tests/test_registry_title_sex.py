"""The sex that a person's titles say, on any mention, keeps a full name of the
other sex from renaming or joining that person (h40b-rename).

A man first met by a role that says no sex (*Governor Vell*) and later called
*Mr. Vell* is a man: the registry remembers the sex of the title on every name
matched to him as it matches it (before the names' titles are read), not only on
the name that first made him. A later *Ana Vell*, with no title of her own, is a
person of her own (or the woman already known by that name), never a fuller name
of his. Invented articles only; each test reads the resolved name
(``q.speaker.name``), as strict scoring does.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity

from .conftest import resolved, speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the man's untitled role first, his title after it, then the woman
            "Governor Vell opened the session on Monday. "
            '"The bridge will be built," Mr. Vell said.\n\n'
            '"The bridge can wait," said Ana Vell, who chairs the council.\n\n'
            '"It cannot wait," Vell said.',
            ["Vell", "Ana Vell", "Vell"],
        ),
        (  # the woman first, the man after her, the surname alone last
            'Ana Vell spoke first. "The bridge can wait," Ana Vell said.\n\n'
            'The governor did not agree. "It will be built," Mr. Vell said.\n\n'
            '"It cannot wait," Vell said.',
            ["Ana Vell", "Vell", "Vell"],
        ),
        (  # a novel's lawyer, then a maid who shares his surname
            '"The will is sound," said Mr. Wade, folding the papers.\n\n'
            '"I saw nobody on the stairs," said Ellen Wade, the second maid.\n\n'
            '"Then we are done," said Mr. Wade.',
            ["Wade", "Ellen Wade", "Wade"],
        ),
        (  # a woman's title first, a man's full name later
            'Mrs. Roan opened the meeting. "We are ready," Mrs. Roan said.\n\n'
            '"We are not," said John Roan.\n\n"Ready or not," Roan said.',
            ["Roan", "John Roan", "Roan"],
        ),
    ],
)
def test_a_full_name_of_the_other_sex_is_another_person(text: str, want: list[str]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    ("given_name", "reason"),
    [("Tomas", "a given name of the same sex"), ("Kerry", "a given name of either sex")],
)
def test_a_full_name_that_says_no_other_sex_still_renames(given_name: str, reason: str) -> None:
    text = (
        "Governor Vell opened the session on Monday. "
        '"The bridge will be built," Mr. Vell said.\n\n'
        f'{given_name} Vell, who has led the state since 2019, added: "Work starts in May."'
    )
    assert resolved(text, "bridge will") == f"{given_name} Vell", reason


def test_the_sex_of_a_later_mentions_title_is_remembered() -> None:
    # What the rule reads: the sexes the titles of the names matched to a person
    # say, each mention's and not only the one that first made the person.
    text = "Governor Vell spoke first. Then Mr. Vell left, and Ms. Dunn stayed."
    people = {e.name: e for e in identity._Registry(text).entities}
    assert people["Vell"].said == "m" and people["Dunn"].said == "f"


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["Governor", "Senator", "Mayor"]),
    st.sampled_from(["Ana", "Ruth", "Lena", "Nora"]),
    st.booleans(),
)
def test_a_mans_quotes_never_take_a_womans_full_name(
    role: str, given_name: str, first: bool
) -> None:
    man = f'{role} Pell spoke on Monday. "Taxes stay," Mr. Pell said.\n\n'
    woman = f'"Taxes must fall," said {given_name} Pell, a council member.\n\n'
    text = (woman + man if first else man + woman) + '"They stay," Mr. Pell said again.'
    assert resolved(text, "Taxes stay") == "Pell"
    assert resolved(text, "They stay") == "Pell"
    assert resolved(text, "must fall") == f"{given_name} Pell"
