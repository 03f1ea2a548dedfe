"""The after-quote row settled by the first word after a quote (``_opens_no_speaker``).

After a quote, commas and spaces, then a stop word in lower case that no reading of
``_after_adjacent`` starts from (*and*, *for*, *because*), or a quote mark, a bracket
or a stop (a token of its own that no phrase or cue starts with): the row's answer is
``None`` whatever follows, so ``Site.after_adjacent`` gives it without the window's
sentence end, tokens or phrase readings. The properties draw such a word after
quotes of several endings, then words that would give a speaker in its place, and
compare with the full reading.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import attribution

from .test_shared_readings import _sites

_OPENERS = sorted(attribution._no_speaker_openers())
_MARKS = ['"', "“", "”", "‘", "’", "'", "(", ".", ";", "?", "!"]
_QUOTES = st.sampled_from(
    ['"We won,"', '"We won."', '"We won?"', "“We won”", '"We won!"', "“We won,”"]
)
_LEADS = st.sampled_from([" ", ", ", " , ", ",  ", "  "])
_AFTER = st.sampled_from(
    [
        "Ana Roe said.",
        "said Ana Roe.",
        "the mayor said",
        "was Ann's reply.",
        "- Ana Roe",
        ": Ana Roe",
        "she said",
        "Ana Roe, 30, of Dover, said",
        "droned Ana",
        '"Next," he said.',
        "according to Ana Roe.",
        "told reporters",
        "Dr. Ana Roe of the Audit Office said.",
        "so.\n\nAna Roe said.",
        ", then",
    ]
)


def _settled(site: attribution.Site) -> bool:
    """True when ``Site.after_adjacent`` answers from the first word alone."""
    return not site.blank_after(site.hi) and attribution._opens_no_speaker(
        site.ctx.text, site.end, site.hi
    )


@settings(max_examples=400, deadline=None)
@given(
    _QUOTES, _LEADS, st.sampled_from(_OPENERS + _MARKS), st.lists(_AFTER, min_size=1, max_size=4)
)
@example('"We won,"', " ", "and", ["Ana Roe said."])
@example('"We won."', ", ", "because", ["said Ana Roe."])
@example("“We won,”", " ", "who", ["was Ann's reply."])
@example('"We won,"', " ", "“", ["Ana Roe said."])
@example('"We won,"', ", ", "(", ["said Ana Roe."])
def test_the_first_word_settles_the_full_reading(
    quote: str, lead: str, word: str, after: list[str]
) -> None:
    text = f"{quote}{lead}{word} {' '.join(after)}"
    sites = _sites(text)
    assert _settled(sites[0])  # the drawn shape is one the early answer covers
    for site in sites:
        if _settled(site):
            assert attribution._after_adjacent(site.q, site.ctx, site.hi) is None
            assert site.after_adjacent() is None


_PIECES = st.sampled_from(
    [
        '"We won," ',
        "“Not yet.” ",
        "and ",
        "for ",
        "said ",
        "Ana Roe ",
        "she ",
        "the mayor ",
        ", ",
        ". ",
        "- ",
        "\n\n",
        "and-",
        "And ",
        "don't ",
        "(",
        "“",
        "'",
        ":",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
@example('"We won," and-Roe said.')
@example('"We won," And Ana Roe said.')
@example('"We won," : Ana Roe said.')  # the colon's row names Ana Roe
@example('"We won," - Ana Roe')  # the dash's row names Ana Roe
def test_every_quote_gets_the_full_reading(text: str) -> None:
    for site in _sites(text):
        if not site.blank_after(site.hi):
            assert site.after_adjacent() == attribution._after_adjacent(site.q, site.ctx, site.hi)


@pytest.mark.parametrize("word", _OPENERS + _MARKS)
def test_each_opener_gives_no_speaker_before_a_name_and_cue(word: str) -> None:
    for after in ("Ana Roe said.", "said Ana Roe.", "the mayor said."):
        (site, *_) = _sites(f'"We won," {word} {after}')
        assert _settled(site)
        assert attribution._after_adjacent(site.q, site.ctx, site.hi) is None


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        ('"We won," and Ana Roe left.', True),
        ('"We won", , for now.', True),
        ('"We won," (and Ana Roe left).', True),
        ('"We won," “Next,” Ana Roe said.', True),
        ('"We won," said Ana Roe.', False),  # a cue
        ('"We won," she said.', False),  # a pronoun
        ('"We won," And Ana Roe left.', False),  # a capital
        ('"We won," - and Ana Roe left.', False),  # a dash before the word
        ('"We won," and-Roe said.', False),  # the word runs on into a hyphen
        ('"We won," and', False),  # no space after it (the text ends)
        ('"We won,"and Ana Roe left.', False),  # no space before it
        ('"We won," : Ana Roe', False),  # a colon (a row reads the name after it)
        ('"We won," / Ana Roe', False),  # another character
        ('"We won,"' + " " * 80 + "and so on.", False),  # past the 80 characters read
    ],
)
def test_which_first_words_settle_the_row(text: str, settled: bool) -> None:
    (site, *_) = _sites(text)
    assert _settled(site) is settled


def test_a_settled_quote_reads_no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    (site, *_) = _sites('"We won," and for a while Ana Roe said nothing.')

    def full(*args: object, **kwargs: object) -> None:
        raise AssertionError("the full reading was asked")

    monkeypatch.setattr(attribution, "_after_adjacent", full)
    monkeypatch.setattr(attribution, "_after_stop", full)
    assert site.after_adjacent() is None


def test_the_cue_after_a_quote_is_still_read() -> None:
    (site, *_) = _sites('"We won," said Ana Roe.')
    found = site.after_adjacent()
    assert found is not None and found.mention is not None
    assert found.mention.text == "Ana Roe"
