"""Shapes of news leads (issue 14, h49-leads): *the source said* after an unnamed
source with a post-modifier, *the group said* after a body whose kind an apposition
gives, a document owned by a pronoun (*her statement said*, *her blog post said*), a
firm's legal form as its name's last word (*LLP*, *GmbH*), a place a sentence gives
its view to (*For Dover, ...:*), a reply a letter drew; all sentences and names
invented."""

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


@pytest.mark.parametrize("noun", ["statement", "release", "email", "notice"])
def test_a_document_a_pronoun_owns_speaks_for_its_owner(noun: str) -> None:
    text = f'Mayor Lena Obi toured the pier on Friday. Her {noun} said "we will rebuild it."'
    assert _speaker(text) == ("Lena Obi", _PERSON)


def test_a_documents_partial_quote_goes_to_its_owner() -> None:
    text = 'Jon Prell quit on Monday. His statement said the board had "lost its nerve."'
    assert _speaker(text) == ("Jon Prell", _PERSON)


@pytest.mark.parametrize(
    "text",
    [
        'Dana Frye runs a cooking site. "The town deserves better," the blog post said.',
        'Dana Frye runs a cooking site. "The town deserves better," said a blog post.',
    ],
)
def test_a_blog_post_is_read_whole(text: str) -> None:
    name, kind = _speaker(text)
    assert name.lower().endswith("blog post"), name
    assert kind is SpeakerKind.DOCUMENT


def test_a_blog_post_its_owners_pronoun_opens_speaks_for_the_owner() -> None:
    text = 'Dana Frye runs a cooking site. Her blog post said "the town deserves better."'
    assert _speaker(text) == ("Dana Frye", _PERSON)


def test_post_is_still_a_verb_after_a_modal() -> None:
    assert _speaker('Ken Marr will post a reply: "No."') == ("Ken Marr", _PERSON)


@pytest.mark.parametrize("place", ["Dover", "Kent"])
def test_a_place_a_sentence_gives_its_view_to_is_no_speaker(place: str) -> None:
    text = (
        "The storm hit the coast on Tuesday.\n\n"
        f'For {place}, the cost is high: "We cannot rebuild this year."'
    )
    assert parse(text).quotes[0].speaker is None


def test_a_person_a_sentence_gives_its_view_to_still_speaks() -> None:
    text = (
        "Mayor Ana Kent toured the coast on Tuesday.\n\n"
        'For Kent, the cost is high: "We cannot rebuild this year."'
    )
    assert _speaker(text) == ("Ana Kent", _PERSON)


@pytest.mark.parametrize("verb", ["drew", "got", "received"])
def test_a_reply_a_letter_drew_is_not_its_authors(verb: str) -> None:
    text = (
        "Ken Marr wrote to the harbour minister in May. "
        f'His letter {verb} a blunt reply: "We will not reconsider."'
    )
    speaker = parse(text).quotes[0].speaker
    assert speaker is None or speaker.name != "Ken Marr"


def test_a_letter_that_was_short_is_still_its_authors() -> None:
    text = 'Ken Marr wrote to the minister in May. His letter was short: "We will not pay."'
    assert _speaker(text) == ("Ken Marr", _PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The Audit Office met on Monday. Its report found that costs had "risen sharply."',
            "Audit Office",
        ),
        ('Velta GmbH posted a loss. Its statement said "sales will recover."', "Velta GmbH"),
    ],
)
def test_a_document_its_opens_speaks_for_the_body(text: str, name: str) -> None:
    assert _speaker(text) == (name, _BODY)


def test_a_document_their_opens_stays_the_document() -> None:
    # a plural owner may be several people: the document speaks, not one of them
    text = 'Ana Roe and Ben Hale wrote to the board. Their letter said "we have lost faith."'
    assert _speaker(text) == ("Their letter", SpeakerKind.DOCUMENT)
