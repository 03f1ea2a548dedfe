"""compare(): relations, labelled edits, meaning changes, and its invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Relation, compare, parse
from quoteverify.model import EditKind
from quoteverify.strategies import Variant, variants


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Hello, neighbour.", "hello neighbor", Relation.EXACT),
        ("I'll see you there", "I will see you there", Relation.EXACT),
        ("sincerely interested", "sincerely interested in putting an end", Relation.FRAGMENT),
        (
            "We hope this will... pave the way",
            "We hope this will soon pave the way",
            Relation.FRAGMENT,
        ),
        (
            "fundamental threats to our security",
            "fundamental threats to our national security",
            Relation.VARIANT,
        ),
        (
            "pave the path towards peace",
            "We hope the understanding we reached will pave the way for peace in Ukraine",
            Relation.VARIANT,
        ),
        ("there is no deal until there is a deal", "No Deal Until A Deal", Relation.VARIANT),
        (
            "It was brazen intimidation to keep people in line",
            "It was a brazen attempt at intimidation",
            Relation.PARAPHRASE,
        ),
        ("Next time in Moscow", "The weather in Alaska was cold", Relation.UNRELATED),
        # A one-word scare quote inside a longer quote, however short the word.
        ("bad", "The envoy called the timing bad for everyone", Relation.FRAGMENT),
        # A compound printed solid in one outlet and hyphenated in another.
        ("ceasefire", "a cease-fire along the whole line", Relation.FRAGMENT),
        # Heavily reworded, but four words printed alike.
        (
            "Once the doors closed behind us we argued for an hour about the borders and money",
            "Nobody spoke at first, they say. Once the doors closed, the mood changed.",
            Relation.PARAPHRASE,
        ),
        # A two-word quote that shares one long word with a short report.
        ("territorial concessions", "painful and territorial", Relation.PARAPHRASE),
        ("good talks", "the talks were held in a good room in Anchorage", Relation.UNRELATED),
    ],
)
def test_relations(a: str, b: str, relation: Relation) -> None:
    assert compare(a, b).relation is relation


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("I am not a crook", "I am a crook", EditKind.NEGATION),
        ("We will never agree", "We will agree", EditKind.NEGATION),
        ("We met four times", "We met five times", EditKind.NUMBER),
        ("We met 12 times this year", "We met times this year", EditKind.NUMBER),
        ("Next time in Moscow", "Next time in Washington", EditKind.NAME),
    ],
)
def test_meaning_changes_are_flagged_and_capped(a: str, b: str, kind: EditKind) -> None:
    m = compare(a, b)
    assert m.meaning_changed
    assert kind in {e.kind for e in m.edits}
    assert m.relation is not Relation.EXACT
    assert m.score <= 50


def test_token_set_ratio_trap_is_not_exact() -> None:
    # rapidfuzz's token_set_ratio scores this pair 100; the alignment must not.
    m = compare("I am not a crook", "I am a crook")
    assert m.relation is not Relation.EXACT and m.meaning_changed


def test_edit_offsets_point_into_both_texts() -> None:
    a, b = "Hello, neighbour, welcome", "Good afternoon, dear neighbor"
    for e in compare(a, b).edits:
        assert a[e.a_start : e.a_end] == e.a_text
        assert b[e.b_start : e.b_end] == e.b_text


def test_labels_spelling_case_truncation_and_ellipsis() -> None:
    a, b = "Neighbour, We will... meet", "neighbor, we will soon meet again"
    kinds = {e.kind for e in compare(a, b).edits}
    assert {EditKind.CASE, EditKind.SPELLING, EditKind.ELLIPSIS, EditKind.TRUNCATED} <= kinds


def test_reordering_is_one_edit() -> None:
    m = compare("the talks were useful and frank", "the talks were frank and useful")
    assert [e.kind for e in m.edits] == [EditKind.REORDERED]


def test_compare_accepts_quotes() -> None:
    q = parse("“Next time in Moscow,” Putin said.").quotes[0]
    assert compare(q, "next time in Moscow").relation is Relation.EXACT


@settings(max_examples=300)
@given(variants())
def test_generated_variants_get_the_relation_made(v: Variant) -> None:
    m = compare(v.original, v.variant)
    if v.edit in ("negation", "number"):
        assert m.meaning_changed, v
        assert m.relation is not Relation.EXACT
    else:
        assert m.relation.value == v.relation, (v, m.relation, m.edits)
        assert not m.meaning_changed


@settings(max_examples=300)
@given(st.text(max_size=80), st.text(max_size=80))
def test_score_is_symmetric_and_bounded(a: str, b: str) -> None:
    ab, ba = compare(a, b), compare(b, a)
    assert ab.score == ba.score
    assert 0 <= ab.score <= 100
    assert ab.relation is ba.relation


@settings(max_examples=200)
@given(variants())
def test_symmetric_on_variants(v: Variant) -> None:
    assert compare(v.original, v.variant).score == compare(v.variant, v.original).score
    assert compare(v.original, v.variant).relation is compare(v.variant, v.original).relation


@given(st.text(max_size=120))
def test_a_quote_is_exact_to_itself(text: str) -> None:
    m = compare(text, text)
    assert m.relation in (Relation.EXACT, Relation.UNRELATED)
    if m.relation is Relation.EXACT:
        assert m.edits == () and m.score == 100


def test_a_number_inside_long_added_material_is_not_a_number_change() -> None:
    m = compare(
        "we will pave the way to peace",
        "we hope two things: that the talks go on and that we will pave the way to peace",
    )
    assert not m.meaning_changed
    assert EditKind.NUMBER not in {e.kind for e in m.edits}


def test_relate_words_never_links_on_function_words_alone() -> None:
    from quoteverify.compare import relate_words

    stop = {"the", "to", "of", "we"}
    relation, _score, _meaning = relate_words(
        ["we", "went", "to", "the", "river"], ["to", "the", "hills", "we", "ran"], stop=stop
    )
    assert relation is Relation.UNRELATED
    relation, _score, _meaning = relate_words(
        ["to", "the", "river"], ["we", "walked", "to", "the", "river", "at", "dawn"], stop=stop
    )
    assert relation is Relation.FRAGMENT


def test_compare_never_makes_variants_of_function_words_alone() -> None:
    # The same guard as relate_words: only "it is what ... for" is shared.
    assert compare("it is what it is for us", "what it is for them now").relation is not (
        Relation.VARIANT
    )
