"""A quoted proper name of a thing given no speaker (issue 14, h55c-quotednames): a
short title-cased quote standing where a noun phrase's head stands, after *the*,
*its*, *her* or one of them and a noun (``kinds._name_after_determiner``). Every
sentence and name here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import QuoteKind, parse
from quoteverify.text.kinds import NAME_OF_THING, _name_after_determiner
from tests.test_kinds_news import quote_of

N = QuoteKind.NON_SPEECH

# A prize, a newspaper after *told the*, a product, a work after a possessive and a
# noun, a working title, a group in apposition: each in a sentence a cue also holds.
NAMES = [
    ('The memoir was shortlisted for the "Corran Book Prize", its editor said.', "Corran"),
    ('"It is over," Mira Holt told the "Westby Argus" on Friday.', "Westby"),
    ('Judge Ray said the firm had sold its painkiller "Lunavex Night" for years.', "Lunavex"),
    ('Tomas Grell said her hit "Copper Rain" had copied his chorus.', "Copper"),
    ('Kai Berg said the chorus matched the one in his own "Late Harbour" exactly.', "Late"),
    (
        'The scheme drew criticism from the walking group "Feet First", whose chair '
        "Ola Brandt said it was unsafe.",
        "Feet",
    ),
]


@pytest.mark.parametrize(("text", "quoted"), NAMES)
def test_a_quoted_name_after_a_determiner_is_nobodys_words(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N, q.kind_reason
    assert q.kind_reason == NAME_OF_THING
    assert q.speaker is None


# What the rule leaves alone: a chant after a cue (*the crowd chanted*), words after a
# cue with no determiner, a single word (often the speaker's own choice of word),
# an exclamation, words holding *we*, a function word between (*the mayor as*), and a
# headline in title case.
NEAR_MISSES = [
    'The crowd chanted "Home Again" as the mayor left, police said.',
    'Lena Voss said "Never Again" when asked about the plan.',
    'Raul Ibsen said the staff ate his "Spanish" lunch without asking.',
    'Raul Ibsen said the crowd gave the "Big Cheer!" he had hoped for.',
    'Raul Ibsen said the slogan was the "Best We Can Do" for now.',
    'Raul Ibsen always refers to the mayor as "Dear Leader" in private.',
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_speech_and_single_words_keep_their_reading(text: str) -> None:
    q = parse(text).quotes[0]
    assert q.kind_reason != NAME_OF_THING, q.kind_reason


def test_a_title_case_headline_is_no_name() -> None:
    assert not _name_after_determiner(
        "Mayor Slams The ", "Harbour Plan", ["harbour", "plan"], " As Costs Rise"
    )


@given(st.text(max_size=40), st.text(max_size=12), st.text(max_size=40))
def test_the_rule_never_fires_for_a_quote_without_a_capital(
    lead: str, content: str, tail: str
) -> None:
    content = content.lower()
    words = content.split()
    assert not _name_after_determiner(lead, content, words, tail) or content[:1].isupper()


def test_a_renaming_verb_with_a_complement_leaves_the_term_to_its_subject() -> None:
    # *called the "..." a failure*: the subject's term and verdict, not a name given.
    text = "Work began in June. Omar Tell called the \u201cGreen Deal\u201d a failure."
    (q,) = parse(text).quotes
    assert q.kind_reason != NAME_OF_THING, q.kind_reason
    assert q.speaker is not None and q.speaker.name == "Omar Tell"
