"""The one-pass index of names an article calls a company (identity._company_names)
against the per-name scan it replaced: the same answer for every capitalised name."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers.identity import _COMPANY_AFTER, _COMPANY_BEFORE, _company_names


def _called_a_company(text: str, name: str) -> bool:
    """The per-name scan of the base (reference oracle only): one search of the whole
    text for each name asked about."""
    word = regex.compile(rf"(?<![\p{{L}}\-]){regex.escape(name)}(?![\p{{L}}\-])")
    for m in word.finditer(text):
        if _COMPANY_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            return True
        if _COMPANY_AFTER.match(text, m.end()):
            return True
    return False


_NAMES = ("Zentrix", "Lumo", "Velnor", "Quillo", "O'Barr", "Zen-Lumo", "Lumo's")
_PIECES = (
    *_NAMES,
    *("firm", "company", "start-up", "carmaker", "a", "an", "the", "is", "was", "Danish"),
    *("said", "in", "statement", "release", "that", "who", "spokesman", "fell", "Firm"),
    *(" ", " ", " ", ", ", ". ", "\n", " \n", ",", ";", ")", "(", "'s", "-", "."),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_index_and_the_per_name_scan_agree(pieces: list[str]) -> None:
    text = "".join(
        p if not p[:1].isalpha() or i == 0 or pieces[i - 1][-1:] in " \n(" else " " + p
        for i, p in enumerate(pieces)
    )
    index = _company_names(text)
    asked = set(_NAMES) | {n for n in index if " " not in n}
    for name in asked:
        if name[:1].isupper():
            assert (name in index) == _called_a_company(text, name), (text, name)


def test_fixed_sentences() -> None:
    # after a company noun, in apposition, after "is", quoted in a statement
    text = (
        "Shares of the carmaker Velnor rose. Zentrix, a Danish firm, fell. Orlo is "
        "a start-up that hires. Quillo said in a statement it would appeal. Roe, a "
        "company spokesman, said nothing."
    )
    index = _company_names(text)
    for name in ("Velnor", "Zentrix", "Orlo", "Quillo"):
        assert name in index and _called_a_company(text, name)
    assert "Roe" not in index and not _called_a_company(text, "Roe")
    # a line break after the noun's space still ends its phrase (as "$" allowed)
    assert "Lumo" in _company_names("the firm \nLumo grew") and _called_a_company(
        "the firm \nLumo grew", "Lumo"
    )
