"""The name registry's making skips calls whose answer its arguments already give.

``identity._Registry.__init__`` reads every name row of an article, and three of its
steps are skipped where the answer is known before the call:

- ``_strip_openers`` is not called for a name with a title of one word, nor for an
  untitled name it has already kept whole (``_KEEP_NAME`` in ``_openers``): it would
  give the name back as it is;
- ``_described_body`` is not called for a lone word with no comma and space after it:
  it would say False;
- ``_surname_then_name`` reads the surnames given with *Mr* or *Mrs* from the found
  names the registry keeps apart, not from every row.

Each test below checks the fact the skip relies on, on generated articles.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

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


@given(
    text=st.text(alphabet=st.sampled_from("Aa ,.\n"), max_size=30),
    end=st.integers(min_value=0, max_value=32),
)
@example(text="Velora, the carmaker, said", end=6)
def test_a_described_body_always_has_a_comma_after_it(text: str, end: int) -> None:
    if identity._described_body(text, end):
        assert text.startswith(", ", end)


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
