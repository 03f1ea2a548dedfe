"""The registry's indexes answer as the scans they replace.

``_NameCounts`` counts a name by looking only where its first run of letters
stands, and in a long text only where that run is followed by the name's next two
characters; ``_surname_candidates`` hands rapidfuzz the columns of a surname
bucket. Each test compares with the plain computation on generated text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind

_RUNS = ["Don", "Donald", "Donald Trump", "Donald Tusk", "Do", "D.", "Tru", "Trump", "McDon"]
_GLUE = [" ", "  ", ", ", ". ", "\n", "’s", "-", "ald", "s"]
_TEXTS = st.lists(st.sampled_from(_RUNS + _GLUE), max_size=60).map("".join)
_NAMES = st.sampled_from([*_RUNS, "Donald T", "Donald Trumps", "Don ald", "Trump Don", "DonDon"])


@pytest.mark.parametrize("sub_index", [0, 1, 32])
@settings(max_examples=150, deadline=None)
@given(text=_TEXTS, names=st.lists(_NAMES, max_size=10))
def test_name_counts_are_str_count(sub_index: int, text: str, names: list[str]) -> None:
    saved = identity._SUB_INDEX
    identity._SUB_INDEX = sub_index  # group positions even in a short text
    try:
        counts = identity._NameCounts(text, direct=0)
        for name in names:
            assert counts.count(name) == text.count(name), name
    finally:
        identity._SUB_INDEX = saved


_SURNAMES = ["Lee", "Leigh", "Lees", "Leeson", "Leesen", "Leeds", "Lea", "Leaman", "Leesom"]
_FIRSTS = ["", "Ann ", "Anne ", "Tom ", "Thomas ", "Leo "]
_PEOPLE = st.lists(
    st.builds(lambda a, b: a + b, st.sampled_from(_FIRSTS), st.sampled_from(_SURNAMES)),
    min_size=1,
    max_size=40,
)
_ASKED = st.lists(st.sampled_from(["Lee", "Leeson", "Ann Lee", "Tom Leeson", "Leesen", "Le"]))


@settings(max_examples=100, deadline=None)
@given(_PEOPLE, _ASKED, st.integers(1, 40))
def test_surname_candidates_are_the_bucket_filtered(
    people: list[str], asked: list[str], every: int
) -> None:
    reg = identity._Registry("")
    for at, person in enumerate(people):  # a fuller name renames a person ("Lee", "Ann Lee")
        found = Found(start=at, end=at + 1, text=person, kind=PhraseKind.NAME, head=person)
        reg._entity_for_name(found)
        if at % every and at != len(people) - 1:
            continue  # ask now and then, and at the end, as the registry does
        for name in asked:
            norm = identity._norm(name)
            words = norm.split()
            bucket = reg.by_prefix.get(words[-1][:2], [])
            plain = [e for e in bucket if identity._may_name(norm, e)]
            assert reg._surname_candidates(norm, words) == plain


def test_surname_candidates_of_a_full_bucket() -> None:
    """Every person in one bucket before a name is first asked: rapidfuzz reads the
    whole of both columns, which must stay aligned with the bucket."""
    reg = identity._Registry("")
    people = [a + b for b in _SURNAMES for a in _FIRSTS]
    for at, person in enumerate(people):
        found = Found(start=at, end=at + 1, text=person, kind=PhraseKind.NAME, head=person)
        reg._entity_for_name(found)
    assert len(reg.by_prefix["le"]) > 8  # past _likely's small-list shortcut
    for name in ["Leesome", "Ann Leason", "Tom Leesonn", "Anna Leesen"]:
        norm = identity._norm(name)
        words = norm.split()
        plain = [e for e in reg.by_prefix["le"] if identity._may_name(norm, e)]
        assert plain, name  # each finds somebody
        assert reg._surname_candidates(norm, words) == plain, name


@settings(max_examples=100, deadline=None)
@given(_PEOPLE, st.integers(1, 40))
def test_first_name_people_are_the_list_filtered(people: list[str], every: int) -> None:
    text = " ".join(people) + ". the lea said."  # "Lea" is also a lower-case word here
    reg = identity._Registry(text)
    for at, person in enumerate(people):
        found = Found(start=at, end=at + 1, text=person, kind=PhraseKind.NAME, head=person)
        reg._entity_for_name(found)
        if at % every and at != len(people) - 1:
            continue
        for word in ["ann", "tom", "leo", "anne", "lea"]:
            plain = [
                e
                for e in reg.by_first.get(word, [])
                if identity._norm(e.name).split()[0] == word and reg._full_name(e.name)
            ]
            assert reg._first_name_people(word) == plain, word
