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
