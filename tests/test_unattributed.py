"""Quotes that got no speaker, or the hearer as the speaker (issue 14, h28-unattributed).

Every text is invented. Each case failed at ``67366af`` unless marked as a control.
"""

from __future__ import annotations

import pytest

from quoteverify import parse

from .conftest import speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A lead-in with no cue before a colon: the person its last words name.
        ("Here is Ana Ruiz on the budget: “We will not cut a single school.”", "Ana Ruiz"),
        ("Here’s Ana Ruiz in 2019: “We will build the bridge by spring.”", "Ana Ruiz"),
        (
            "The council trusted Tom Hale’s word:\n\n“The money is there and the plan is sound.”",
            "Tom Hale",
        ),
        (
            "Police broke up the crowd, with Ivo Brant reportedly yelling: “Get them out of here!”",
            "Ivo Brant",
        ),
    ],
)
def test_a_colon_after_a_name_with_no_cue(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Controls: a lone capitalised word opening the lead-in is no speaker, nor a
        # name in a lead-in whose cue the rows above decline.
        "Wait, it gets better:\n\n“The fund was never audited at all, not once.”",
        "Transcript as follows:\n\n“Good evening, and thank you all for coming tonight.”",
    ],
)
def test_a_colon_after_an_opening_word_gives_no_speaker(text: str) -> None:
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "in a statement" after the hearer of "told": the teller speaks, not the outlet.
        ("Norvik told Reuters in a statement that it “regrets the delay.”", "Norvik"),
        ("Tom Hale told CNN in an interview: “The plan is dead and buried.”", "Tom Hale"),
        # An adjective after "a" is no cue ("a written statement").
        ("Norvik told Wikinews in a written statement that it “regrets the delay.”", "Norvik"),
        # Control: with no verb of telling, "in a statement" still reads its subject.
        ("Norvik said in a statement that it “regrets the delay.”", "Norvik"),
    ],
)
def test_told_an_outlet_in_a_statement(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Whoever issued a statement in the sentence before the quote speaks it
        # (lexicons/cue_verbs.tsv: "issued a statement", "released a statement", ...).
        (
            "The ministry issued a statement on Monday. “The harbour stays closed.”",
            "The ministry",
        ),
        ("Ana Ruiz put out a statement late on Sunday.\n\n“I am not stepping down.”", "Ana Ruiz"),
        (
            "The Port Authority released a statement on Friday.\n\n“Every berth will reopen.”",
            "Port Authority",
        ),
    ],
)
def test_a_statement_issued_before_the_quote(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


# h38-nospk: speech left with no speaker by a number, a body the lexicon lacks, or a
# chant read as a title. Each case failed at ``01a7180`` unless marked as a control.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A thousands separator inside a relative clause does not end the apposition.
        ('The bank, which employs 4,000 people, said: "We regret the delay."', "The bank"),
        (  # control: a named body is found another way
            "The Dover Ferry Board, which runs 2,000 crossings a year, said the queues "
            'were "a disgrace to the port".',
            "Dover Ferry Board",
        ),
        # A definite description before "which" and a cue names a body, listed or not.
        (
            "The coastguard, which is investigating, said in a statement that "
            '"the vessel has been held and its crew are helping us".',
            "The coastguard",
        ),
        # Control: a body the lexicon lists.
        ('The ministry, which runs the port, said: "We regret the delay."', "The ministry"),
    ],
)
def test_a_body_before_a_relative_clause(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


def test_an_indefinite_phrase_before_which_is_no_speaker() -> None:
    # 'a long pause came, which ended when X, who ..., said': the person, not the pause.
    text = (
        "The hall went quiet, and a long pause came, which ended when Ana Ruiz, "
        'who in a low voice said, "Very well, then."'
    )
    assert speaker_of(text) == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Protesters gathered outside the court, chanting "Shame On You".', "Protesters"),
        (
            'Students marched through the city, chanting "Jobs Not Cuts," as police looked on.',
            "Students",
        ),
    ],
)
def test_a_chant_after_chanting_is_speech(text: str, speaker: str) -> None:
    q = parse(text).quotes[-1]
    assert q.kind.value != "non_speech"
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_title_after_a_verb_of_writing_stays_a_title() -> None:
    # Control: the title rule still reads a title-cased name after a verb of writing.
    q = parse('She wrote "Salt and Iron," a novel, in 1990.').quotes[-1]
    assert q.kind.value == "non_speech" and q.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The road stays shut until spring.” That was how Mayor Ana Ruiz put it on Monday.",
            "Ana Ruiz",
        ),
        (
            "“The road stays shut until spring.” Those were the words of Tom Hale, the "
            "county engineer.",
            "Tom Hale",
        ),
        ("“The road stays shut until spring.” That’s what Ana Ruiz told the council.", "Ana Ruiz"),
        ("“The road stays shut until spring.” So said Tom Hale on Friday.", "Tom Hale"),
        (
            "“The barn was empty, which is the one good thing tonight.” That was the "
            "verdict of fire officer Kim Lowe.",
            "Kim Lowe",
        ),
    ],
)
def test_a_sentence_after_the_quote_that_points_back_to_it(text: str, speaker: str) -> None:
    q = parse(text).quotes[-1]
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue is not None and q.cue.rule == "echo-after"


@pytest.mark.parametrize(
    "text",
    [
        # No word of saying: a date or an event, not the quote's source.
        "“The road stays shut until spring.” That was in 2019, when Ana Ruiz took office.",
        "“The road stays shut until spring.” This was rejected by Ana Ruiz.",
        # The quote's sentence goes on after it.
        "“The road stays shut until spring,” That Was How It Went, a film by Ana Ruiz, says.",
        # A pronoun stands before the name: the pronoun's person spoke.
        "“The road stays shut.” So saying he left the room, and Ana Ruiz followed him out.",
    ],
)
def test_no_echo_without_a_word_of_saying_before_the_name(text: str) -> None:
    q = parse(text).quotes[0]
    assert q.cue is None or q.cue.rule != "echo-after"


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz took to Twitter to say "We won this one together!"',
        'Ana Ruiz took to Facebook to say that "the fight is not over".',
        # control: "went on to say" found its subject before
        'Ana Ruiz went on to say that "the fight is not over".',
    ],
)
def test_an_infinitive_cue_right_before_its_quote(text: str) -> None:
    assert speaker_of(text) == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In the words of Ana Ruiz, "the harbour is open for business".', "Ana Ruiz"),
        ('In the words of the mayor, "we are open for business".', "the mayor"),
    ],
)
def test_in_the_words_of_a_speaker(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


def test_the_words_of_a_speaker_as_a_subject_go_on_to_its_verb() -> None:
    # Control: the name does not run to the quote, so the colon's row reads the sentence.
    text = 'The words of Ana Ruiz were plain: "We are open for business."'
    q = parse(text).quotes[0]
    assert q.cue is not None and q.cue.rule != "X's-words-quote"


def test_a_speaker_who_could_only_utter_the_words() -> None:
    text = 'A tired old farmer, soaked by the rain, could only utter: "The whole crop is gone."'
    assert speaker_of(text) == "A tired old farmer"


# h46b-next: a quote-only sentence after a narrator's sentence about a happening, and a
# speaker introduced only in the sentence after the quote.


@pytest.mark.parametrize(
    "text",
    [
        "The strike went on. “We will not go back.”",
        "The long talks went on. “Nobody here is going home.”",
        "The hearing resumed.\n\n“The witness is not telling the truth.”",
        "The trial went on:\n\n“The witness lied.”",
        "Ana Ruiz ran the picket. The walkout continued. “We will not go back.”",
    ],
)
def test_a_happening_does_not_speak_the_quote_after_it(text: str) -> None:
    q = parse(text).quotes[-1]
    assert q.speaker is None or q.speaker.name.split()[-1].lower() not in (
        "strike",
        "talks",
        "hearing",
        "trial",
        "walkout",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Controls: a body, a person by a role, and people described at length speak.
        ("The union went on. “We will not go back.”", "The union"),
        ("The foreman went on. “We will not go back.”", "The foreman"),
        (
            "Two men close to the talks said the envoy had walked out. “It was the "
            "shortest meeting of the year,” one of them said.",
            "Two men close to the talks",
        ),
    ],
)
def test_a_speaker_noun_before_the_quote_still_speaks(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "rule"),
    [
        # A person introduced right after a quote alone: a name, then an age or an
        # apposition.
        (
            "The river rose in the night.\n\n“It came under the door first.” Ana Ruiz, "
            "81, has kept the bakery on the square since 1975.",
            "Ana Ruiz",
            "name-after",
        ),
        (
            "“We did not vote for a pay cut.” Tom Hale, a driver at the depot for twenty "
            "years, walked out with the rest.",
            "Tom Hale",
            "name-after",
        ),
        (
            "“The pumps failed at dawn.” Kim Lowe, the farm's manager, lost half her herd.",
            "Kim Lowe",
            "name-after",
        ),
        # The words named as someone's: "those of" or "that of" and a name.
        (
            "“The siren came late.” The words were those of Tom Hale, a nurse at the clinic.",
            "Tom Hale",
            "echo-after",
        ),
        ("“The siren came late.” The remark was that of Tom Hale.", "Tom Hale", "echo-after"),
        (
            "“The siren came late.” Her words were those of Kim Lowe, who drove the van.",
            "Kim Lowe",
            "echo-after",
        ),
    ],
)
def test_a_person_named_in_the_sentence_after_a_quote_alone(
    text: str, speaker: str, rule: str
) -> None:
    q = parse(text).quotes[-1]
    assert q.speaker_name == speaker
    assert q.cue is not None and q.cue.rule == rule


@pytest.mark.parametrize(
    "text",
    [
        # The next paragraph turns to someone else.
        "The river rose.\n\n“It came under the door first.”\n\nAna Ruiz, 81, runs the bakery.",
        # The person was named before: no introduction here.
        "Ruiz wept.\n\n“It came under the door first.” Ana Ruiz, 81, runs the bakery.",
        # No age and no apposition after the name.
        "The river rose.\n\n“It came under the door first.” Ana Ruiz runs the bakery.",
        # The quote ends a narrator's sentence.
        "The sign read “Closed until spring.” Ana Ruiz, 81, runs the bakery.",
    ],
)
def test_no_name_after_without_an_introduction_in_the_quote_s_paragraph(text: str) -> None:
    q = parse(text).quotes[-1]
    assert q.cue is None or q.cue.rule != "name-after"


def test_a_speaker_before_the_quote_keeps_it_over_a_name_after() -> None:
    text = (
        "Ana Ruiz spoke at the gate.\n\n“We will not go back.” Tom Hale, a welder, "
        "stood beside her."
    )
    assert speaker_of(text) == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # No word for an utterance, or no "those of" right before the name.
        "“The siren came late.” That car was that of Tom Hale.",
        "“The siren came late.” The words were painted on a wall by Tom Hale.",
        "“The siren came late.” The words were those of a nurse at the Hale Clinic.",
    ],
)
def test_no_owner_of_the_words_without_those_of_and_a_name(text: str) -> None:
    q = parse(text).quotes[-1]
    assert q.cue is None or q.cue.rule != "echo-after"


@pytest.mark.parametrize(
    "text",
    [
        # A place, a storm, a mountain or a team introduced after the quote: its
        # apposition is no person's, and no given name opens the name.
        "The river rose. “It came under the door first.” Leeds, a city of 800,000, was hit.",
        "The river rose. “It came under the door first.” Hurricane Ida, the storm of "
        "the decade, moved on.",
        "The river rose. “It came under the door first.” Mount Hood, a volcano, stood above.",
        "The team lost. “We played badly.” Riverton United, the champions, won again.",
        "The team lost. “We played badly.” Lake Placid, a village of 2,000, hosted it.",
        # A given name that is also a place's: the apposition says which.
        "The river rose. “It came under the door first.” Victoria, a state of farms, was hit.",
        # A lone word that is a given name too, and an apposition of no kind the
        # lexicons know: the storm and the city are no people introduced.
        "The river rose. “It came under the door first.” Florence, a hurricane, moved on.",
        "The river rose. “It came under the door first.” Austin, the capital, was hit.",
        # A new clause after the name: "one official said" is its own cue.
        "The river rose. “It came under the door first.” Ada Lin, one official noted, was away.",
    ],
)
def test_no_name_after_for_a_place_or_a_thing(text: str) -> None:
    q = parse(text).quotes[-1]
    assert q.speaker_name is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A given name opens the name, or the apposition holds a person's role.
        ("The yard shut. “We will not go back.” Tom Hale, a welder, joined.", "Tom Hale"),
        ("The yard shut. “We will not go back.” Okonkwo Bray, a farmer, came.", "Okonkwo Bray"),
    ],
)
def test_a_person_introduced_after_the_quote_still_speaks(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker
