"""Names of Europe's and the Middle East's English-language press (issue 14, h58-blind45).

Letters that Unicode's decomposition keeps whole (Polish *ł*, Turkish dotless *ı*,
Danish *ø*, Croatian *đ*) are printed plain by outlets without them, so *Yildiz* after
*Yıldız* and *Malecka* after *Łucja Małecka* must meet the name as *Wrobel* meets
*Wróbel* (``lexicons/plain_letters.tsv``, read by
``identity._plain_letters``). Invented articles only; each test reads the resolved
name (``q.speaker_name``), as strict scoring does.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.lexicons import load_table

from .conftest import resolved


# The short form printed without the whole letters of the full name.
@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Kerem Yıldızoğlu", "Yildizoglu"),
        ("Łucja Małecka", "Malecka"),
        ("Mette Sørgaard", "Sorgaard"),
        ("Goran Đurković", "Durkovic"),
    ],
)
def test_a_short_form_without_whole_letters_is_the_person_named_in_full(
    full: str, short: str
) -> None:
    text = (
        f'The harbour commissioner, {full}, said the new berth was "badly needed." '
        f'Nina Tarrant, who runs the ferry line, called it "a good start." '
        f'"We expect the first ships in May," {short} said.'
    )
    assert resolved(text, "first ships") == full


def test_a_plain_letter_alone_does_not_join_two_surnames() -> None:
    # Near miss: folding ł to l leaves a surname that differs in another letter apart.
    text = (
        'Adam Małek said the budget was "a disgrace." '
        'Piotr Malik, his deputy, said it was "fair enough."'
    )
    assert resolved(text, "fair enough") == "Piotr Malik"


@settings(max_examples=30, deadline=None)
@given(
    stem=st.sampled_from(["Kowal", "Yilmaz", "Sorby", "Dukic"]),
    letters=st.sets(st.sampled_from(sorted(load_table("plain_letters"))), min_size=1),
)
def test_any_whole_letter_in_a_surname_meets_its_plain_spelling(
    stem: str, letters: set[str]
) -> None:
    # Each whole letter of the table put into the surname, the plain spelling is the
    # same person.
    plain = {v: k for k, v in load_table("plain_letters").items() if k in letters}
    marked = "".join(plain.get(c, c) for c in stem)
    text = (
        f'Senator Ana {marked}ska said the vote was "a warning." '
        f'{stem}ska said the party "will listen."'
    )
    assert resolved(text, "will listen") == f"Ana {marked}ska"
