"""Pronouns and descriptors by salience (issue 14, items 3 and 4; h29-salience).

A definite descriptor goes back to a person introduced with a descriptor that has a
complement (*a spokeswoman for Kelda Water, Rhian Moss,*); a name in apposition to
such a descriptor, or to one before an auxiliary (*His deputy, Sam Orr, will*), is its
sentence's subject; a *he* or *she* goes to the person who reported a clause rather
than to the subject of the clause (*Hale told reporters that Ode signed*), and never
to a name written after *the* (*the Red Brigade*) nor to a group (*Muslim Americans*).
Every sentence here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.identity import (
    _descriptor_before,
    _fronted_place,
    _group_name,
    _reported,
)


def names(text: str) -> list[str | None]:
    """The resolved speaker name of each quote of ``text``."""
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A descriptor with a complement before the name in apposition.
        (
            "A spokeswoman for Kelda Water, Rhian Moss, said supplies were back on "
            'Tuesday. "We are sorry for the delay," the spokeswoman said.',
            "Rhian Moss",
        ),
        # The complement may hold a name with its own "of"; the name is mid-sentence.
        (
            "Officials met the director of the Bureau of Mines, Ola Brandt, on Monday. "
            '"The shafts are safe," the director said.',
            "Ola Brandt",
        ),
        (
            "The head teacher of Saltmere Primary, Cai Rowe, wrote to parents. "
            '"The roof is sound," the teacher said.',
            "Cai Rowe",
        ),
        # A name in apposition to a description, then a modal: the sentence's subject.
        (
            "Tom Reade resigned on Friday. His deputy, Sam Orr, will take over. "
            '"I am ready for this," he said.',
            "Sam Orr",
        ),
        # The reporter, not the subject of the clause reported.
        (
            "Tim Hale told reporters on Monday that Ben Ode signed the deal in secret. "
            '"We will see him in court," he said.',
            "Tim Hale",
        ),
        # The last subject before the clause: not the name before the role.
        (
            '"We will win," Tom Lund said.\n\nLund spokesman Ivo Brant said that the '
            "campaign would draw contrasts between Lund and Ed Vey to show that voters "
            'can trust that Lund offers "a plan for every street," he said.',
            ["Tom Lund", "Ivo Brant"],
        ),
        # The full stop of "Mr." ends no sentence: the reporter is found before it.
        (
            "Mr. Ivo Brant spoke on Monday, saying that Mr. Lund offers voters "
            '"a plan for every street," he said.',
            "Ivo Brant",
        ),
        # A name, its apposition, then the verb: the sentence's subject.
        (
            "Tom Reade spoke first. Later, Ivo Brant, the club's coach, signed a new "
            'deal. "I am proud," he said.',
            "Ivo Brant",
        ),
        # ... or an auxiliary or a modal after it, and an apposition of a long clause.
        (
            "Tom Reade spoke first, and Ivo Brant, the club's coach, will take over. "
            '"I am proud," he said.',
            "Ivo Brant",
        ),
        (
            "Tom Reade spoke first, and Ivo Brant, the club's coach and a former player "
            "who grew up in the town and still lives near it, has the votes. "
            '"I am proud," he said.',
            "Ivo Brant",
        ),
        # The name after an inverted cue ("..., said Ivo Brant,") is its subject.
        (
            "Tom Reade backed the plan. The costs were too high, said Ivo Brant, a "
            'city councillor. "We cannot pay," he said.',
            "Ivo Brant",
        ),
        # A name after "the" is a thing's: no "he".
        (
            'Critics say Paul Ryde went soft on the Red Brigade. "It is over now," he said.',
            "Paul Ryde",
        ),
        # A plural of a demonym or a party word is a group: no "she".
        (
            'Critics say Ana Ruiz courted Muslim Americans. "We need you," she said.',
            "Ana Ruiz",
        ),
        # A country, a continent, a region or a state as a subject is a place: no
        # "he" or "she", even after a pronoun follows it as a subject.
        (
            "Nadia Kerr, who runs the clinic, met donors on Friday. South Africa has "
            'few such clinics, she said. "We need many more," she said.',
            "Nadia Kerr",
        ),
        (
            "Omar Flint, an inspector with the agency, spoke on Monday. North Korea is "
            'breaking the pact, he said. "We are ready," he said.',
            "Omar Flint",
        ),
        (
            "Leo Marsh won again. In Iowa, he spoke for an hour. Western Europe, he "
            'said, "has lost its nerve."',
            "Leo Marsh",
        ),
    ],
)
def test_salience(text: str, want: str | list[str]) -> None:
    assert names(text) == (want if isinstance(want, list) else [want])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Controls: a place and its region after a role and "in" give no descriptor,
        # so "the host" is nobody named.
        (
            'Jon Amis met a radio host in Port Vale, New Carlow, on Monday. "It was fun," he said.',
            "Jon Amis",
        ),
        # The subject of a reported clause with no reporter named in its sentence
        # keeps the pronoun ("He noticed" names nobody).
        (
            'Mia Stone sat down. He noticed that Mia Stone looked tired. "I am fine," she said.',
            "Mia Stone",
        ),
        # A second name joined to a first by "and" is no subject of its own.
        (
            "Tom Reade spoke first. Later, Reade and Ivo Brant, the club's coach, "
            'signed a new deal. "I am proud," he said.',
            "Tom Reade",
        ),
        # "said Reade had": the subject of what was said, not of the cue.
        (
            "Ivo Brant backed the plan. Later, the clerk, Mrs Ann Vey, said Tom Reade had "
            'the votes. "We cannot pay," he said.',
            "Ivo Brant",
        ),
        # A person's name with a title after "the" still takes the pronoun.
        (
            'Ana Ruiz met the Rev. Tom Bell at the church. "We prayed," he said.',
            "Tom Bell",
        ),
    ],
)
def test_salience_controls(text: str, want: str) -> None:
    assert names(text) == [want]


def test_descriptor_before_reads_the_descriptor_and_its_complement() -> None:
    text = "A spokeswoman for Kelda Water, Rhian Moss, said"
    assert _descriptor_before(text, text.index("Rhian")) == "spokeswoman for Kelda Water"
    text = "a town hall event in Salem, New Carlow"
    assert _descriptor_before(text, text.index("New")) == ""  # no role noun
    text = "Ana Ruiz. Her coach, Ben Ode, said"
    assert _descriptor_before(text, text.index("Ben")) == ""  # no complement
    assert _reported("Hale said that Ode", 15) and not _reported("Hale and Ode", 9)
    assert _group_name("Kent Republicans") and not _group_name("Ana Ross")


_WORDS = st.sampled_from(
    ["the", "a", "spokesman", "director", "of", "for", "in", "Kelda", "Water", "Ann", "Lee", ","]
)


@given(st.lists(_WORDS, max_size=14), st.lists(_WORDS, max_size=4))
@example(["a", "spokesman", "for", "Kelda", "Water", ","], ["Ann", "Lee"])
def test_a_descriptor_is_the_text_right_before_the_name(
    before: list[str], after: list[str]
) -> None:
    """Whatever the words, the descriptor found is "" or a stretch of the text that
    ends right before the comma and space before the name."""
    head = " ".join(before).replace(" ,", ",")
    text = head + " " + " ".join(after)
    start = len(head) + 1
    got = _descriptor_before(text, start)
    assert got == "" or text[: start - 2].endswith(got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We will win," said Democrat Ana Ruiz.', "Ana Ruiz"),
        ('"We will win," said Liberal Democrat Tom Hale.', "Tom Hale"),
        ('"We will win," said Republican Sen. Ivo Brant.', "Ivo Brant"),
        # Controls: a party's own name, and a party word inside an office.
        ('"We will win," the Democratic National Committee said.', "Democratic National Committee"),
        (
            '"We will win," said Republican National Committee Chairman Ivo Brant.',
            "Ivo Brant",
        ),
    ],
)
def test_a_party_word_before_a_name_is_no_name_word(text: str, want: str) -> None:
    """The canonical name leaves out the party word set before a name as a title."""
    assert names(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We will win," said Secretary of State Ana Ruiz.', "Ana Ruiz"),
        ('Chief of Staff Tom Hale spoke first. "We will win," Hale said.', "Tom Hale"),
        # Control: a body's name before the office keeps its own name.
        ('"We will win," said Bank of England Governor Ivo Brant.', "Ivo Brant"),
    ],
)
def test_an_office_with_of_is_no_part_of_the_name(text: str, want: str) -> None:
    """*Secretary of State Ana Ruiz*: the office's last word opens no name."""
    assert names(text) == [want]


@pytest.mark.parametrize(
    "opening",
    [
        "After the briefing, Town Hall press secretary Ivo Brant",
        "Leaving the talks late on Friday, Town Hall press secretary Ivo Brant",
    ],
)
def test_a_titled_name_after_a_fronted_clause_is_the_subject(opening: str) -> None:
    # The subject named last before the pronoun, though the title opens with a
    # body's name after the comma; before the change the mayor, subject of the
    # sentence before, kept the pronoun.
    text = (
        "Mayor Ada Quill has met the union twice this month.\n\n"
        f"{opening} argued that the dispute was nearly over.\n\n"
        '"Both sides want a deal," he said.'
    )
    assert names(text) == ["Ivo Brant"]


def test_a_place_opening_its_sentence_takes_no_role_from_the_clause_after_it() -> None:
    # "In Dover City, Hale sat through a complaint from the mayor," is no apposition
    # giving the place a role; with one, the place passed for a person and took
    # the pronoun from Hale, named a long way back.
    text = (
        "Tom Hale flew south on Monday for a short visit.\n\n"
        "The trip was arranged in haste and lasted barely an hour, far less than "
        "planned, and the talks that filled it were held behind closed doors with "
        "only a few aides in the room.\n\n"
        '"We are old friends," this Hale look-alike declared in Dover City.\n\n'
        'He pledged "cooperation" on the border.\n\n'
        "In Dover City, Hale sat through a complaint from the mayor, who said the "
        "plan was fair."
    )
    assert names(text)[-1] == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        ("In Dover, Ruiz signed it.", 3, True),
        ("Rain fell.\n\nFrom Kabul, the envoy flew home.", 17, True),
        ('He said. "At Leeds, we won."', 13, True),
        ("She lives in Dover, Ruiz said.", 13, False),
        ("Tom Hale, the mayor, spoke.", 0, False),
    ],
)
def test_fronted_place(text: str, start: int, want: bool) -> None:
    assert _fronted_place(text, start) is want
