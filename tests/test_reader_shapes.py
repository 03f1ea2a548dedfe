"""Shapes the mention reader missed (issue 14): a surname that is a common word after
an honorific (*Mrs Last said*), a titled name after *of* that is the person spoken
to (*asked Tom of Mrs. Hale*), and a country printed with its article that speaks
(*the United States said*). Every sentence here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.model import SpeakerKind


def first(text: str) -> tuple[str | None, str | None]:
    quote = parse(text).quotes[0]
    mention = quote.speaker_mention.text if quote.speaker_mention else None
    return quote.speaker_name, mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('The tea had gone cold. Mrs Last said, "You must eat something."', "Mrs Last"),
        ('"You are late again," said Mr Last gravely.', "Mr Last"),
        ('The ward was full. "We have no beds left," Dr. Still said.', "Dr. Still"),
        ('"It was a fine summer," said Miss Even, smiling.', "Miss Even"),
        ('The board met at noon. Ms. Most said, "The vote can wait."', "Ms. Most"),
    ],
)
def test_a_common_word_after_an_honorific_is_a_surname(text: str, mention: str) -> None:
    name, found = first(text)
    assert found == mention
    assert name == mention.rsplit(maxsplit=1)[-1]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a full word, no short form: its dot ends the sentence
        ('"Not at all," answered Madame. The two sat down by the stove.', "Madame"),
        # a surname, then a common word that opens the next clause
        ('"We were robbed," Mr. Brown said. Last, he thanked the fans.', "Mr. Brown"),
    ],
)
def test_a_sentence_end_is_no_surname(text: str, mention: str) -> None:
    _, found = first(text)
    assert found == mention


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Tom Reed sat by Mrs. Hale. "Will you stay?" asked Tom of Mrs. Hale.', "Tom Reed"),
        ('The ferry was late. "Is this the last boat?" asked Ana Lee of Mr. Grant.', "Ana Lee"),
        ('"She was always kind," said Nell Roe of Mrs Dunn.', "Nell Roe"),
    ],
)
def test_a_titled_name_after_of_is_the_hearer(text: str, name: str) -> None:
    speaker, mention = first(text)
    assert speaker == name
    assert mention is not None and " of " not in mention


def test_a_place_after_of_still_belongs_to_the_name() -> None:
    _, mention = first('"The river is rising," said Ruth Hale of Laramie.')
    assert mention == "Ruth Hale of Laramie"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Talks broke down. "We will not sign," the United States said.', "United States"),
        ('The vote was close. The Netherlands said it "will not sign."', "Netherlands"),
        ('"We object," the Philippines said in a note to the court.', "Philippines"),
    ],
)
def test_a_country_with_its_article_speaks_as_a_body(text: str, name: str) -> None:
    quote = parse(text).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == name
    assert quote.speaker.kind is SpeakerKind.ORGANIZATION


@given(st.sampled_from(["Last", "Still", "Even", "Most", "Just"]))
def test_any_honorific_stop_word_surname_is_read_whole(surname: str) -> None:
    text = f'The hall was quiet. "We start at nine," Mrs. {surname} said.'
    quote = parse(text).quotes[0]
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == f"Mrs. {surname}"
    assert text[quote.speaker_mention.start : quote.speaker_mention.end] == f"Mrs. {surname}"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Martin Luther King Jr. spoke in 1963. "We cannot walk alone," King said.',
            "Martin Luther King Jr",
        ),
        ('Rep. Pete Bishop King held the floor. "We need answers," King said.', "Pete Bishop King"),
        ('Carla Pope chairs the panel. "The vote is Monday," Pope said.', "Carla Pope"),
    ],
)
def test_a_title_word_printed_before_as_a_surname_is_the_person(text: str, name: str) -> None:
    assert first(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # a title before a name, never a surname: the lone word stays a title
        'Vice President Ana Ruiz left early. "It was a long day," President said.',
        'Supreme Court Justice Ana Roe wrote for the court. "The law is clear," Justice said.',
        # a form of address after a name is no surname either
        'Tom Ruiz Mlle said nothing. "Not now," Mlle said.',
    ],
)
def test_a_title_word_before_a_name_stays_a_title(text: str) -> None:
    quote = parse(text).quotes[0]
    assert quote.speaker_mention is not None
    assert quote.speaker_name not in ("Ana Ruiz", "Ana Roe", "Tom Ruiz Mlle", "Tom Ruiz")
