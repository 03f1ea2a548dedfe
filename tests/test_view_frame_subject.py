"""A name after a sentence-opening *To* is whose view the sentence gives (issue 14).

*To the consultant Piotr Kowalski, the plan is silly* says what Kowalski thinks: for a
pronoun after it, Kowalski is the sentence's subject, though a preposition comes
before the name. A *to* inside a sentence (*sent the plan to Kowalski*) still makes
an object. Every sentence here is our own.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.identity import _subject_at

_TAIL = (
    ", especially with the weak polls among older voters in the towns of the north and "
    "the cost of the new rail line that the ministry under Karl Novak keeps promising.\n\n"
    '"It will fail," he said.'
)


def _speaker(text: str) -> str | None:
    quote = parse(text).quotes[-1]
    return quote.speaker_name


def test_the_person_whose_view_it_is_speaks_next() -> None:
    text = (
        "Jan Brandt spoke for an hour on Monday.\n\nTo the consultant Piotr Kowalski, "
        "the whole plan is silly" + _TAIL
    )
    assert _speaker(text) == "Piotr Kowalski"


def test_to_inside_a_sentence_makes_an_object() -> None:
    text = (
        "Jan Brandt spoke for an hour on Monday.\n\nHe sent the plan to Piotr Kowalski, "
        "who thought it silly" + _TAIL
    )
    assert _speaker(text) == "Jan Brandt"


_WORDS = st.lists(st.sampled_from(["the", "Florida", "consultant", "former", "aide"]), max_size=4)


@given(_WORDS, st.sampled_from(["To", "to", "Due to", "Next to"]))
def test_only_a_sentence_opening_to_frames_a_view(words: list[str], to: str) -> None:
    lead = " ".join([to, *words])
    text = f"The vote was close. {lead} Piotr Kowalski, the plan is silly."
    start = text.index("Piotr")
    framed = _subject_at(text, start, start + len("Piotr Kowalski"))
    assert framed == (to == "To")
