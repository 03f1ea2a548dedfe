"""The name registry's shortcuts give what the plain paths give.

``identity._Registry`` skips work that cannot change its answer: a lone word
that matched nobody is not matched again until something new is indexed, the
words before a name are split only when the word right before it is a title
word, the subject test asks its costlier helpers only when a cheap character
test leaves them something to find, and a role phrase after a name is judged
once per spelling. Each test below runs the plain path beside the shortcut on
generated text full of names, titles, roles and sentence openers: for the title
and subject tests, the same function with its shortcuts switched off
(``shortcuts=False``), not a second copy of its rules.
"""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.model import SpeakerKind
from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind, find_names, name_rows

_PIECES = [
    "Ana Ruiz", "Ruiz", "Ana", "Tom Hale", "Hale", "Mr Hale", "Mrs Hale", "Dr. Lee",
    "Lee", "Sen. Ann Roe", "Roe", "Poor Tom", "Tom", "President", "the president",
    "Russian President Vladimir Putin", "Putin", "the Kremlin leader", "minister",
    "spokesman", "US president", "Green Party", "Acme Corp", "Acme Corp's campaign",
    "said", "says", "told", "met", "and", "which represents", "praised", "poor",
    "she", "he", "they", "It", "The", "But", "And", "When", ",", ", ", ".", ". ", "\n",
    ":", '"', "“", "”", " ", " ", " ", "Maria", "in", "her son", "grace",
    "will", "was", "Among",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=50).map(" ".join)


def _state(reg: identity._Registry) -> Any:
    """Everything the registry built, by value."""
    return (
        [(e.name, e.kind, e.aliases, e.titles, e.gender, e.positions) for e in reg.entities],
        [(p, e.name, reg._is_subject(p, s)) for p, e, s in reg.mentions],
        sorted((k, e.name) for k, e in reg.by_key.items()),
    )


def _plain_match_lone(self: identity._Registry, head: str, start: int) -> Any:
    return self.match_name(head, SpeakerKind.PERSON, before=start)


@settings(max_examples=300)
@given(text=_TEXTS)
@example(text="Mrs Hale Mr Hale the Kremlin leader Hale")  # a family's lone surname
@example(text="Judge Hale said he left . Edna Hale said Hale")  # a pronoun says his sex
def test_lone_word_memo_gives_the_plain_matches(text: str) -> None:
    fast = identity._Registry(text)
    plain_cls = type("_Plain", (identity._Registry,), {"_match_lone": _plain_match_lone})
    plain = plain_cls(text)
    assert _state(fast) == _state(plain)


# The words around a name that the subject test's branches read: cues with no
# object set after a quote or a comma, and a name with its closer right after it.
_SUBJECT_TEXTS = st.lists(
    st.sampled_from(
        [*_PIECES, "Ana Ruiz,", "Hale.", "Tom Hale;", '",', "said  ", "was  ", "chief of staff"]
    ),
    max_size=50,
).map(" ".join)


@settings(max_examples=300)
@given(text=_SUBJECT_TEXTS)
@example(text="Ana Ruiz poor minister Ana Ruiz said")  # modifiers before a title
@example(text="said Ana Ruiz said , said Ana Ruiz said")  # a clause with no "that"
@example(text="And Ana Ruiz . But Tom Hale said")  # an opening connective
@example(text="said Dr. Lee spokesman Ana Ruiz said")  # the title walk stops at a full stop
@example(text="Among was Acme Corp's campaign")  # an owner after an inverted "was"
@example(text="met spokesman of said Ana Ruiz")  # an office of a role and its complement
@example(text="met minister of the grace Tom Hale")  # (of two words)
@example(text="met her son of grace Tom Hale")  # a relation's is no office
# (a title phrase longer than the 80 characters read before the name)
@example(
    text="Ana Ruiz Ana Ruiz President Russian President Vladimir Putin spokesman "
    "spokesman Ana Ruiz said"
)
@example(text="Ana Ruiz Ruiz Ruiz President Mr Hale")  # a style after an office, apart
@example(text="Acme Corp's campaign Ana Ruiz met")  # a past form after a title phrase
@example(text="met chief of staff Ana Ruiz")  # an office with no title word last
@example(text="Ana Ruiz of Acme Corp, Tom Hale said")  # a place's region, not a subject
@example(text="Among her son was Ana Ruiz .")  # the subject after an inverted "was"
@example(text=" said Ana Ruiz Sen. Ann Roe Dr. Lee")  # an inverted cue's name, a full stop
@example(text='", said  Ana Ruiz, a')  # two spaces between an inverted cue and its name
def test_context_shortcuts_give_the_plain_answers(text: str) -> None:
    # Each test with its shortcuts (the cheap character tests that skip a walk or a
    # helper which would say no) and without them: one code path, so a rule added
    # to it is on both sides, and only a shortcut that drops an answer shows.
    reg = identity._Registry("")
    reg.text = text
    for f in find_names(text, lone=True):
        fast = identity._Entity(name=f.head, kind=SpeakerKind.PERSON)
        plain = identity._Entity(name=f.head, kind=SpeakerKind.PERSON)
        if not f.title:  # as the registry asks it: only for a name without a title
            reg._title_words_before(f.start, fast)
            reg._title_words_before(f.start, plain, shortcuts=False)
        assert fast.titles == plain.titles
        assert identity._subject_at(text, f.start, f.end) == identity._subject_at(
            text, f.start, f.end, shortcuts=False
        )


_ROLE_WORDS = ["US", "president", "prime", "minister", "Acme", "", "spokesman", "of", "chief"]


@given(phrase=st.lists(st.sampled_from(_ROLE_WORDS), max_size=5))
def test_role_phrase_cache_is_the_plain_test(phrase: list[str]) -> None:
    text = " ".join(phrase)
    plain = identity._is_leader(text) or any(
        w.lower() in identity._role_or_title_words() for w in phrase
    )
    assert identity._is_role_phrase(text) == plain


@given(text=_TEXTS)
def test_name_rows_are_find_names(text: str) -> None:
    for lone in (False, True):
        rows = [
            (f.start, f.end, f.text, f.kind, f.head, f.title) for f in find_names(text, lone=lone)
        ]
        assert rows == name_rows(text, lone=lone)


def test_a_lone_word_that_missed_is_matched_again_once_a_name_is_indexed() -> None:
    reg = identity._Registry("Quill spoke. Later Ada Quill arrived.")
    assert reg._match_lone("Zed", 0) is None
    added = reg._entity_for_name(
        Found(start=20, end=27, text="Ada Zed", kind=PhraseKind.NAME, head="Ada Zed")
    )
    assert reg._match_lone("Zed", 30) is added


# Text around a noun's introductions: names before and after the noun, appositions,
# verbs of office, and the barriers a match never crosses (digits, quote marks, line
# breaks, ;:()!?), cut anywhere by windows that move on, mostly forward.
_INTRO_PIECES = st.sampled_from(
    ["the mayor ", "Mayor ", "mayor Ana Ruiz ", "Ana Ruiz", ", the mayor", ", a city mayor ",
     "Bo Lee was named as mayor", " served as the mayor", "MAYOR Bo ", "ex-mayor Bo ",
     '"plan 3" ', "7", "\n", ";", ":", "(", ")", "!", "?", "“", "”", ", ", " ", ".", "Jr.",
     "called it ", "O'Neil ", "x" * 9, " was elected mayor", " re-elected as the mayor",
     "the mayor-elect "]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_INTRO_PIECES, max_size=60).map("".join),
    st.lists(st.integers(-30, 60), min_size=1, max_size=40),
    st.integers(1, 120),
    st.sampled_from(["mayor", "mayor-elect"]),  # each shape of introduction pattern
)
@example('mayor Ana Ruiz "1" the mayor "2" ', [20, 13], 400, "mayor")
@example(
    "Ana Ruiz 1, the mayor 2 x", [22, 3], 400, "mayor"
)  # a match past the last barrier, then not
@example("7 mayor Ana Ruiz 8", [16, 2], 400, "mayor")  # the name cut by the first window's end
@example(
    '"x" Bo Lee was named as mayor"y" ', [1, 33], 1, "mayor"
)  # a window past all that was kept
@example("xx Ana Ruiz, the mayor 7", [24], 400, "mayor")  # the comma inside a match is no barrier
@example("Mayor Ana Ruiz (7) Bo Lee, a city mayor ", [40, -4], 400, "mayor")
@example("Ana Lee 7 Ana Lee was elected mayor; the mayor-elect", [40, 12], 400, "mayor-elect")
def test_an_introduction_read_past_the_last_window_is_the_whole_windows_last(
    text: str, steps: list[int], reach: int, head: str
) -> None:
    # _last_match_carried against finditer's last match over each window whole.
    pattern, _hint = identity._introduction_pattern(head)  # type: ignore[misc]
    kept: dict[Any, Any] = {}
    end = 0
    for step in steps:
        end = max(0, min(len(text), end + step))
        lo = max(0, end - reach)
        whole = None
        for m in pattern.finditer(text, lo, end):
            whole = m
        got = identity._last_match_carried(pattern, text, lo, end, kept)
        assert (got and (got.span(), got.groups())) == (whole and (whole.span(), whole.groups()))
