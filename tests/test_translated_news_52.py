"""Speakers in news translated by machine, the misses sets 22 and 23 share (h52).

- *named the* / *names the* before a quoted verdict: the calque of a Russian,
  Turkish or Chinese verb that English prints as *called* (``cue_verbs.tsv``);
  a name in title case after it stays a name (non-speech, no speaker);
- an aside of a compound preposition (*in response to*, *in reply to*) or of up to
  seven words (*on the sidelines of the cabinet meeting*) between an apposed holder
  and the cue (``aside_prepositions.txt``, ``attribution._subject_before_aside``);
- a French given name the office-holder reader needs to find the holder after a
  party's name (``given_names.tsv``).
"""

from quoteverify import parse
from quoteverify.speakers.mentions import _holder_of_office_at_body, phrase_before
from quoteverify.text.layer import tokenize

from .conftest import speaker_of, speakers


def test_named_before_a_verdict_in_quotes_is_a_cue() -> None:
    text = (
        "The chair of the dockers' union Tolga Yavuz on his side named the pay offer "
        '"an insult" and walked out.'
    )
    assert speaker_of(text) == "Tolga Yavuz"


def test_names_in_the_present_after_a_body() -> None:
    text = (
        "The Harbour Authority of Kestria published its yearly review on Monday. In the "
        'review the authority names the result "a partial success".'
    )
    assert speaker_of(text) == "Harbour Authority of Kestria"


def test_named_before_a_title_cased_name_stays_a_name() -> None:
    quote = parse('The board named the new stadium "Riverside Park" after a vote.').quotes[0]
    assert quote.kind.value == "non_speech"
    assert quote.speaker_name is None


def test_named_in_the_passive_leaves_the_later_pronoun_alone() -> None:
    text = 'Ana Ruiz was named the new coach on Monday. "I am thrilled," she said.'
    assert speaker_of(text) == "Ana Ruiz"


def test_an_aside_opened_by_in_response_to() -> None:
    text = (
        "The Minister of Water, Reza Taheri-Moghadam, in response to the deputies said: "
        '"The money has been sent."'
    )
    assert speaker_of(text) == "Reza Taheri-Moghadam"


def test_an_aside_opened_by_in_reply_to() -> None:
    text = 'Lina Okafor, the finance chief, in reply to the auditors told them: "We paid."'
    assert speaker_of(text) == "Lina Okafor"


def test_an_aside_of_seven_words() -> None:
    text = (
        "The Minister of Mines, Omid Farzan, on the sidelines of the cabinet meeting "
        'told reporters that output reached "two million tonnes".'
    )
    assert speaker_of(text) == "Omid Farzan"


def test_an_aside_of_eight_words_is_too_long() -> None:
    # The words before the cue are no aside of the subject's; the phrase before the
    # preposition is an object, so the cue gets no speaker from it.
    text = (
        "Holt beat Varna 3-2 to take the Northern Cup in a long and bitter title game "
        'many are calling a "classic".'
    )
    assert speaker_of(text) != "Northern Cup"


def test_a_french_given_name_finds_the_holder_after_a_party() -> None:
    text = (
        "The deputy of the Green Bloc Clémence Vautrin has denounced « a budget of "
        "nothing ». « The minister lives elsewhere », has she launched."
    )
    assert speakers(text) == ["Clémence Vautrin", "Clémence Vautrin"]


def test_a_lithuanian_given_name_opens_the_holder() -> None:
    text = (
        "The head of the delegation, the speaker of the Seimas Dalia Rimkute, said "
        'the bridge is "a political project".'
    )
    assert speaker_of(text) == "Dalia Rimkute"


def test_the_apposed_name_holds_an_office_whose_complement_ends_on_a_body() -> None:
    text = (
        "The leader of the opposition in the Senate, deputy Caio Mendes Rocha, "
        'affirmed that the bill "comes too late".'
    )
    assert speaker_of(text) == "Caio Mendes Rocha"


def test_a_chain_of_appositions_keeps_the_first_name() -> None:
    # The office after the first name's comma is that name's; the apposed name
    # after the body is not its holder.
    text = "Giulio Vantini, the leader of the opposition in the Senate, Marta Ruiz Soto, said"
    toks = tokenize(text, 0, len(text))
    k, j = [i for i, t in enumerate(toks) if t.text == ","][1:3]
    found = phrase_before(toks, k, text=text, appositions=False)
    assert found is not None
    assert found.text == "the Senate"
    assert _holder_of_office_at_body(toks, k, j, found, lo=0, text=text) is None
    opened = text.replace("Giulio Vantini, the", "The")
    toks = tokenize(opened, 0, len(opened))
    k, j = [i for i, t in enumerate(toks) if t.text == ","][:2]
    found = phrase_before(toks, k, text=opened, appositions=False)
    assert found is not None
    held = _holder_of_office_at_body(toks, k, j, found, lo=0, text=opened)
    assert held is not None
    assert held.head == "Marta Ruiz Soto"


def test_a_body_after_a_verb_is_no_office_complement() -> None:
    text = 'Lee met the Senate, Ana Ruiz said, and "nothing came of it".'
    assert speaker_of(text) == "Ana Ruiz"
