"""Quotes inside an excerpt of several paragraphs (issue 14, the quote marks PolNeAR
leaves out): a quote the excerpt itself quotes belongs to the person its sentence
names, or to nobody, never to the excerpt's writer by default."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse

_WRITER = "Mina Varga"


def _excerpt(subject: str, verb: str, inner: str, cue: str) -> str:
    # A writer introduces an excerpt whose paragraphs each open with a straight mark
    # (the last one's closer left out, as excerpts often print it); its second
    # paragraph quotes somebody else.
    return (
        f"{_WRITER} wrote in the Harbour Gazette:\n\n"
        '"The vote on the harbour levy was close.\n\n'
        f'"{subject} {verb} that assessment as “{inner}” and {cue}, “We should have gone further.”'
        "\n\nThe rest of the piece is on the Gazette's site."
    )


def _inner(text: str, words: str) -> tuple[str | None, str | None]:
    art = parse(text)
    (q,) = [q for q in art.quotes if q.text.startswith(words)]
    name = q.speaker_name
    return name, q.cue.rule if q.cue else None


def test_a_quote_after_a_cue_in_a_reopened_paragraph_goes_to_its_own_subject() -> None:
    text = _excerpt("Councillor Ivo Brant", "mocked", "too timid", "said")
    assert _inner(text, "We should") == ("Ivo Brant", "participle-subject")


def test_a_phrase_with_no_cue_in_a_reopened_paragraph_is_not_the_writers() -> None:
    text = _excerpt("Councillor Ivo Brant", "ridiculed", "too timid", "said")
    name, _rule = _inner(text, "too timid")
    assert name != _WRITER


@given(
    st.sampled_from(["Councillor Ivo Brant", "Dr Lena Okafor", "Senator Tom Hale"]),
    st.sampled_from(["mocked", "dismissed", "described", "ridiculed"]),
    st.sampled_from(["too timid", "a wasted chance", "half a plan"]),
)
def test_no_quote_of_a_later_paragraph_goes_to_the_writer(
    subject: str, verb: str, inner: str
) -> None:
    art = parse(_excerpt(subject, verb, inner, "said"))
    later = [q for q in art.quotes if q.depth == 1]
    assert len(later) == 2
    assert all(q.speaker is None or q.speaker.name != _WRITER for q in later)
