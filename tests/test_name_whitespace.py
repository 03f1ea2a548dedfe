"""A resolved speaker's name holds single spaces only.

A name or a description printed over a line break (a novel wrapped at a fixed width:
*the\\nyoung man*, *Corran\\nBlake*) or with two spaces in a row is one name; the
speaker's name is compared as a string downstream (scores, variant groups), so the
registry gives it with each run of whitespace made one space
(``identity._new_speaker``, the one place its speakers are built).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Config, parse
from quoteverify.speakers import identity

# A novel's hard-wrapped lines: a line break inside a paragraph is a space.
_WRAPPED = Config(paragraphs="blank_line")


def _speaker_of(text: str) -> str | None:
    return parse(text, config=_WRAPPED).quotes[-1].speaker_name


_GAPS = st.sampled_from([" ", "\n", "  ", " \n", "\n  ", "\t", "\u00a0", "\r\n"])
_PHRASES = st.sampled_from(
    [
        ("the", "young", "man"),
        ("the", "old", "ferryman"),
        ("Corran", "Blake"),
        ("a", "tired", "clerk"),
        ("Mrs.", "Hollin"),
    ]
)


def test_a_description_over_a_line_break_is_one_line() -> None:
    text = 'He opened the gate.\n\n"We close at six," said the\nyoung ferryman.'
    assert _speaker_of(text) == "the young ferryman"


def test_a_name_over_a_line_break_is_one_line() -> None:
    text = '"Bring the lamps," said Corran\nBlake, and went out.'
    assert _speaker_of(text) == "Corran Blake"


def test_two_spaces_in_a_name_are_one() -> None:
    text = 'The ferry was late.\n\n"We wait," said the  old ferryman.'
    assert _speaker_of(text) == "the old ferryman"


@settings(max_examples=60, deadline=None)
@given(phrase=_PHRASES, gaps=st.lists(_GAPS, min_size=2, max_size=2))
@example(phrase=("the", "young", "man"), gaps=["\n", " "])
def test_no_resolved_name_holds_a_line_break_or_two_spaces(
    phrase: tuple[str, ...], gaps: list[str]
) -> None:
    words = [phrase[0]]
    for gap, word in zip(gaps, phrase[1:], strict=False):
        words += [gap, word]
    name = "".join(words)
    text = (
        f'"It is late," said {name}.\n\n"Stay a while," {name} answered.\n\n'
        f'{name} stood up. "I cannot," {name} said.'
    )
    for quote in parse(text, config=_WRAPPED).quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        for printed in (speaker.name, *speaker.aliases):
            assert "\n" not in printed
            assert "  " not in printed
            assert printed == " ".join(printed.split())


@given(st.text(alphabet=st.sampled_from("ab \n\t\u00a0"), max_size=12))
def test_one_line_collapses_every_run(name: str) -> None:
    out = identity._one_line(name)
    assert out == " ".join(name.split())
