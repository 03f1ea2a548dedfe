"""The claimed person's own quote speaks for them, though another person's quote prints the
claimed words more closely (issue 13, h37-claims)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import Corpus
from quoteverify.model import Verdict


def _corpus(*texts: str) -> Corpus:
    corpus = Corpus()
    for i, text in enumerate(texts):
        corpus.add(text, doc_id=f"d{i}")
    return corpus


# ------------------------------------------------------------- the claimed person's own quote

_OWN = "“I feel very good about the new timetable for the harbour ferry,” Dana Lee said."
_OTHER = "“I feel good about our chances in the cup final next spring,” Omar Haddad said."


def test_the_claimed_quote_with_a_word_dropped_is_not_outvoted_by_common_words() -> None:
    # The claim drops "very" from Dana Lee's quote; Omar Haddad's quote, another
    # utterance, prints the four words as they are. His quote says nothing about hers.
    corpus = _corpus(_OWN, _OTHER)
    v = corpus.verify("I feel good about", speaker="Dana Lee")
    assert v.verdict.supported, v.explanation
    assert v.real_speaker is not None and v.real_speaker.name == "Dana Lee"
    assert "other quotes, by Omar Haddad, print these words too" in v.explanation
    # nobody else is given the words: a third person is still misattributed
    assert corpus.verify("I feel good about", speaker="Ines Brandt").verdict is (
        Verdict.MISATTRIBUTED
    )


def test_a_copy_of_the_claimed_quote_given_to_another_still_disputes_it() -> None:
    # the same utterance, printed word for word by a second article that gives it to
    # somebody else: one quote, two speakers
    corpus = _corpus(_OWN, _OWN.replace("Dana Lee", "Omar Haddad"))
    v = corpus.verify("I feel good about the new timetable", speaker="Dana Lee")
    assert v.verdict is Verdict.DISPUTED, v.explanation


def test_a_quote_lacking_a_word_of_the_claim_is_not_the_claimed_persons_own() -> None:
    # Omar Haddad's quote leaves out the claim's "the": it does not print the claim,
    # so it does not speak for him against the quote that prints every word
    corpus = _corpus(
        "“I feel good about the new timetable for the harbour ferry,” Dana Lee said.",
        "“I feel good about new timetable, really,” Omar Haddad said.",
    )
    v = corpus.verify("I feel good about the new timetable", speaker="Omar Haddad")
    assert v.verdict is Verdict.MISATTRIBUTED, v.explanation


def test_a_weak_reading_of_the_claimed_person_is_not_their_own_quote() -> None:
    # "she", taken to be Dana Lee, is an uncertain reading of who spoke (a mention that
    # does not print the name): it does not outweigh the quote printing the words
    corpus = _corpus(
        "Dana Lee walked the pier. " + _OWN.replace("Dana Lee said", "she said"), _OTHER
    )
    (q, _) = corpus.quotes
    assert q.speaker is not None and q.speaker.name == "Dana Lee"
    v = corpus.verify("I feel good about", speaker="Dana Lee")
    assert not v.verdict.supported, v.explanation


# ------------------------------------------------------------- properties

_FIRST = st.sampled_from(["Dana", "Omar", "Ines", "Tariq", "Wen"])
_LAST = st.sampled_from(["Lee", "Haddad", "Okafor", "Brandt", "Sato"])
_TITLE = st.sampled_from(["", "Councillor ", "Dr ", "Mayor "])
_WORDS = st.sampled_from(
    [
        "The ferry will keep running through the winter",
        "We will not sell the old pier to anyone",
        "Our schools need another two hundred teachers",
    ]
)


@given(
    person=st.tuples(_TITLE, _FIRST, _LAST),
    form=st.sampled_from(["{f} {l}", "{l}", "{t}{l}", "{t}{f} {l}"]),
    other=_LAST,
    words=_WORDS,
    dropped=st.booleans(),
)
def test_any_printed_form_of_the_speaker_is_supported_and_a_stranger_never(
    person: tuple[str, str, str], form: str, other: str, words: str, dropped: bool
) -> None:
    # The article prints the quote with a firm cue and its speaker's name in full; a
    # claim naming that speaker by any form the article gives (full name, surname,
    # title and surname) is never misattributed, with or without a function word
    # dropped. A speaker the article never gives the quote is never supported.
    title, first, last = person
    corpus = _corpus(
        f"Marco Ruiz chaired the meeting. “{words} and the council knows it,” "
        f"{title}{first} {last} said on Monday."
    )
    claim = words.replace(" the ", " ", 1) if dropped else words
    claimed = form.format(f=first, l=last, t=title)
    v = corpus.verify(claim, speaker=claimed)
    assert v.verdict is not Verdict.MISATTRIBUTED, (claimed, v.explanation)
    assert v.verdict.supported, (claimed, v.explanation)
    if other != last:
        stranger = corpus.verify(claim, speaker=f"Ana {other}")
        assert stranger.verdict is Verdict.MISATTRIBUTED, stranger.explanation
