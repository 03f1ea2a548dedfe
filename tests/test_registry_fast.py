"""The name registry's shortcuts give what the plain paths give.

``identity._Registry`` skips work that cannot change its answer: a lone word
that matched nobody is not matched again until something new is indexed, the
words before a name are split only when the word right before it is a title
word, a name that opens its sentence is a subject without reading on, and a
role phrase after a name is judged once per spelling. Each test below runs the
plain path beside the shortcut on generated text full of names, titles, roles
and sentence openers.
"""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.lexicons import load, rows
from quoteverify.model import SpeakerKind
from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind, find_names, honorific, name_rows

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


_PEOPLE = {"people", "men", "women"}


def _plain_title_before(reg: identity._Registry, f: Found) -> list[str]:
    words = reg.text[max(0, f.start - 50) : f.start].split()
    titles: list[str] = []
    while words:
        w = words[-1]
        if w.strip(",.").lower() in identity._title_words():
            titles.insert(0, w.strip(","))
            words.pop()
            continue
        # "chief of staff Ana Ruiz": a role, "of" and one to three lower-case words
        # that are no role, read whole (offices.read_office, Shape.LOWER)
        for n in (3, 4, 5):
            office = [x.strip(",") for x in words[-n:]]
            roles = load("role_nouns")
            plurals = {r + "s" for r in roles} | {r[:-1] + "ies" for r in roles}
            plurals |= {r[:-3] + "men" for r in roles if r.endswith("man")}
            rest = office[2:]
            not_nouns = load("stopwords") | load("auxiliaries") | load("past_forms")
            not_nouns |= {r["cue"] for r in rows("cue_verbs") if r["cue"] != r["lemma"]}
            not_nouns |= roles | plurals | _PEOPLE
            if (
                len(words) >= n
                and office[1] == "of"
                and office[0].lower() in (roles | load("titles")) - load("relational_heads")
                and all(
                    x.isalpha() and x.islower() and x not in not_nouns and not x.endswith("ed")
                    for x in rest
                )
            ):
                titles[:0] = office
                del words[-n:]
                break
        else:
            break
    return titles


def _plain_is_subject(reg: identity._Registry, f: Found) -> bool:
    text = reg.text
    lead = text[max(0, f.start - 6) : f.start]
    stripped = lead.rstrip()
    at_start = f.start == 0 or not stripped or stripped[-1] in '.!?:"”' or "\n" in lead
    # "But Ana Ruiz said": a name after a capitalised connective (one space between)
    # that opens its sentence or line opens the sentence too.
    prior = text[: f.start]
    if prior.endswith(" ") and not at_start:
        prior = prior[:-1]
        i = len(prior)
        while i > 0 and prior[i - 1].isalpha():
            i -= 1
        word = prior[i:]
        if (
            word[:1].isupper()
            and word[1:].islower()
            and word.lower() in load("connectives")
            and prior[i - 1 : i] not in ("'", "’")
        ):
            ahead = prior[max(0, i - 6) : i].rstrip(" ")
            at_start = not ahead or ahead[-1] in '.!?:"”\n'
    words = text[f.end : f.end + 25].split()
    first = words[0].strip(".,;:!?") if words else ""
    verbish = (
        first.isalpha()
        and first.islower()
        and (
            first in load("cue_verbs")
            or first.endswith(("ed", "s"))
            or first in load("irregular_pasts")
            # "Green candidate Ana Ruiz lost": a past form not in -ed after a name
            # that only capitalised words and role nouns open the sentence before
            or (first in load("past_forms") and _plain_opens_with_titles(text, f.start))
        )
    )
    if at_start:
        # "Roe spokesman Ed Hale said": a name that only says whose role the next name
        # holds is not the subject (identity._names_owner_of_role, tested on its own).
        return not identity._names_owner_of_role(text, f.end)
    if _plain_inverted(text, f.start):
        # "Among the dead was Ana Ruiz": the subject after its verb, unless the name only
        # owns it ("Among the dead was Kim's son": the son)
        return not text.startswith(("'s", "’s"), f.end)
    auxiliary = first in load("auxiliaries")
    if not verbish and not auxiliary:
        return False
    before = stripped.rsplit(None, 1)[-1] if stripped else ""
    words_before = text[: f.start].split()
    if before.isalpha() and before.islower() and before not in load("clause_conjunctions"):
        before = words_before[-1]  # the whole word, not the tail that the lead holds
    if before in identity._title_words():
        # "Health minister Ana Ruiz praised": the title words are the name's phrase;
        # the word before them (or the sentence start) decides, read as _subject_at
        # reads them, in the 80 characters before the name.
        phrase = text[max(0, f.start - 80) : f.start].split()
        k = len(phrase)
        # (back over capitalised words, but not past one that ends a sentence, as
        # _subject_at reads them: "... for Obama. McConnell aide Ed Hale said", nor
        # past one that ends a phrase before a comma: "In Ely, farmer Ed Hale said")
        while k > 0 and (
            phrase[k - 1] in identity._title_words()
            or (phrase[k - 1][:1].isupper() and phrase[k - 1][-1:] not in '.!?:"”,')
        ):
            k -= 1
        if k == 0 or phrase[k - 1][-1:] in '.!?:"”':
            return True
        # "Civil defence chief Ana Ruiz told": up to three modifiers before the title
        # words, back to a capitalised word that opens the sentence.
        j = k
        while j > max(0, k - 3) and identity._modifier_word(phrase[j - 1]):
            j -= 1
        if j < k and phrase[j][:1].isupper() and (j == 0 or phrase[j - 1][-1:] in '.!?:"”'):
            return True
        if j < k and j > 0 and phrase[j - 1].endswith(","):
            return True  # "In Ely, local farmer Ed Hale said": the run opens after a comma
        before = phrase[k - 1]
    if not verbish:
        # "Assistant coach Ana Ruiz will": before a modal or an auxiliary, only a
        # title phrase that opens the sentence (above) makes the name its subject.
        return False
    return not (
        before.isalpha()
        and before.islower()
        and before not in load("clause_conjunctions")
        and not _plain_unmarked_clause(text, f.start)
    )


def _plain_opens_with_titles(text: str, start: int) -> bool:
    # Only capitalised words and role nouns between the sentence's start (or a
    # comma), read back at most 80 characters, and the name.
    opening = max(text.rfind(c, 0, start) for c in ".!?\n,")
    if opening < start - 80 and start > 80:
        return False
    for printed in text[opening + 1 : start].split():
        word = printed.strip(",;:'’\"“”()")
        if word and not word[:1].isupper() and word.lower() not in load("role_nouns"):
            return False
    return True


def _plain_inverted(text: str, start: int) -> bool:
    # "Among the strikers is Ana Ruiz": the sentence (read back at most 200
    # characters to its opening) opens on "Among" and the name follows a form of "be".
    before = text[max(0, start - 200) : start].split()
    if not before or before[-1] not in load("passive_auxiliaries"):
        return False
    opening = max(text.rfind(c, 0, start) for c in ".!?\n")
    if opening < start - 200 and start > 200:
        return False
    words = text[opening + 1 : start].lstrip(' "“”').split(None, 1)
    return bool(words) and words[0] == "Among"


def _plain_unmarked_clause(text: str, start: int) -> bool:
    # "Aides say Ana Ruiz praised": a cue verb with no object (read in the 16
    # characters before the name) opens a clause, unless it is set after a comma or
    # a quote (identity._after_inverted_cue, tested on its own) or the name opens on
    # an office ("state Rep. Ana Ruiz").
    window = text[max(0, start - 16) : start]
    tokens = window.split()
    verbs = {w for w in identity.select("cue_verbs", object=False) if w.isalpha()}
    if not window.endswith(" ") or not tokens or tokens[-1] not in verbs:
        return False
    if identity._after_inverted_cue(text, start):
        return False
    first = (text[start : start + 16].split() or [""])[0]
    return not (first.strip(".").lower() in identity._title_words() and not honorific(first))


@settings(max_examples=300)
@given(text=_TEXTS)
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
def test_context_shortcuts_give_the_plain_answers(text: str) -> None:
    reg = identity._Registry("")
    reg.text = text
    for f in find_names(text, lone=True):
        entity = identity._Entity(name=f.head, kind=SpeakerKind.PERSON)
        if not f.title:  # as the registry asks it: only for a name without a title
            reg._title_words_before(f.start, entity)
        plain = _plain_title_before(reg, f)
        # The walk's words are stored as one title, which add_title may split (a
        # style after an office, "President Mr": each a title of its own).
        expected = identity._Entity(name=f.head, kind=SpeakerKind.PERSON)
        if plain and not f.title:
            expected.add_title(" ".join(plain))
        assert entity.titles == expected.titles
        assert identity._subject_at(reg.text, f.start, f.end) == _plain_is_subject(reg, f)


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
