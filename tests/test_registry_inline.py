"""The name registry's eighth round of shortcuts gives what the plain paths give.

A family's bare surname whose key is a man among its candidates is that man
without the list of the family's men being made (what the plain ``match_name`` of
``test_registry_speed`` decides, with h42b-family's rule: before the key's holder
is named, a person named in full before it); the surname buckets' columns
stay aligned when their first entry makes them; the constructor's inlined
steps give the state of the plain registry (the tests of the earlier rounds
compare it with their plain paths too).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity
from tests.test_registry_speed import _plain_match_name

_PIECES = [
    "Mr Hale", "Mrs Hale", "Miss Hale", "Tom Hale", "Edna Hale", "Hale", "Mr. Hale",
    "Ann Roe", "Mr Roe", "Mrs Roe", "Roe", "Bo Roe-Hale", "Ana Garcia Lorca", "Garcia",
    "the Russian president Vladimir Putin", "Putin", "said", "met", "she", "he", "and",
    ",", ", ", ".", ". ", "\n", '"', " ",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=50).map(" ".join)


@settings(max_examples=300)
@given(text=_TEXTS)
@example(text="Mrs Hale met Mr Hale . Tom Hale said Hale")
@example(text="Mr Hale met Mrs Hale . Edna Hale said Hale")
@example(text="Mrs Hale Ann Roe Mr Roe Mrs Roe")
def test_a_family_surname_alone_is_the_plain_branch_s_choice(text: str) -> None:
    reg = identity._Registry(text)
    for norm in reg._families:
        known = reg.by_key.get(norm)
        if known is None or known.kind is not identity._PERSON or norm not in known.keys:
            continue
        for before in (0, len(text) // 2, len(text)):
            want = _plain_match_name(reg, norm.title(), identity._PERSON, before=before)
            assert reg.match_name(norm.title(), identity._PERSON, before=before) is want


@settings(max_examples=200)
@given(text=_TEXTS)
def test_the_surname_buckets_columns_stay_aligned(text: str) -> None:
    reg = identity._Registry(text)
    assert set(reg.by_prefix) == set(reg._bucket_index)
    assert set(reg.by_prefix) == set(reg._bucket_norms) == set(reg._bucket_keys)
    for prefix, bucket in reg.by_prefix.items():
        assert reg._bucket_index[prefix] == {id(e): i for i, e in enumerate(bucket)}
        parts = [identity._name_parts(e.name) for e in bucket]
        assert reg._bucket_norms[prefix] == [p[0] for p in parts]
        assert reg._bucket_keys[prefix] == [p[1] for p in parts]


def test_a_lower_case_title_before_a_lone_surname_is_read() -> None:
    reg = identity._Registry("Vladimir Putin spoke. Then Russian president Putin said no.")
    (putin,) = [e for e in reg.entities if e.name == "Vladimir Putin"]
    assert "Russian president" in putin.titles
    # Mentions in text order, each with its subject flag ("Then" opens the sentence).
    assert [(p, reg._is_subject(p, s)) for p, e, s in reg.mentions if e is putin] == [
        (0, True),
        (45, True),
    ]
