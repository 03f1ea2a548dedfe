"""Shapes of news leads (issue 14, h48-leads): a stage name in capitals beside a
person's noun, *the company* after two bodies, a lead's descriptor tied to a later
*who heads ...*, a capital's name printed as a person's given name, a firm's name
that holds commas; all sentences and names invented."""

from __future__ import annotations

import pytest

from .test_news_leads import _BODY, _PERSON, _speaker


@pytest.mark.parametrize(
    "text",
    [
        'KRT, the singer, closed the harbour festival.\n\n"This town is home," KRT said.',
        'The show sold out in an hour. "I missed the stage," the veteran rapper ZOLA '
        'told fans.\n\n"It felt new," ZOLA said.',
        'VEXA, a young pianist, toured all year. "No rest yet," VEXA said.',
    ],
)
def test_capitals_beside_a_persons_noun_are_a_person(text: str) -> None:
    name, kind = _speaker(text)
    assert kind is _PERSON, name


@pytest.mark.parametrize(
    "text",
    [
        'KRTA, the transit agency, cut two routes. "Costs are up," KRTA said.',
        'The singer left early. "The crowd was calm," the FBI said.',
    ],
)
def test_capitals_beside_no_persons_noun_stay_a_body(text: str) -> None:
    assert _speaker(text)[1] is _BODY


@pytest.mark.parametrize(
    "text",
    [
        # the body named later as the subject, its name saying no kind
        "Norvex bought Halden Ltd last year. Norvex, which makes valves, said on Friday "
        'that sales fell.\n\n"We expect a better quarter," the company said.',
    ],
)
def test_the_company_is_the_body_the_paragraph_is_about(text: str) -> None:
    assert _speaker(text)[0] == "Norvex"


@pytest.mark.parametrize(
    "text",
    [
        # a bare word typed a person may be a surname: no body
        'Halden Ltd fired its chief in May. "The board lied," Okafor said on Friday.\n\n'
        '"We move on," the company said.',
        # the other body is named inside the sentence, not as its subject
        "Halden Ltd signed a deal with Norvex last year.\n\n"
        '"We expect a better quarter," the company said.',
        "Halden Ltd sued Norvex last year. It fought the claim for months.\n\n"
        '"We expect a better quarter," the company said.',
    ],
)
def test_the_company_stays_with_the_named_kind_when_no_other_subject(text: str) -> None:
    assert _speaker(text)[0] == "Halden Ltd"


_LEAD = 'The leader of the striking nurses said on Monday that "we will not go back."\n\n'


@pytest.mark.parametrize(
    "later",
    [
        "Marta Quell, who heads the union, has led the walkout since March.",
        "Marta Quell, who leads the nurses, has led the walkout since March.",
        "Marta Quell, who leads the Eastfield branch, has led the walkout since March.",
    ],
)
def test_a_lead_descriptor_is_the_person_a_later_relative_clause_gives_the_role(
    later: str,
) -> None:
    """A lead's descriptor before the name (cataphora), tied to the person a later
    paragraph says heads, leads or runs the thing (``heading_verbs.tsv``)."""
    assert _speaker(_LEAD + later, 0)[0] == "Marta Quell"


def test_the_head_of_a_body_is_who_runs_it() -> None:
    text = (
        'The head of the festival said "we sold every ticket."\n\n'
        "Ivo Marsh, who runs the festival, opened the gates at noon."
    )
    assert _speaker(text, 0)[0] == "Ivo Marsh"


@pytest.mark.parametrize(
    "later",
    [
        # nothing led: a clause of motion, not of office
        "Marta Quell, who ran to the door, waved at the crowd.",
        # no relative clause at all
        "Marta Quell joined the walkout in March.",
    ],
)
def test_a_lead_descriptor_stays_when_nothing_ties_it(later: str) -> None:
    assert _speaker(_LEAD + later, 0)[0] == "The leader of the striking nurses"


def test_a_chair_by_relative_clause_keeps_her_sex() -> None:
    """*chairman* is among the nouns *who chairs* gives: it must not make her a man."""
    text = (
        "Sen. Tom Ruddle backed the bill, while Sen. Idrana Velt called it "
        '"a mess."\n\n'
        'Velt, who chairs the budget panel, said she would vote no. "We can wait," she said.'
    )
    assert _speaker(text)[0] == "Idrana Velt"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Kampala Moyo, a teacher, has taught for twenty years.\n\n"The children need '
            'books," Kampala said.',
            "Kampala Moyo",
        ),
        (
            'Lima Osei, 34, runs the shop.\n\n"Rent doubled," Lima said.',
            "Lima Osei",
        ),
    ],
)
def test_a_capital_printed_as_a_given_name_is_the_person(text: str, name: str) -> None:
    assert _speaker(text) == (name, _PERSON)


def test_a_capital_with_no_person_of_its_name_is_a_body() -> None:
    text = 'Kampala Hotel, a landmark, shut in May.\n\n"Talks go on," Kampala said.'
    assert _speaker(text)[1] is _BODY


@pytest.mark.parametrize(
    "text",
    [
        '"We will appeal," Smith, Jones and Partners said in a statement.',
        '"We will appeal," said Smith, Jones and Partners, the firm for the builders.',
        'Smith, Jones and Partners said on Friday: "We will appeal."',
    ],
)
def test_a_firms_name_with_commas_is_read_whole(text: str) -> None:
    assert _speaker(text) == ("Smith, Jones and Partners", _BODY)


def test_surnames_with_commas_and_no_suffix_are_no_firm() -> None:
    text = 'Ann Roe met the lawyers. "We will appeal," said Ruiz, Lee and Shaw, all partners.'
    assert _speaker(text)[0] != "Ruiz, Lee and Shaw"
