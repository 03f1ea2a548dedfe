"""Speaker identity across articles: Speaker.matches."""

from __future__ import annotations

import collections

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import Speaker, parse
from quoteverify.model import SpeakerKind


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Vladimir Putin", "Putin"),
        ("Vladimir Putin", "Mr Putin"),
        ("Vladimir Putin", "President Putin"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelensky", "Zelsky"),
        ("Sergei Lavrov", "Sergei Lawrow"),
        ("Yuri Ushakov", "Juri Uschakow"),
    ],
)
def test_same_person(a: str, b: str) -> None:
    sa, sb = Speaker(name=a), Speaker(name=b)
    assert sa.matches(sb) and sb.matches(sa)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Donald Trump", "Melania Trump"),
        ("Vladimir Putin", "Donald Trump"),
        ("Marco Rubio", "Mario Rubin"),
    ],
)
def test_different_people(a: str, b: str) -> None:
    assert not Speaker(name=a).matches(Speaker(name=b))


def test_anonymous_sources_never_match_by_similarity() -> None:
    a = Speaker(name="a senior official", kind=SpeakerKind.ANONYMOUS)
    b = Speaker(name="a senior aide", kind=SpeakerKind.ANONYMOUS)
    assert not a.matches(b)
    assert a.matches(Speaker(name="a senior official", kind=SpeakerKind.ANONYMOUS))


def test_organisations_match_by_alias() -> None:
    a = Speaker(name="Kremlin", kind=SpeakerKind.ORGANIZATION, aliases=("the Kremlin",))
    b = Speaker(name="the Kremlin", kind=SpeakerKind.ORGANIZATION)
    assert a.matches(b)
    assert not a.matches(Speaker(name="White House", kind=SpeakerKind.ORGANIZATION))


def test_a_person_and_an_organisation_do_not_match_by_similarity() -> None:
    assert not Speaker(name="Kremlin", kind=SpeakerKind.ORGANIZATION).matches(
        Speaker(name="Kremlinov")
    )


def test_a_first_name_is_the_full_name_it_starts() -> None:
    text = (
        "Philippa Garrow came late to the hearing. “We start now,” said Philippa. The clerk nodded."
    )
    (q,) = parse(text).quotes
    assert q.speaker is not None and q.speaker.name == "Philippa Garrow"


def test_a_word_that_only_opens_sentences_is_not_part_of_a_name() -> None:
    text = (
        "Philippa Garrow sat down. The poor clerk was tired, and the poor jury too. "
        "Poor Philippa looked up. “Go on,” said Philippa."
    )
    (q,) = parse(text).quotes
    assert q.speaker is not None and q.speaker.name == "Philippa Garrow"


def test_a_headline_run_of_capitals_is_no_full_name() -> None:
    # "Okafor Ends" is no person: "ends" is written in lower case in the text.
    text = (
        "Reed, Okafor Ends Talks\n\nThe talks came to a quiet end, and the end was plain "
        "to all. Mr Okafor said that “the end is near.”"
    )
    q = parse(text).quotes[-1]
    assert q.speaker is not None and q.speaker.name == "Okafor"


def test_a_pronoun_resolved_once_does_not_fix_a_gender() -> None:
    # "he" can only go to Dana Cole here; that guess must not stop "she" from
    # finding her two sentences later.
    text = 'Dana Cole met the board. "We are done," he said. Later she added that she was "tired."'
    q = parse(text).quotes[-1]
    assert q.speaker is not None and q.speaker.name == "Dana Cole"


def test_a_name_after_a_verb_is_not_the_subject_a_pronoun_goes_to() -> None:
    text = (
        "Mike Green, head of the Nurses Guild, which represents Cape Town nurses, "
        'said he hopes the strike sends a signal that "wards need staff."'
    )
    (q,) = parse(text).quotes
    assert q.speaker is not None and q.speaker.name == "Mike Green"


def test_they_stands_for_an_organisation_named_by_a_possessive() -> None:
    text = "Reed's campaign compares her budget with what they call Okafor's \"wish list.\""
    (q,) = parse(text).quotes
    assert q.speaker_mention is not None and q.speaker_mention.text == "they"
    assert q.speaker is not None and q.speaker.name == "Reed's campaign"
    assert q.speaker.kind is SpeakerKind.ORGANIZATION


# Names, second push (issue 14): the canonical name is the fullest name the
# article gives the speaker, without its title, and never runs over punctuation.


def _names(text: str) -> list[str]:
    return [q.speaker.name if q.speaker else "" for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a descriptor yields to the name set beside it
        ('"Our defence held firm," said a relieved manager Priya Nair.', "Priya Nair"),
        ('"The numbers are wrong," said the agency\'s chief, Lena Voss, on Friday.', "Lena Voss"),
        # a title is no part of the name
        ('Councillor Dev Patel said: "The road stays shut."', "Dev Patel"),
        ('"Perhaps," said Monsieur Duval. "Certainly," replied Anton Duval.', "Anton Duval"),
    ],
)
def test_canonical_name(text: str, want: str) -> None:
    assert _names(text)[0] == want


def test_a_double_hyphen_ends_a_name() -> None:
    text = (
        "She cooked for Hugh Brand and Ida Brand--especially Hugh. "
        'Hugh Brand was pleased. "Splendid," said Hugh.'
    )
    assert _names(text) == ["Hugh Brand"]


def test_an_honorific_after_a_place_opens_a_new_name() -> None:
    text = 'At Oak Lodge Mrs. Pell poured the tea. "Milk?" asked Mrs. Pell.'
    assert _names(text) == ["Pell"]


def test_a_sentence_adverb_is_no_part_of_a_name() -> None:
    text = 'Nora Vale had waited all day. Therefore Nora went out. "At last," said Nora.'
    assert _names(text) == ["Nora Vale"]


def test_a_title_of_the_other_sex_keeps_family_members_apart() -> None:
    text = (
        'Mr. Hobb locked the door. Mrs. Hobb sighed. "Again?" asked Mrs. Hobb. '
        '"Always," said Mr. Hobb.'
    )
    she, he = parse(text).quotes
    assert she.speaker is not None and he.speaker is not None
    assert "Mrs. Hobb" in she.speaker.aliases and "Mr. Hobb" not in she.speaker.aliases
    assert "Mr. Hobb" in he.speaker.aliases and "Mrs. Hobb" not in he.speaker.aliases


def test_a_first_name_goes_to_the_person_named_most() -> None:
    # "Ella Moss" is a run of two first names; Moss Hart is named more often.
    text = (
        "Moss Hart came home. Moss Hart sat by the fire. She gave Ella Moss "
        'the letter. "Read it," said Moss.'
    )
    assert _names(text) == ["Moss Hart"]


@pytest.mark.parametrize(
    "text",
    [
        '"Turnout will be high," said Harbour Party organiser Ines Ward.',
        '"The vote slipped," wrote Ledger city hall reporter Ines Ward, quoting aides.',
    ],
)
def test_role_words_after_a_name_lead_to_the_speaker(text: str) -> None:
    assert _names(text) == ["Ines Ward"]


def test_a_place_after_a_role_is_not_the_speaker() -> None:
    (name,) = _names('"Not this year," the MP for Elm Vale said.')
    assert name.startswith("the MP") and name != "Elm Vale"


@pytest.mark.parametrize(
    "text",
    ['"Not this year," said Harbour Party MP Ines Ward.', 'MP Ines Ward said: "Not this year."'],
)
def test_a_role_written_in_capitals_is_a_title(text: str) -> None:
    assert _names(text) == ["Ines Ward"]


def test_a_name_after_the_quote_stops_at_the_sentence_end() -> None:
    text = '"Prices will fall," predicts Okoro. Shipping, in his view, is the key.'
    assert _names(text) == ["Okoro"]


# The registry's word counts are made per word asked; they must equal counting every
# word of the article with the two patterns.
_WORDY = st.text(alphabet=st.sampled_from(list("aAbBéÉ ,;.\t\u0301")), max_size=40)


@given(text=_WORDY, word=st.text(alphabet=st.sampled_from(list("aAbBéÉ\u0301")), max_size=4))
def test_word_use_counts_equal_whole_text_counters(text: str, word: str) -> None:
    from quoteverify import identity

    use = identity._WordUse(text)
    lower = collections.Counter(identity._LOWER_WORD.findall(text))
    mid = collections.Counter(identity._CAPITALISED_MID.findall(text))
    for w in {word, word.lower(), *text.split()}:
        assert use.lower_count(w) == lower[w]
        assert use.capitalised_mid_count(w) == mid[w]


def test_word_use_counts_words_used_in_lower_case_and_capitalised_mid_sentence() -> None:
    from quoteverify import identity

    use = identity._WordUse("Dear Ann. We met dear friends and then Dear Ann, dearly.")
    assert use.lower_count("dear") == 1
    assert use.capitalised_mid_count("Dear") == 1
    assert use.capitalised_mid_count("Ann") == 0
