"""Cue-less quotes in features and explainers (issue 14, h48b-blind19).

Profiles and explainers quote a person a sentence after one that gives that person's
view or stance with no cue of its own: *For Ruiz the answer came early.*, *Her
argument is simple:*, *In Ruiz's view ...*, *Ruiz laughs when asked about it.*,
*Outside the hall, she ...*. The row ``framing-paragraph`` reads those sentences
too. Invented articles only; each test reads the resolved name (``q.speaker.name``),
as strict scoring does.
"""

from __future__ import annotations

import pytest

from .conftest import resolved


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        # "For" and a name printed in full before
        (
            "Greta Olsson has kept the lighthouse on Varn for thirty years. The lamp is "
            "electric now. For Olsson the job never really changed. “You watch the sea and "
            "you write down what it does. That is all it ever was.”",
            "watch the sea",
            "Greta Olsson",
        ),
        # "For" and "him"
        (
            "Dario Venn sold his bakery in June after four decades. For him the sale came "
            "late. “I should have stopped when my knees first told me to.”",
            "my knees",
            "Dario Venn",
        ),
        # "To" and "her" (h48c-review: no test read the lexicon's "to" row)
        (
            "Sabine Roth moved her forge to Kell in 2003. To her the move was a gamble. "
            "“I had two customers and a loan I could not pay.”",
            "two customers",
            "Sabine Roth",
        ),
        # her or his and a stance noun, before a colon
        (
            "Marta Quell teaches farm economics at Orsund. Her argument is simple: “Feed "
            "costs more, so milk costs more. The rest is noise.”",
            "Feed costs more",
            "Marta Quell",
        ),
        # ... and before a full stop
        (
            "Tobias Renn has advised shopkeepers on tax for years. His advice to new "
            "owners is short. “Keep every receipt, and keep them for six years.”",
            "every receipt",
            "Tobias Renn",
        ),
        # a view frame opening the sentence before the quote
        (
            "Ilse Barra runs the sleep clinic in Moor. The results surprised her team. In "
            "Barra's view the mood scores matter most. “Nobody expected them to move so "
            "far in one year.”",
            "Nobody expected",
            "Ilse Barra",
        ),
        # the subject's own cue in the framing sentence
        (
            "Pavel Dunne has coached the river club since 1990. He does not think the "
            "new rules will last. “They change them every winter and forget them by May.”",
            "every winter",
            "Pavel Dunne",
        ),
        # ... a passive question after "when"
        (
            "Ruth Kemble opened the shop in 1979. Kemble smiles when asked how many "
            "keys she has cut. “Thousands. I stopped counting long ago.”",
            "stopped counting",
            "Ruth Kemble",
        ),
        # "Asked ..., Name does not hesitate."
        (
            "Leon Farr is ninety and still plays the organ on Sundays. Asked what he "
            "would do without it, Farr does not hesitate. “I would sit in the front row "
            "and complain about whoever replaced me.”",
            "front row",
            "Leon Farr",
        ),
        # a fronted phrase before "she"
        (
            "Hanna Lisk lost her workshop in the flood. Standing in the mud by the door, "
            "she looks at what is left. “Twenty years of tools, and the river took them "
            "in one night.”",
            "Twenty years",
            "Hanna Lisk",
        ),
    ],
)
def test_a_sentence_that_gives_a_view_frames_the_quote(text: str, words: str, want: str) -> None:
    assert resolved(text, words) == want


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a capitalised word opening a sentence, never printed as a name
        (
            "The shop opened in 1979. Things changed when the road was built. “Nobody "
            "walks past any more, they all drive.”",
            "Nobody walks",
        ),
        # "For" and a word never printed as a name after another word
        (
            "The ferry stopped in March. For Sarn the loss came fast. “We were cut off "
            "from the mainland in a week.”",
            "cut off",
        ),
        # a cue of somebody else in the framing sentence
        (
            "Nadia Orr ran the kitchen. She watched a cook who added salt too early. "
            "“Rice needs patience, not salt.”",
            "needs patience",
        ),
        # a stance noun's sentence that names another person, who may answer (h48c-review)
        (
            "Oren Valk wants the toll scrapped. His view is not shared by Dina Sorel, the "
            "treasurer. “Without the toll the bridge fund is empty by spring.”",
            "bridge fund",
        ),
        (
            "Oren Valk wrote to the board in May. His letter to her was returned: "
            "“We do not reply to private appeals.”",
            "private appeals",
        ),
        # "For her" and a noun: "her" owns the subject, no view is given to her
        (
            "Mila Ravn left the island in 2004. For her neighbours the move was a shock. "
            "“Nobody thought she would ever leave the harbour.”",
            "ever leave",
        ),
    ],
)
def test_no_view_without_the_person_it_gives_it_to(text: str, words: str) -> None:
    assert resolved(text, words) is None


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        (
            "The owner, Rafe Odell, bought the mill in May. “It was cheap,” he said.\n\n"
            "The foreman, Tomas Ekberg, a welder who has worked there since 1990, says he "
            "expects more orders. He called the new owner “a man who listens”.",
            "a man who listens",
            "Tomas Ekberg",
        ),
        (
            "The chair, Lina Vos, opened the meeting. “We start at six,” she said.\n\n"
            "The treasurer, Petra Hald, an accountant, says she has checked every line. "
            "She described the budget as “tight but honest”.",
            "tight but honest",
            "Petra Hald",
        ),
    ],
)
def test_a_name_between_a_role_and_a_second_apposition_is_the_subject(
    text: str, words: str, want: str
) -> None:
    # "The foreman, X, a welder ..., says he ...": X is the sentence's subject, so
    # the next sentence's pronoun is X, not the person of the paragraph before.
    assert resolved(text, words) == want
