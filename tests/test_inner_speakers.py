"""Who speaks a quote inside a quote when its own cue's subject is a pronoun (issue 14).

The outer speaker tells a story; *he* or *she* in it is a person of that story, never
the outer speaker, and seldom the subject of a sentence paragraphs before: the person
the same quote named before the pronoun, else the person the narration last named. The
outer speaker quoting themself (*I asked, '...'*) keeps the inner quote. Sentences are
ours.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_name for q in parse(text).quotes}


def test_a_pronoun_in_a_quote_goes_to_the_person_the_narration_just_named() -> None:
    # Vey is a subject paragraphs before; Mendes, an object in the sentence before the
    # quote, is the *he* of Roux's story.
    text = (
        'Tomas Vey won the final on Sunday. Vey said he was "very tired" after the match.'
        "\n\nLena Roux remembered Paulo Mendes as a patient teacher. "
        "\"He always told me, 'Watch the ball, not the crowd,'\" she said."
    )
    assert _speakers(text)["Watch the ball, not the crowd,"] == "Paulo Mendes"


def test_a_pronoun_in_a_quote_goes_to_the_person_that_quote_named() -> None:
    text = (
        'Ivan Petrov chaired the meeting. Petrov said the clinic would "stay open."'
        "\n\n\"I phoned Dr. Okafor that night. He said, 'Bring her in at once,'\" "
        "Lena Roux said."
    )
    assert _speakers(text)["Bring her in at once,"] == "Okafor"


def test_a_name_said_in_an_inner_quote_is_not_the_next_pronoun() -> None:
    # Falk is named by Brandt inside his own words: the second *he* is still Brandt.
    text = (
        "\"You know how Hugo Brandt is. He said, 'Mr. Falk is a fine neighbour.' "
        "Then he said, 'Falk is like me, better alone,'\" Lena Roux said."
    )
    got = _speakers(text)
    assert got["Mr. Falk is a fine neighbour."] == "Hugo Brandt"
    assert got["Falk is like me, better alone,"] == "Hugo Brandt"


def test_the_speaker_who_quotes_themself_keeps_the_inner_quote() -> None:
    # The cue after the inner question (*She says*) is the mayor's, for the next quote.
    text = (
        "Mayor Ana Costa denied the claim on Friday. Costa said the families had "
        '"misremembered" the talk.\n\nGrace Hill, whose brother died in the fire, '
        "disagreed. \"She looked at me. I asked 'are you certain?' She says 'yes, it "
        "was the wiring.' And she knew it was not,\" Hill said."
    )
    got = _speakers(text)
    assert got["are you certain?"] == "Grace Hill"
    assert got["yes, it was the wiring."] == "Ana Costa"


def test_a_pronoun_outside_quotes_still_prefers_the_subject() -> None:
    # The narration's own *he* is unchanged: the subject before, not the object.
    text = 'Tomas Vey thanked Paulo Mendes on Sunday. He said the win was "for the club."'
    assert _speakers(text)["for the club."] == "Tomas Vey"


_GIVEN = st.sampled_from(["Paulo", "Marek", "Jonas", "Rafael", "Henrik"])
_SURNAME = st.sampled_from(["Mendes", "Novak", "Lindqvist", "Okoro", "Bauer"])
_VERB = st.sampled_from(["told me", "said", "used to say", "always told us"])


@settings(max_examples=25, deadline=None)
@given(given_name=_GIVEN, surname=_SURNAME, verb=_VERB)
def test_the_person_named_in_the_quote_speaks_its_inner_quote(
    given_name: str, surname: str, verb: str
) -> None:
    text = (
        'Ivan Petrov opened the season. Petrov said the team was "ready."\n\n'
        f'"I trained under {given_name} {surname} for years. He {verb}, '
        "'Rest is part of the work,'\" Lena Roux said."
    )
    assert _speakers(text)["Rest is part of the work,"] == f"{given_name} {surname}"


def test_an_owner_of_a_person_named_in_the_quote_is_not_the_inner_pronoun() -> None:
    # The *she* is Okafor's sister, whom the quote does not name; Okafor is not her.
    text = (
        "Lena Roux spoke after the hearing.\n\n"
        "\"I met Dr. Okafor's sister at the door. She said, 'Go home,'\" Ivan Petrov said."
    )
    assert _speakers(text)["Go home,"] != "Okafor"


def test_an_owner_of_a_thing_named_in_the_quote_is_the_inner_pronoun() -> None:
    text = (
        "Ivan Petrov chaired the meeting.\n\n"
        "\"You know Dr. Okafor's habits. He said, 'Not before noon,'\" Lena Roux said."
    )
    assert _speakers(text)["Not before noon,"] == "Okafor"


def test_the_outer_speaker_named_in_their_own_quote_is_not_its_inner_pronoun() -> None:
    # Marek, named in the quote he himself speaks, is its "I", never its "he".
    text = (
        'Ivo Marek runs the ferry. "Dr. Teodor Vesk rang and asked for Marek. He said, '
        "'Come at once,' so I went,\" Marek said."
    )
    assert _speakers(text)["Come at once,"] == "Teodor Vesk"


def test_a_name_said_only_inside_an_inner_quote_is_not_a_later_inner_pronoun() -> None:
    # Falk is named in Brandt's own words; the "he" who calls again is Brandt.
    text = (
        "\"Hugo Brandt phoned me twice. He said, 'Tell Mr. Falk to move his van.' "
        "I did not, so he called again. He said, 'Do it today,'\" Lena Roux said."
    )
    assert _speakers(text)["Do it today,"] == "Hugo Brandt"
