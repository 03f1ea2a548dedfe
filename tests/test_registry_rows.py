"""The name registry's making skips calls whose answer its arguments already give.

``identity._Registry.__init__`` reads every name row of an article; where the answer
is known before the call, it skips the call or reads less:

- ``_strip_openers`` is not called for a name with a title of one word, nor for an
  untitled name it has already kept whole (``_KEEP_NAME`` in ``_openers``): it would
  give the name back as it is;
- ``_surname_then_name`` reads the surnames given with *Mr* or *Mrs* from the found
  names the registry keeps apart, not from every row.

Each test below checks the fact the skip relies on, on generated articles.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.model import SpeakerKind
from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind

_PIECES = [
    "Ana Ruiz", "Ruiz", "Ana", "Mr Hale", "Mrs Hale", "Mrs. Allan", "Allan Anne",
    "Anne", "Dr. Lee", "Lee", "Poor Tom", "Tom", "Incumbent Sara Quayle", "Quayle",
    "Addressing Mayor Tom Quill", "Mayor Tom Quill", "Quill", "Velora", "Acme Corp",
    "the carmaker", "which makes", "a spokesman", "poor", "said", "met", "and",
    "The", "But", ",", ", ", ".", ". ", "\n", " ",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join)


def _founds(text: str) -> list[Found]:
    """The registry's name rows of ``text`` as found names."""
    rows = identity._name_rows_seen(text)[0]
    return [Found(start=s, end=e, text=p, kind=k, head=h, title=t) for s, e, p, k, h, t in rows]


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
@example(text="Addressing Mayor Tom Quill , she said . Mayor Tom Quill said")
@example(text="Poor Tom met Poor Tom . Incumbent Sara Quayle said")
def test_strip_openers_keeps_the_names_the_registry_does_not_ask_about(text: str) -> None:
    reg = identity._Registry(text)
    for f in _founds(text):
        if f.kind is not PhraseKind.NAME:
            continue
        skipped = " " not in f.title if f.title else reg._openers.get(f.head) == identity._KEEP_NAME
        if skipped:
            assert reg._strip_openers(f) is f


def test_a_title_of_two_words_is_still_read_for_an_opener() -> None:
    # The skip must not take in a title of two words: its first may open the sentence.
    reg = identity._Registry("Addressing Mayor Tom Quill, she said.")
    f = _founds(reg.text)[0]
    assert f.title == "Addressing Mayor"
    assert reg._strip_openers(f).title == "Mayor"
    assert [(e.name, e.titles) for e in reg.entities] == [("Tom Quill", ["Mayor"])]


def test_a_lone_body_with_its_comma_is_still_read() -> None:
    reg = identity._Registry("Velora, the carmaker, said it would. Velora said so.")
    assert [(e.name, e.kind.value) for e in reg.entities] == [("Velora", "organization")]


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
@example(text="Mrs. Allan came . With Mrs. Allan Anne fell")
def test_surnames_read_from_the_found_names_alone(text: str) -> None:
    rows = identity._name_rows_seen(text)[0]
    items: list[tuple[int, int, str, str] | Found] = []
    for s, e, p, k, h, t in rows:
        if k is PhraseKind.NAME and not t and " " not in h:
            items.append((s, e, p, h))  # a lone word, as the registry keeps it
        else:
            items.append(Found(start=s, end=e, text=p, kind=k, head=h, title=t))
    founds = [i for i in items if isinstance(i, Found)]
    assert identity._surname_then_name(items, founds) == identity._surname_then_name(items)


def test_mrs_allan_is_cut_with_the_found_names_given() -> None:
    text = "Mrs. Allan came. With Mrs. Allan Anne fell in love."
    # (Read as one name, "Allan Anne" would be a second person.)
    assert [e.name for e in identity._Registry(text).entities] == ["Allan"]


# A name whose title asks for a sex ("Mrs Hale") is matched again only when what
# match_name's test of the sex reads has changed: the person's titles or votes.

_SEXED = [
    "Mrs Hale", "Mr Hale", "Miss Hale", "Ms Hale", "Mrs. Hale", "Ann Hale", "Hale",
    "Mr Roe", "Tom Roe", "Roe", "Dr. Lee", "Ms Lee", "Lee", "Sir Tom Lee",
    "said", "met", "she", "he", ", ", ". ", "\n",
]  # fmt: skip


def _plain_entity_for_name(self: identity._Registry, f: Found) -> identity._Entity:
    """``_entity_for_name`` matching every name again."""
    self._by_found.clear()
    self._by_sex.clear()
    return identity._Registry._entity_for_name(self, f)


def _registry_state(reg: identity._Registry) -> object:
    return (
        [(e.name, e.kind, e.aliases, e.titles, e.gender, e.positions) for e in reg.entities],
        [(p, e.name) for p, e, _ in reg.every_mention()],
        sorted((k, e.name) for k, e in reg.by_key.items()),
    )


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_SEXED), max_size=40).map(" ".join))
@example(text="Mrs Hale said . Mrs Hale met Mr Hale . Mrs Hale said")
@example(text="Ann Hale met Mrs Hale . Miss Hale said . Mrs Hale said")
# A wife named by her husband's name, found by who stands before her: not remembered.
@example(text="Mrs Hale Mrs Hale Roe Mrs Hale Roe Mrs Hale Mr Roe Mrs Hale Roe")
@example(text=" ".join(["Mrs Hale"] * 14 + ["Dr. Lee", "Mrs Hale Lee", "Mr Hale"]))
def test_a_sexed_title_remembered_gives_the_plain_registry(text: str) -> None:
    plain_cls = type("_Plain", (identity._Registry,), {"_entity_for_name": _plain_entity_for_name})
    assert _registry_state(identity._Registry(text)) == _registry_state(plain_cls(text))


def test_a_sexed_title_is_matched_once_while_its_person_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    match_name = identity._Registry.match_name

    def counting(self: identity._Registry, head: str, *args: object, **kwargs: object) -> object:
        asked.append(head)
        return match_name(self, head, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(identity._Registry, "match_name", counting)
    reg = identity._Registry("Mrs Hale said so. Mrs Hale left. Then Mrs Hale came back.")
    assert [(e.name, e.gender) for e in reg.entities] == [("Hale", "f")]
    assert asked == ["Hale"]  # the first time; the five others from memory


def test_a_sexed_title_is_matched_again_once_its_person_changes() -> None:
    text = "Mrs Hale said so."
    # (The name inside a quote: no mention, so no votes to count once it is read.)
    whole = [(0, len(text))]
    reg = identity._Registry(text, quoted=whole)
    key = ("Hale", PhraseKind.NAME, "Mrs")
    hale = reg.by_key["hale"]
    assert reg._by_sex_held(key) is hale
    hale.titles.append("Miss")  # a title that says another marital state
    assert reg._by_sex_held(key) is None
    found = _founds(text)[0]
    assert reg._entity_for_name(found) is not hale  # match_name's test now fails
    fresh = identity._Registry(text, quoted=whole)
    assert fresh._by_sex_held(key) is fresh.by_key["hale"]
    fresh.by_key["hale"].unvoted.append((0, 8))  # votes to count: the sex may change
    assert fresh._by_sex_held(key) is None


def test_a_person_of_no_known_sex_is_remembered_while_their_name_holds() -> None:
    # "Hale" has no title and no given name: "Mrs Hale" finds him by his key, since
    # nothing says his sex, and finds him again from memory until a fuller name
    # ("Tom Hale") may say it.
    text = "Hale said so."
    reg = identity._Registry(text, quoted=[(0, len(text))])
    hale = identity._new_entity("Hale", SpeakerKind.PERSON)
    reg._add(hale)
    mrs = Found(start=0, end=8, text="Mrs Hale", kind=PhraseKind.NAME, head="Hale", title="Mrs")
    key = ("Hale", PhraseKind.NAME, "Mrs")
    assert reg._entity_for_name(mrs) is hale
    assert reg._by_sex_held(key) is hale
    hale.rename("Tom Hale")
    assert reg._by_sex_held(key) is None


def test_a_person_whose_given_name_says_the_other_sex_is_not_remembered() -> None:
    # "Roe" is Tom Roe's key, but his given name says he is a man: "Mrs Roe" is
    # another person, and she, not he, is what the name finds from memory.
    text = "Roe met Tom Roe."
    reg = identity._Registry(text, quoted=[(0, len(text))])
    tom = reg.by_key["tom roe"]
    tom.add_alias("Roe")
    reg._index(tom)
    assert reg.by_key["roe"] is tom
    mrs = Found(start=0, end=7, text="Mrs Roe", kind=PhraseKind.NAME, head="Roe", title="Mrs")
    her = reg._entity_for_name(mrs)
    assert her is not tom
    assert reg._by_sex_held(("Roe", PhraseKind.NAME, "Mrs")) in (None, her)
