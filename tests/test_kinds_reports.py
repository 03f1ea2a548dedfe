"""Kinds at the line between speech and non-speech that issue 14's stop 33 taught the
classifier, on invented news sentences (every sentence and name written for these
tests). Each non-speech span must also get no speaker, and each partial its speaker.
"""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind, parse
from tests.test_kinds_news import quote_of

N, P, D = QuoteKind.NON_SPEECH, QuoteKind.PARTIAL, QuoteKind.DIRECT


# A work's noun phrase opening its sentence, then its title set off by commas: the
# noun (a report, a study) is the sentence's only cue, and the title names it. A year
# or a number inside a title leaves it title-cased.
OPENING_WORKS = [
    ('The board met in May. The report, "Clean Water for Everyone", blamed the mines.', "Clean"),
    ('The board met in May. Their study, "Roads and Rivers 2031," found more floods.', "Roads"),
    ('Nobody expected it. The council\'s report, "Homes Fit for Families," was blunt.', "Homes"),
]

# A relative clause whose verb gave the noun before it its name, in the past and
# perhaps after an auxiliary or before *the*: the name given, said by nobody.
NAMES_GIVEN = [
    ('The blaze, which crews named the "Otter Creek Fire," grew overnight.', "Otter"),
    ('The scheme, which the bank has named "Fair Start", opens in May.', "Fair"),
    ('The locomotive, which the museum christened "Lady Grey," runs on Sundays.', "Lady"),
]

# A record, as music news names an album or a single; a title-cased name after
# *branded* (below) is still a name.
OTHER_NAMES = [
    ('Ruiz recorded six albums, among them the 1971 record "Salt and Smoke", in Lagos.', "Salt"),
    ('Fans branded the new stand "The Cauldron" within a week.', "The Cauldron"),
]


@pytest.mark.parametrize(("text", "quoted"), OPENING_WORKS + NAMES_GIVEN + OTHER_NAMES)
def test_names_and_titles_are_non_speech_with_no_speaker(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert (q.kind, q.speaker) == (N, None), q.kind_reason


# What the rules leave alone: words that are not title-cased, a noun that names no
# work, a work named after a cue (what she said of the report), a label somebody
# used rather than a proper name.
LEFT_ALONE = [
    ('The board met in May. The report, "We found the mines to blame", was leaked.', D),
    ('The statement, "We Will Rebuild Every Home," was read out by Ana Ruiz.', D),
    ('Ana Ruiz said of the report, "Badly Argued and Late," and left the room.', D),
    ('The levy, which Ana Ruiz called "a tax on the poor," passed in May.', P),
    ('The levy, which Ana Ruiz had named "the worst idea in years," passed in May.', P),
]


@pytest.mark.parametrize(("text", "kind"), LEFT_ALONE)
def test_words_that_name_nothing_stay_speech(text: str, kind: QuoteKind) -> None:
    q = parse(text).quotes[0]
    assert q.kind is kind, q.kind_reason


# A short lower-case fragment far from the cue that closes its sentence after a
# comma: a fragment of what the cue reports, with the cue's speaker.
CLOSED_BY_A_CUE = [
    (
        'The council had "run out of road" on the bypass and must now start again, '
        "said Ana Ruiz, a planning lawyer.",
        "run out",
    ),
    (
        'Ticket sales were "well ahead" of last summer at every one of the seaside '
        "venues, Ana Ruiz said on Monday.",
        "well ahead",
    ),
]

# A verdict after *branded*, *labelled* or *termed* and the verb's object is the
# subject's words, as after *called*.
VERDICTS = [
    (
        'Council leader Ana Ruiz branded the cuts "a betrayal of the valley" on Monday.',
        "a betrayal",
    ),
    ('Council leader Ana Ruiz labelled the decision "short-sighted" and left.', "short-sighted"),
    ('Council leader Ana Ruiz termed the delay "unacceptable" in a letter.', "unacceptable"),
]


@pytest.mark.parametrize(("text", "quoted"), CLOSED_BY_A_CUE + VERDICTS)
def test_fragments_of_what_a_speaker_said_are_partial(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is P, q.kind_reason
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


# A clause after the comma that opens with a function word is not the cue's, and a
# sentence with no cue keeps its scare quote.
NOT_CLOSED = [
    'The "pop-up" park stayed open all summer and most of the autumn, since Roe spoke for it.',
    'The "pop-up" park stayed open all summer and most of the autumn, to nobody\'s surprise.',
]


@pytest.mark.parametrize("text", NOT_CLOSED)
def test_a_scare_quote_in_a_sentence_no_cue_closes_stays_non_speech(text: str) -> None:
    q = quote_of(text, "pop-up")
    assert (q.kind, q.speaker) == (N, None), q.kind_reason
