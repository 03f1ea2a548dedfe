"""Science, health and technology news, the genre of blind set 30 (issue 14,
h53-blind30).

A title after *the title* (*published under the title "..."*) and a line after
*tagline* are names of works and slogans, said by nobody, whatever their length or
the stop printed inside their marks (``lexicons/naming_frames.tsv``). A title-cased
quoted name before *model* is a product's (``lexicons/product_nouns.txt``: *its
"Aero Max" model*). A body named for two fields, *the Fish and Wildlife Service*,
is one name: the run after the lower-case *and* read alone is no body
(``mentions._join_paired_bodies``), so *the agency* said later is the whole body.
"""

from __future__ import annotations

from quoteverify import parse

from .conftest import speakers


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind.value, q.speaker.name if q.speaker else None) for q in parse(text).quotes]


def test_a_title_after_the_title_is_non_speech() -> None:
    text = (
        'Her thesis later appeared as a book under the title "Salt, Stone and Memory: '
        'Sea Walls of Brittany," and sold out in a month, Professor Ilse Varga said.'
    )
    assert _kinds(text) == [("non_speech", None)]


def test_a_tagline_is_non_speech_with_its_stop_inside() -> None:
    text = (
        "Odile Brisset closed the launch with a slide bearing the company's new tagline "
        '"Charge once, then forget it." Reviewers were unmoved.'
    )
    assert _kinds(text) == [("non_speech", None)]
    text = 'The keynote ended on the tagline "Built for the long haul." Applause followed.'
    assert _kinds(text) == [("non_speech", None)]


def test_a_quoted_name_before_model_is_a_product() -> None:
    text = (
        'Vantor Audio said the fault touched only its "Aero Max" model built in May, '
        "and owners should stop charging it."
    )
    assert _kinds(text) == [("non_speech", None)]


def test_words_before_model_in_lower_case_stay_speech() -> None:
    text = 'Dr. Femi Alade said the clinic was "a model for the region" and deserved money.'
    assert _kinds(text) == [("partial", "Femi Alade")]


def test_a_body_named_for_two_fields_is_read_whole() -> None:
    text = (
        "The Fish and Wildlife Service reopened Lake Orrin to anglers on Monday. The "
        'agency said the water was "clean enough for every species we tested."'
    )
    assert speakers(text) == ["Fish and Wildlife Service"]
    text = (
        "The Food and Drug Administration on Tuesday cleared an inhaler for toddlers. "
        '"It met every safety end point," the agency said.'
    )
    assert speakers(text) == ["Food and Drug Administration"]


def test_two_bodies_listed_after_one_article_stay_two() -> None:
    text = (
        "The Treasury and Bank of England agreed the plan on Friday. The bank said it "
        'was "comfortable with the timetable."'
    )
    assert speakers(text) == ["Bank of England"]
