"""A product's, a craft's or an account's name before its noun: no speaker (issue 14).

*Kestrel said it would retire its "Cloud Nine" handset* names a thing the company
sells; *the "Lantern" probe* names a spacecraft. By the Wikinews convention such a
name is nobody's words, however close a speech cue stands, so the kinds layer calls
it non-speech for the noun after it (``product_nouns``) and attribution gives it no
speaker. A campaign's or a movement's name before its noun is left as it was (its
backers' words in PolNeAR's gold). Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind, parse

N = QuoteKind.NON_SPEECH


def _span(text: str, quoted: str) -> tuple[QuoteKind, str, str | None]:
    """The kind, the reason and the speaker of the parsed quote opening ``quoted``."""
    q = next(q for q in parse(text).quotes if q.text.startswith(quoted))
    return q.kind, q.kind_reason, q.speaker_name


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # The company is the subject of the cue, the product its object's modifier.
        (
            'Kestrel Mobile said on Friday it would retire its "Cloud Nine" handset in May.',
            "Cloud Nine",
        ),
        # An agency's craft after *the*, the cue in the same sentence.
        (
            'The Ostrava Space Office said it had lost contact with the "Lantern" probe '
            "on Sunday night.",
            "Lantern",
        ),
        # A bank's account named inside a reported clause.
        (
            'Hollin Bank told customers that its "Easy Saver" account would close to new savers.',
            "Easy Saver",
        ),
        # A state fund after *that the*, as agency copy writes it.
        (
            'The minister stated that the "Green Roads" fund would open in March.',
            "Green Roads",
        ),
        # A drink's name before the noun, a cue after the sentence's comma.
        (
            'Sales of the "Blue Comet" drink doubled, the maker Harlow Foods said.',
            "Blue Comet",
        ),
    ],
)
def test_a_product_name_before_its_noun_gets_no_speaker(text: str, quoted: str) -> None:
    kind, reason, speaker = _span(text, quoted)
    assert kind is N, reason
    assert reason.startswith("the name of a product before"), reason
    assert speaker is None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A campaign's name: not in the lexicon, read as before.
        ('Mayor Ana Ruiz said she backed the "Clean Streets" campaign from the start.', "Clean"),
        # A lower-case quote before the noun is somebody's words, not a name.
        ('Roe said the company had sold a "very safe" tablet to schools.', "very safe"),
        # A title-cased quote before a word no product noun: a speaker's words.
        ('"Never Again" said Roe, and the crowd cheered.', "Never Again"),
    ],
)
def test_other_words_before_a_noun_are_not_products(text: str, quoted: str) -> None:
    _, reason, _ = _span(text, quoted)
    assert not reason.startswith("the name of a product before"), reason


# Every row of ``product_nouns``, each read in one sentence of our own: a row taken
# out of the lexicon fails its case here.
_ROWS = (
    "tablet",
    "tablets",
    "phone",
    "phones",
    "smartphone",
    "smartphones",
    "laptop",
    "laptops",
    "handset",
    "handsets",
    "headset",
    "headsets",
    "console",
    "consoles",
    "device",
    "devices",
    "gadget",
    "gadgets",
    "watch",
    "watches",
    "camera",
    "cameras",
    "drone",
    "drones",
    "robot",
    "robots",
    "chip",
    "chips",
    "processor",
    "processors",
    "software",
    "browser",
    "chatbot",
    "car",
    "cars",
    "sedan",
    "hatchback",
    "truck",
    "trucks",
    "jet",
    "jets",
    "aircraft",
    "airliner",
    "airliners",
    "probe",
    "probes",
    "rover",
    "rovers",
    "satellite",
    "satellites",
    "spacecraft",
    "telescope",
    "lander",
    "rocket",
    "rockets",
    "capsule",
    "vessel",
    "ship",
    "ferry",
    "locomotive",
    "fund",
    "funds",
    "account",
    "accounts",
    "loan",
    "loans",
    "mortgage",
    "mortgages",
    "bond",
    "bonds",
    "membership",
    "memberships",
    "subscription",
    "subscriptions",
    "helpline",
    "hotline",
    "drink",
    "drinks",
    "cereal",
    "snack",
    "burger",
    "beer",
    "lager",
    "perfume",
    "fragrance",
    "vaccine",
    "drug",
    "pill",
)


@pytest.mark.parametrize("noun", _ROWS)
def test_each_product_noun_names_the_quote_before_it(noun: str) -> None:
    text = f'Varden Group said it would sell its "Nova Line" {noun} abroad next year.'
    kind, reason, speaker = _span(text, "Nova Line")
    assert (kind, speaker) == (N, None), reason
    assert reason == f"the name of a product before {noun!r}"


# A product's noun before its title-cased name (h51b-review): the name is the
# thing's even where a cue after it reports a finding or a ruling (at the merge of
# *finding that*, a drink's name before *after finding that* went to the regulator).
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'The watchdog banned an advert for the sports drink "Red Orchard" after finding '
            'that it misled students. The maker, Hollin Drinks, said it was "surprised."',
            "Red Orchard",
        ),
        (
            'The board ruled that its new tablet "Pocket Max Pro" broke no rule, '
            'Ana van der Berg said. "We are glad," she said.',
            "Pocket Max Pro",
        ),
        (
            'Tilde Bank\'s savings account "Rainy Day" will close, the bank told '
            'customers. "Rates fell," it said.',
            "Rainy Day",
        ),
    ],
)
def test_a_product_name_after_its_noun_gets_no_speaker(text: str, quoted: str) -> None:
    kind, reason, speaker = _span(text, quoted)
    assert kind is N, reason
    assert reason.startswith("the name of a product after"), reason
    assert speaker is None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # Words said of the product, in lower case, are somebody's.
        (
            'Ana Roe said the sports drink "tasted of nothing at all."',
            "tasted of nothing",
        ),
        # No product's noun before the name.
        ('Ana Roe said the plan "Fair Start" would pass.', "Fair Start"),
    ],
)
def test_no_product_noun_or_lower_case_words_are_left(text: str, quoted: str) -> None:
    _kind, reason, _speaker = _span(text, quoted)
    assert not reason.startswith("the name of a product after"), reason
