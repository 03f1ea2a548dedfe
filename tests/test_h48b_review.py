"""Review of stop 48's first wave (issue 14, h48b-review): a case for every row of
``heading_verbs.tsv`` and ``view_frames.txt`` that had none (each fails with its row
removed; *directs* left the table: the relative clause read as a role already gives
*the director of ...*), and the view frame kept off a quote that is its clause's subject. Invented
sentences and names."""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speaker(text: str, piece: str) -> str | None:
    quote = max((q for q in parse(text).quotes if piece in q.text), key=lambda q: q.depth)
    return quote.speaker.name if quote.speaker is not None else None


# One row of heading_verbs.tsv a case (*who directs the choir* is read as a role
# without the table: the row was dropped): "X, who <verb> the <thing>," then a descriptor
# with one of the verb's nouns: the descriptor names X.
@pytest.mark.parametrize(
    ("clause", "noun"),
    [
        ("chairs the water board", "chairman of the water board"),
        ("manages the Harbour Hotel", "manager of the Harbour Hotel"),
        ("coaches the under-12 team", "coach of the under-12 team"),
        ("founded the food bank", "founder of the food bank"),
        ("owns the corner bakery", "owner of the corner bakery"),
    ],
)
def test_a_descriptor_names_whoever_the_clause_gave_its_role(clause: str, noun: str) -> None:
    text = f'Piet Sandor, who {clause}, spoke first. "We will manage," the {noun} said.'
    assert _speaker(text, "We will manage") == "Piet Sandor"


# One row of view_frames.txt a case.
@pytest.mark.parametrize(
    "frame",
    [
        "In her judgment",
        "In her judgement",
        "In her assessment",
        "In her account",
        "By her account",
        "To her mind",
    ],
)
def test_each_view_frame_gives_the_quote_to_its_owner(frame: str) -> None:
    text = (
        "Ilse Maret has run the clinic for years. "
        f'{frame}, the wait was "longer than anyone should bear."'
    )
    assert _speaker(text, "longer than anyone") == "Ilse Maret"


# A quote that opens the clause right after a frame and runs straight into a verb is
# that clause's subject: a nickname, a slogan or a term said of the owner, not words
# the owner spoke (issue 14, h48b-review). A conjunction after the quote keeps it his.
@pytest.mark.parametrize(
    ("text", "piece", "speaker"),
    [
        (
            'Ossian Brell boxed for a decade. According to him, "Twig" was his name at school.',
            "Twig",
            None,
        ),
        (
            'Ilse Maret toured the mill. According to her, "the loom is finished" and '
            "nobody will fix it.",
            "the loom is finished",
            "Ilse Maret",
        ),
        (
            'Ilse Maret toured the mill. According to her, "the loom is finished."',
            "the loom is finished",
            "Ilse Maret",
        ),
    ],
)
def test_a_quote_that_is_its_clauses_subject(text: str, piece: str, speaker: str | None) -> None:
    assert _speaker(text, piece) == speaker
