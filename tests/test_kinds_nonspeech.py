"""Non-speech spans that issue 14's stop 28 taught the kinds classifier, on
invented news sentences (every sentence and name written for these tests).

Each group names the shape, and each non-speech span must also get no speaker.
"""

from __future__ import annotations

import pytest

from quoteverify import Quote, QuoteKind, parse

N = QuoteKind.NON_SPEECH


def quote_of(text: str, quoted: str) -> Quote:
    """The quote of ``parse(text)`` whose text begins with ``quoted``."""
    quotes = parse(text).quotes
    for q in quotes:
        if q.text.startswith(quoted):
            return q
    raise AssertionError(f"{quoted!r} not found in {[q.text for q in quotes]}")


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


@pytest.mark.parametrize(("text", "quoted"), APPOSITIONS)
def test_a_work_named_by_the_apposition_after_it_is_non_speech(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N, q.kind_reason
    assert q.speaker is None


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


@pytest.mark.parametrize(("text", "quoted"), MEDIA_VERBS)
def test_a_title_after_a_verb_of_the_media_is_non_speech(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N, q.kind_reason
    assert q.speaker is None
