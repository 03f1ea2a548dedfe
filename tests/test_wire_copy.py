"""Rules found on real wire copy (the fit half of ``benchmarks/speakers_wire.py``),
each checked here on sentences of our own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.model import QuoteKind


def _kinds_and_speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind.value, q.speaker_name) for q in parse(text).quotes]


# -- two values a change runs between: ratings and labels -----------------------


@pytest.mark.parametrize(
    "text",
    [
        'Halden Securities cut Norvale Foods to "hold" from "buy," citing thin margins.',
        'Brightwater Capital raised its rating on the miner to "outperform" from "neutral" '
        "on Tuesday, saying copper prices should recover next year.",
        'The flood alert for the valley moved from "amber" to "red" overnight, officials said.',
    ],
)
def test_two_values_of_a_change_are_nobodys_words(text: str) -> None:
    assert _kinds_and_speakers(text) == [("non_speech", None), ("non_speech", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # One value alone is not a pair: the verb's subject may still have said it.
        (
            'Ana Ruiz said the plan had gone from bad to "frankly unworkable."',
            [("partial", "Ana Ruiz")],
        ),
        # A capital after *to* may open a verb's words, as in a headline's quote.
        (
            'Pastor Urges Kelby to "Turn Away" from "Boasters" Before the Vote',
            None,
        ),
    ],
)
def test_value_pairs_controls(text: str, want: list[tuple[str, str | None]] | None) -> None:
    got = parse(text).quotes
    reasons = [q.kind_reason for q in got]
    assert not any("change runs between" in r for r in reasons)
    if want is not None:
        assert _kinds_and_speakers(text) == want


_VALUE = st.sampled_from(["buy", "hold", "sell", "neutral", "overweight", "equal-weight"])
_FIRM = st.sampled_from(["Halden Securities", "Brightwater Capital", "Ana Ruiz", "The bank"])


@given(_FIRM, _VALUE, _VALUE, st.sampled_from(["to", "from"]))
def test_a_value_pair_never_takes_a_speaker(firm: str, a: str, b: str, first: str) -> None:
    second = "from" if first == "to" else "to"
    text = f'{firm} moved the shares {first} "{a}" {second} "{b}," saying demand had eased.'
    quotes = parse(text).quotes
    assert [q.kind for q in quotes] == [QuoteKind.NON_SPEECH, QuoteKind.NON_SPEECH]
    assert all(q.speaker is None for q in quotes)


# -- a list of titles whose commas stand inside the marks -------------------------


def test_a_list_with_commas_inside_the_marks_shares_the_first_reason() -> None:
    text = (
        'Mara Quist has also directed "Salt Harbour," "Lanterns," and "The Long Winter," '
        "all of them filmed on the island."
    )
    assert _kinds_and_speakers(text) == [("non_speech", None)] * 3


def test_a_comma_inside_then_a_new_quote_after_a_cue_is_not_a_list() -> None:
    # The comma inside the first quote closes a split quote's first half: the cue
    # stands between them, so nothing joins them.
    text = '"We will rebuild," Mara Quist said, "and we will start on Monday."'
    assert _kinds_and_speakers(text) == [("direct", "Mara Quist"), ("direct", "Mara Quist")]


# -- naming frames: a person's given label, a film described as an epic -----------


@pytest.mark.parametrize(
    "text",
    [
        'The intruder, who identified himself only as "Nightjar," left a note.',
        'A caller who identified herself as "Auntie Vee" phoned the station twice.',
        'Rowan Pike is set to release his sprawling war epic "The Iron Coast" in May.',
    ],
)
def test_a_label_a_person_gives_or_an_epic_is_nobodys_words(text: str) -> None:
    assert _kinds_and_speakers(text) == [("non_speech", None)]


# -- a whole sentence quoted after an opening phrase, its cue after a name ------


def test_a_long_quote_after_an_opening_phrase_is_direct() -> None:
    text = (
        'Over the winter, "Harbour towns need to rethink how they pay for flood defences," '
        "said Lena Marsh of the Coastal Towns Forum."
    )
    assert _kinds_and_speakers(text) == [("direct", "Lena Marsh")]


def test_a_short_fragment_after_an_opening_phrase_stays_partial() -> None:
    text = 'By Friday, the plan looked "dead in the water," officials said.'
    assert [q.kind for q in parse(text).quotes] == [QuoteKind.PARTIAL]


# -- "authorities" as an unnamed source ------------------------------------------


def test_authorities_after_a_long_sentence_are_its_source() -> None:
    text = (
        'The fire began in a store room, and "careless storage" was the likeliest cause '
        "of the blaze at the warehouse, authorities said."
    )
    assert _kinds_and_speakers(text) == [("partial", "authorities")]


def test_a_named_authority_stays_an_organisation() -> None:
    text = 'The bridge will reopen on Monday, the Harbour Authority said, calling it "safe."'
    quotes = parse(text).quotes
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Harbour Authority"


# -- one person's two roles joined by "and" before the name ----------------------


def test_two_roles_of_one_person_before_the_name_give_the_name() -> None:
    text = (
        '"It was avoidable," said panel member and award-winning Kelby chemist '
        'Imogen Vale, "every step of it."'
    )
    assert _kinds_and_speakers(text) == [("direct", "Imogen Vale"), ("direct", "Imogen Vale")]


@pytest.mark.parametrize(
    "text",
    [
        # With a determiner, two people: the mayor is not the councillor.
        '"We won," said the mayor and council member Ana Ruiz.',
        # A verb after "and": the descriptor did something to the name.
        '"We won," said the coach and thanked Ana Ruiz.',
    ],
)
def test_two_roles_controls(text: str) -> None:
    assert _kinds_and_speakers(text)[0][1] != "Ana Ruiz"


# -- a sign's words after a colon -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'A sign outside the Kelby Arms now reads: "Closed for good."',
        'The banner over the harbour gate read: "Welcome home, crew of the Osprey."',
    ],
)
def test_a_signs_words_after_a_colon_are_nobodys(text: str) -> None:
    assert _kinds_and_speakers(text) == [("non_speech", None)]


def test_a_person_who_reads_out_words_after_a_colon_still_speaks() -> None:
    text = 'The clerk, Ana Ruiz, stood up and said: "The court will now rise."'
    assert _kinds_and_speakers(text) == [("direct", "Ana Ruiz")]


# -- a surname, "of" and a place --------------------------------------------------


def test_a_surname_of_a_place_is_the_person() -> None:
    text = '"We will not back down," Okafor of New Hampshire wrote to the governor.'
    assert _kinds_and_speakers(text) == [("direct", "Okafor")]


@pytest.mark.parametrize(
    ("text", "not_want"),
    [
        ('"We won," the Duke of Kelby said.', "Duke"),
        ('"Rates will hold," Bank of Kelby said.', "Bank"),
    ],
)
def test_a_title_or_a_body_of_a_place_is_not_a_surname(text: str, not_want: str) -> None:
    assert _kinds_and_speakers(text)[0][1] != not_want
