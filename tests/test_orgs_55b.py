"""A company named again by *the company* past the same noun used for it in between
(issue 14, h55b-orgs).

The first test fails without ``identity._Registry._named_in_paragraph`` (checked by
removing its use in ``_body_named``); the others are guards that hold either way.
"""

from __future__ import annotations

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


_RULING = (
    "A court ordered the shipping company Varnholt to pay a fine.\n\n"
    'The judge said the company had "ignored every warning".\n\n'
)


def test_company_named_again_in_the_paragraph_is_the_company_past_the_noun_between() -> None:
    text = _RULING + (
        'Varnholt said it would appeal. "We disagree with the ruling," the company said.'
    )
    assert _speakers(text) == ["The judge", "Varnholt"]


def test_company_not_named_again_stays_a_description_past_the_noun_between() -> None:
    # guard: the paragraph of the quote does not name the firm again
    text = _RULING + '"We disagree with the ruling," the company said.'
    assert _speakers(text)[-1] == "the company"


def test_another_company_named_since_is_not_passed_over() -> None:
    # guard: a second company named after the first's own mention
    text = _RULING + (
        "Varnholt said it would appeal. A rival company, Brask, welcomed the ruling. "
        '"We disagree with it," the company said.'
    )
    assert _speakers(text)[-1] != "Varnholt"


def test_a_name_inside_a_longer_word_is_no_mention() -> None:
    # guard: "Varnholtsen" is not the firm's name printed whole
    text = _RULING + (
        'Varnholtsen said it would appeal. "We disagree with the ruling," the company said.'
    )
    assert _speakers(text)[-1] != "Varnholt"
