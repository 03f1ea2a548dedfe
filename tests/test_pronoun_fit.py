"""A pronoun's candidates are judged once per person within one resolution.

``_Registry.resolve_pronoun`` walks back over the mentions within its reach, and a
person is mentioned there many times. What it reads of the person alone (its
kind, its sex, whether its name is a place's or a group's, whether the quote says
it to them, and the bonus of a sex the text says) cannot change during that walk,
so it is read once per person (``identity._pronoun_fit``); only what depends on the
mention's place (a subject, *the* before an untitled name) is read per mention.
These tests hold the walk to the one that read everything per mention.
"""

from __future__ import annotations

import bisect

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.lexicons import load_table
from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind


def _per_mention(
    registry: identity._Registry, found: Found, hearers: tuple[str, ...], chain: bool = True
) -> identity._Entity | None:
    """``resolve_pronoun`` as it read before: every test read at every mention (the
    subject pronoun before it and a descriptor as a subject read as it reads them)."""
    word = found.text.lower()
    if word in ("i", "we", "you"):
        return None
    want = {"he": "m", "she": "f"}.get(word, "")
    best, best_score, best_at = None, -1.0, -1
    given_subject = False  # the best a subject whose sex its given name alone says
    named: dict[int, int] = {}  # each person's nearest mention, not as an owner
    mentions = registry._through(found.start)
    first_after = bisect.bisect_left(mentions, found.start, key=identity._position)
    for pos, entity, subject in reversed(mentions[max(0, first_after - 64) : first_after]):
        if found.start - pos > identity._PRONOUN_REACH:
            break
        if word == "they" and entity.kind is identity._PERSON:
            continue
        if word in ("he", "she") and entity.kind is not identity._PERSON:
            continue
        if word == "it" and entity.kind is not identity._ORGANIZATION:
            continue
        if want and entity.pronoun_gender() not in ("", want):
            continue
        if want and identity._no_person(entity):
            continue
        if want and registry._is_place(entity):
            continue
        if want and not entity.titles and registry.text.endswith(("the ", "The "), 0, pos):
            continue
        if want and identity._group_name(entity.name):
            continue
        if want and id(entity) in registry._described:
            continue
        if hearers and any(identity._addressed(entity, h) for h in hearers):
            continue
        if subject == identity._SUBJECT or not registry.text.startswith(("'s", "’s"), subject):
            named.setdefault(id(entity), pos)
        is_subject = registry._is_subject(pos, subject)
        bonus = 100 if want and entity.pronoun_gender(given_names=False) == want else 0
        if bonus and given_subject and named.get(id(entity), pos) <= best_at:
            bonus = 0  # a nearer subject the given name sexes, this person not named since
        score = pos + (250 if is_subject else 0) + bonus
        if score > best_score:
            best, best_score, best_at = entity, score, pos
            given_subject = (
                is_subject
                and not bonus
                and entity.pronoun_gender() == want
                and not regex.search(r'[^\s.!?,]["”] $', registry.text[max(0, pos - 4) : pos])
            )
    if want and chain:
        held, at = _chained(registry, found.start, word, hearers)
        if held is not None and at + 250 > best_score:
            best, best_at, best_score = held, at, at + 250
    if want and found.start - best_at > identity._DESCRIBED_GAP:
        held, at = registry._subject_descriptor(best_at, found.start, word, want, hearers)
        if held is not None and at + 250 > best_score:
            best, best_at = held, at
    kinded, kinded_at = None, -1
    if word == "it":
        kinded, kinded_at = registry._kind_introduced(identity._body_kinds(), found.start)
        if kinded is None or found.start - kinded_at > identity._PRONOUN_REACH:
            kinded, kinded_at = None, -1
    if (best is not None or kinded is not None) and word in ("it", "they"):
        # A body opening the sentence before, with its verb, outranks both.
        body, opening = registry._body_opening_before(found)
        if (
            body is not None
            and max(best_at, kinded_at) < opening
            and not registry._named_between(opening, found.start, best, kinded)
        ):
            return body
    if kinded is not None and kinded_at > best_at:
        return kinded
    if best is not None and registry._reported_at(best_at):
        return registry._reporter(best_at, want, hearers) or best
    if word == "they":
        # Two people who open a sentence together (read after the walk, not in it),
        # when they stand after the body the walk found.
        pair, pair_at = registry._pair_before(found.start, None)
        if pair is not None and (best is None or pair_at > best_at):
            return pair
    if best is None and word in ("it", "they"):
        # Nobody in the walk: the body opening the sentence before, as resolve_pronoun
        # reads it (since stop 53 a one-word name that sentence calls *it*, too).
        return registry._body_opening_before(found)[0]
    return best


def _chained(
    registry: identity._Registry, end: int, word: str, hearers: tuple[str, ...]
) -> tuple[identity._Entity | None, int]:
    """The last subject pronoun ``word`` before ``end`` outside quotes, resolved by the
    walk above without a chain, and where it stands."""
    cap = word.capitalize()
    at = -1
    for m in regex.finditer(
        rf"(?:(?<=[.!?][\"”’']?[ ]{{1,2}})|(?<=\n)){cap}(?=[ ])", registry.text
    ):
        if end - identity._CHAIN_REACH <= m.start() < end and not identity._inside(
            m.start(), registry._quoted
        ):
            at = m.start()
    # A lower-case one before a cue verb, with no quote opening after it before ``end``.
    for m in regex.finditer(rf"(?<![\p{{L}}'’-]){word} (\p{{Ll}}+)", registry.text):
        if (
            max(at + 1, end - identity._CHAIN_REACH) <= m.start() < end
            and m.group(1) in load_table("cue_verbs")
            and not identity._inside(m.start(), registry._quoted)
            and not any(m.end() <= start < end for start, _ in registry._quoted)
        ):
            at = m.start()
    if at < 0:
        return None, -1
    f = Found(start=at, end=at + len(word), text=word, kind=PhraseKind.PRONOUN, head=word)
    held = _per_mention(registry, f, hearers, chain=False)
    if held is None or held.kind is not identity._PERSON:
        return None, -1
    return held, at


# People of both sexes and of none said, titled and not, a place, a group, a thing
# named after "the", a body: every test of the walk passes and fails somewhere.
_WHO = st.sampled_from(
    [
        "Ana Ruiz",
        "Ruiz",
        "Mr Hale",
        "Hale",
        "Ms Ode",
        "Tom Reed",
        "Reed",
        "Marsh Cottage",
        "Iowa Democrats",
        "the Islamic State",
        "the Mayor Ruiz",
        "Acme Corp",
        "Kit Ellery",
        "Nell",
    ]
)
_THEN = st.sampled_from(
    [
        "\n",
        " near ",
        ", who said they ",
        " said she would stay. ",
        " and ",
        " said he ",
        ". She said ",
        " said that ",
        " told them. She added that ",
        " met ",
        ". He said ",
        ", the mayor, said he ",
        ", she added, met ",
        " and he told ",
        " said it ",
    ]
)


def _article(parts: list[tuple[str, str]]) -> str:
    return "".join(who + then for who, then in parts)


_ARTICLES = st.lists(st.tuples(_WHO, _THEN), min_size=1, max_size=14).map(_article)
_HEARERS = st.lists(st.sampled_from(["Nell", "Mr. Hale", "Ruiz", "Tom Reed", "Kit"]), max_size=2)
# Every third-person pronoun the walk reads, in either case where it opens a sentence.
_PRONOUN = regex.compile(r"\b(?:[Hh]e|[Ss]he|they|it)\b")


def _pronouns(text: str) -> list[Found]:
    """Each third-person pronoun of ``text`` as the mention a cue would give."""
    return [
        Found(start=m.start(), end=m.end(), text=m.group(), kind=PhraseKind.PRONOUN, head=m.group())
        for m in _PRONOUN.finditer(text)
    ]


def _resolve_as_read_per_mention(text: str, hearers: list[str]) -> None:
    registry = identity._Registry(text)
    said_to = tuple(hearers)
    for found in _pronouns(text):
        assert registry.resolve_pronoun(found, hearers=said_to) is _per_mention(
            registry, found, said_to
        )


@settings(max_examples=300, deadline=None)
@given(text=_ARTICLES, hearers=_HEARERS)
@example(text="Ana Ruiz met Tom Reed. Ana Ruiz said she would stay. She said ", hearers=[])
@example(text="Ms Ode and the Mayor Ruiz said he ", hearers=[])
@example(text="Tom Reed met Nell near Tom Reed. He said ", hearers=["Tom Reed"])
def test_pronouns_resolve_as_read_per_mention(text: str, hearers: list[str]) -> None:
    _resolve_as_read_per_mention(text, hearers)


def test_the_before_a_name_is_read_per_mention() -> None:
    # One person, untitled, named after "the" once and bare once: the per-person
    # answer must not carry the mention after "the" to the bare one, or back.
    text = "Ana Ruiz met the Ana Ruiz fans. She said "
    registry = identity._Registry(text)
    start = text.rindex("She")
    found = Found(start=start, end=start + 3, text="She", kind=PhraseKind.PRONOUN, head="She")
    got = registry.resolve_pronoun(found)
    assert got is not None and got.name == "Ana Ruiz"
    assert got is _per_mention(registry, found, ())


def test_fit_reads_the_person_alone() -> None:
    registry = identity._Registry("Mr Hale met Ms Ode and Iowa Democrats. He said ")
    by_name = {e.name: e for e in registry.entities}
    hale, ode = by_name["Hale"], by_name["Ode"]
    assert identity._pronoun_fit(registry, hale, "he", "m", ()) == 100
    assert identity._pronoun_fit(registry, ode, "he", "m", ()) is None
    assert identity._pronoun_fit(registry, hale, "they", "", ()) is None
    assert identity._pronoun_fit(registry, hale, "he", "m", ("Mr. Hale",)) is None


# Stretches of plain narration between the names, so that the mentions of one
# article spread over the whole reach and past the bound of the walk (a candidate
# scores its position and at most identity._MOST_BONUS more).
_FILLER = st.sampled_from(
    [
        "",
        " The talks ran late into the evening and nothing was settled. ",
        " A long queue formed outside the hall before the doors opened at noon, "
        "and many of those waiting had travelled for hours to be there. ",
        " Rain fell on the square for most of the afternoon while the stalls packed up "
        "early, the traders saying that the week had been the quietest of the year "
        "and that the council had done little to help them. ",
    ]
)
_SPREAD = st.lists(st.tuples(_WHO, _THEN, _FILLER), min_size=1, max_size=14).map(
    lambda parts: "".join(who + then + filler for who, then, filler in parts)
)


def _seq(entity: identity._Entity | None) -> int | None:
    return None if entity is None else entity.seq


@settings(max_examples=400, deadline=None)
@given(text=_SPREAD, hearers=_HEARERS)
@example(
    # A subject of the pronoun's sex 300 characters back outscores a bare name
    # near the pronoun: the bound must reach it.
    text="Mr Hale said he would stay."
    + " The talks ran late into the evening and nothing was settled." * 4
    + " Later they met Kit Ellery near the hall. He said ",
    hearers=[],
)
@example(
    # A place's name far back, past the bound: its test is still asked when it was.
    text="Marsh Cottage stood empty."
    + " The talks ran late into the evening and nothing was settled." * 6
    + " Ms Ode said she would stay. Mr Hale met Kit Ellery near Marsh Cottage. He said ",
    hearers=[],
)
@example(
    # No mention in the walk: a one-word name its sentence calls *it* (stop 53).
    text="Ruiz said it  The talks ran late into the evening and nothing was settled. Ruiz said it ",
    hearers=[],
)
def test_the_walk_stops_where_no_mention_can_win(text: str, hearers: list[str]) -> None:
    # resolve_pronoun reads no subject test once a mention's position plus the most
    # bonus it could get cannot beat the best score, and a person's fit there only for
    # a place's name, whose answer _is_place remembers when first asked: two
    # registries of one text, one walked with the bound and one read at every mention,
    # resolve each pronoun alike and have asked the same places, after every pronoun.
    bounded, every = identity._Registry(text), identity._Registry(text)
    said_to = tuple(hearers)
    for found in _pronouns(text):
        got = bounded.resolve_pronoun(found, hearers=said_to)
        assert _seq(got) == _seq(_per_mention(every, found, said_to))
        assert bounded._places == every._places


def test_the_bound_counts_both_bonuses() -> None:
    assert identity._MOST_BONUS == identity._SUBJECT_BONUS + identity._SEX_BONUS
    registry = identity._Registry("Mr Hale met Ms Ode. He said ")
    hale = next(e for e in registry.entities if e.name == "Hale")
    assert identity._pronoun_fit(registry, hale, "he", "m", ()) == identity._SEX_BONUS
