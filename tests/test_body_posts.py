"""A body's post or statement named again after the body put it out.

News quotes what a police force, a council or a firm posts online as often as what
its people say: *The county fire service posted on Facebook that ... "...," the post
said.* The post is the body's word. ``lexicons/announcement_nouns.txt`` lists *post*
beside *statement* and *release*, so a post the article never introduces as a noun is
the word of the body that opens the sentence before; a description in lower case
that nothing else names is that body when its verb is an issuing verb
(``lexicons/issuing_verbs.txt``: *posted*, *released*), and its noun is the one the
verb follows (*the county sheriff's office*, not *the county*). The sentence before
is the one before the quote, however many sentences the quote holds.
"""

from __future__ import annotations

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def test_the_post_said_after_a_body_posted_gives_the_body() -> None:
    text = (
        "The Harlow Police Department posted on Facebook that two roads were shut. "
        '"Stay home tonight," the post said.'
    )
    assert _speakers(text) == ["Harlow Police Department"]


def test_a_description_that_posted_is_the_author() -> None:
    text = (
        "The county sheriff's office posted on X that deputies were knocking on doors. "
        '"If you are told to go, go now," the post said.'
    )
    assert _speakers(text) == ["the county sheriff's office"]


def test_a_quote_of_many_sentences_reads_the_sentence_before_it() -> None:
    text = (
        "Acme Corp confirmed the sale of its paint unit on Monday. "
        '"We are thrilled. It is a big day for our staff," the statement said.'
    )
    assert _speakers(text) == ["Acme Corp"]


def test_a_description_that_only_said_is_no_author_of_a_post() -> None:
    text = 'The county fire service said two roads were shut. "Stay home tonight," the post said.'
    assert _speakers(text) == ["the post"]


def test_a_body_named_by_two_nouns_keeps_the_one_its_verb_follows() -> None:
    text = (
        "The council housing office posted online that the lifts were fixed. "
        '"Thank you for your patience," the post said.'
    )
    assert _speakers(text) == ["the council housing office"]
