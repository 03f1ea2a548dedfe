"""Police, fire and disaster copy, the shapes of blind set 32 (issue 14,
h53b-blind32).

Police and fire ranks and their short forms stand before a name as titles
(``lexicons/titles.tsv``: *Det Supt*, *PC*, *Staff Sgt.*, *Special Agent*,
*Station Commander*), so the speaker is the name without them. People at a fire,
a flood or a rescue named by what they are there (*crofter*, *coxswain*,
*evacuee*, *landowner*, *dispatcher*, a district *collector*) are roles
(``lexicons/role_nouns.txt``). An arrest's suspected offence, a list of charges
and an incident's official label name a term, nobody's words
(``lexicons/naming_frames.tsv``). A recording's words after the quote with *can be
heard shouting* are the speaker's before the chain
(``speakers.attribution._heard_chain``).
"""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.model import QuoteKind

from .conftest import speakers


def _kinds(text: str) -> list[QuoteKind]:
    return [q.kind for q in parse(text).quotes]


@pytest.mark.parametrize(
    "title",
    [
        "Det Supt",
        "Chief Supt",
        "PC",
        "Special Agent",
    ],
)
def test_a_rank_before_the_name_is_a_title(title: str) -> None:
    text = (
        "A van was found burnt out near the quarry on Sunday. "
        f"{title} Orla Penwarden said the owner had been traced. "
        '"We are keeping an open mind," she said.'
    )
    assert speakers(text) == ["Orla Penwarden"]


@pytest.mark.parametrize("role", ["Crofter", "Coxswain", "Evacuee", "Landowner", "Dispatcher"])
def test_a_role_at_the_scene_before_the_name(role: str) -> None:
    text = (
        "The river burst its banks at dawn and the road north was shut. "
        f"{role} Tamsin Oldroyd said the water had come up fast. "
        '"I have never seen it so high," she said.'
    )
    assert speakers(text) == ["Tamsin Oldroyd"]


def test_a_coxswain_after_his_station_is_the_speaker() -> None:
    text = (
        "Two crew were winched off by the coastguard and the Porthallow RNLI "
        "lifeboat stood by. Porthallow lifeboat coxswain Bryn Treloar said the crew "
        "had waited for the tide. ‘It was a long night for everyone,’ he said."
    )
    assert speakers(text) == ["Bryn Treloar"]


def test_a_crofter_after_a_minister_is_the_speaker() -> None:
    text = (
        "The ferries were cancelled on Thursday. ‘We are ready,’ the minister said. "
        "On Harris, crofter Ailsa Munro, 66, said islanders were used to gales. "
        "‘We will manage,’ she said."
    )
    assert speakers(text)[1] == "Ailsa Munro"


def test_the_collector_is_named_by_the_name_before() -> None:
    text = (
        "Mr Hartley, the Collector, came out onto the veranda. "
        '"We shall need more chairs," said the Collector.'
    )
    assert speakers(text) == ["Hartley"]


def test_an_arrest_on_suspicion_of_names_a_term() -> None:
    text = (
        "A woman, 44, was arrested on Friday on suspicion of "
        "‘arson with intent to endanger life’. Insp Gethin Rowlands said: "
        "‘Nobody was hurt, thankfully.’"
    )
    assert _kinds(text) == [QuoteKind.NON_SPEECH, QuoteKind.DIRECT]
    assert speakers(text) == [None, "Gethin Rowlands"]


def test_charges_including_name_a_term() -> None:
    text = (
        "The driver faces charges including “impaired operation causing bodily "
        "harm”, police said. “He was three times over the limit,” Cpl. Renée "
        "Thibodeau said."
    )
    assert _kinds(text)[0] is QuoteKind.NON_SPEECH
    assert speakers(text) == [None, "Renée Thibodeau"]


def test_a_designated_label_is_no_speech() -> None:
    text = (
        "The Forest Service said the blaze, designated “N40917,” had doubled "
        "overnight. “We expect a hard afternoon,” spokesman Arlo Qvist said."
    )
    assert _kinds(text) == [QuoteKind.NON_SPEECH, QuoteKind.DIRECT]
    assert speakers(text) == [None, "Arlo Qvist"]


@pytest.mark.parametrize("chain", ["can be heard shouting", "could be heard saying"])
def test_a_recording_heard_after_the_quote(chain: str) -> None:
    text = (
        "The county released the call on Friday. "
        f'"The barn is on fire, the horses are inside," the caller, Wilma Haugen, {chain} '
        "at the start of the recording."
    )
    assert speakers(text) == ["Wilma Haugen"]


def test_a_recording_heard_without_an_apposition() -> None:
    text = (
        "The footage was shown to the jury. "
        '"Put the knife down," Dorian Fenwick can be heard shouting in the clip.'
    )
    assert speakers(text) == ["Dorian Fenwick"]
