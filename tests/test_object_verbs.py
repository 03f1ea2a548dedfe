"""Terms in a clause whose verb takes a thing, not words (issue 14, stop 36), on
invented news sentences written for these tests.

The row ``X-verbed-quote`` gives a span whose form says non-speech (a scare quote,
a short title) the subject of an unlisted verb before it, because PolNeAR's
annotators attribute such terms (*Hale blamed the "fog of war"*). A verb whose
object is a sum, a thing or a place (``lexicons/object_verbs.txt``: *owed*,
*oversees*, *replaced*, *raised*) reports nobody's words, and *no* after an
auxiliary is no verb at all: the span stays non-speech and gets no speaker.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind
from quoteverify.lexicons import load
from tests.test_kinds_news import describe, quote_of

N = QuoteKind.NON_SPEECH

OBJECT_VERB_TERMS = [
    ('It owed Marta Quill $12,000 for "brand polishing" by the end of May.', "brand"),
    ('Ines Varga, who oversees the revived "Copper Lane," joined the studio in 2019.', "Copper"),
    ('Luis Ortega replaced Kim on the station\'s weekend "Morning Brew" slot.', "Morning"),
    ('Dana Pike raised $40,000 for the "grassroots" fund last year.', "grassroots"),
    ('It depended on backers among "very cautious" savers in the north.', "very"),
    ('Dr Omar Haddad diagnosed forty children with "mild" asthma in May.', "mild"),
]

# "no" after an auxiliary is a determiner (lexicons/verbish_words.txt), not a verb
# whose subject would say the span.
NO_AFTER_AUXILIARY = [
    ('It was no longer enough for Ana Ruiz to "win" a debate on points.', "win"),
    ('They have no choice but to accept its "interim" plan for the city.', "interim"),
]


@pytest.mark.parametrize(("text", "quoted"), OBJECT_VERB_TERMS + NO_AFTER_AUXILIARY)
def test_a_term_after_no_verb_of_speech_is_no_speech(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N and q.speaker is None, describe(q)


# The same shapes with a verb the lexicon does not list keep PolNeAR's reading:
# the subject's characterisation, partial, with the subject as its source.
KEPT = [
    ('Ana Ruiz blamed the "fog of war" for the delay.', "fog", "Ana Ruiz"),
    ('Tom Hale derided the "armchair planners" in a speech.', "armchair", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), KEPT)
def test_a_verb_of_blame_still_gives_the_term_its_subject(
    text: str, quoted: str, speaker: str
) -> None:
    q = quote_of(text, quoted)
    assert q.kind is QuoteKind.PARTIAL, describe(q)
    assert q.speaker is not None and q.speaker.name == speaker, describe(q)


def test_a_direct_quote_after_an_object_verb_keeps_its_cue() -> None:
    # The lexicon is read only for a span whose form says non-speech: a quote with
    # its own cue is untouched ("owed" is no cue here; "said" is).
    q = quote_of('Ana Ruiz owed the bank money. "We will pay it back," she said.', "We will")
    assert q.kind is QuoteKind.DIRECT
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz", describe(q)


@settings(max_examples=40, deadline=None)
@given(verb=st.sampled_from(sorted(load("object_verbs"))), term=st.sampled_from(["tidy", "bold"]))
def test_no_listed_verb_gives_a_scare_quote_its_subject(verb: str, term: str) -> None:
    # Whatever listed form stands between a named subject and a one-word scare
    # quote, the quote is nobody's words.
    q = quote_of(f'Yesterday Ana Ruiz {verb} a "{term}" stake in the harbour.', term)
    assert q.speaker is None, (verb, describe(q))
