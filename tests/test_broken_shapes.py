"""Broken text around a cue: a closing mark lost before it, a surname that is a common word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in parse(text).quotes]


# -- a closing mark lost before the cue ------------------------------------------


def test_lost_closer_before_said_x_names_the_speaker() -> None:
    text = 'Rain fell all week. "The dam will hold, said Oren Vale, the site engineer.'
    ((quote, speaker),) = _speakers(text)
    assert quote.startswith("The dam will hold, said Oren Vale")  # the span is the parser's
    assert speaker == "Oren Vale"


def test_lost_closer_before_x_said_names_the_speaker() -> None:
    text = 'Rain fell all week. "The dam will hold, Oren Vale said. Nobody left town.'
    ((_, speaker),) = _speakers(text)
    assert speaker == "Oren Vale"


def test_lost_closer_recovered_at_the_next_opening_mark() -> None:
    text = 'Oren Vale spoke. "The dam will hold, said Ida Marsh. "It was built well," Vale said.'
    assert [s for _, s in _speakers(text)] == ["Ida Marsh", "Oren Vale"]


def test_a_cue_in_a_later_sentence_of_an_unclosed_quote_is_reported_speech() -> None:
    # A letter read aloud: the cue of its second sentence is the letter's, not its reader's.
    # (Neither "Aunt Bea" nor "Bea": the cue read after the comma names "Bea".)
    for text in (
        'Mina read the card aloud. "All is well here. Our cousin is home, Aunt Bea says.',
        'Mina read the card aloud. "All is well here. Our cousin is home, says Aunt Bea.',
    ):
        ((_, speaker),) = _speakers(text)
        assert "Bea" not in (speaker or ""), text


def test_a_cue_whose_clause_runs_on_names_nobody() -> None:
    # "told Ida to wait": a cue with its object and more, no cue clause ending the words.
    text = 'It was late. "Before the storm, told Ida to wait by the door'
    ((_, speaker),) = _speakers(text)
    assert speaker != "Ida"


def test_a_closed_quote_keeps_its_ordinary_cue() -> None:
    text = '"The dam will hold, said Ida Marsh," Oren Vale wrote.'
    ((_, speaker),) = _speakers(text)
    assert speaker == "Oren Vale"


# -- a surname that is a common word ---------------------------------------------


def test_a_function_word_surname_after_said() -> None:
    text = '"We are ready for the count," said Al From, a party strategist.'
    ((_, speaker),) = _speakers(text)
    assert speaker == "Al From"


def test_a_function_word_surname_at_the_end_of_the_sentence() -> None:
    ((_, speaker),) = _speakers('"We are ready for the count," said Ines Over.')
    assert speaker == "Ines Over"
    mention = parse('"We are ready for the count," said Ines Over.').quotes[0].speaker_mention
    assert mention is not None and mention.text == "Ines Over"  # not cut to "Ines"


def test_a_capitalised_preposition_that_opens_a_phrase_is_no_surname() -> None:
    text = '"We are ready for the count," said Ines Moreau On Tuesday the polls opened.'
    ((_, speaker),) = _speakers(text)
    assert speaker == "Ines Moreau"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(['"', "“", "”", ", ", "said ", "Al ", "From", ". ", "Ida ", "\n\n", "x"]),
        max_size=30,
    )
)
def test_broken_cues_never_crash_nor_lose_a_quote(parts: list[str]) -> None:
    text = "".join(parts)
    article = parse(text)
    for q in article.quotes:
        assert text[q.start : q.end] == q.text
