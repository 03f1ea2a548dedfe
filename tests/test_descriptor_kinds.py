"""Descriptors that name a person by a kind of their office, by a role a view-resolved
descriptor gave them, or by an age given in apposition (issue 14, h46-desc).

*the lawmaker* is a senator or a representative the article titled; *the senator*
goes back to the person an earlier *the Vermont senator* was resolved to; *the
54-year-old* is the person introduced as *a 54-year-old swimmer*. Every sentence here
is our own.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify.speakers.identity import _age_spans, _introduction_pattern, _kinds_of, _of_kind

from .conftest import speaker_of

BYSTANDER = (
    " Carl Moss, who owns a garage on the street, said nobody had asked him."
    ' "It came out of the blue," Moss said.\n\nThe council meets again in June. '
)


def test_a_kind_of_office_names_the_titled_representative() -> None:
    text = (
        "Rep. Ines Quill asked for the audit."
        + BYSTANDER
        + '"We want every receipt," the lawmaker said.'
    )
    assert speaker_of(text) == "Ines Quill"


def test_a_kind_of_office_names_the_ambassador() -> None:
    text = (
        "Ambassador Ines Quill met reporters in Lima."
        + BYSTANDER
        + '"The talks will go on," the diplomat said.'
    )
    assert speaker_of(text) == "Ines Quill"


def test_of_two_lawmakers_the_one_named_last() -> None:
    text = "Sen. Ines Quill spoke first. Rep. Carl Moss spoke after her."
    text += '\n\n"Enough," the lawmaker said.'
    assert speaker_of(text) == "Carl Moss"


def test_a_mayor_is_no_lawmaker() -> None:
    text = (
        "Mayor Ines Quill opened the hearing."
        + BYSTANDER
        + '"We want every receipt," the lawmaker said.'
    )
    # (whoever else is in view may still be; the mayor is not)
    assert speaker_of(text) != "Ines Quill"


def test_kinds_of_agrees_with_of_kind() -> None:
    # The index of holders by kind is built from _kinds_of; it must say what _of_kind says.
    for title in ("sen", "senator", "rep", "mayor", "general", "secretary general", "envoy"):
        *mods, head = title.split()
        for noun in ("lawmaker", "legislator", "diplomat", "senator"):
            assert (noun in _kinds_of(head, tuple(mods))) == _of_kind(noun, head, tuple(mods))


SENATOR = (
    "Bo Hale took questions in Burlington on Sunday.\n\n"
    '"It took us a year," the independent Vermont senator said.\n\n'
    '"So you lead now?" asked the host, Dee Park.\n\n'
)


def test_a_role_resolved_in_view_is_held_for_a_later_descriptor() -> None:
    # *the Vermont senator* goes to Hale, who is in view; the shorter descriptor two
    # paragraphs on, after the host is named, goes back to him by that role.
    assert speaker_of(SENATOR + '"I lead now, yes," the senator said.') == "Bo Hale"


def test_the_role_held_keeps_its_state() -> None:
    # Hale was described as Vermont's senator: another state's senator is not him.
    assert speaker_of(SENATOR + '"I lead now, yes," the Ohio senator said.') != "Bo Hale"


def test_a_titled_holder_named_later_still_wins() -> None:
    text = (
        "Bo Hale took questions in Burlington on Sunday.\n\n"
        '"It took us a year," the independent Vermont senator said.\n\n'
        "Sen. Ruth Ames of Ohio spoke next.\n\n"
        '"I lead now, yes," the senator said.'
    )
    assert speaker_of(text) == "Ruth Ames"


def test_an_age_given_in_apposition_before_a_noun() -> None:
    text = (
        "Ada Lin, a 54-year-old swimmer, won the race on Monday."
        + BYSTANDER
        + '"We will not back down," the 54-year-old said.'
    )
    assert speaker_of(text) == "Ada Lin"


def test_another_age_in_apposition_is_not_the_descriptors() -> None:
    text = (
        "Ada Lin, a 61-year-old swimmer, won the race on Monday."
        + BYSTANDER
        + '"We will not back down," the 54-year-old said.'
    )
    assert speaker_of(text) != "Ada Lin"


def test_the_age_pattern_reads_the_article_form() -> None:
    pattern, _ = _introduction_pattern("54-year-old")
    for text, name in (
        ("Ada Lin, a 54-year-old swimmer, won.", "Ada Lin"),
        ("Omar Said, an 54-year-old pilot, flew.", "Omar Said"),
    ):
        found = pattern.search(text)
        assert found is not None
        assert next(g for g in found.groups() if g) == name
    assert pattern.search("Ada Lin, a 154-year-old oak, fell.") is None
    assert pattern.search("Ada Lin, a 54-year-olds club, met.") is None


@given(
    st.lists(
        st.sampled_from(["Ada Lin", ", a 54-year-old", " nurse", ", 54,", " said", "\n", "x"]),
        max_size=30,
    )
)
def test_age_spans_hold_every_match(parts: list[str]) -> None:
    # Every match of the age's pattern lies inside one of the stretches _age_spans
    # gives, so reading only those stretches finds the same last match.
    text = "".join(parts)
    pattern, _ = _introduction_pattern("54-year-old")
    spans = _age_spans(text, "54", 0, len(text))
    for found in pattern.finditer(text):
        assert any(a <= found.start() and found.end() <= b for a, b in spans)
