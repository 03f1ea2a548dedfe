"""The name registry's sixth round of shortcuts gives what the plain paths give.

A name met again that is now the key of the entity it found is not matched again;
a lone word that missed is not matched again while its surname bucket, its
first-name list and the renames keep their lengths; the name pattern reads a
word's letters as runs; a run that names nobody is read on for an organisation's
connectors only when it ends on an organisation's head word. Each test runs the
plain path beside the shortcut on generated text full of names, families, titles
and organisations.
"""

from __future__ import annotations

from typing import Any

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.lexicons import select
from quoteverify.speakers import identity, mentions
from quoteverify.speakers.mentions import Found, PhraseKind, name_rows

from .test_registry_fast import _plain_match_lone
from .test_registry_speed import _state

_PIECES = [
    "Ana Ruiz", "Ruiz", "Ana", "Tom Hale", "Hale", "Mr Hale", "Mrs Hale", "Mrs. Hale",
    "Edna Hale", "Dr. Lee", "Lee", "Sen. Ann Roe", "Roe", "Ann", "Poor Tom", "Tom",
    "Tom Hale-Lee", "Hale-Lee", "Ana Ruiz-Kay", "Putin", "Vladimir Putin", "Acme Corp",
    "Acme Corp's campaign", "Bank of Kent", "the Department of Health", "Department",
    "said", "says", "told", "met", "and", "she", "he", "her", "they", "The", "But",
    ",", ", ", ".", ". ", "\n", '"', "“", "”", " ", " ",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=60).map(" ".join)


def _plain_entity_for_name(self: identity._Registry, f: Found) -> Any:
    """``_entity_for_name`` matching every name again."""
    self._by_found.clear()
    return identity._Registry._entity_for_name(self, f)


@settings(max_examples=300)
@given(text=_TEXTS)
def test_a_name_met_again_gives_the_plain_registry(text: str) -> None:
    fast = identity._Registry(text)
    plain_cls = type(
        "_Plain",
        (identity._Registry,),
        {"_entity_for_name": _plain_entity_for_name, "_match_lone": _plain_match_lone},
    )
    assert _state(fast) == _state(plain_cls(text))


def _count_matches(monkeypatch: Any) -> list[str]:
    """The heads ``match_name`` is asked about from now on, in order."""
    asked: list[str] = []
    match_name = identity._Registry.match_name

    def counting(self: identity._Registry, head: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(head)
        return match_name(self, head, *args, **kwargs)

    monkeypatch.setattr(identity._Registry, "match_name", counting)
    return asked


def test_a_name_met_again_is_not_matched_again(monkeypatch: Any) -> None:
    asked = _count_matches(monkeypatch)
    reg = identity._Registry("Nora Vell spoke. Then Nora Vell left, and Nora Vell came back.")
    assert [e.name for e in reg.entities] == ["Nora Vell"]
    assert asked == ["Nora Vell"]  # the first pass; the five other times from memory


def test_a_titled_name_of_a_family_is_remembered_only_by_its_key(monkeypatch: Any) -> None:
    # A family the text names both sexes of: "Mr Tarn" finds by the key "tarn" the
    # man it names, whose title says he is one, and is remembered; "Mrs Tarn" is a
    # woman the key does not name, so she is matched each time.
    asked = _count_matches(monkeypatch)
    reg = identity._Registry("Mr Tarn came. Mrs Tarn sat. Mrs Tarn spoke.")
    assert sorted(e.name for e in reg.entities) == ["Mr Tarn", "Mrs Tarn"]
    assert reg.by_key["tarn"].name == "Mr Tarn"
    assert asked.count("Tarn") == 5  # Mr Tarn's second reading from memory


def test_a_lone_word_that_missed_matches_once_its_bucket_grows() -> None:
    reg = identity._Registry("")
    assert reg._match_lone("Okoro", 0) is None
    assert reg._match_lone("Okoro", 0) is None  # (from memory)
    reg._entity_for_name(
        Found(start=10, end=20, text="Ada Okoro", kind=PhraseKind.NAME, head="Ada Okoro")
    )
    found = reg._match_lone("Okoro", 30)
    assert found is not None and found.name == "Ada Okoro"


# The name pattern as it was: one loop over single letters or hyphens; up to two
# particles between two words ("von der Leyen"), as the name rules take them.
_PLAIN_WORD = r"(?:(?:\p{Lu}\.){2,}|\p{Lu}(?:[\p{L}\p{M}'’]|-(?=\p{L}))*+\.?)"
_PARTICLES = "|".join(sorted(select("name_particles", joins=True)))
_PLAIN_NAME = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])"
    + _PLAIN_WORD
    + rf"(?:{mentions._NAME_GAP}(?:(?:{_PARTICLES}){mentions._NAME_GAP}){{0,2}}"
    + _PLAIN_WORD
    + r"){0,4}"
)
_CHAR_PIECES = ["A", "B", "É", "a", "é", "\u0301", ".", "-", "'", "’", " ", "\u00a0", "de", "van"]
_CHARS = st.lists(st.sampled_from([*_CHAR_PIECES, "2", ","]), max_size=40).map("".join)


@settings(max_examples=1000)
@given(text=_CHARS)
@example(text="A de de A")  # two particles: found by this test after they were allowed
@example(text="A de de de A")
def test_the_name_pattern_is_the_plain_pattern(text: str) -> None:
    got = [m.span() for m in mentions._NAME_RE.finditer(text)]
    assert got == [m.span() for m in _PLAIN_NAME.finditer(text)]


def test_the_name_pattern_examples() -> None:
    text = "U.S.A. envoy Jean-Paul de Smet met Ana Ruiz-Kay--later, O'Neil."
    assert [m.group() for m in mentions._NAME_RE.finditer(text)] == [
        "U.S.A.",
        "Jean-Paul de Smet",
        "Ana Ruiz-Kay",
        "O'Neil.",
    ]


@settings(max_examples=300)
@given(text=_TEXTS)
# A portfolio after "and" holds no person's name: "Department of Health Ana Ruiz and"
# is no office before the next name.
@example(text="the Department of Health Ana Ruiz and Ana Ruiz Ana Ruiz")
@example(text="the Department of Health Mr Hale and Ana Ruiz Ana Ruiz")
@example(text="The Ana Ruiz and Acme Corp")  # a run after "the" joined to a body by "and"
# A function word or a courtesy title after "and" is no portfolio's last word:
# "Department of Health and The" is no office of Ana Ruiz.
@example(text="the Department of Health and The Ana Ruiz")
@example(text="the Department of Health and Mr Hale Ana Ruiz")
@example(text="the Department of Health and But Ana Ruiz")
@example(text="the Department of Health The and Ana Ruiz Ana Ruiz")  # (in the portfolio)
# A holder's name said twice: the office ends at the second, not the first.
@example(text="the Department of Health   and Ana Ruiz Ana Ruiz")
# A title's short form after "and" opens a name, never ends a portfolio (found by
# this property: "Department of Health and Sen." was read as Ann Roe's office).
@example(text="the Department of Health   and Sen. Ann Roe")
def test_name_rows_read_connectors_only_after_a_head_word(text: str) -> None:
    # The plain rule: every run with no name is read on for connectors.
    plain = []
    covered = 0
    for m in mentions._NAME_RE.finditer(text):
        at, stop, group = m.start(), m.end(), m.group()
        if at < covered:
            if stop <= covered + 1 or text[covered] != " ":
                continue
            at, group = covered + 1, text[covered + 1 : stop]
        names = mentions._run_names(group, True)
        if " " in group and names:
            # On a title-case line, the names its body confirms.
            line = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if end - line <= mentions._TITLE_LINE_MAX and mentions._title_line(text, line, end):
                reach = mentions._title_reach(text, end)
                names = mentions._confirmed_names(text, at, group, mentions._lone_run_names, reach)
        if not names and mentions._org_tail_at(text, stop) > stop:
            names = mentions._org_run(group)
        for start, end, kind, head, title, _ in names:  # (the name's text: sliced below)
            tail = at + end
            if kind is PhraseKind.ORGANIZATION and tail == stop:
                tail = mentions._org_tail_at(text, stop)
                covered = max(covered, tail)
            row_start = at + start
            whole = head + text[at + end : tail]
            plain.append((row_start, tail, text[row_start:tail], kind, whole, title))
    # The words before a body's name joined through "and" after "the" ("the Food and
    # Drug Administration") are a pass after the runs' own, with properties of its own
    # (test_organisations.py): applied to the plain rows as name_rows applies it.
    if " and " in text or " & " in text:
        mentions._join_paired_bodies(text, plain)
    assert name_rows(text, lone=True) == plain


def test_a_department_is_read_with_its_connectors() -> None:
    rows = name_rows("They asked the Department of Health and Human Services.", lone=True)
    assert [(r[2], r[3]) for r in rows] == [
        ("Department of Health and Human Services", PhraseKind.ORGANIZATION)
    ]
