"""The name registry's gates (h54-registry) give what the readers they skip give.

Each gate is a cheap test that lets the registry's build skip a reader that could
not fire: a withheld name's sex where the text prints no withholding frame, and
the lower-case office before a name where no *of* stands where the office needs
it. Each test runs the reader itself beside its gate.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity
from quoteverify.speakers.offices import Shape, read_office

_FRAME_PIECES = [
    "A", "nurse", "One", "father", ",", ", who", "asked", "to", "be", "identified",
    "IDENTIFIED", "only", "as", "As", "gave", "his", "name", "Sam", "Keoni", "said",
    ".", "\n", "known", "\u212anown", "\u0130zmir", "\u0130DENT\u0130F\u0130ED", "mother",
]  # fmt: skip
_FRAME_TEXTS = st.lists(st.sampled_from(_FRAME_PIECES), max_size=30).map(" ".join)

_LEAD_WORDS = [
    "the", "then", "chief", "of", "of,", ",of", "staff", "staff,", "minister",
    "finance", "wife", "farmer", "head", "a", "friend", "family", "Tom", "director",
    "energy", "policy", "research",
    # a capital, an apostrophe, a line break, a hyphenated word (h54b-review)
    "Of", "OF", "staff's", "staff’s", "of\n", "\nof", "commander-in-chief",
    "secretary-general", "state", "of-",
]  # fmt: skip
_LEADS = st.lists(st.sampled_from(_LEAD_WORDS), max_size=9)


@settings(max_examples=400)
@given(text=_FRAME_TEXTS)
def test_a_text_without_a_withholding_frame_gives_no_word_a_withheld_sex(text: str) -> None:
    if not identity._withholds(text):
        assert all(identity._withheld_sex(text, at) == "" for at in range(len(text) + 1))


def test_the_frame_gate_finds_a_frame_in_any_case() -> None:
    # Our own sentences: the frame printed in capitals still opens the gate, and the
    # build gives the withheld name the sex of its noun.
    shouted = "One father, who asked to be IDENTIFIED ONLY AS Keoni, said the bus was late."
    assert identity._withholds(shouted)
    assert identity._withheld_sex(shouted, shouted.index("Keoni")) == "m"
    text = "The bus was late. One father, who asked to be identified only as Keoni, said so."
    reg = identity._Registry(text)
    assert [(e.name, e.gender) for e in reg.entities] == [("Keoni", "m")]


def test_a_letter_that_lowers_to_two_keeps_the_description_whole() -> None:
    # "İ" lowers to two characters: the ", who" that ends the description is found
    # in the stretch as printed, so the noun before it is read whole ("mother", not
    # "mother,"), and the build gives the withheld name its sex.
    text = "One İzmir mother, who asked to be identified only as Keoni, said the bus was late."
    assert identity._withheld_sex(text, text.index("Keoni")) == "f"
    reg = identity._Registry(text)
    assert ("Keoni", "f") in [(e.name, e.gender) for e in reg.entities]


def test_near_miss_the_same_place_with_no_frame_gives_no_sex() -> None:
    text = "One İzmir mother, who rode the bus with Keoni, said it was late."
    assert identity._withheld_sex(text, text.index("Keoni")) == ""


def test_a_text_with_no_frame_reads_no_withheld_name() -> None:
    # Near miss: the same noun and name, no frame; the gate shuts and the build
    # makes no person of the lone given name with a sex from the noun.
    text = "One father, who rode the bus with Keoni, said it was late."
    assert not identity._withholds(text)
    reg = identity._Registry(text)
    assert all(e.gender != "m" or e.name != "Keoni" for e in reg.entities)


@settings(max_examples=400)
@given(words=_LEADS, data=st.data())
def test_the_lower_office_gate_reads_what_read_office_reads(
    words: list[str], data: st.DataObject
) -> None:
    end = data.draw(st.integers(0, len(words)))
    gated = identity._lower_office_before(words, end)
    plain = read_office(words, end, Shape.LOWER)
    assert (gated.text if gated else None) == (plain.text if plain else None)


def test_the_lower_office_gate_reads_an_office_of_five_words() -> None:
    # The farthest *of* the gate looks at: the second of five words before the name.
    words = ["the", "director", "of", "energy", "policy", "research", "Ann"]
    office = identity._lower_office_before(words, 6)
    assert office is not None
    assert office.text == "director of energy policy research"
    assert identity._lower_office_before(["a", "friend", "of", "the", "family"], 5) is None
