"""The quoted name of an offence after a court's or an inquiry's word is non-speech.

*She was jailed for two years for "insulting the flag"* prints the charge as the law
words it: nobody's speech, so no speaker. An accusation (*accused him of "..."*)
stays somebody's words. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind, extract_quotes, parse


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'The blogger Pavel Ost, who was jailed for two years for "insulting the state '
            'flag", was freed on Monday, his lawyer Mira Dunn said.',
            "insulting",
        ),
        (
            'Police chief Lars Eng said an inquiry had been opened for "reckless '
            'endangerment of the public" after the crash.',
            "reckless",
        ),
        (
            "The singer was sentenced in May under the criminal code on "
            '"breach of the order of mass gatherings", her manager Ida Holm said.',
            "breach",
        ),
        (
            'Judge Ana Brill said the driver was convicted of "causing serious injury by '
            'careless driving" in 2019.',
            "causing",
        ),
    ],
)
def test_an_offence_named_in_quote_marks_is_non_speech(text: str, quoted: str) -> None:
    q = next(q for q in parse(text).quotes if q.text.startswith(quoted))
    assert q.kind is QuoteKind.NON_SPEECH, q.kind_reason
    assert "the name of an offence" in q.kind_reason
    assert q.speaker_name is None


def test_an_accusation_stays_speech() -> None:
    text = 'Senator Ruth Cole accused the minister of "hiding the figures" on Tuesday.'
    q = next(q for q in extract_quotes(text) if q.text.startswith("hiding"))
    assert "the name of an offence" not in q.kind_reason


def test_a_capitalised_quote_after_for_is_no_offence() -> None:
    text = 'She was jailed for a year for "Not Our War", a song, her label boss Jo Penn said.'
    q = next(q for q in extract_quotes(text) if q.text.startswith("Not Our"))
    assert "the name of an offence" not in q.kind_reason
