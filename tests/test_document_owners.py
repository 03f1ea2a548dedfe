"""A document's owner named by a possessive, and nouns that read as documents or not
(h58c-documents)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a document noun that is also a cue's lemma (report, note) after a possessive
        ('Maria Olsen\'s report said "the plan is dead."', "Maria Olsen"),
        ('Maria Olsen\'s annual report said "the plan is dead."', "Maria Olsen"),
        ('Maria Olsen\'s report, published on Monday, said "the plan is dead."', "Maria Olsen"),
        ('Maria Olsen\'s note read "the plan is dead."', "Maria Olsen"),
        # the owner read whole, not its last word
        ('The Tarn Council\'s report said "the plan is dead."', "Tarn Council"),
        ('The Tarn Council\'s letter said "the plan is dead."', "Tarn Council"),
        ('The Tarn Council\'s study said "the plan is dead."', "Tarn Council"),
    ],
)
def test_possessive_owner_is_the_author(text: str, name: str) -> None:
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a role's owner, a verb after a plural, no owner at all
        ('The mayor\'s report said "the plan is dead."', "The mayor"),
        ('Monday\'s report said "the plan is dead."', "report"),
        ('Maria Olsen\'s aides report "the plan is dead."', "aides"),
        ('The report said "the plan is dead."', "The report"),
        ('The report, which criticised Peter Vance, said "the plan is dead."', "The report"),
    ],
)
def test_possessive_near_misses(text: str, name: str) -> None:
    assert _speakers(text) == [name]


def test_advisory_named_again_is_its_issuer() -> None:
    text = (
        'Halden Shipping said in a customer advisory that it would "cut sailings". '
        '"Rates will fall," the advisory said.'
    )
    assert _speakers(text) == ["Halden Shipping", "Halden Shipping"]


def test_status_page_is_its_owners() -> None:
    text = 'Tarn Cloud went down. The company\'s status page said staff had "found the fault".'
    quote = parse(text).quotes[0]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("The company", SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a document noun modifying a body's noun names no author
        ('The Tarn audit committee said "rents will fall."', "Tarn audit committee"),
        (
            'The White House advisory council said "rents will fall."',
            "White House advisory council",
        ),
        ('The advisory board said "rents will fall."', "The advisory board"),
        ('An advisory panel said "rents will fall."', "An advisory panel"),
        # near miss: the document noun ends the phrase, so the name before it wrote it
        ('The Audit Office report said "rents will fall."', "Audit Office"),
    ],
)
def test_document_noun_as_modifier(text: str, name: str) -> None:
    assert _speakers(text) == [name]


_OWNERS = st.sampled_from(["Maria Olsen", "Tom Hale", "Ana Roe", "Peter Vance"])
_NOUNS = st.sampled_from(["report", "note", "letter", "study", "memo"])


@given(owner=_OWNERS, noun=_NOUNS)
def test_a_named_owners_document_speaks_as_the_owner(owner: str, noun: str) -> None:
    assert _speakers(f'{owner}\'s {noun} said "the plan is dead."') == [owner]
