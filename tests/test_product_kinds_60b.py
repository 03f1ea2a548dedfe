"""A one-word name introduced as *the chat app X* or *the video service X*, then
returned to as *the company*, *the app* or *the service* (h60b-companynoun).

``app``, ``service`` and ``platform`` are kinds of body (``lexicons/body_kinds.tsv``)
that may also name a product (``lexicons/product_kinds.txt``): they introduce a body
only as the subject opening a sentence, read by ``identity._Registry._kinded_in`` with
``identity._kind_opens_sentence``. A capitalised kind after a capitalised word is the
end of a name, not a kind (``identity._in_capitalised_name``: *Secret Service*).
"""

from __future__ import annotations

import pytest

import quoteverify as qv
from quoteverify.speakers import identity


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in qv.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The video service Brightcast will charge more from March, it told users.\n\n"
            '"Our costs have gone up," the company said in a note.',
            "Brightcast",
        ),
        (
            "The chat app Tellwise said on Friday it would stop keeping old messages.\n\n"
            '"Nobody needs a chat from 2019," the company said.',
            "Tellwise",
        ),
        (
            "The chat app Tellwise said on Friday it would stop keeping old messages.\n\n"
            '"Nobody needs a chat from 2019," the app said.',
            "Tellwise",
        ),
        (
            "The parcel delivery service Parcelo said it had hired 300 drivers.\n\n"
            '"We expect the busiest December yet," the service said.',
            "Parcelo",
        ),
        (
            "LAGOS (Wire) - The ride-hailing platform Zuvo raised its fares on Monday. "
            '"Fuel costs more," the firm said.',
            "Zuvo",
        ),
    ],
)
def test_a_product_kind_opening_a_sentence_makes_its_name_a_body(text: str, body: str) -> None:
    assert _speakers(text) == [body]


def test_near_miss_a_product_a_named_company_launched_goes_to_the_company() -> None:
    text = (
        "Harlow Group launched the chat app Tellwise on Monday.\n\n"
        '"It is our best product," the company said.'
    )
    assert _speakers(text) == ["Harlow Group"]


def test_near_miss_the_company_before_any_company_is_named_stays_a_description() -> None:
    text = (
        '"We will keep growing," the company said. '
        "The video service Brightcast named a new head on Monday."
    )
    assert _speakers(text) == ["the company"]


def test_near_miss_a_founder_named_after_the_company_keeps_her_quote() -> None:
    text = (
        "The video service Brightcast named a new head on Monday. "
        "The company's founder, Ana Roe, said she was proud.\n\n"
        '"It was time," Roe said.\n\n'
        '"We will keep growing," the company said.'
    )
    assert _speakers(text) == ["Ana Roe", "Brightcast"]


def test_near_miss_a_capitalised_service_is_the_end_of_a_name() -> None:
    text = 'Secret Service Director Ann Roe spoke first. "We failed that day," the service said.'
    assert _speakers(text) == ["the service"]
    assert identity._in_capitalised_name("Secret Service Director", 7)
    assert not identity._in_capitalised_name("Carmaker Velora said", 0)


def test_near_miss_a_lower_case_service_with_no_name_after_it() -> None:
    text = 'The bus service was cut on Monday. "We had no choice," the council said.'
    assert _speakers(text) == ["the council"]


def test_near_miss_a_capitalised_kind_before_a_title_names_no_body() -> None:
    text = 'Northern Bank Governor Ann Roe said rates would hold. "We are patient," the bank said.'
    assert _speakers(text) == ["the bank"]


def test_near_miss_a_hyphened_modifier_does_not_open_a_sentence() -> None:
    text = (
        "Harlow Group bought the ride-hailing app Zuvo on Monday.\n\n"
        '"It fits what we do," the company said.'
    )
    assert _speakers(text) == ["Harlow Group"]


# h60c-review: a dateline's dash without spaces, an en dash or a doubled hyphen, opens
# the sentence as a spaced hyphen or an em dash does (identity._OPENING_KIND).
@pytest.mark.parametrize("dash", ["--", " -- ", "\u2013", " \u2013 ", "\u2014"])
def test_a_dateline_dash_opens_the_sentence_of_a_product_kind(dash: str) -> None:
    text = (
        f"OSLO{dash}The chat app Tellwise said on Friday it would stop keeping old "
        'messages.\n\n"Nobody needs a chat from 2019," the company said.'
    )
    assert _speakers(text) == ["Tellwise"]


def test_near_miss_a_lower_case_aside_after_a_doubled_hyphen_is_an_object() -> None:
    text = (
        "Harlow Group bought it -- the chat app Tellwise -- last spring.\n\n"
        '"It fits what we do," the company said.'
    )
    assert _speakers(text) == ["Harlow Group"]


def test_near_miss_a_second_app_named_takes_the_app() -> None:
    # the nearest app named before the quote, as for any kind returned to
    text = (
        "The chat app Tellwise said on Friday it would stop keeping old messages. "
        "The photo app Snapway said it would not follow.\n\n"
        '"We keep what users want," the app said.'
    )
    assert _speakers(text) == ["Snapway"]


@pytest.mark.parametrize(
    "text",
    [
        'The ambulance service said two crews were sent. "We came fast," the service said.',
        'Passengers filled the platform at Leeds. "It was packed," the platform said.',
        'The party\'s platform promised lower rents. "Rents will fall," the platform said.',
    ],
)
def test_near_miss_a_kind_with_no_name_after_it_stays_a_description(text: str) -> None:
    assert _speakers(text)[-1] in {"the service", "the platform"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The National Health Service said waits fell in May. "
            '"Staff worked hard," the service said.',
            "National Health Service",
        ),
        (
            "Internal Revenue Service Commissioner Ann Roe spoke on Monday. "
            '"We need more staff," the service said.',
            "the service",
        ),
        (
            "The App Store removed the game Blaster on Monday. "
            '"It broke our rules," the company said.',
            "the company",
        ),
    ],
)
def test_near_miss_a_capitalised_kind_inside_a_name(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
    at = text.index("Service") if "Service" in text else text.index("App")
    assert identity._in_capitalised_name(text, at)
