"""The name registry's fifth round of shortcuts gives what the plain paths give.

Each test runs the plain computation beside the shortcut on generated text:
organisations named by a possessive found from the possessive's tail, a match
that skips the sex test when no title or relative asks for one, the opener test
read from the word's form first, and lone words resolved without a ``Found``.
"""

from __future__ import annotations

from typing import Any

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.lexicons import load
from quoteverify.model import SpeakerKind
from quoteverify.speakers import identity

from .conftest import plain_sex_known

# The pattern the registry ran over every position of the text before.
_PLAIN_POSSESSED = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\-]*+['’]s[ \u00a0]++(\p{Ll}++)(?![\p{L}\p{N}])"
)

_OWNER_PIECES = [
    "Reed", "reed", "Hale-Lee", "-Kay", "O'Neil", "X2", "2X", "ÉLAN", "Ñu", "'s", "’s",
    " ", "\u00a0", "  ", "campaign", "office", "offices", "dog", "Campaign", "-", ",",
    ".", "a", "B", "3", "\n", "xRee", "Reed's office", "d-Kay's campaign", "7Li's office",
]  # fmt: skip
_OWNER_TEXTS = st.lists(st.sampled_from(_OWNER_PIECES), max_size=30).map("".join)


@settings(max_examples=500)
@given(text=_OWNER_TEXTS)
def test_possessed_organisations_are_the_plain_pattern_s(text: str) -> None:
    suffixes = load("org_suffixes")
    plain = [
        (m.start(), m.end()) for m in _PLAIN_POSSESSED.finditer(text) if m.group(1) in suffixes
    ]
    assert identity._possessed_orgs(text) == plain


def test_possessed_organisation_examples() -> None:
    text = "Reed's campaign met the Hale-Lee's office; 2Kay's office; Ann's dog's office."
    assert [text[a:b] for a, b in identity._possessed_orgs(text)] == [
        "Reed's campaign",
        "Hale-Lee's office",
    ]


_PIECES = [
    "Ana Ruiz", "Ruiz", "Ana", "Tom Hale", "Hale", "Mr Hale", "Mrs Hale", "Mrs. Hale",
    "Edna Hale", "Dr. Lee", "Lee", "Sen. Ann Roe", "Roe", "Poor Tom", "poor", "Tom",
    "Judge Hale", "Edna Lee", "Mrs. Tom Hale",
    "Russian President Vladimir Putin", "Putin", "minister", "US president", "O",
    "Acme Corp", "Acme Corp's campaign", "Reed's office", "said", "says", "told", "met",
    "and", "she", "he", "her", "his", "they", "It", "The", "But", ",", ", ", ".", ". ",
    "\n", '"', "“", "”", " ", " ", " ", "Maria", "Grace", "grace", "in", "her son",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=60).map(" ".join)


def _state(reg: identity._Registry) -> Any:
    """Everything the registry built, by value."""
    return (
        [
            (e.name, e.kind, e.aliases, e.titles, e.gender, e.positions, e.pronoun_gender())
            for e in reg.entities
        ],
        [(p, e.name, reg._is_subject(p, s)) for p, e, s in reg.mentions],
        sorted((k, e.name) for k, e in reg.by_key.items()),
    )


def _plain_match_name(
    self: identity._Registry, head: str, kind: SpeakerKind, *, before: int, title: str = ""
) -> Any:
    """``match_name`` with every candidate put to the sex test, on copies of the lists."""
    norm = identity._norm(head)
    want = identity._title_gender(title)
    family = bool(want) and norm in self._families
    relative = " " in norm and norm.rsplit(" ", 1)[-1] in self._families

    married = want == "f" and identity._marital_state(title) == "married"

    def fits(e: identity._Entity) -> bool:
        gender = e.pronoun_gender()
        if relative and gender and len(identity._name_words(e.name)) == 1:
            return False
        return gender == want if family else gender in ("", want) or not want

    known = self.by_key.get(norm)
    wife = married and " " not in norm  # "Mrs Hale": a wife named by her husband is set aside
    if (
        known is not None
        and known.kind is kind
        and norm in known.keys
        and fits(known)
        and not (wife and self._husband_named(known))
    ):
        if not want and not relative and kind is SpeakerKind.PERSON and norm in self._families:
            # A family's surname alone is one of its men, the one named last; before
            # the person of its key is named, of those named before in full, its
            # men, else the last named.
            family = list(self._surname_candidates(norm, [norm]))
            named = [
                e
                for e in family
                if e.last_before(before) >= 0 and len(identity._name_words(e.name)) > 1
            ]
            if known.last_before(before) < 0 and named:
                men = [e for e in named if e.pronoun_gender() == "m"] or named
                return max(men, key=lambda e: e.last_before(before))
            men = [e for e in family if e.pronoun_gender() == "m"]
            if men and known not in men:
                return max(men, key=lambda e: e.last_before(before))
        return known
    if kind is not SpeakerKind.PERSON:
        return None
    words = norm.split()
    if not words:
        return None
    candidates = [e for e in list(self._surname_candidates(norm, words)) if fits(e)]
    wives = [e for e in candidates if wife and self._husband_named(e)]
    if wives:  # another woman for her, else the one wife of a text with no family
        husbands = {identity._norm(e.name.split(" ", 1)[1]) for e in wives}
        rest = [e for e in candidates if e not in wives and identity._norm(e.name) not in husbands]
        alone = len(wives) == 1 and norm not in self._families
        candidates = rest or (wives if alone else [])
    other = identity._OTHER_SEX.get(identity._given_gender(head), "") if len(words) > 1 else ""
    if other:  # a full name of one sex is no person the text said is of the other
        candidates = [e for e in candidates if plain_sex_known(self, e) != other]
    if not candidates and len(words) == 1:
        candidates = list(self._first_name_people(words[0]))
        if candidates:
            return max(candidates, key=lambda e: (self._count(e.name), e.last_before(before)))
        inner = [e for e in list(self.by_inner.get(words[0], [])) if fits(e)]
        if inner:
            return max(inner, key=lambda e: e.last_before(before))
    if not candidates and len(words) == 2 and not want and not relative:
        double = self._double_given_name(words)  # "Anna Maria" for "Anna Maria Volpe"
        if double is not None:
            return double
    if not candidates:
        return None
    if len(words) == 1:
        firsts = [e for e in list(self._first_name_people(words[0])) if fits(e)]
        if firsts:
            first = max(firsts, key=lambda e: (self._count(e.name), e.last_before(before)))
            last = max(candidates, key=lambda e: e.last_before(before))
            if self._count(first.name) > self._count(last.name):
                return first
    if len(candidates) == 1:
        return candidates[0]
    return max(candidates, key=lambda e: e.last_before(before))


def _plain_opens_sentence_only(self: identity._WordUse, word: str) -> bool:
    w = word.split("'", 1)[0].split("’", 1)[0]
    if not w.isalpha():
        return False
    if len(w) == 1 or w.lower() in load("name_openers") or word.lower() in load("name_openers"):
        return True
    return not self.mid_seen(w) and self.lower_at_least(w.lower(), 2)


@settings(max_examples=300)
@given(text=_TEXTS)
@example(text="Mrs Hale said Ana Ruiz Ana Ruiz Ana Ruiz Tom Hale")  # a full name of the other sex
@example(text="Judge Hale said he left . Edna Hale said")  # a pronoun says the judge's sex
@example(text="Edna Hale met . Hale said . Tom Hale , Mr Hale and Mrs Hale")  # before her husband
@example(text="Tom Hale met . Mrs. Tom Hale said . Mrs Hale said")  # his wife, then she again
@example(text="Mr Hale met . Tom Hale and Mrs. Tom Hale said . Mrs Hale said")  # his mother
@example(text="Ana Ruiz Mr Hale Maria Ana Ruiz Ana Ruiz Ana Ruiz Tom Hale Maria")  # given names
def test_the_match_shortcuts_give_the_plain_registry(text: str) -> None:
    fast = identity._Registry(text)
    plain_cls = type("_Plain", (identity._Registry,), {"match_name": _plain_match_name})
    assert _state(fast) == _state(plain_cls(text))


_ASKED = st.lists(st.sampled_from(["Poor", "Tom", "O", "The", "O'Neil", "X2", "Ruiz's"]))


@settings(max_examples=300)
@given(text=_TEXTS, words=_ASKED)
def test_the_opener_test_from_the_form_first_is_the_plain_test(text: str, words: list[str]) -> None:
    fast = identity._WordUse(text)
    for word in words + words:  # each asked twice: the second answer is remembered
        assert fast.opens_sentence_only(word) == _plain_opens_sentence_only(
            identity._WordUse(text), word
        )


def test_votes_decide_a_gender_only_when_there_are_any() -> None:
    entity = identity._Entity(name="Kit Ellery", kind=SpeakerKind.PERSON)
    assert entity.pronoun_gender() == ""
    entity.add_title("Mrs")
    assert entity.pronoun_gender() == "f"
    entity.votes.update(m=4)
    assert entity.pronoun_gender() == "m"


def _plain_may_name(norm: str, e: identity._Entity) -> bool:
    """The name test as it read before its string part was remembered, with the
    two readings of a name's last words added since ("Lopez Obrador" of a longer
    name; "CEO Ann Lee" read with its title)."""
    words, ewords = norm.split(), identity._norm(e.name).split()
    titles = identity._title_words()
    shorter = len(ewords) > len(words) >= 2 and ewords[-len(words) :] == words
    shorter = shorter and words[0] not in identity.load("name_particles")
    if shorter and not any(w in titles for w in ewords[: -len(words)]):
        return True
    longer = len(words) > len(ewords) >= 2 and words[-len(ewords) :] == ewords
    if longer and any(w in titles for w in words[: -len(ewords)]):
        return True
    if len(words) >= 2 and len(ewords) >= 2:
        if identity._first_names_clash(words, ewords) or (
            words[0] != ewords[0] and identity._knighted(e)
        ):
            return False
        return identity.fuzz.ratio(norm, identity._norm(e.name)) >= 88.0 or (
            identity._surnames_match(words[-1], ewords[-1])
            and identity._spelling_key(words[0])[:1] == identity._spelling_key(ewords[0])[:1]
        )
    return identity._surnames_match(words[-1], ewords[-1])


_NAME_WORDS = st.sampled_from(
    ["Tom", "Thomas", "Tomas", "Ann", "Anna", "Sir", "Lee", "Leeson", "Leesen", "Lees", "Zelensky",
     "Zelenskyy", "Zelsky", "Tracy", "Trayvon", "Mrs", "Dame"]
)  # fmt: skip


@settings(max_examples=400)
@given(
    asked=st.lists(_NAME_WORDS, min_size=1, max_size=3),
    named=st.lists(_NAME_WORDS, min_size=1, max_size=3),
    titles=st.lists(st.sampled_from(["Sir", "Dame", "Mr", "Dr."]), max_size=2),
)
@example(asked=["Ann", "Tom"], named=["Tom", "Ann", "Tom"], titles=[])  # a name's last words
@example(asked=["Sir", "Ann", "Tom"], named=["Ann", "Tom"], titles=[])  # read with a title
def test_remembered_name_test_is_the_plain_test(
    asked: list[str], named: list[str], titles: list[str]
) -> None:
    entity = identity._Entity(name=" ".join(named), kind=SpeakerKind.PERSON)
    for title in titles:
        entity.add_title(title)
    norm = identity._norm(" ".join(asked))
    assert identity._may_name(norm, entity) == _plain_may_name(norm, entity)


def test_no_registry_is_made_when_no_quote_has_a_mention(monkeypatch: Any) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the registry was made")

    monkeypatch.setattr(identity, "_Registry", refuse)
    text = "Ana Ruiz came. “Yes.” “No.”"
    got = identity.resolve_speakers(text, [None, None], quote_spans=[(15, 21), (22, 27)])
    assert got == [(None, None), (None, None)]


@settings(max_examples=500)
@given(ch=st.characters())
def test_the_ascii_letter_test_is_the_pattern_s(ch: str) -> None:
    assert identity._is_letter_or_mark(ch) == (regex.match(r"[\p{L}\p{M}]", ch) is not None)


def test_the_letter_test_examples() -> None:
    assert [identity._is_letter_or_mark(c) for c in "a-Z é\u03011"] == [
        True, False, True, False, True, True, False
    ]  # fmt: skip
