"""Verdicts from the alignment: a claim is supported only when a source prints all of it."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Corpus, compare
from quoteverify.model import Significance, Verdict
from quoteverify.surfaces.records import verification_from_record, verification_record
from quoteverify.text.normalize import content_words, words


def _corpus(*texts: str) -> Corpus:
    corpus = Corpus()
    for i, text in enumerate(texts):
        corpus.add(text, doc_id=f"d{i}")
    return corpus


LEE = "“We will never trust the polls before the vote is counted,” Ms Lee said."


def test_a_swapped_content_word_is_altered_and_named() -> None:
    v = _corpus(LEE).verify("We will never trust the referee before the vote", speaker="Lee")
    assert v.verdict is Verdict.ALTERED and not v.verdict.supported
    assert "'referee'" in v.explanation and "'polls'" in v.explanation


def test_words_no_source_prints_make_a_partly_sourced_claim() -> None:
    v = _corpus(LEE).verify(
        "We will never trust the polls and we will not pay the fine", speaker="Lee"
    )
    assert v.verdict is Verdict.PARTLY_SOURCED and not v.verdict.supported
    assert "pay the fine" in v.explanation


def test_words_prepended_make_a_partly_sourced_claim() -> None:
    v = _corpus(LEE).verify("Our rivals lie and we will never trust the polls", speaker="Lee")
    assert v.verdict is Verdict.PARTLY_SOURCED
    assert "rivals" in v.explanation


def test_a_negation_flipped_either_way_is_altered() -> None:
    corpus = _corpus(LEE, "“The ferry is safe to use,” the harbour master said.")
    dropped = corpus.verify("We will trust the polls before the vote is counted")
    added = corpus.verify("The ferry is not safe to use")
    assert dropped.verdict is Verdict.ALTERED and "never" in dropped.explanation
    assert added.verdict is Verdict.ALTERED


def test_excerpts_and_light_edits_stay_supported() -> None:
    corpus = _corpus(LEE, "“I will not favour any neighbour over another,” the envoy said.")
    for claim in (
        "never trust the polls before the vote",  # an excerpt
        "We'll never trust the polls before the vote is counted",  # a contraction
        "We will never trust polls before the vote is counted",  # a function word dropped
        "We will never trust the polls ... is counted",  # an ellipsis
        "I will not favor any neighbor over another",  # American spelling
    ):
        v = corpus.verify(claim)
        assert v.verdict.supported, (claim, v.verdict, v.explanation)


def test_a_fragment_is_support_one_way_only() -> None:
    # The source is inside the claim: the claim's other words are printed nowhere.
    corpus = _corpus("Officials described the offer as “a fair start” on Monday.")
    v = corpus.verify("a fair start to a long and costly war of words")
    assert not v.verdict.supported


def test_a_two_word_fragment_does_not_outweigh_a_long_attributed_quote() -> None:
    corpus = _corpus(
        LEE,
        "“We will never trust the polls before the vote is counted,” Ms Lee told the radio.",
        "Mr Okafor called the figures “the polls” and left.",
    )
    v = corpus.verify("We will never trust the polls before the vote is counted", speaker="Lee")
    assert v.verdict is Verdict.EXACT, v.explanation


def test_the_explanation_counts_every_source_not_only_the_evidence_shown() -> None:
    texts = [f"“The bridge will reopen in spring,” the engineer told paper {i}." for i in range(15)]
    v = _corpus(*texts).verify("The bridge will reopen in spring")
    assert len(v.evidence) == 10
    assert "15 articles" in v.explanation


def test_every_edit_is_listed_with_its_significance() -> None:
    m = compare("We'll never trust the referee and the courts", "we will never trust the polls")
    kinds = {e.a_text: e.significance for e in m.edits}
    assert kinds["We'll"] is Significance.FORM  # case only: "We'll" = "we will"
    assert Significance.CHANGED in kinds.values() or Significance.ADDED in kinds.values()
    assert not m.neutral


_VOCABULARY = "we will not never trust the polls referee vote counted before four 12 Lee a of and"
_WORDS = st.sampled_from(_VOCABULARY.split(" "))


@settings(max_examples=300)
@given(st.lists(_WORDS, min_size=1, max_size=10), st.lists(_WORDS, min_size=1, max_size=12))
@example(["trust", "the", "polls", "and", "vote"], ["trust", "the", "polls"])
def test_neutral_edits_mean_every_content_word_of_the_claim_is_printed(
    a: list[str], b: list[str]
) -> None:
    claim, source = " ".join(a), " ".join(b)
    m = compare(claim, source)
    if m.neutral:
        printed = Counter(content_words(words(source)))
        assert not Counter(content_words(words(claim))) - printed, (claim, source, m.edits)


def test_records_of_schema_version_1_are_still_read() -> None:
    v = _corpus(LEE).verify("We will never trust the referee before the vote")
    rec = verification_record(v)
    old = {**rec, "schema_version": 1}
    old["evidence"] = [
        {
            **e,
            "edits": [
                {k: x for k, x in edit.items() if k not in ("significance", "neutral")}
                for edit in e["edits"]
            ],
            "quote": {**e["quote"], "schema_version": 1},
        }
        for e in rec["evidence"]
    ]
    back = verification_from_record(old)
    assert back == v
    assert [e.significance for e in back.evidence[0].match.edits] == [
        e.significance for e in v.evidence[0].match.edits
    ]


def test_an_excerpt_cut_after_a_negation_is_still_printed() -> None:
    # The claim's words are printed as they stand; the cut is the claim's to make.
    v = _corpus(LEE).verify("trust the polls before the vote is counted", speaker="Lee")
    assert v.verdict is Verdict.FRAGMENT


def test_words_put_in_place_of_source_words_bear_meaning() -> None:
    m = compare("we trust it", "we trust the polls")
    assert Significance.CHANGED in [e.significance for e in m.edits] and not m.neutral
    assert compare("we trust polls", "we trust the polls").neutral


def test_a_claim_cut_inside_a_contraction_loses_its_negation() -> None:
    # "does" is the first half of "doesn't": the claim drops the negation.
    corpus = _corpus("“What the board does doesn't change the price,” the trader said.")
    v = corpus.verify("What the board does does")
    assert v.verdict is Verdict.ALTERED and "negation" in v.explanation


# --------------------------------------------------------------------------- titles and terms

_MEMO = (
    "On Friday the harbour board's chair Ines Calder sent members a memo titled "
    "“Why the Night Ferry Must Keep Running.”\n\n“We have the money,” Omar Haddad said."
)


def test_words_printed_only_as_a_title_are_supported_as_a_title_beside_its_author() -> None:
    corpus = _corpus(_MEMO)
    for claimed in ("Ines Calder", "Calder"):
        v = corpus.verify("Why the Night Ferry Must Keep Running", speaker=claimed)
        assert v.verdict is Verdict.EXACT, v.explanation
        assert not v.evidence[0].quote.is_speech
        assert "not speech" in v.explanation and f"names {claimed}" in v.explanation
    v = corpus.verify("the Night Ferry Must Keep Running", speaker="Calder")
    assert v.verdict is Verdict.FRAGMENT, v.explanation
    # with no speaker claimed, the words are printed (as a title)
    assert corpus.verify("Why the Night Ferry Must Keep Running").verdict is Verdict.EXACT


def test_a_title_does_not_support_a_person_its_sentence_does_not_name() -> None:
    corpus = _corpus(_MEMO)
    v = corpus.verify("Why the Night Ferry Must Keep Running", speaker="Omar Haddad")
    assert not v.verdict.supported, v.explanation


def test_a_title_does_not_support_changed_words() -> None:
    corpus = _corpus(_MEMO)
    for claim in (
        "Why the Night Ferry Must Stop Running",
        "Why the Night Ferry Must Not Keep Running",
    ):
        v = corpus.verify(claim, speaker="Ines Calder")
        assert not v.verdict.supported, (claim, v.explanation)


def test_a_speech_quote_that_prints_the_words_comes_before_a_title() -> None:
    corpus = _corpus(
        _MEMO, "“Why the night ferry must keep running is simple,” Ines Calder told the board."
    )
    v = corpus.verify("Why the Night Ferry Must Keep Running", speaker="Ines Calder")
    assert v.verdict.supported and v.evidence[0].quote.is_speech, v.explanation


def test_titles_of_articles_added_after_a_verification_are_found() -> None:
    corpus = _corpus("“We have the money,” Omar Haddad said.")
    claim = "Why the Night Ferry Must Keep Running"
    assert corpus.verify(claim, speaker="Calder").verdict is Verdict.NOT_FOUND
    corpus.add(_MEMO, doc_id="later")
    assert corpus.verify(claim, speaker="Calder").verdict is Verdict.EXACT


def test_check_does_not_take_a_quote_s_own_article_as_its_title_source() -> None:
    corpus = _corpus("“We have the money,” Omar Haddad said.")
    article = corpus.add(
        _MEMO + " “Why the night ferry must keep running? Because people ride it,” Calder said.",
        doc_id="memo",
    )
    got = {v.claim: v.verdict for v in corpus.check(article)}
    assert got["We have the money,"] is Verdict.EXACT
    assert [v for c, v in got.items() if c.startswith("Why")] == [Verdict.NOT_FOUND]


def test_a_title_s_author_is_read_beside_it_not_in_it_nor_in_the_next_sentence() -> None:
    corpus = _corpus(
        "Tomas Oduya wrote a column titled “Why Ines Calder Should Run the Port.” "
        "Ana Ferrow praised it."
    )
    claim = "Why Ines Calder Should Run the Port"
    assert corpus.verify(claim, speaker="Tomas Oduya").verdict is Verdict.EXACT
    for other in ("Ines Calder", "Ana Ferrow"):
        v = corpus.verify(claim, speaker=other)
        assert not v.verdict.supported, (other, v.explanation)


COUNCIL = (
    "“We want to be the council of safe streets, and we will be the council of "
    "open libraries if we are trusted again,” Mara Ellison said."
)


@pytest.mark.parametrize(
    ("source", "claim", "speaker"),
    [
        # The words the ellipsis leaves out end on a word the claim prints after it
        # ("the"): they are the gap, not a number the claim drops.
        (
            "“Attendance fell to 41.5% at the 2019 festival, the last festival before the "
            "rebuild,” Ines Okafor said.",
            "Attendance fell to 41.5 ... the last festival before the rebuild",
            "Ines Okafor",
        ),
        # "be the council of" is printed twice; the claim drops "the" and quotes the
        # second: the words between the two copies are not put into the claim.
        (COUNCIL, "be council of open libraries if we are trusted", "Mara Ellison"),
    ],
)
def test_a_claim_beside_a_repeated_word_is_read_at_the_copy_it_quotes(
    source: str, claim: str, speaker: str
) -> None:
    m = compare(claim, source)
    assert m.neutral, m.edits
    v = _corpus(source).verify(claim, speaker=speaker)
    assert v.verdict.supported, v.explanation


def test_an_ellipsis_does_not_hide_a_number_printed_beside_the_claims_words() -> None:
    # Without a gap there, the same words left out are a number the claim drops.
    m = compare(
        "Attendance fell to 41.5 the last festival",
        "Attendance fell to 41.5% at the 2019 festival, the last festival",
    )
    assert not m.neutral


def test_a_word_swapped_beside_a_phrase_printed_twice_stays_altered() -> None:
    v = _corpus(COUNCIL).verify(
        "be council of closed libraries if we are trusted", speaker="Ellison"
    )
    assert v.verdict is Verdict.ALTERED


def test_a_negation_between_the_copies_is_not_skipped_as_a_function_word() -> None:
    # Only function words may stand among the claim's first words: "not" is no such word.
    m = compare(
        "will be council of open libraries",
        "we will be the council of safe streets, and will not be council of open libraries",
    )
    assert not m.neutral
