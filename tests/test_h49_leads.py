"""Shapes of news leads (issue 14, h49-leads): *the source said* after an unnamed
source with a post-modifier, *the group said* after a body whose kind an apposition
gives, a document owned by a pronoun (*her statement said*), a firm's legal form as
its name's last word (*LLP*, *GmbH*); all sentences and names invented."""

from __future__ import annotations

import pytest

from quoteverify import SpeakerKind, parse

from .test_news_leads import _BODY, _PERSON, _speaker

_ANONYMOUS = SpeakerKind.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Grey & Pike LLP said "the claim has no merit."', "Grey & Pike LLP"),
        ('"The claim has no merit," said Marlow Ward LLP.', "Marlow Ward LLP"),
        ('Velta GmbH said "sales fell in the spring."', "Velta GmbH"),
    ],
)
def test_a_firms_legal_form_ends_a_bodys_name(text: str, name: str) -> None:
    assert _speaker(text) == (name, _BODY)


def test_a_partner_at_a_firm_is_a_person() -> None:
    text = 'Ana Cole, a partner at Grey Pike LLP, said "we will appeal."'
    assert _speaker(text) == ("Ana Cole", _PERSON)


def test_parse_keeps_the_quote_count() -> None:
    text = 'Velta GmbH said "sales fell." Grey Pike LLP said "costs rose."'
    assert len(parse(text).quotes) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A source close to the ferry talks said a deal was near. "
            '"We are one meeting away," the source said.',
            "A source close to the ferry talks",
        ),
        (
            "An official familiar with the audit said the figures were late. "
            'The official said "nobody has signed them yet."',
            "An official familiar with the audit",
        ),
        (
            "A diplomat briefed on the summit said the date would slip. "
            '"March is gone," the diplomat added.',
            "A diplomat briefed on the summit",
        ),
    ],
)
def test_the_source_again_is_the_unnamed_source_with_its_post_modifier(
    text: str, name: str
) -> None:
    assert _speaker(text) == (name, _ANONYMOUS)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Harbour Watch, a residents' group, opposed the pier on Monday. "
            'The group said "the plan is reckless."',
            "Harbour Watch",
        ),
        (
            "Kestrel Aid, a small charity, opened a shelter in May. "
            '"We need more beds," the charity said.',
            "Kestrel Aid",
        ),
    ],
)
def test_a_body_whose_kind_an_apposition_gives_is_named_again_by_that_kind(
    text: str, name: str
) -> None:
    assert _speaker(text) == (name, _BODY)


def test_a_sentence_opener_before_a_bodys_kind_is_no_body() -> None:
    text = (
        "Kestrel Aid, a small charity, runs the shelter. Meanwhile, a bigger charity, "
        'with no staff, shut its doors. "We need more beds," the charity said.'
    )
    assert _speaker(text)[0] != "Meanwhile"


def test_a_persons_apposition_names_no_body() -> None:
    # "a member of the group" is a person's role, not the body's kind
    text = 'Tom Hale, a member of the group, spoke first. "The plan is reckless," the group said.'
    assert _speaker(text)[0] != "Tom Hale"
