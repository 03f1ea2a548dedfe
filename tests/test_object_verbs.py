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


# Near misses: a partial quote of speech beside the verbs stop 54 lists (below) keeps its cue and
# its speaker (the lexicon is read only for a span whose form says non-speech).
SPEECH_BESIDE_THING_VERBS = [
    (
        'Dana Pike launched the scheme on Monday, saying it would "end the wait for good."',
        "end the",
        "Dana Pike",
    ),
    ('Ana Ruiz offered her "deepest regret" to the families, she said.', "deepest", "Ana Ruiz"),
    ('Tom Hale dropped his bid, saying the race had become "a circus."', "a circus", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), KEPT + SPEECH_BESIDE_THING_VERBS)
def test_a_verb_of_blame_or_a_cue_still_gives_the_term_its_subject(
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


# Stop 54: verbs whose object is a campaign, a ban, a product, an award or a deal
# (launch, ban, drop, celebrate, seek, earn, present, offer, sign). A title, a
# nickname or a product's term in the clause they govern is nobody's words; the
# blind sets print them in headlines (*Town bans "..." from ...*) and in copy.
THING_VERB_TERMS = [
    ('Tom Hale launched a "listening tour" across the county.', "listening"),
    ('Dana Pike launched her "Fair Fares" drive in Hull, promising cheaper buses.', "Fair"),
    ('Ana Ruiz banned "loud" leaf blowers from the park last spring.', "loud"),
    ('Ana Ruiz dropped the "express" lane from the plan in May.', "express"),
    ('Tom Hale seeks a "fresh" mandate in the spring.', "fresh"),
    ('Village celebrates its "Baker of the Year"', "Baker"),
    ('The winger, Leo Marsh, earned the nickname for his "lightning" starts.', "lightning"),
    ('Mara Lind presented the "Gold Quill" prize to a first-time author on Friday.', "Gold"),
    ('It also offers a "one-tap" refund to members who cancel within a week.', "one-tap"),
    ('Maya Chen signed a "no strike" deal with the union in May.', "no strike"),
]

HEADLINES = [
    (
        'Town bans "ghost kitchens" from residential streets\n\n'
        "Brayford Town Council voted on Tuesday to stop takeaway-only kitchens.",
        "ghost",
    ),
    (
        'Airline drops "saver plus" fares after complaints\n\n'
        "Northsea Air will end its cheapest fare from March.",
        "saver",
    ),
]


@pytest.mark.parametrize(("text", "quoted"), THING_VERB_TERMS + HEADLINES)
def test_a_term_after_a_verb_of_launching_or_offering_is_no_speech(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N and q.speaker is None, describe(q)
