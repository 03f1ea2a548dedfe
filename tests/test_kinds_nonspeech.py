"""Non-speech spans that issue 14's stop 28 taught the kinds classifier, on
invented news sentences (every sentence and name written for these tests).

Each group names the shape, and each non-speech span must also get no speaker.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind, parse
from quoteverify.text.kinds import SCARE_QUOTE
from tests.test_kinds_news import quote_of

N, P = QuoteKind.NON_SPEECH, QuoteKind.PARTIAL


# A title-cased work named by the apposition after it: the noun may be one of the
# kinds of work added at stop 28 (a thriller, a biography, a sitcom's reboot), and
# a capitalised word may stand between the article and the noun (an HBO series).
APPOSITIONS = [
    ('The studio bought the rights to "Cold Ledger," a thriller about a bank clerk.', "Cold"),
    ('Her publisher will print "Lantern Years," a biography of the poet, in June.', "Lantern"),
    ('The network revived "Harbour Nights," an ITV drama from the 1990s.', "Harbour"),
    ('Fans cheered when "Glass Orchard," a Netflix series, was renewed.', "Glass"),
    ('Viewers will see "Pine Street Again," a reboot of the old sitcom, next year.', "Pine"),
]


# A title set off by a comma after a work noun, ending its sentence with the stop
# inside the marks (a noun that names no work leaves it speech: below).
APPOSITIONS += [
    ('She made her name as the writer of the hit stage play, "Borrowed Light."', "Borrowed"),
    ('Tickets sold out within an hour for his new musical, "Salt Harbour." Fans queued.', "Salt"),
]


def test_a_capitalised_sentence_after_a_noun_and_a_comma_is_not_made_a_title() -> None:
    q = quote_of('Ruiz gave the crowd one promise, "We Will Win."', "We")
    assert q.kind is not N, q.kind_reason


def test_an_apposition_naming_a_speaker_still_reads_speech() -> None:
    # A cue after the noun makes the quote that noun's words, capitalised or not.
    q = quote_of('"Time Is Short," the BBC report said on Monday.', "Time")
    assert q.kind is not N, q.kind_reason


# A title-cased work right after a verb of the media trade (performed, streamed,
# renewed, cancelled, screened, broadcast): the verb names what is put on, not words.
MEDIA_VERBS = [
    ('The band came back on stage to perform "Lanterns in the Rain." The crowd sang.', "Lanterns"),
    ('The network has renewed "Quiet Harbour" for a third season.', "Quiet"),
    ('The broadcaster cancelled "Nine Mile Road," which had lost half its viewers.', "Nine"),
    ('A rival service paid a fortune to stream "Parish Lines." Its shares rose.', "Parish"),
    ('The cinema screened "The Salt Road" twice on Sunday.', "The Salt"),
]


# One or two lower-case words in a sentence that quotes nobody, the narrator's comma
# or full stop printed inside the marks: a scare quote, as it is with no stop.
SCARE_WITH_STOP = [
    ('The merger would give the bakery "scale," which it has lacked for years.', "scale"),
    ('When prices rise there is always plenty of "grumbling." Then people pay.', "grumbling"),
    ('Voters who register as "unaffiliated," can still vote in June.', "unaffiliated"),
    ('Most of the surplus goes to a "rainy-day fund." The town has saved for years.', "rainy-day"),
]


@pytest.mark.parametrize(("text", "quoted"), APPOSITIONS + MEDIA_VERBS + SCARE_WITH_STOP)
def test_titles_and_scare_quotes_are_non_speech_with_no_speaker(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N, q.kind_reason
    assert q.speaker is None


# What the rule leaves alone: a cue in the sentence, three words or more, a capital,
# a colon before it, a sentence of its own.
SPEECH_WITH_STOP = [
    ('Ana Ruiz said the plan was "unworkable," and walked out.', P),
    ('The rules, Ruiz said, were "far too loose."', P),
    ('The verdict of the panel: "unworkable." Ruiz agreed.', None),
    ('Rain fell all day. "Unworkable." That was the mood.', None),
]


@pytest.mark.parametrize(("text", "kind"), SPEECH_WITH_STOP)
def test_a_quote_with_a_cue_or_more_words_is_not_made_a_scare_quote(
    text: str, kind: QuoteKind | None
) -> None:
    q = parse(text).quotes[0]
    if kind is None:
        assert q.kind_reason != SCARE_QUOTE, q.kind_reason
    else:
        assert q.kind is kind, q.kind_reason


_PLAIN = ["the", "market", "town", "grew", "quiet", "after", "harvest", "with", "new", "roads"]
_TERMS = ["buzz", "reset", "pivot", "sticker shock", "slow lane", "boom", "quiet quitting"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_PLAIN), min_size=2, max_size=8),
    st.sampled_from(_TERMS),
    st.sampled_from([",", "."]),
    st.lists(st.sampled_from(_PLAIN), min_size=1, max_size=6),
)
def test_a_scare_quote_with_a_stop_in_a_sentence_with_no_cue_is_never_speech(
    head: list[str], term: str, stop: str, tail: list[str]
) -> None:
    # Sentences of words that hold no cue, frame or title word: whatever their order,
    # a one- or two-word lower-case quote with its stop inside is no one's words.
    text = "Officials " + " ".join(head) + f' "{term}{stop}" ' + " ".join(tail) + "."
    q = quote_of(text, term)
    assert q.kind is N, (text, q.kind_reason)
    assert q.speaker is None, text
