"""The news genres of blind set 17 (issue 14, h48-blind17): schools, technology,
religion, transport and defence.

A company's post on its blog or on a social network is a document its author issues:
*the post said* after *Acme said in a blog post* is Acme's
(``lexicons/document_nouns.txt``: *post*, *blog post*), the shape of technology news
that quotes a firm's own announcement. A pupil, a soldier or a witness named by a
given name and an age in apposition after a noun (*The winner, Tomas, 11, from
Brno, was*) is a person of his own, the subject of his sentence, for whom a later
*he* may stand (``_lone_given`` and ``_subject_at`` in ``speakers/identity.py``).
*Railways* ends a body's name as *Airways* does (``lexicons/org_name_heads.txt``):
*Austrian Federal Railways said* is one organisation, not a person *Federal Railways*.
"""

from __future__ import annotations

from .conftest import speakers


def test_the_post_said_is_the_company_that_wrote_the_blog_post() -> None:
    text = (
        "Brightleaf Software said in a blog post on Friday that it would close "
        'its office in Porto. "We will help every colleague who wants to move," the '
        "post said."
    )
    assert speakers(text) == ["Brightleaf Software"]


def test_the_post_said_after_a_post_on_a_social_network() -> None:
    text = (
        "Skyrail Airways apologised in a post on its website for Sunday's "
        'delays. "A failed radar link grounded our fleet for two hours," the post said.'
    )
    assert speakers(text) == ["Skyrail Airways"]


def test_a_pupil_named_by_given_name_and_age_is_the_he_that_follows() -> None:
    text = (
        "The school's science teacher, Oskar Lindqvist, said the entries were strong. "
        '"I have never seen so many volcanoes," he said.\n\n'
        "The winner, Tomas, 11, from Brno, made a working water clock. He said it "
        'had taken him "most of the summer holidays".'
    )
    assert speakers(text) == ["Oskar Lindqvist", "Tomas"]


def test_a_soldier_named_by_given_name_and_age_without_a_place() -> None:
    text = (
        "The unit's commander, Maj. Pavel Hora, said the line had held overnight.\n\n"
        "One rifleman, Lukas, 23, was on his third tour. He said the nights were "
        '"colder than anyone had warned us".'
    )
    assert speakers(text) == ["Lukas"]


def test_a_railway_operator_with_a_nation_word_is_one_body() -> None:
    # "Railways" ends a body's name as "Airways" does (lexicons/org_name_heads.txt):
    # the nation's adjective that opens it stays in the name, and no "she" after
    # it goes to the railway.
    text = (
        "Danish State Railways said in a statement that the line would reopen on "
        'Friday and that the damage was "worse than the storm forecasts suggested".\n\n'
        "One commuter, Freja Holm, a nurse from Odense, posted on Facebook that she "
        'had walked four kilometres. "Blisters, but I made my shift," she wrote.'
    )
    assert speakers(text) == ["Danish State Railways", "Freja Holm"]
