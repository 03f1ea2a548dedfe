"""The registry's per-mention tests read only when asked answer as read at once.

The name registry used to test every name it met outside quotes for being its
sentence's subject (``identity._subject_at``) and for opening a reported clause
(*said that Ode ...*), and then counted gender votes from the subjects. It now keeps
each name's end on its mention and reads those tests only where something asks: a
pronoun weighing the mentions before it, the reporter of a clause, or a vote, which
looks for its pronoun first and asks for the subject only when one follows; and a
person's votes are counted when its gender is first asked
(``_Entity.pronoun_gender``). These tests pin what that relies on:

- the subject test is a pure test of the text: read after the whole article was
  resolved, for any mention, it says what a fresh reading of the same name says
  (mentions of a possessed body, *Reed's campaign*, that start where a name does
  keep their own answer);
- the clauses reported are the names outside quotes that are subjects and follow
  *that* or *whether*, as read at once, and no possessed body's mention;
- the votes counted when asked, pronoun first, equal the votes counted at once,
  subject first, merged people's too;
- pronouns resolve to the same people as with every test read at once;
- the entities that hold what reads their votes make no cycle with their registry
  once the speakers are made: it is freed without the garbage collector.
"""

from __future__ import annotations

import bisect
import gc
import weakref
from typing import Any

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind

from .conftest import plain_sex_known

_SUBJECT = identity._SUBJECT


class _Eager(identity._Registry):
    """The registry as it read before: every subject test read at the mention, with
    no memory, and the votes counted from the subjects (subject test first), the
    next sentence's opening *He* or *She* included (h39c-sex)."""

    def _mention(self, pos: int, entity: identity._Entity, *, subject: int) -> None:
        super()._mention(pos, entity, subject=subject)
        if subject != _SUBJECT:
            identity._subject_at(self.text, pos, subject)  # (read now, and thrown away)

    def _is_subject(self, start: int, subject: int) -> bool:
        return subject == _SUBJECT or identity._subject_at(self.text, start, subject)

    def _vote_gender(self, subjects: list[tuple[int, int, identity._Entity]]) -> None:
        text, starts = self.text, self._voter.starts
        for start, end, entity in subjects:
            if not identity._subject_at(text, start, end):
                continue
            nxt = bisect.bisect_right(starts, start)
            stop = min(end + identity._VOTE_REACH, starts[nxt] if nxt < len(starts) else len(text))
            m = identity._VOTE_PRONOUN.search(text, end, max(end, stop))
            if m is not None and m.group(1) is not None:
                gender = identity._PRONOUN_GENDER[m.group(1).lower()]
                entity.votes[gender] = entity.votes.get(gender, 0) + 1
                continue
            # No pronoun in its sentence: a "He" or "She" opening the next one votes
            # apart ("M", "F") when the name is its sentence's first and a word stands
            # between the name and the sentence's end.
            n = identity._NEXT_OPENER.search(text, end, end + identity._VOTE_REACH)
            if n is None or n.group("p") is None or " " not in text[end : n.start()]:
                continue
            if (
                nxt > 1
                and identity._VOTE_SENTENCE_BREAK.search(text, starts[nxt - 2], start) is None
            ):
                continue
            gender = identity._NEXT_VOTE[n.group("p")]
            entity.votes[gender] = entity.votes.get(gender, 0) + 1

    def _sex_known(self, entity: identity._Entity) -> str:
        # The sex known while the names are matched (h41-said), its votes read
        # subject first and afresh.
        return plain_sex_known(self, entity)


# Articles of a few people and a campaign, with pronouns after them, clauses after
# "that", appositions and quotes: subjects, objects and reported subjects all occur.
_WHO = st.sampled_from(
    [
        "Maria",  # a given name alone: a person of its own (h41b-given)
        "Ana Ruiz",
        "Ruiz",
        "Mr Hale",
        "Hale",
        "Tom Reed",
        "Reed",
        "Ms Ode",
        "Ode",
        "the mayor",
        "Judge Ruiz",
    ]
)
_THEN = st.sampled_from(
    [
        " said she would stay. ",
        " Marin said he ",
        " said that ",
        " met ",
        ", the mayor, said he ",
        "'s campaign said it ",
        "'s office told ",
        ". He said ",
        " told them. She added that ",
        " and ",
        ' said: "They asked Reed about it." ',
        " was asked whether ",
        ", who said they ",
        "\n",
    ]
)
_ARTICLES = st.lists(st.tuples(_WHO, _THEN), min_size=1, max_size=12).map(
    lambda parts: "".join(w + t for w, t in parts)
)
_PRONOUNS = regex.compile(r"\b(?:he|she|He|She|they|it)\b")


def _quoted(text: str) -> list[tuple[int, int]]:
    spans = []
    at = text.find('"')
    while at >= 0:
        end = text.find('"', at + 1)
        if end < 0:
            break
        spans.append((at, end + 1))
        at = text.find('"', end + 1)
    return spans


def _pronouns(text: str) -> list[Found]:
    return [
        Found(start=m.start(), end=m.end(), text=m.group(), kind=PhraseKind.PRONOUN, head=m.group())
        for m in _PRONOUNS.finditer(text)
    ]


def _name(entity: identity._Entity | None) -> tuple[str, str] | None:
    return None if entity is None else (entity.name, entity.kind.value)


_EXAMPLES = [
    "Reed's campaign said it would. Reed said that Ode met Hale. He said no.",
    "Ana Ruiz said that Mr Hale told them. She added that Hale said he would.",
    "Tom Reed, the mayor, said he would stay. Reed said she met Ms Ode. She said it.",
    "Judge Ruiz said he would go. Ana Ruiz said that Judge Ruiz met Tom Ruiz. He left.",
]


@settings(max_examples=250, deadline=None)
@given(text=_ARTICLES)
@example(text=_EXAMPLES[0])
@example(text=_EXAMPLES[1])
@example(text=_EXAMPLES[2])
@example(text=_EXAMPLES[3])
def test_the_tests_read_when_asked_answer_as_read_at_once(text: str) -> None:
    quoted = _quoted(text)
    lazy = identity._Registry(text, quoted=quoted)
    eager = _Eager(text, quoted=quoted)
    # The votes, counted when asked (pronoun first) and at once (subject first).
    assert [(e.name, e.pronoun_gender(), e.votes) for e in lazy.entities] == [
        (e.name, e.pronoun_gender(), e.votes) for e in eager.entities
    ]
    assert not any(e.unvoted for e in lazy.entities)
    # Pronouns resolved in text order, each noted as the speaker there, as parse does.
    for found in _pronouns(text):
        got, want = lazy.resolve(found), eager.resolve(found)
        assert _name(got) == _name(want), found
        for reg, entity in ((lazy, got), (eager, want)):
            if entity is not None:
                reg.note(found.end, entity)
    # Every subject test, read now after all that, against a fresh reading.
    possessed = set(identity._possessed_orgs(text))
    reported = set()
    for pos, _, subject in lazy.every_mention():
        fresh = subject == _SUBJECT or identity._subject_at(text, pos, subject)
        assert lazy._is_subject(pos, subject) == fresh, (pos, subject)
        if (
            subject != _SUBJECT
            and (pos, subject) not in possessed
            and fresh
            and identity._reported(text, pos)
        ):
            reported.add(pos)
    assert {pos for pos, _, _ in lazy.every_mention() if lazy._reported_at(pos)} == reported


def test_a_possessed_body_and_its_owner_keep_their_own_subject_test() -> None:
    # "Reed" is no subject (its verb is the campaign's); "Reed's campaign" is one.
    text = "Tom Reed spoke. Yesterday Reed's campaign said it would appeal."
    reg = identity._Registry(text)
    at = text.index("Reed's")
    ends = sorted(s for p, _, s in reg.mentions if p == at)
    assert [reg._is_subject(at, end) for end in ends] == [False, True]
    assert ends == [at + len("Reed"), at + len("Reed's campaign")]


def test_a_reported_subject_is_read_only_for_names_outside_quotes() -> None:
    text = (
        'Mr Hale said that Ana Ode was late. "Mr Hale said that Ana Ode was late," Tom Reed added.'
    )
    reg = identity._Registry(text, quoted=_quoted(text))
    first, second = [i for i in range(len(text)) if text.startswith("Ana Ode", i)]
    assert reg._reported_at(first)
    assert not reg._reported_at(second)  # (inside the quote: no mention there)


def test_a_vote_needs_both_a_subject_and_its_pronoun() -> None:
    # "Ruiz said she": a vote; "met Ruiz as she": no subject, no vote; "Hale said it",
    # "Hale said.": no pronoun that votes, no vote.
    text = "Ana Ruiz said she would go. Tom met Ruiz as she left. Mr Hale said it. Mr Hale said."
    reg = identity._Registry(text)
    people = {e.name: e for e in reg.entities}
    assert people["Ana Ruiz"].votes == {}  # (not counted until asked)
    assert people["Ana Ruiz"].pronoun_gender(given_names=False) == ""  # (one vote: too few)
    assert people["Ana Ruiz"].votes == {"f": 1}
    people["Hale"].pronoun_gender()
    assert people["Hale"].votes == {}


def test_a_merged_persons_votes_go_to_the_full_name() -> None:
    # "Judge Ruiz" (one word with a title, the first word of "Ruiz Marin") is merged
    # into Ruiz Marin after the names are read: her votes, not counted yet, go with
    # her and are counted when the full name's gender is asked.
    text = (
        "Judge Ruiz said she would go. Judge Ruiz said she left. Then Ruiz Marin spoke. "
        "Judge Ruiz said she ran."
    )
    reg = identity._Registry(text)
    (person,) = [e for e in reg.entities if e.kind is identity._PERSON]
    assert person.name == "Ruiz Marin"
    assert person.pronoun_gender(given_names=False) == "f"
    assert person.votes == {"f": 3}


def test_a_registry_is_freed_without_the_garbage_collector(monkeypatch: Any) -> None:
    # Its entities hold the voter and the registry's title log holds them: once the
    # speakers are made, resolve_speakers releases the log, so that dropping the
    # registry frees it and its entities at once.
    made: list[weakref.ref[Any]] = []

    class _Watched(identity._Registry):
        def __init__(self, text: str, **kwargs: Any) -> None:
            super().__init__(text, **kwargs)
            made.append(weakref.ref(self))
            made.extend(weakref.ref(e) for e in self.entities)

    monkeypatch.setattr(identity, "_Registry", _Watched)
    text = "Dr Ana Ruiz said she would go. Ruiz said she left. Then Mr Tom Reed spoke."
    at = text.index("she")
    pronoun = Found(start=at, end=at + 3, text="she", kind=PhraseKind.PRONOUN, head="she")
    enabled = gc.isenabled()
    gc.disable()
    try:
        ((speaker, _),) = identity.resolve_speakers(text, [pronoun])
        assert speaker is not None and speaker.name == "Ana Ruiz"
        assert len(made) > 2  # (the registry and its people)
        assert [ref() for ref in made] == [None] * len(made)
    finally:
        if enabled:
            gc.enable()
