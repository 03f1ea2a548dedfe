"""Light edits that say nothing new stay neutral: British spellings from the imported
table, and an excerpt whose first words the source also prints earlier."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quoteverify import Corpus, compare
from quoteverify.lexicons import load_table
from quoteverify.matching.compare import _closed_up, _Op
from quoteverify.model import EditKind, Relation


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("We will localise the fight", "We will localize the fight against the flood"),
        ("the farmers plough the east field", "the farmers plow the east field"),
        ("a smell of sulphur near the well", "a smell of sulfur near the well"),
        ("the new paediatric ward opens", "the new pediatric ward opens"),
    ],
)
def test_british_spellings_of_the_imported_table_are_one_word(british: str, american: str) -> None:
    m = compare(british, american)
    assert m.relation in (Relation.EXACT, Relation.FRAGMENT), m.relation
    assert m.neutral, [(e.kind.value, e.a_text, e.b_text) for e in m.edits]
    assert all(e.kind is not EditKind.SUBSTITUTED for e in m.edits)


def test_a_british_spelling_in_a_claim_is_supported() -> None:
    corpus = Corpus()
    corpus.add("“We will localize the fight and plow on,” Mayor Ines Duarte said.", doc_id="m1")
    v = corpus.verify("We will localise the fight and plough on", speaker="Duarte")
    assert v.verdict.supported, v.explanation


def test_the_imported_table_folds_each_word_once() -> None:
    imported = load_table("british_spellings")
    assert len(imported) > 1500
    # no American form is itself folded again, and no row folds a word to itself
    assert not set(imported.values()) & set(imported)
    assert all(k != v for k, v in imported.items())


def test_the_hand_kept_table_wins_where_both_list_a_word() -> None:
    from quoteverify.text.normalize import _tables

    hand = load_table("spelling_variants")
    spelling = _tables()[0]
    assert all(spelling[k] == v for k, v in hand.items())
    assert spelling["localise"] == "localize"


SOURCE = "It's not a toll. It's a fee, and we must ask drivers to pay the fee they owe."


@pytest.mark.parametrize(
    "claim",
    [
        "It's a fee, and we must ask drivers to pay",
        "It is a fee, and we must ask drivers",
        "a fee, and we must ask drivers to pay the fee",
    ],
)
def test_an_excerpt_after_a_negated_copy_of_its_first_words_is_a_fragment(claim: str) -> None:
    m = compare(claim, SOURCE)
    assert m.relation is Relation.FRAGMENT, m.relation
    assert m.neutral, [(e.kind.value, e.a_text, e.b_text) for e in m.edits]
    assert all(e.kind is not EditKind.NEGATION for e in m.edits)


def test_such_an_excerpt_is_supported_and_the_negated_claim_is_not() -> None:
    corpus = Corpus()
    corpus.add(f"“{SOURCE}” the minister, Ravi Okafor, said.", doc_id="t1")
    true = corpus.verify("It is a fee, and we must ask drivers", speaker="Okafor")
    assert true.verdict.supported, true.explanation
    flipped = corpus.verify("It's a toll, and we must ask drivers", speaker="Okafor")
    assert not flipped.verdict.supported, flipped.explanation


TAXES = "We will not cut taxes for the rich, we will cut taxes for workers"


def test_a_claim_printed_whole_later_is_matched_there() -> None:
    # the alignment may spread "we will cut taxes" over the first copy, around the "not"
    m = compare("we will cut taxes", TAXES)
    assert m.relation is Relation.FRAGMENT, m.relation
    assert m.neutral, [(e.kind.value, e.a_text, e.b_text) for e in m.edits]
    corpus = Corpus()
    corpus.add(f"“{TAXES},” Senator Ana Ruiz said.", doc_id="s1")
    assert corpus.verify("we will cut taxes", speaker="Ruiz").verdict.supported
    changed = corpus.verify("we will cut taxes for the rich", speaker="Ruiz")
    assert not changed.verdict.supported, changed.explanation


def test_the_first_and_last_words_are_matched_where_they_are_printed_together() -> None:
    # "we pay the" matched to the first copy, "fee" to the second: the whole claim
    # is printed together at the second copy, so it is matched there
    b = ["we", "pay", "the", "not", "toll", "we", "pay", "the", "fee"]
    blocks = [_Op("equal", 0, 3, 0, 3), _Op("insert", 3, 3, 3, 8), _Op("equal", 3, 4, 8, 9)]
    assert _closed_up(blocks, b) == [_Op("insert", 0, 0, 0, 5), _Op("equal", 0, 4, 5, 9)]
    # the mirror case at the end: "the fee" matched to the second copy
    b = ["we", "pay", "the", "fee", "not", "the", "fee"]
    blocks = [_Op("equal", 0, 2, 0, 2), _Op("insert", 2, 2, 2, 5), _Op("equal", 2, 4, 5, 7)]
    assert _closed_up(blocks, b) == [_Op("equal", 0, 4, 0, 4), _Op("insert", 4, 4, 4, 7)]
    # words not printed together are left where they are
    b = ["we", "pay", "not", "the", "fee"]
    blocks = [_Op("equal", 0, 2, 0, 2), _Op("insert", 2, 2, 2, 3), _Op("equal", 2, 4, 3, 5)]
    assert _closed_up(blocks, b) == blocks


_PLAIN = st.lists(st.sampled_from(["we", "pay", "the", "fee", "drivers", "owe"]), min_size=1)
_BETWEEN = st.lists(st.sampled_from(["a", "the", "toll", "ask", "we"]), max_size=4)


@given(_PLAIN, _BETWEEN, _BETWEEN)
@example(["it", "is"], ["a", "crime"], ["a"])
def test_an_excerpt_printed_whole_after_a_negated_copy_is_neutral(
    first: list[str], between: list[str], rest: list[str]
) -> None:
    # the source prints the claim's first words twice, with a "not" after the first
    # copy, then the whole claim: the claim is an excerpt, and says nothing new
    claim = [*first, *rest, "tomorrow"]
    source = [*first, "not", *between, *first, *rest, "tomorrow"]
    m = compare(" ".join(claim), " ".join(source))
    assert m.neutral, [(e.kind.value, e.a_text, e.b_text) for e in m.edits]
