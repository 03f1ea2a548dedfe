"""A news lead's descriptor of a role at a body, tied to the person a later
paragraph names with the same role at the same body (issue 14, h49b-lead); all
sentences and names invented."""

from __future__ import annotations

import pytest

from quoteverify.speakers.identity import _named_owner, _role_and_body, _same_body

from .test_news_leads import _speaker

_CEO = (
    'The chief executive of Brannock Mills said on Tuesday that wages would "rise in spring".\n\n'
)
_POLICE = (
    "The head of the Eastmarch police force on Tuesday backed the patrols, calling them "
    '"overdue".\n\n'
)
_FOODS = 'The chief executive of Brannock Foods said on Tuesday that prices would "hold".\n\n'


@pytest.mark.parametrize(
    ("lead", "later", "name"),
    [
        (_CEO, 'Brannock\'s chief executive, Lena Okoro, said costs were "in hand".', "Lena Okoro"),
        (
            _FOODS,
            'Lena Okoro, the firm\'s chief executive, said costs were "in hand".',
            "Lena Okoro",
        ),
        (
            _CEO,
            'Lena Okoro, the chief executive of Brannock Mills, said costs were "in hand".',
            "Lena Okoro",
        ),
        (
            _POLICE,
            'Commissioner Teo Varga, who leads the force, said crime "fell".',
            "Teo Varga",
        ),
        (_POLICE, 'Teo Varga, head of the force, said crime had "fallen".', "Teo Varga"),
        # one role under two names (lexicons/role_synonyms.tsv)
        (
            'Brannock Mills\' CEO said on Tuesday that wages would "rise".\n\n',
            'Lena Okoro, the chief executive of Brannock Mills, said costs were "in hand".',
            "Lena Okoro",
        ),
        # the lead's body as a possessive owner
        (
            'Brannock Foods\' chief executive said on Tuesday that prices would "hold".\n\n',
            'Lena Okoro, the firm\'s chief executive, said costs were "in hand".',
            "Lena Okoro",
        ),
    ],
)
def test_a_lead_descriptor_is_the_person_named_later_with_its_role_and_body(
    lead: str, later: str, name: str
) -> None:
    assert _speaker(lead + later, 0)[0] == name


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a role two people could hold, given with no body: no tie
        (
            'A spokesman said the talks would "go on".\n\n'
            'Rui Banda, a spokesman for the dockers, said the strike was "off".',
            "A spokesman",
        ),
        # the same role at another body
        (
            _CEO + 'Lena Okoro, the chief executive of Selby Paper, said costs were "in hand".',
            "The chief executive of Brannock Mills",
        ),
        # the owner's body named again by a noun of another kind
        (
            'Brannock Foods\' chief executive said on Tuesday that prices would "hold".\n\n'
            'Lena Okoro, the union\'s chief executive, said costs were "in hand".',
            "Brannock Foods' chief executive",
        ),
        # another role at the same body
        (
            _CEO + 'Lena Okoro, the chairwoman of Brannock Mills, said costs were "in hand".',
            "The chief executive of Brannock Mills",
        ),
        # not a lead: a person is named before the descriptor
        (
            "Union chief Ivo Pell met the board on Monday. The chief executive of Brannock "
            'Mills said that wages would "rise in spring".\n\n'
            "Lena Okoro, the chief executive of Brannock Mills, joined the talks.",
            "The chief executive of Brannock Mills",
        ),
        # the name comes two paragraphs on: out of reach
        (
            _CEO + "The mill employs 900 people.\n\nTalks resume next week.\n\n"
            'Lena Okoro, the chief executive of Brannock Mills, said costs were "in hand".',
            "The chief executive of Brannock Mills",
        ),
    ],
)
def test_a_lead_descriptor_stays_when_nothing_ties_it(text: str, kept: str) -> None:
    assert _speaker(text, 0)[0] == kept


def test_a_named_owner_opens_a_descriptor() -> None:
    assert _named_owner(["Brannock", "Foods'", "chief", "executive"])
    assert not _named_owner(["Brannock", "Foods'", "Annual", "Report"])


def test_role_and_body_read_three_printings_alike() -> None:
    wanted = (("chief", "executive"), ("brannock", "mills"))
    assert _role_and_body("the chief executive of Brannock Mills") == wanted
    assert _role_and_body("Brannock Mills' chief executive") == wanted
    assert _role_and_body("Brannock chief executive") == (("chief", "executive"), ("brannock",))


def test_a_body_noun_names_the_lead_body_again_only_when_its_kind_fits() -> None:
    assert _same_body(("brannock", "mills"), ("brannock",))
    assert _same_body(("eastmarch", "police", "force"), ("force",))
    assert _same_body(("harlow", "foods"), ("company",))
    assert not _same_body(("brannock", "mills"), ("union",))
    assert not _same_body(("brannock", "mills"), ())
    # a word in common is no body in common
    assert not _same_body(("western", "police", "force"), ("national", "police"))
