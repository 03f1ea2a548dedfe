"""compare(): relations, labelled edits, meaning changes, and its invariants."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Relation, compare, parse
from quoteverify.errors import OptionError
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
        # A paraphrase must share most of its informative content (issue 13): two
        # rare words of five is too little, however alike the frame.
        (
            "It was brazen intimidation to keep people in line",
            "It was a brazen attempt at intimidation",
            Relation.UNRELATED,
        ),
        (
            "Voters faced brazen intimidation at the polls",
            "the brazen intimidation of voters at polling stations must end",
            Relation.PARAPHRASE,
        ),
        ("Next time in Moscow", "The weather in Alaska was cold", Relation.UNRELATED),
        # A one-word scare quote inside a longer quote, however short the word.
        ("bad", "The envoy called the timing bad for everyone", Relation.FRAGMENT),
        # A compound printed solid in one outlet and hyphenated in another.
        ("ceasefire", "a cease-fire along the whole line", Relation.FRAGMENT),
        # Four words printed alike, but a different statement: the shared run is a
        # frame of common words, not shared content (issue 13).
        (
            "Once the doors closed behind us we argued for an hour about the borders and money",
            "Nobody spoke at first, they say. Once the doors closed, the mood changed.",
            Relation.UNRELATED,
        ),
        # Heavily reworded, with the informative words in common.
        (
            "The doors closed and we argued about the borders for an hour",
            "For an hour behind closed doors we argued over borders",
            Relation.PARAPHRASE,
        ),
        # A two-word quote sharing one of its two informative words: too little.
        ("territorial concessions", "painful and territorial", Relation.UNRELATED),
        (
            "painful territorial concessions",
            "territorial concessions will be painful",
            Relation.PARAPHRASE,
        ),
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
# One content word repeated: the shorter's distinct content words are what count
# (a one-word deletion scoring 93 was called a paraphrase).
@example(
    Variant(
        original="summit a summit a security a summit a",
        variant="summit a summit a a summit a",
        edit="dropped",
        relation="variant",
    )
)
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
    from quoteverify.matching.compare import relate_words

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


# Order never matters: the relation, the score and the meaning flag of compare(a, b)
# are those of compare(b, a), and the edits are the same seen from the other side.
_WORDS = st.sampled_from(
    [
        "next",
        "time",
        "in",
        "the",
        "Moscow",
        "we",
        "will",
        "not",
        "never",
        "meet",
        "talks",
        "peace",
        "four",
        "12",
        "Lee",
        "Anchorage",
        "a",
        "of",
        "...",
        "neighbour",
        "neighbor",
        "can't",
    ]
)
_SENTENCES = st.lists(_WORDS, max_size=12).map(" ".join)


def _mirrored(kind: EditKind) -> EditKind:
    return {EditKind.INSERTED: EditKind.DELETED, EditKind.DELETED: EditKind.INSERTED}.get(
        kind, kind
    )


@settings(max_examples=500)
@given(_SENTENCES, _SENTENCES)
@example("Next time in Moscow", "Next time in the")
def test_order_of_the_arguments_never_matters(a: str, b: str) -> None:
    ab, ba = compare(a, b), compare(b, a)
    assert (ab.relation, ab.score, ab.meaning_changed) == (
        ba.relation,
        ba.score,
        ba.meaning_changed,
    )
    assert ab.containment == ba.containment
    assert [(e.kind, e.a_start, e.a_end, e.b_start, e.b_end) for e in ab.edits] == [
        (_mirrored(e.kind), e.b_start, e.b_end, e.a_start, e.a_end) for e in ba.edits
    ]


@settings(max_examples=300)
@given(variants())
def test_order_never_matters_on_generated_variants(v: Variant) -> None:
    ab, ba = compare(v.original, v.variant), compare(v.variant, v.original)
    assert (ab.relation, ab.score, ab.meaning_changed) == (
        ba.relation,
        ba.score,
        ba.meaning_changed,
    )


def test_a_quote_of_function_words_is_no_variant_of_one_with_a_name() -> None:
    # Equal lengths: neither is "the shorter", so each must hold the other's content.
    assert compare("Next time in Moscow", "Next time in the").relation is Relation.UNRELATED
    assert compare("Next time in the", "Next time in Moscow").relation is Relation.UNRELATED


@settings(max_examples=300)
@given(st.lists(_WORDS, max_size=12), st.lists(_WORDS, max_size=12))
def test_relate_words_order_never_matters(a: list[str], b: list[str]) -> None:
    from quoteverify.matching.compare import relate_words

    stop = {"in", "the", "we", "will", "a", "of", "..."}
    sensitive = {"not", "never", "four", "12"}
    assert relate_words(a, b, stop=stop, sensitive=sensitive) == relate_words(
        b, a, stop=stop, sensitive=sensitive
    )


# Long inputs: above max_cells the alignment is built on anchors (n-grams printed
# once on each side), so that time stays about linear in the size of the texts.
_PARAGRAPH = (
    "The harbour board met on Tuesday to weigh a plan for the old grain pier. "
    "Members asked who would pay for dredging, and the chair promised figures by spring. "
    "Fishermen said the noise of the works would drive the herring further out. "
)


def _long_text(n: int) -> str:
    return " ".join(f"{_PARAGRAPH} Item {i} was read and filed." for i in range(n))


def test_long_texts_are_aligned_approximately_with_one_edit_found() -> None:
    a = _long_text(40)  # about 1,400 words: over two million cells
    b = a.replace("Item 17 was read", "Item 17 was shelved", 1)
    m = compare(a, b)
    assert m.approximate
    assert m.relation is Relation.VARIANT
    assert [(e.kind, e.a_text, e.b_text) for e in m.edits] == [
        (EditKind.SUBSTITUTED, "read", "shelved")
    ]
    assert m.score > 99
    assert compare(b, a).score == m.score


def test_quote_sized_inputs_are_aligned_exactly() -> None:
    assert not compare("we will meet again soon", "we shall meet again").approximate
    assert not compare(_long_text(2), _long_text(3)).approximate


def test_a_long_text_and_its_excerpt_are_a_fragment_however_long() -> None:
    a = _long_text(60)
    m = compare(a, a[1000:3000].split(" ", 1)[1].rsplit(" ", 1)[0])
    assert m.approximate and m.relation is Relation.FRAGMENT
    assert {e.kind for e in m.edits} <= {EditKind.TRUNCATED}


def test_two_long_unrelated_texts_are_not_variants() -> None:
    other = " ".join(
        f"Snow closed the mountain road for a day, and {i} buses waited at the foot of the pass."
        for i in range(150)
    )
    m = compare(_long_text(40), other)
    assert m.approximate and m.relation not in (Relation.EXACT, Relation.FRAGMENT, Relation.VARIANT)


@settings(max_examples=300)
@given(variants())
def test_the_approximate_alignment_finds_the_relation_made(v: Variant) -> None:
    # max_cells=1 forces the anchored alignment on quote-sized inputs.
    exact, approx = compare(v.original, v.variant), compare(v.original, v.variant, max_cells=1)
    assert approx.approximate
    assert approx.relation is exact.relation
    assert approx.meaning_changed == exact.meaning_changed


@settings(max_examples=300)
@given(_SENTENCES, _SENTENCES)
def test_the_approximate_alignment_keeps_every_invariant(a: str, b: str) -> None:
    ab, ba = compare(a, b, max_cells=1), compare(b, a, max_cells=1)
    assert (ab.relation, ab.score) == (ba.relation, ba.score)
    assert 0 <= ab.score <= 100 and 0 <= ab.containment <= 1
    for e in ab.edits:
        assert a[e.a_start : e.a_end] == e.a_text and b[e.b_start : e.b_end] == e.b_text


@pytest.mark.parametrize("bad", [0, -5, 2.5, "100", None, True])
def test_max_cells_must_be_a_positive_int(bad: object) -> None:
    with pytest.raises(OptionError, match="max_cells"):
        compare("a b", "a c", max_cells=bad)  # type: ignore[arg-type]


def test_relate_words_bounds_long_inputs_too() -> None:
    from quoteverify.matching.compare import relate_words

    a = _long_text(40).split()
    b = list(a)
    b[500] = "shelved"
    assert relate_words(a, b, max_cells=1000) == relate_words(b, a, max_cells=1000)
    relation, score, _ = relate_words(a, b, max_cells=1000)
    assert relation is Relation.VARIANT and score > 99


def test_a_day_printed_as_an_ordinal_or_a_number_is_one_date() -> None:
    # Issue 13 (MSRP recall): "Sept. 11th" / "Sept. 11" share their number when the
    # link counts shared content (compare._stem), as "the 4th of May" / "May 4" do.
    m = compare("The whole town changed on Sept. 11th", "the town changed for good on Sept. 11")
    assert m.linked
    # The edit still shows the other form to a reader (a number printed otherwise).
    assert [e.kind for e in m.edits if e.kind is EditKind.NUMBER] == [EditKind.NUMBER]
    assert compare(
        "Our ferry sails again on the 4th of May", "the ferry sails again from May 4 if calm"
    ).linked
    # Another day is another number: no link.
    assert not compare(
        "The whole town changed on Sept. 11th", "the town changed for good on Sept. 12"
    ).linked


_ORDINAL_SUFFIX = st.sampled_from(["st", "nd", "rd", "th"])


@given(
    number=st.integers(0, 10**12),
    suffix=_ORDINAL_SUFFIX,
    word=st.from_regex(r"[a-z]{1,12}", fullmatch=True),
)
def test_an_ordinal_in_digits_stems_as_its_number(number: int, suffix: str, word: str) -> None:
    from quoteverify.matching.compare import _stem

    assert _stem(f"{number}{suffix}") == _stem(str(number))
    # only digits before the suffix: a word ending in -th or -st is no number
    assert not _stem(word + suffix).isdigit()
