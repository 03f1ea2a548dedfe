"""Near misses of stop 57's second wave that its authors did not test (h57c-review):
each pins a guard of ``identity._heads_a_body``'s caller, of ``mentions.Reads``'s
plain view, or of the headline epithets. Every sentence is invented."""

from __future__ import annotations

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def test_near_miss_he_after_an_apposed_chairwoman_is_not_hers() -> None:
    # *chairwoman* heads a body but says her sex: the office keeps it, so the *he*
    # after it is not the woman's (only a male form such as *chairman* says none)
    text = (
        '"We will win," Ana Ruiz said. The chairwoman of the trust, Dede Kalu, answered'
        ' the critics. "We will win again," he said.\n'
    )
    assert _speakers(text)[-1] != "Dede Kalu"


def test_he_after_an_apposed_head_of_an_inquiry_is_the_head() -> None:
    # *head* says no sex before the rule or after it: the *he* is the head's
    text = (
        '"We will win," Ana Ruiz said. The head of the inquiry, Tom Hale, answered the'
        ' critics. "We will win again," he said.\n'
    )
    assert _speakers(text)[-1] == "Tom Hale"
