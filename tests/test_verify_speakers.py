"""Who said it: how ``verify`` reads the claimed speaker against the sources' speakers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import Corpus, parse_claim
from quoteverify.matching.verify import speakers_agree
from quoteverify.model import Speaker, Verdict


def _corpus(*texts: str) -> Corpus:
    corpus = Corpus()
    for i, text in enumerate(texts):
        corpus.add(text, doc_id=f"d{i}")
    return corpus


# --------------------------------------------------------------------------- names


def test_a_surname_agrees_with_the_full_name_either_way() -> None:
    assert speakers_agree(Speaker(name="Lee"), Speaker(name="Dana Lee"))
    assert speakers_agree(Speaker(name="Dana Lee"), Speaker(name="Lee"))


def test_titles_initials_and_an_outlet_before_the_name_are_set_aside() -> None:
    full = Speaker(name="Ana B. Ortiz")
    for other in ("Alderman Ana B. Ortiz", "Ana Ortiz", "Radio Ten's Ana Ortiz", "Mrs. Ortiz"):
        assert speakers_agree(full, Speaker(name=other)), other
        assert speakers_agree(Speaker(name=other), full), other


def test_other_people_do_not_agree() -> None:
    assert not speakers_agree(Speaker(name="Dana Lee"), Speaker(name="Marco Lee"))
    assert not speakers_agree(Speaker(name="Ortiz"), Speaker(name="Dana Lee"))
    assert not speakers_agree(Speaker(name="Alderman Ortiz"), Speaker(name="Alderman Lee"))


_GIVEN = st.sampled_from(["Dana", "Ana", "Marco", "Omar", "B.", "J."])
_SURNAME = st.sampled_from(["Lee", "Ortiz", "Haddad", "Ruiz"])
_NAMES = st.builds(lambda g, s: " ".join([*g, s]), st.lists(_GIVEN, max_size=2), _SURNAME)
_TITLES = st.sampled_from(["", "Mr ", "Ms. ", "Sen. ", "Alderman ", "Radio Ten's "])


@given(_NAMES, _NAMES)
def test_agreement_is_symmetric(a: str, b: str) -> None:
    assert speakers_agree(Speaker(name=a), Speaker(name=b)) == speakers_agree(
        Speaker(name=b), Speaker(name=a)
    )


@given(_NAMES, _TITLES)
def test_a_title_before_a_name_keeps_it_the_same_speaker(name: str, title: str) -> None:
    assert speakers_agree(Speaker(name=name), Speaker(name=title + name))


# --------------------------------------------------------------------------- claims


def test_a_quote_inside_a_claim_is_part_of_the_claim_unless_the_rest_attributes_it() -> None:
    assert parse_claim('Lee said "the ferry runs in June"')[0] == "the ferry runs in June"
    assert parse_claim("“The ferry runs in June,” she said")[0] == "The ferry runs in June,"
    claim = "the council called it 'a scandal' and we agree"
    assert parse_claim(claim) == (claim, None)


def test_a_claim_holding_a_quoted_word_is_checked_whole() -> None:
    corpus = _corpus(
        "“The audit found the accounts were ‘a shambles’ last year,” Dana Lee said.",
        "“What a shambles,” Marco Ruiz said.",
        "“It was a shambles,” Omar Haddad said.",
    )
    v = corpus.verify("the accounts were ‘a shambles’ last year", speaker="Lee")
    assert v.verdict.supported, v.explanation
    assert v.real_speaker is not None and v.real_speaker.name == "Dana Lee"


def test_the_source_printing_the_whole_claim_names_the_speaker_not_looser_variants() -> None:
    corpus = _corpus(
        "“We do not want to talk about the pier today,” Dana Lee said.",
        "“We do not want to talk about it,” Omar Haddad said.",
        "“I do not want to talk about that,” Ana Ortiz said.",
    )
    claim = "We do not want to talk about the"
    v = corpus.verify(claim, speaker="Lee")
    assert v.verdict is Verdict.FRAGMENT, v.explanation
    assert v.real_speaker is not None and v.real_speaker.name == "Dana Lee"
    assert corpus.verify(claim, speaker="Omar Haddad").verdict is Verdict.MISATTRIBUTED


def test_a_speaker_described_in_an_article_naming_the_claimed_person_agrees() -> None:
    corpus = _corpus(
        "Dana Lee toured the harbour on Monday. “The ferry will run again in June,” the "
        "former mayor told reporters."
    )
    v = corpus.verify("The ferry will run again in June", speaker="Dana Lee")
    assert v.verdict.supported, v.explanation
    other = corpus.verify("The ferry will run again in June", speaker="Marco Ruiz")
    assert other.verdict is Verdict.MISATTRIBUTED
