"""A capitalised run of seven words (issue 14, h57c-sevenwords): a body's long name,
its office and a person's name in one run (*Harbour Workers Union Deputy Chair Lina
Osei*), or an office and an honorific before a name of three words. The name
pattern (``mentions._name_pattern`` and its ``re`` twin ``_ASCII_NAME_RE``) reads up
to seven words, so the person's given name is no longer cut off the run. Every
sentence here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.speakers.mentions import find_names


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def _heads(text: str) -> list[str]:
    return [f.head for f in find_names(text)]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        # a body of three words, an office, a given name and a surname
        ("Coastal Fishing Workers Union Chair Tomas Okafor", "Tomas Okafor"),
        # a body, a two-word office and a given name and a surname
        ("Northern Rail Board Vice Chair Hana Lindqvist", "Hana Lindqvist"),
        # an office of two words, a body's place and a double surname
        ("Valley Water Authority Chair Lucia Ferreira Costa", "Lucia Ferreira Costa"),
        # a service, a rank and a name
        ("Retired Coast Guard Rear Adm. Pieter Voss", "Pieter Voss"),
    ],
)
def test_a_body_and_an_office_before_a_full_name_keep_the_given_name(lead: str, name: str) -> None:
    surname = name.rsplit(maxsplit=1)[-1]
    text = f'{lead} defended the plan. "We will keep every route open," {surname} said.'
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # an office, an honorific and a name of three words
        ("District Chief Minister Shri Arun Dev Rao opened the bridge.", "Arun Dev Rao"),
        ("State Finance Minister Smt. Kavya Rani Nair spoke first.", "Kavya Rani Nair"),
        # a Spanish double surname with particles
        ("Judge Ana Sofía de la Peña Ortiz ruled on Friday.", "Ana Sofía de la Peña Ortiz"),
        # a Portuguese name of five words with particles
        ("Mayor João Pedro dos Santos Lima Neto left early.", "João Pedro dos Santos Lima Neto"),
        # an office before a Portuguese name of six words: seven in the run
        (
            "Mayor Maria Clara Souza dos Santos Lima Neto left.",
            "Maria Clara Souza dos Santos Lima Neto",
        ),
        # a Thai name and an Indonesian name of three words after an office
        ("Deputy Prime Minister Somchai Wongsawat spoke.", "Somchai Wongsawat"),
        ("Regional Governor Made Arya Wedakarna Putra spoke.", "Made Arya Wedakarna Putra"),
    ],
)
def test_an_office_and_an_honorific_come_off_the_run(text: str, head: str) -> None:
    assert head in _heads(text)


def test_seven_capitalised_words_are_read_as_one_run() -> None:
    # With six words at most the run is cut after "Lina", and the surname stands
    # alone as a name of its own.
    found = find_names("Harbour Workers Union Deputy Chair Lina Osei spoke.")
    assert [(f.head, f.title) for f in found] == [
        ("Lina Osei", "Harbour Workers Union Deputy Chair")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two names in a list stay two names
        'Ana Ruiz, Tom Hale and Lina Osei met. "We agree," Hale said.',
        # a body's long name before a person's, with a comma between
        'The Coastal Fishing Workers Union, Tom Hale said, "will sign."',
    ],
)
def test_names_apart_stay_apart(text: str) -> None:
    assert _speakers(text) == ["Tom Hale"]
