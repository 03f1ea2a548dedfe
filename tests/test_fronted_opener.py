"""A phrase that opens the sentence before its clause is no name with an apposition.

"Lately, the row drew a reply from Roe, who ..." once read *Lately* as a name and
the clause up to Roe as its apposition, so the relative pronoun's speaker became
*Lately*; "In May, ..." read the month the same way.
"""

from __future__ import annotations

import pytest

import quoteverify
from quoteverify.speakers.mentions import phrase_before
from quoteverify.text.layer import tokenize


def _before_who(text: str) -> str | None:
    toks = tokenize(text, 0, len(text))
    j = next(i for i, tok in enumerate(toks) if tok.lower == "who")
    found = phrase_before(toks, j, text=text)
    return None if found is None else found.text


@pytest.mark.parametrize(
    "text",
    [
        "Lately, the feud drew a stern reply from Ines Varga, who",
        "Curiously, a letter came from Ines Varga, who",
        "In April, the feud drew a stern reply from Ines Varga, who",
        "Rain fell. At Dover, the crowd booed Ines Varga, who",
    ],
)
def test_an_opening_phrase_is_no_apposed_name(text: str) -> None:
    assert _before_who(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Emily, a baker from Leeds, who", "Emily"),
        ("Connolly, a baker from Leeds, who", "Connolly"),
        ("Beverly, a baker from Leeds, who", "Beverly"),
        ("Kelly, a baker from Leeds, who", "Kelly"),
        ("Ines Varga, a baker from Leeds, who", "Ines Varga"),
        ("Rain fell. Ines Varga, the mayor of Leeds, who", "Ines Varga"),
    ],
)
def test_a_name_with_an_apposition_still_reads(text: str, name: str) -> None:
    assert _before_who(text) == name


@pytest.mark.parametrize(
    "text",
    [
        'Lately, the feud drew a reply from Mayor Ines Varga, who called the levy "a bread tax."',
        'In April, the feud drew a reply from Ines Varga, who called the levy "a tax on bread."',
    ],
)
def test_the_relative_pronoun_speaks_for_the_name_before_it(text: str) -> None:
    (quote,) = quoteverify.parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Ines Varga"


def _speaker(text: str) -> str | None:
    (quote,) = quoteverify.parse(text).quotes
    return quote.speaker_name


@pytest.mark.parametrize(
    "text",
    [
        'Replying, a spokesman for the port, Tomas Reyes, said the ships had "no permit".',
        'Separately, an aide to the governor, Lucia Benn, said the plan was "still on the table".',
        'Rain fell. Commenting, the harbour master, Ola Nyberg, said it was "the worst in years".',
    ],
)
def test_a_word_opening_the_sentence_heads_no_chain_of_appositions(text: str) -> None:
    # the full name that fills the last apposition speaks, not the opening word
    assert _speaker(text) in ("Tomas Reyes", "Lucia Benn", "Ola Nyberg")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Manning, a spokesman for the port authority, said the ships had "no permit".', "Manning"),
        ('Harding, a baker from Leeds, said the bread was "better than ever".', "Harding"),
        ('Ida Moss, the editor of the weekly, The Lantern, said it was "a hard year".', "Ida Moss"),
    ],
)
def test_a_surname_in_ing_still_heads_its_apposition(text: str, name: str) -> None:
    assert _speaker(text) == name
