"""Entertainment and trade copy of blind set 37 (issue 14, h55-blind37).

Arts and business copy often names a person twice over before the verb: a role
first, then a second apposition with a title word and the name (*The jury
president, the Danish actor Henrik Vestergaard, said*; *The festival's host, the
comedian Jo Bell, opened*). That name is its sentence's subject, as a bare name in
the same place is (*The jury president, Henrik Vestergaard, said*), so a *he* or
*she* cue in the next sentence can go to it (``identity._subject_at`` through
``_apposed_title_start``).
"""

from __future__ import annotations

import pytest

from quoteverify.speakers.identity import _apposed_title_start

from .conftest import speakers

# A surname alone says no sex, so only the subject test takes *he* from Quarrie.
_BEFORE = 'Quarrie took the main prize. "I did not expect this," Quarrie said.\n'


@pytest.mark.parametrize(
    "intro",
    [
        "The jury president, the Danish actor Emil Brandt, said the vote was quick.",
        "The evening's host, the comedian Emil Brandt, opened with a joke about parking.",
        "Its chairman, the veteran producer Emil Brandt, praised the winners.",
    ],
)
def test_a_titled_name_in_apposition_is_the_next_he(intro: str) -> None:
    text = _BEFORE + intro + ' "We talked for hours," he told reporters.'
    assert speakers(text)[-1] == "Emil Brandt"


def test_a_bare_name_in_apposition_already_was() -> None:
    # near miss: without the title the rule is not needed, and the answer is the same
    text = _BEFORE + (
        "The jury president, Emil Brandt, said the vote was quick. "
        '"We talked for hours," he told reporters.'
    )
    assert speakers(text)[-1] == "Emil Brandt"


def test_a_titled_name_as_an_object_is_left_as_it_was() -> None:
    # near miss: the apposition closes on *and*, no verb of the name's, so the
    # cue keeps the earlier speaker
    text = _BEFORE + (
        "She thanked her agent, the producer Emil Brandt, and her family. "
        '"We talked for hours," he told reporters.'
    )
    assert speakers(text)[-1] == "Quarrie"


def test_a_place_before_the_comma_opens_no_apposition() -> None:
    assert _apposed_title_start("In Ely, the comedian Ana Ruiz, said", 21) is None
    assert _apposed_title_start("She met the comedian Ana Ruiz, then left", 21) is None
    assert _apposed_title_start("The host, the comedian Ana Ruiz, said", 23) == 10
