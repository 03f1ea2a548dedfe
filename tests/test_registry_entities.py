"""The registry's cheaper entities, indexing, opener and subject tests answer as before.

Shortcuts of the name registry (stop 31), each beside the computation it replaces
or the answers it gave:

- ``_new_entity`` builds an entity through its slots: it must equal the one attrs'
  ``__init__`` builds, field by field (those left out of equality too);
- ``_index`` of an entity already indexed under its current name only claims its
  new keys: the buckets, first names and inner words must already hold it, so the
  full indexing would change nothing;
- ``_strip_openers`` remembers the names it keeps whole wherever they stand: asked
  again at any place, it must say what a registry with no memory says;
- ``_subject_at`` reads the text and the commas around a name once: each of its
  branches gives the answer it gave when it read them anew.
"""

from __future__ import annotations

import copy

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.model import SpeakerKind
from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind, find_names

_NAMES = st.text(alphabet="Ab .'’éZ-", max_size=12)


@settings(max_examples=300)
@given(name=_NAMES, kind=st.sampled_from(list(SpeakerKind)))
@example(name="Dr. Ann O’Hara", kind=SpeakerKind.PERSON)
@example(name="", kind=SpeakerKind.ORGANIZATION)
def test_a_slot_built_entity_is_the_attrs_built_one(name: str, kind: SpeakerKind) -> None:
    fast = identity._new_entity(name, kind)
    plain = identity._Entity(name=name, kind=kind)
    for field in attrs.fields(identity._Entity):
        # (getattr fails on a field _new_entity does not set: a new field needs it.)
        assert getattr(fast, field.name) == getattr(plain, field.name), field.name
    assert fast == plain


# Articles of a few people who share surnames and first names, named with and
# without titles, first names and middle names, some after a word that may open a
# sentence or be a role (*Poor*, *Incumbent*): renames, merges and openers all occur.
_PERSON = st.builds(
    lambda opener, title, given, middle, surname: f"{opener}{title}{given}{middle}{surname}",
    st.sampled_from(["", "", "Poor ", "Incumbent ", "Then "]),
    st.sampled_from(["", "", "Mr ", "Mrs ", "Dr "]),
    st.sampled_from(["", "", "Sarah ", "Tom ", "Ann "]),
    st.sampled_from(["", "", "Maria "]),
    st.sampled_from(["Quayle", "Lee", "Leeds", "Sarah"]),
)
_TAIL = st.sampled_from([" said.", " met ", ", the mayor, said.", " spoke. ", " and "])
_ARTICLES = st.lists(st.tuples(_PERSON, _TAIL), min_size=1, max_size=10).map(
    lambda parts: "".join(p + t for p, t in parts)
)


def _structures(reg: identity._Registry) -> dict[str, object]:
    """What the registry's indexes hold, as plain values (entities by identity)."""

    def ids(d: dict[str, list[identity._Entity]]) -> dict[str, list[int]]:
        return {k: [id(e) for e in v] for k, v in d.items()}

    return {
        "by_key": {k: id(e) for k, e in reg.by_key.items()},
        "by_prefix": ids(reg.by_prefix),
        "by_first": ids(reg.by_first),
        "by_inner": ids(reg.by_inner),
        "bodies": ids(reg._bodies),
        "bucket_index": copy.deepcopy(reg._bucket_index),
        "bucket_norms": copy.deepcopy(reg._bucket_norms),
        "bucket_keys": copy.deepcopy(reg._bucket_keys),
        "memberships": copy.deepcopy(reg._memberships),
        "first_ids": copy.deepcopy(reg._first_ids),
    }


@settings(max_examples=250, deadline=None)
@given(text=_ARTICLES)
@example(text="Lee said. Ann Lee met Ann Maria Lee said.")  # two renames
@example(text="Sarah said. Sarah Quayle said. Sarah spoke. ")  # a merge of a first name
def test_an_entity_indexed_under_its_name_is_in_every_index_already(text: str) -> None:
    reg = identity._Registry(text)
    for entity in reg.entities:
        if entity.kind is not identity._PERSON:
            continue
        reg._index(entity)  # the shortcut: the aliases given since claim their keys
        assert entity.indexed_name == entity.name  # (renamed ones too)
        assert not entity.unindexed
        for key in entity.keys:
            assert key in reg.by_key, key  # claimed, by it or by a person met before
        before = _structures(reg)
        generation = reg._generation
        entity.indexed_name = None  # what _index read before the shortcut: index it all
        reg._index(entity)
        assert _structures(reg) == before, entity.name
        assert entity.indexed_name == entity.name
        reg._generation = generation


def _plain_strip(reg: identity._Registry, f: Found) -> Found:
    """``_strip_openers`` of an untitled name as it read before it remembered
    anything but the count of opening words: every word and the role tested anew."""
    words = f.head.split()
    i = 0
    if len(words) >= 2:
        use = reg._words()
        while i < len(words) - 1 and use.opens_sentence_only(words[i]):
            i += 1
    if i == 0:
        if not reg._role_opens(f):
            return f
        i = 1
    start = reg.text.find(words[i], f.start, f.end)
    if start < 0:
        return attrs.evolve(f, head=" ".join(words[i:]))
    head = reg.text[start : f.end]
    return attrs.evolve(f, start=start, text=head, head=head)


@settings(max_examples=250, deadline=None)
@given(text=_ARTICLES)
@example(text="Sarah Quayle said. Incumbent Sarah Quayle said.")
@example(text="Tom met Incumbent Sarah Quayle said. Incumbent Sarah Quayle said.")
@example(text="Poor Ann Lee met Poor Ann Lee spoke. ")
def test_the_openers_remembered_are_the_openers_read_afresh(text: str) -> None:
    names = [f for f in find_names(text) if f.kind is PhraseKind.NAME and not f.title]
    reg = identity._Registry(text)  # (its memory filled by its own names already)
    for f in names * 2:
        assert reg._strip_openers(f) == _plain_strip(reg, f), f


def test_a_role_before_a_given_name_is_dropped_only_where_the_sentence_opens() -> None:
    text = "Tom met Incumbent Sarah Quayle on Monday. Incumbent Sarah Quayle said no."
    first, second = [f for f in find_names(text) if "Quayle" in f.head]
    reg = identity._Registry("")
    reg.text = text
    assert reg._strip_openers(first).head == "Incumbent Sarah Quayle"
    assert reg._strip_openers(second).head == "Sarah Quayle"
    assert reg._openers["Incumbent Sarah Quayle"] == 0  # not kept whole everywhere
    plain = find_names("Ann Lee met Tom.")[0]
    assert reg._strip_openers(plain) is plain
    assert reg._openers["Ann Lee"] == identity._KEEP_NAME


# Names read as a sentence's subject or not, through each branch of _subject_at (its
# answers as they were before it read the text and the comma once: stop 31).
_SUBJECTS = [
    ("Ana Ruiz said it.", "Ana Ruiz", True),  # opens the text
    ("On Monday, Ana Ruiz said it.", "Ana Ruiz", True),  # after a comma, a verb next
    ("Her coach, Ben Ode, was delighted.", "Ben Ode", True),  # apposition, auxiliary
    ("He met Herman Cain, the radio host, was asked.", "Herman Cain", True),
    ("Wilcox and Beruff, a Sarasota Republican, argued.", "Beruff", False),  # joined
    ("Stacy Baker of Columbia, South Carolina says so.", "South Carolina", False),
    ("the board, Ana Ruiz, Tom Lee and others met.", "Ana Ruiz", False),
    ("It was Ana Ruiz who left.", "Ana Ruiz", False),
    ("then Ana Ruiz said it.", "Ana Ruiz", True),
    ("the vote, Ana Ruiz says, is close.", "Ana Ruiz", True),
    ("A plan, said Wilcox, an Orlando Republican.", "Wilcox", True),  # inverted cue
]


def test_each_branch_of_the_subject_test_gives_its_answer() -> None:
    for text, name, subject in _SUBJECTS:
        start = text.index(name)
        assert identity._subject_at(text, start, start + len(name)) is subject, text


def test_a_place_before_a_comma_takes_no_role_from_what_follows() -> None:
    # A state, and a house the text puts where a place goes, before a comma: the
    # title or the clause after it is no role of theirs (a person's apposition is).
    text = (
        "Even as she won in South Dakota, Mrs. Vane looked tired. They drove back "
        "to Hollow Gables, and read until dark. Ben Ode, the mayor, waved."
    )
    reg = identity._Registry(text)
    titles = {e.name: e.titles for e in reg.entities}
    assert titles["South Dakota"] == []
    assert titles["Hollow Gables"] == []
    assert titles["Ben Ode"] == ["the mayor"]
