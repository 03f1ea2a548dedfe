"""The surname bucket's finder (``identity._BucketFinder``) keeps every person a name
may fit: ``_surname_candidates`` read through it gives the plain walk (every person
of the bucket through ``_names_fit``, and the knighted test) in bucket order.

The registries are generated with many people in one bucket (past the walk's
small-list shortcut), shared surnames, initials, one-word names that a fuller name
renames later, names of three words, a surname with a joined article, names alike
as a whole but not by first initial, and knights.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind

_SURNAMES = ["Oakes", "Oaks", "Oakley", "Oakes-Lund", "al-Oak", "Oakeson", "Oakesen", "Oakman"]
_FIRSTS = ["", "", "Jo ", "J. ", "Katrina ", "Catrina ", "Philip ", "Filip ", "Ana Bell ", "Bell "]
_PEOPLE = st.lists(
    st.tuples(
        st.sampled_from(_FIRSTS),
        st.sampled_from(_SURNAMES),
        st.sampled_from(["", "", "", "Sir", "Mr."]),
    ),
    min_size=9,
    max_size=40,
)
_ASKED = st.lists(
    st.sampled_from(
        [
            "Oakes",
            "Oak",
            "Jo Oakes",
            "Katrina Oaks",
            "Philip Oakes",
            "Bell Oakley",
            "Ana Bell Oakley",
            "Dr Ana Bell Oakes",
            "Oakeson",
            "Filip Oakman",
            "Jo al-Oak",
            "President Bell Oakley",
            "Catrina Oakes",
            "Joanna Oakesen",
        ]
    ),
    min_size=1,
    max_size=6,
)


# Ten people of the bucket that no name below may be (past the small-list shortcut).
_FILLER = [
    (f, "Oakwood", "")
    for f in ["Uma ", "Vic ", "Wes ", "Xan ", "Yul ", "Zev ", "Ivo ", "Eli ", "Gus ", "Hal "]
]


def _plain(reg: identity._Registry, norm: str, words: list[str]) -> list[identity._Entity]:
    bucket = reg.by_prefix.get(identity._bucket_of(words[-1]), [])
    return [e for e in bucket if identity._may_name(norm, e)]


def _walk(people: list[tuple[str, str, str]], asked: list[str], every: int) -> Iterator[str]:
    """Name each person in turn and ask each name now and then: yield a message for
    each answer that is not the plain walk's."""
    reg = identity._Registry("")
    for at, (first, surname, title) in enumerate(people):
        head = first + surname
        text = f"{title} {head}" if title else head
        found = Found(start=at, end=at + 1, text=text, kind=PhraseKind.NAME, head=head, title=title)
        reg._entity_for_name(found)
        if at % every and at != len(people) - 1:
            continue
        for name in asked:
            norm = identity._norm(name)
            words = norm.split()
            got = reg._surname_candidates(norm, words)
            if got != _plain(reg, norm, words):
                yield f"{name!r} after {head!r}"


@settings(max_examples=200, deadline=None)
@given(_PEOPLE, _ASKED, st.integers(1, 20))
@example([("", "Oakes", "")], ["Philip Oakes"], 20)  # the roads of _ROADS below
@example([("Ana Bell ", "Oakley", "")], ["Bell Oakley"], 20)
@example([("Bell ", "Oakley", "")], ["President Bell Oakley"], 20)
@example([("Katrina ", "Oakes", "")], ["Catrina Oakes"], 20)
@example([("Jo ", "Oakeson", "")], ["Joanna Oakesen"], 20)
def test_the_finder_gives_the_plain_walk(
    people: list[tuple[str, str, str]], asked: list[str], every: int
) -> None:
    assert not list(_walk([*_FILLER, *people], asked, every))


# One case of each road into the finder; each road cut drops one of them.
_ROADS = [
    ([*_FILLER, ("", "Oakes", "")], ["Philip Oakes"]),  # a one-word person
    ([*_FILLER, ("Ana Bell ", "Oakley", "")], ["Bell Oakley"]),  # a fuller name ends with it
    ([*_FILLER, ("Bell ", "Oakley", "")], ["President Bell Oakley"]),  # a shorter one ends it
    ([*_FILLER, ("Katrina ", "Oakes", "")], ["Catrina Oakes"]),  # alike as a whole
    ([*_FILLER, ("Jo ", "Oakeson", "")], ["Joanna Oakesen"]),  # alike surnames, one initial
]


@pytest.mark.parametrize(("people", "asked"), _ROADS)
def test_each_road_finds_its_person(people: list[tuple[str, str, str]], asked: list[str]) -> None:
    assert not list(_walk(people, asked, len(people)))
    reg = identity._Registry("")
    for at, (first, surname, _) in enumerate(people):
        head = first + surname
        reg._entity_for_name(
            Found(start=at, end=at + 1, text=head, kind=PhraseKind.NAME, head=head)
        )
    norm = identity._norm(asked[0])
    assert reg._surname_candidates(norm, norm.split())  # somebody is found


@pytest.mark.parametrize(
    "cut",
    ["one-word", "tails", "whole", "ratio", "similar"],
)
def test_a_finder_that_drops_a_person_is_caught(cut: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each road cut in turn: one of the cases above then differs from the plain walk
    (the property's check can fail)."""
    find = identity._BucketFinder.find

    def cut_find(
        self: identity._BucketFinder, norm: str, words: list[str], seen: int, norms: list[str]
    ) -> list[int]:
        saved = (self.groups, self.tails, self.whole, self.similar, self.keys)
        if cut == "one-word":
            self.groups = {k: {i: v for i, v in g.items() if i} for k, g in self.groups.items()}
        elif cut == "tails":
            self.tails = {}
        elif cut == "whole":
            self.whole = {}
        elif cut == "similar":
            self.similar = {}
            self.keys = self.keys[:1]
        try:
            got = find(self, norm, words, seen, norms)
            if cut == "ratio":  # only the people of the name's own initial and key
                initial = identity._spelling_key(words[0])[:1]
                got = [
                    at for at in got if identity._spelling_key(norms[at].split()[0])[:1] == initial
                ]
            return got
        finally:
            self.groups, self.tails, self.whole, self.similar, self.keys = saved

    monkeypatch.setattr(identity._BucketFinder, "find", cut_find)
    missed = [asked for people, asked in _ROADS if list(_walk(people, asked, len(people)))]
    assert missed, cut
