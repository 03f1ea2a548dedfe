"""Kinds at the line between speech and non-speech that issue 14's stop 33 taught the
classifier, on invented news sentences (every sentence and name written for these
tests). Each non-speech span must also get no speaker.
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


@pytest.mark.parametrize(("text", "quoted"), OPENING_WORKS)
def test_a_title_after_a_work_opening_its_sentence_is_non_speech(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N, q.kind_reason
    assert q.speaker is None


# What it leaves alone: words that are not title-cased, a noun that names no work,
# a work named after a cue (what she said of the report).
OPENING_SPEECH = [
    ('The board met in May. The report, "We found the mines to blame", was leaked.', D),
    ('The statement, "We Will Rebuild Every Home," was read out by Ana Ruiz.', D),
    ('Ana Ruiz said of the report, "Badly Argued and Late," and left the room.', D),
]


@pytest.mark.parametrize(("text", "kind"), OPENING_SPEECH)
def test_words_after_a_noun_that_names_no_title_stay_speech(text: str, kind: QuoteKind) -> None:
    q = parse(text).quotes[0]
    assert q.kind is kind, q.kind_reason


# A relative clause whose verb gave the noun before it its name, in the past and
# perhaps after an auxiliary or before *the*: the name given, said by nobody.
NAMES_GIVEN = [
    ('The blaze, which crews named the "Otter Creek Fire," grew overnight.', "Otter"),
    ('The scheme, which the bank has named "Fair Start", opens in May.', "Fair"),
    ('The locomotive, which the museum christened "Lady Grey," runs on Sundays.', "Lady"),
]


@pytest.mark.parametrize(("text", "quoted"), NAMES_GIVEN)
def test_a_name_given_in_a_relative_clause_is_non_speech(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N, q.kind_reason
    assert q.speaker is None


# A label somebody used, not a proper name, stays their words.
LABELS_USED = [
    'The levy, which Ana Ruiz called "a tax on the poor," passed in May.',
    'The levy, which Ana Ruiz had named "the worst idea in years," passed in May.',
]


@pytest.mark.parametrize("text", LABELS_USED)
def test_a_label_used_in_a_relative_clause_stays_partial(text: str) -> None:
    q = parse(text).quotes[0]
    assert q.kind is P, q.kind_reason


# A short lower-case fragment far from the cue that closes its sentence after a
# comma: a fragment of what the cue reports, with the cue's speaker.
CLOSED_BY_A_CUE = [
    (
        'The council had "run out of road" on the bypass and must now start again, '
        "said Ana Ruiz, a planning lawyer.",
        "run out",
        "Ana Ruiz",
    ),
    (
        'Ticket sales were "well ahead" of last summer at every one of the seaside '
        "venues, Tom Hale said on Monday.",
        "well ahead",
        "Tom Hale",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), CLOSED_BY_A_CUE)
def test_a_fragment_in_a_sentence_a_cue_closes_is_partial(
    text: str, quoted: str, speaker: str
) -> None:
    q = quote_of(text, quoted)
    assert q.kind is P, q.kind_reason
    assert q.speaker is not None and q.speaker.name == speaker


# A clause after the comma that opens with a function word is not the cue's, and a
# sentence with no cue keeps its scare quote.
NOT_CLOSED = [
    'The "pop-up" park stayed open all summer and most of the autumn, since Roe spoke for it.',
    'The "pop-up" park stayed open all summer and most of the autumn, to nobody\'s surprise.',
]


@pytest.mark.parametrize("text", NOT_CLOSED)
def test_a_scare_quote_in_a_sentence_no_cue_closes_stays_non_speech(text: str) -> None:
    q = quote_of(text, "pop-up")
    assert q.kind is N, q.kind_reason
    assert q.speaker is None


def test_a_title_after_record_is_non_speech() -> None:
    # A record, as music news names an album or a single.
    text = 'Ruiz recorded six albums, among them the 1971 record "Salt and Smoke", in Lagos.'
    q = quote_of(text, "Salt")
    assert q.kind is N, q.kind_reason
    assert q.speaker is None


# A verdict after *branded*, *labelled* or *termed* and the verb's object is the
# subject's words, as after *called* (a partial quote with its speaker); a
# title-cased name after them is still a name.
VERDICTS = [
    'Council leader Ana Ruiz branded the cuts "a betrayal of the valley" on Monday.',
    'Council leader Ana Ruiz labelled the decision "short-sighted" and left.',
    'Council leader Ana Ruiz termed the delay "unacceptable" in a letter.',
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_after_branded_or_labelled_is_partial(text: str) -> None:
    q = parse(text).quotes[0]
    assert q.kind is P, q.kind_reason
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


def test_a_name_after_branded_stays_non_speech() -> None:
    q = quote_of('Fans branded the new stand "The Cauldron" within a week.', "The Cauldron")
    assert q.kind is N, q.kind_reason
    assert q.speaker is None
