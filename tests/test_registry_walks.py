"""The registry's one-walk readings give what the per-name readings give.

``_inside_each`` answers, for every name of an article in text order, whether it
stands inside a quote, with one pointer over the quotes when they are sorted
(disjoint, as in most news, or nested: a long document made of many articles holds
some quote inside another), and one search per name otherwise; either way it must be
``_inside`` asked name by name.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.lexicons import load
from quoteverify.speakers import identity, mentions
from quoteverify.speakers.mentions import Found, PhraseKind

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=8).map(
    lambda pairs: sorted((a, a + n) for a, n in pairs)
)


@settings(max_examples=400)
@given(
    spans=_SPANS,
    positions=st.lists(st.integers(0, 80), max_size=30),
    ordered=st.booleans(),
)
@example(spans=[(2, 5), (8, 10)], positions=[0, 2, 4, 5, 8, 9, 10], ordered=True)
@example(spans=[(0, 10), (5, 7), (8, 9)], positions=[9], ordered=True)  # nested: one by one
@example(spans=[(3, 3), (3, 6)], positions=[3, 5, 6], ordered=True)  # an empty span
# Two quotes inside one: _inside walks back only through spans that overlap the next.
@example(spans=[(0, 20), (2, 4), (6, 8)], positions=[1, 3, 5, 7, 10, 20], ordered=True)
@example(spans=[(4, 6), (4, 9), (5, 7)], positions=[4, 6, 8, 9], ordered=True)  # one start
@example(spans=[(0, 5), (3, 9), (8, 12)], positions=[4, 7, 9, 11, 12], ordered=True)  # a chain
@example(spans=[(0, 10), (2, 5), (5, 6)], positions=[7], ordered=True)  # touching, no overlap
def test_inside_each_is_inside_asked_name_by_name(
    spans: list[tuple[int, int]], positions: list[int], ordered: bool
) -> None:
    if ordered:
        positions = sorted(positions)
    plain = [identity._inside(p, spans) for p in positions]
    assert identity._inside_each(positions, spans) == plain


def test_a_name_inside_a_quote_is_no_mention() -> None:
    text = 'Mara Quill said. "Tobin Ashe lied," she added. Tobin Ashe said no.'
    quote = (text.index('"'), text.index('"', text.index('"') + 1) + 1)
    reg = identity._Registry(text, quoted=[quote])
    ashe = text.rindex("Tobin Ashe")
    assert [pos for pos, _, _ in reg.mentions] == [0, ashe]


# Few surnames and first names, so that people share a surname and a lone surname is
# often renamed by a fuller name later ("Lee", then "Ann Lee").
_PEOPLE = st.lists(
    st.builds(
        lambda a, b: a + b,
        st.sampled_from(["", "", "Ann ", "Tom "]),
        st.sampled_from(["Lee", "Leeds"]),
    ),
    min_size=1,
    max_size=12,
)


def _add_and_ask(people: list[str], asked: list[str], every: int = 1) -> None:
    """Name each person in turn and ask each name after every ``every`` of them and
    at the end: the candidates must be the surname bucket filtered by ``_may_name``,
    in bucket order."""
    reg = identity._Registry("")
    for at, person in enumerate(people):
        found = Found(start=at, end=at + 1, text=person, kind=PhraseKind.NAME, head=person)
        reg._entity_for_name(found)
        if at % every and at != len(people) - 1:
            continue  # several people join the bucket before the next question
        for name in asked:
            norm = identity._norm(name)
            words = norm.split()
            bucket = reg.by_prefix.get(words[-1][:2], [])
            plain = [e for e in bucket if identity._may_name(norm, e)]
            assert reg._surname_candidates(norm, words) == plain, (person, name)


@settings(max_examples=200, deadline=None)
@given(
    people=_PEOPLE,
    asked=st.lists(st.sampled_from(["Lee", "Ann Lee", "Leeds", "Tom Leeds"])),
    every=st.integers(1, 6),
)
@example(people=["Leeds", "Ann Lee"], asked=["Lee"], every=2)
def test_candidates_read_from_the_columns_are_the_bucket_filtered(
    people: list[str], asked: list[str], every: int
) -> None:
    _add_and_ask(people, asked, every)


def test_a_renamed_person_keeps_its_place_among_the_candidates() -> None:
    # "Lee" is renamed "Ann Lee" after "Tom Lee": both still answer "Lee", in the
    # order the registry met them.
    _add_and_ask(["Lee", "Tom Lee", "Ann Lee"], ["Lee"])


# --- the name rows: each name's text kept with its run's names ---

_ROW_WORDS = ["Ana", "Ruiz", "Bank", "of", "England", "Department", "Health", "and", "the"]
_ROW_WORDS += ["The", "Governor", "Mr", "Dr.", "I", "believe", "al-Sadr", "Vega's", "U.S.", "said"]
_ROW_GAPS = [" ", "  ", ", ", ". ", "\n", "\u00a0"]
_ROW_TEXTS = st.lists(
    st.tuples(st.sampled_from(_ROW_WORDS), st.sampled_from(_ROW_GAPS)), max_size=30
).map(lambda pairs: "".join(w + g for w, g in pairs))


@settings(max_examples=400, deadline=None)
@given(text=_ROW_TEXTS, lone=st.booleans())
@example(text="Then the Bank of England Governor Ana Ruiz said.", lone=True)
@example(text="The Department of Health and the Bank said.", lone=False)
def test_each_row_s_text_is_the_article_s_between_its_offsets(text: str, lone: bool) -> None:
    # What name_rows wrote before the texts were cached: every row's text sliced from
    # the article at its offsets (the other fields are computed as they were).
    for start, end, phrase, _kind, _head, _title in mentions.name_rows(text, lone=lone):
        assert phrase == text[start:end]


def test_an_organisation_s_row_reads_on_past_its_run() -> None:
    rows = mentions.name_rows("Ana Ruiz met the Bank of England staff.", lone=True)
    assert [(row[2], row[4]) for row in rows] == [
        ("Ana Ruiz", "Ana Ruiz"),
        ("Bank of England", "Bank of England"),
    ]


# --- possessives: the tail pattern tried only where an "'s" stands ---

_TAIL_PIECES = ["Reed", "'s", "’s", "'S", " ", "\u00a0", "campaign", "office", "dog", "s", "'"]
_TAIL_PIECES += ["Kay’s office", "Lee's campaign", "campaigns", ",", "\n", "é"]
_TAIL_TEXTS = st.lists(st.sampled_from(_TAIL_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_TAIL_TEXTS)
@example(text="Kay’s office and Lee's campaign")  # the two marks out of text order
def test_possessed_tails_are_the_pattern_s_scan(text: str) -> None:
    plain = [m.span() for m in identity._POSSESSED_TAIL.finditer(text)]
    assert [m.span() for m in identity._possessed_tails(text)] == plain


def test_no_organisation_suffix_holds_an_apostrophe() -> None:
    # What lets _possessed_tails read each "'s" apart: no match can hold another.
    assert not any("'" in w or "’" in w for w in load("org_suffixes"))
