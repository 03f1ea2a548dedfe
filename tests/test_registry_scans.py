"""The registry's article-wide readers that replaced a scan give the scan's answers.

Each index stands beside the plain computation it replaced, on generated text:
the company nouns' places and the descriptions after a name found by ``str.find``
(not by a pattern tried at every character), and the names printed before a
person's role read in one pass (not one scan of the text per name).
"""

from __future__ import annotations

import re
import sys

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.lexicons import load
from quoteverify.speakers import identity, mentions

_COMPANY_PIECES = [
    "Vela", "Lumo", "company", "Company", "COMPANY", "firm", "FiRm", "maker", "carmaker",
    "Carmaker", "start-up", "startup", "brand", "drugmaker", "xfirm", "-firm", "firms",
    ",", ", ", " ", "\n", "  ", "a", "the", " is ", " was ", " said in a ", " said in an ",
    "statement", "Danish", "that", ".", "ſ", "\u212a", "\u0130", "é", "’", "Ñu", "start",
    "-up", "make",
]  # fmt: skip
_COMPANY_TEXTS = st.lists(st.sampled_from(_COMPANY_PIECES), max_size=30).map("".join)


@settings(max_examples=500)
@given(text=_COMPANY_TEXTS)
@example(text="The carmaker Vela")  # a noun inside a longer one
@example(text="a \u212aompany Vela")  # a sign that folds to "k"
@example(text="a firm, Vela; the \u0130 firm Lumo")  # lower-casing lengthens the text
@example(text="Vela, a Danish firm, and Lumo is the start-up.")
def test_company_places_are_the_pattern_s(text: str) -> None:
    noun_ends = [m.span() for m in identity._COMPANY_NOUN_END.finditer(text)]
    assert [m.span() for m in identity._company_noun_ends(text)] == noun_ends
    afters = [m.span() for m in identity._COMPANY_AFTER.finditer(text, overlapped=True)]
    assert [m.span() for m in identity._company_afters(text)] == afters


def test_company_names_from_the_places() -> None:
    text = "The drugmaker Zelpha grew. Vela said in a statement it agreed. Lumo, a firm, fell."
    assert identity._company_names(text) >= {"Zelpha", "Vela", "Lumo"}
    # A noun inside a longer word opens no name.
    assert "Orra" not in identity._company_names("The xfirm Orra grew.")


def test_the_characters_that_fold_to_the_company_nouns_letters_are_listed() -> None:
    # Every character beyond ASCII that a case-blind pattern matches to a letter of
    # a company noun either lower-cases to that letter or is listed, so that the
    # lower-cased text shows every place the pattern may match.
    letters = sorted(set("".join(identity._COMPANY_NOUN_WORDS)) - {"-"})
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    folds = set(regex.findall("(?i)[" + "".join(letters) + "]", every))
    assert {c for c in folds if c.lower() not in letters} <= set(identity._FOLDS_TO_ASCII)


_ROLE_PIECES = [
    "Okonkwo", "Lumo", "Ana", "X2", "O'Neil", "Hale-Lee", ", ", ",", " ", "the", "The",
    "its", "a", "chief", "executive", "founder", "app", "spokesman", ".", ";", "\n",
    "people", "On", "2", "-",
]  # fmt: skip


@settings(max_examples=400)
@given(
    words=st.lists(st.sampled_from(_ROLE_PIECES), max_size=24), asked=st.sampled_from(_ROLE_PIECES)
)
@example(
    words=["Ana", " ", "Okonkwo", ", ", "the", " ", "chief", " ", "executive"], asked="Okonkwo"
)
@example(words=["X2", "Lumo", ", ", "its", " ", "founder"], asked="Lumo")  # a digit before
@example(words=["-", "Lumo", ", ", "its", " ", "founder"], asked="-Lumo")
def test_names_with_role_are_the_plain_scan_s(words: list[str], asked: str) -> None:
    text = "".join(words)
    registry = identity._Registry(text)
    for name in {asked, *text.split()}:
        assert registry._named_with_role(name) == identity._named_with_role_in(text, name)


def test_names_with_role_examples() -> None:
    text = (
        "Dana Okonkwo, the chief executive, spoke. On Lumo, people post. Vela, its founder, said."
    )
    registry = identity._Registry(text)
    assert registry._named_with_role("Okonkwo") and registry._named_with_role("Vela")
    assert not registry._named_with_role("Lumo")
    assert registry._named_with_role("Dana Okonkwo")  # spaced: read by the plain scan


def _plain_names_with_role(text: str) -> frozenset[str]:
    """The names before a role read at every comma of the text, for the property below."""
    names: set[str] = set()
    comma = text.find(", ")
    while comma >= 0:
        if identity._role_apposed(text, comma):
            for start in range(text.rfind(" ", 0, comma) + 1, comma):
                if start == 0 or not text[start - 1].isalnum():
                    names.add(text[start:comma])
        comma = text.find(", ", comma + 1)
    return frozenset(names)


_COMMA_PIECES = [
    *_ROLE_PIECES, "THE", "Its", "its,", "the.", "their", "these", "an", "and", "A", "ITS;",
    "\u2003", "\u00a0", "\t", " " * 50, "founders", "\u212a", "one", "Two",
]  # fmt: skip


@settings(max_examples=500)
@given(words=st.lists(st.sampled_from(_COMMA_PIECES), max_size=30))
@example(words=["Lumo", ", ", "THE", " ", "founder"])  # upper case
@example(words=["Lumo", ", ", "\u2003", "its", " ", "founder"])  # white space beyond ASCII
@example(words=["Lumo", ", ", " " * 50, "the", " ", "founder"])  # the window's end
@example(words=["Lumo", ", ", "its,", " ", "founder"])  # punctuation cut off
def test_names_with_role_read_at_determiner_commas_are_every_comma_s(words: list[str]) -> None:
    text = "".join(words)
    assert identity._names_with_role(text) == _plain_names_with_role(text)
    read = {m.start() for m in identity._determiner_after_comma().finditer(text)}
    commas = [i for i in range(len(text)) if text.startswith(", ", i)]
    assert {c for c in commas if identity._role_apposed(text, c)} <= read


def test_determiner_commas_skip_most_commas() -> None:
    text = "Vela, its founder, said. Rain, and wind, fell, the app, then Ana, thereby."
    read = [text[m.start() + 2 :][:6] for m in identity._determiner_after_comma().finditer(text)]
    assert read == ["its fo", "the ap"]


def test_re_white_space_is_str_isspace() -> None:
    # The comma filter reads white space as re's \s; _words_after_comma as str.split.
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(re.findall(r"\s", every)) == {c for c in every if c.isspace()}


def test_every_character_lower_casing_to_a_determiner_letter_is_read_case_blind() -> None:
    letters = set("".join(identity._DESCRIPTOR_DETERMINERS))
    every = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for c in every:
        low = c.lower()
        if len(low) == 1 and low in letters:
            assert re.fullmatch(low, c, re.IGNORECASE), hex(ord(c))


def _plain_is_role_phrase(phrase: str) -> bool:
    """The role test as it read each word apart, for the property below."""
    leaders = load("leader_roles")
    low = identity._norm(phrase)
    leader = any(w in leaders for w in low.split()) or any(
        r in low for r in identity._leader_phrases()
    )
    return leader or any(w.lower() in identity._role_or_title_words() for w in phrase.split(" "))


_PHRASE_WORDS = [
    "the", "Chief", "executive", "PRIME", "minister", "head", "of", "state", "firm",
    "Mayor", "app", "İ", "Spokesman", " ", "\u00a0", "\n", "prime minister", "ſenator",
]  # fmt: skip


@settings(max_examples=400)
@given(words=st.lists(st.sampled_from(_PHRASE_WORDS), max_size=8))
@example(words=["the", " ", "Prime", " ", "Minister"])
@example(words=["a", " ", "MAYOR"])
def test_role_phrase_test_is_the_word_by_word_test(words: list[str]) -> None:
    phrase = "".join(words)
    assert identity._is_role_phrase(phrase) == _plain_is_role_phrase(phrase)


def test_no_character_lower_cases_to_a_space() -> None:
    # _is_role_phrase lower-cases the phrase before splitting it at spaces.
    every = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert [c for c in every if c != " " and " " in c.lower()] == []


def _plain_month_before_name(text: str, at: int, name: str) -> int:
    """The month test as it read every word of the name, for the property below."""
    words = re.findall(r"\S+", name)
    if len(words) < 2 or words[0].lower() not in mentions._MONTHS:
        return 0
    if (
        mentions._MONTH_PREPOSITION.search(text, max(0, at - mentions._MONTH_LEAD_REACH), at)
        is None
    ):
        return 0
    return name.index(words[1], len(words[0]))


_MONTH_PIECES = [
    "In", "in", "since", "Last", "March", "MARCH", "June", "Ruiz", "Ana", "Lee", " ", "  ",
    "\u2003", "\n", "by", "a", "song", "\u212a", "May",
]  # fmt: skip


@settings(max_examples=400)
@given(
    before=st.lists(st.sampled_from(_MONTH_PIECES), max_size=6).map("".join),
    name=st.lists(st.sampled_from(_MONTH_PIECES), max_size=6).map("".join),
)
@example(before="In ", name="March Ruiz")
@example(before="since ", name="June\u2003Lee Ana")
def test_month_before_name_is_the_word_by_word_test(before: str, name: str) -> None:
    text = before + name + " moved"
    assert mentions._month_before_name(text, len(before), name) == _plain_month_before_name(
        text, len(before), name
    )
