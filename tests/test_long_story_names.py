"""Names in longer stories with several speakers (blind set 11, stop 45): a name
after a title phrase that opens its sentence, before a modal, is the subject; a name
after the verb of a sentence opening on *Among* is the subject; the speaker of a quote
inside a quote is no candidate for a pronoun outside it; offices and sciences that
name a person again (*the prefect*, *the ecologist*); a bare cue word before a finite
verb is a noun (*the faintest signal was*), not the cue."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.model import SpeakerKind
from quoteverify.speakers import identity


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def test_a_title_phrase_opening_the_sentence_makes_the_name_its_subject_before_a_modal() -> None:
    text = "Assistant coach Ana Ruiz will stay."
    assert identity._subject_at(text, 16, 24)
    assert identity._title_phrase_opener(text, 16) is None


def test_a_name_after_a_lower_case_verb_is_no_subject_before_a_modal() -> None:
    text = "Fans who love coach Ana Ruiz will march."
    assert not identity._subject_at(text, 20, 28)
    assert identity._title_phrase_opener(text, 20) == "love"


def test_the_new_coach_named_after_his_title_takes_the_next_pronoun() -> None:
    text = (
        "The club's chairman, Harold Quist, said the board had acted. "
        '"We owe the fans a change," Quist said.\n\n'
        "Assistant coach Michael Dorran will take charge of the team. "
        '"Nobody wanted it this way," he said.'
    )
    assert _speakers(text) == ["Harold Quist", "Michael Dorran"]


def test_a_name_after_among_and_a_form_of_be_is_the_subject() -> None:
    text = "The yard is shut. Among the welders on strike is Mi-rae Seo, 31, a mother of two."
    at = text.index("Mi-rae")
    assert identity._inverted_sentence(text, at)
    assert identity._subject_at(text, at, at + len("Mi-rae Seo"))
    # Not a sentence that opens on anything else, nor a name before the verb.
    plain = "The yard is shut. The best welder on the site is Mi-rae Seo."
    assert not identity._inverted_sentence(plain, plain.index("Mi-rae"))
    assert not identity._inverted_sentence("Among them, Mi-rae Seo spoke.", 12)


def test_the_owner_of_an_among_sentences_subject_is_no_subject() -> None:
    # "Among ... was Kim's son": the son is the subject, not his owner, whom the
    # next "he" does not go on with ahead of the man who opened the story.
    text = "Among those on the list was Teodor Vesk's nephew."
    at = text.index("Teodor")
    assert not identity._subject_at(text, at, at + len("Teodor Vesk"))
    story = (
        "Ivo Marek led the hospital's inquiry. "
        "Among the patients it traced was Teodor Vesk's nephew. "
        '"Every family will hear from us," he said.'
    )
    assert _speakers(story) == ["Ivo Marek"]


def test_the_person_an_among_sentence_names_takes_the_next_she() -> None:
    text = (
        "The chief executive, Dana Holt, said the offer was final. "
        '"We cannot pay more," Holt said. She said the yard was losing money.\n\n'
        "Among the strikers outside the gate was Mi-rae Seo, 31, a welder. "
        'She said she earned half what others did. "We do the same job," she said.'
    )
    assert _speakers(text) == ["Dana Holt", "Mi-rae Seo"]


def test_a_quote_inside_a_quote_gives_its_speaker_no_salience_outside() -> None:
    text = (
        'Greta Lind, 58, said she had cried at the news. "I sat down and wept," she said.\n\n'
        "Her neighbour, Paul Berg, was calmer. "
        "\"My brother told me, 'Sell the boat.' I did not,\" Berg said.\n\n"
        'She said she would go on. "We stopped the first closure," she said.'
    )
    got = _speakers(text)
    assert got[0] == "Greta Lind" and got[1] == "Paul Berg"
    assert got[-1] == "Greta Lind"  # not "My brother", named only inside Berg's quote


def test_a_prefect_and_an_ecologist_are_named_again_by_their_role() -> None:
    text = (
        "The regional prefect, Ilie Sandu, toured the flooded streets. "
        '"Every family will be housed," Sandu said.\n\n'
        'The mayor, Dan Oprea, blamed the county. "We asked twice," Oprea said. '
        '"If the letters exist, they will be answered," the prefect said.'
    )
    assert _speakers(text)[-1] == "Ilie Sandu"
    text = (
        "Dr. Nia Cole, a marine ecologist, said the reef needed rest. "
        '"Leave it alone," she said.\n\n'
        'The minister, Joan Pike, disagreed. "Tourism pays for it," Pike said.\n\n'
        'The ecologist said she would dive again in May. "I will count every coral," she said.'
    )
    assert _speakers(text)[-1] == "Nia Cole"


@given(
    opener=st.sampled_from(["Among the dead", "Among those present", "Among them"]),
    verb=st.sampled_from(["is", "was", "are", "were"]),
    lead=st.sampled_from(["", "The storm passed. ", "Roads closed.\n"]),
)
def test_an_among_sentence_puts_its_subject_after_the_verb(
    opener: str, verb: str, lead: str
) -> None:
    text = f"{lead}{opener} {verb} Ana Ruiz, a nurse."
    at = text.index("Ana Ruiz")
    assert identity._inverted_sentence(text, at)
    # The same words with the opener in lower case inside a sentence: no inversion.
    inside = f"{lead}We met them all; {opener.lower()} {verb} Ana Ruiz."
    assert not identity._inverted_sentence(inside, inside.index("Ana Ruiz"))


def test_a_bare_cue_word_before_a_finite_verb_is_a_noun_not_the_cue() -> None:
    text = 'Ivo Marsh said the faintest signal was "probably noise".'
    (quote,) = parse(text).quotes
    assert quote.speaker_name == "Ivo Marsh"
    assert quote.cue is not None and quote.cue.text.startswith("said")


def test_a_bare_cue_word_after_a_subject_is_still_the_cue() -> None:
    # "signal" with no finite verb after it keeps its cue (a verb after a modal).
    text = 'The board will signal that it is "open to offers".'
    (quote,) = parse(text).quotes
    assert quote.cue is not None and quote.cue.text.startswith("signal")


def test_a_descriptor_subject_with_an_aside_names_the_person_again() -> None:
    text = (
        "Among the guests was Chief Ade Balogun, a former health minister. "
        '"I paid for the clinic myself," Balogun said.\n\n'
        'Femi Oduya said the delay was a scandal. "Someone must answer," Oduya said.\n\n'
        "The former minister, who sat in the front row, was asked whether he agreed. "
        'He chose his words with care. "Today is for the mothers," he said.'
    )
    assert _speakers(text)[-1] == "Ade Balogun"


def test_a_woman_called_chairman_keeps_her_given_names_sex() -> None:
    text = (
        "The club's chairman, Harriet Quist, said the board had acted. "
        '"We owe the fans a change," she said.\n\n'
        "Assistant coach Michael Dorran will take charge of the team. "
        '"Nobody wanted it this way," he said.'
    )
    assert _speakers(text) == ["Harriet Quist", "Michael Dorran"]
    assert identity._generic_male("health spokesman")
    assert not identity._generic_male("Sheikh")  # a male title news gives no woman


def test_a_man_called_chairman_is_still_a_man() -> None:
    harold = identity._Entity(name="Harold Quist", kind=SpeakerKind.PERSON)
    harold.add_title("chairman")
    assert harold.gender == "m"
    harriet = identity._Entity(name="Harriet Quist", kind=SpeakerKind.PERSON)
    harriet.add_title("chairman")
    assert harriet.gender == ""  # the given name says her sex, not the office
