"""Answers the rule table's rows give without reading what cannot change them.

Five shortcuts of ``speakers/attribution.py``, each with the claim it rests on and
the rows' answers compared with the long way round:

- ``Site.blank_after`` and ``Site.blank_before``: white space starts no token, so a
  window that holds nothing else has no token, and the rows that read only such a
  window (the cue right after a quote, the cue later in its sentence, the sentence
  before it) find nothing there;
- ``Site.ran``: the ``document-author`` row runs the rows after it, and when it finds
  nothing of its own, their answer is the table's, taken without asking each row again;
- ``_dash_leads``: after a quote that closes its sentence, the after-quote row can
  only take a name after a dash, and a dash that no letter, digit or other
  punctuation comes before is looked for first (else no window is read);
- ``_clause_comma_after``: the cue-closes-sentence row takes a cue later in the
  quote's sentence only after a comma at most four words before it; with no comma in
  that sentence, nor one in the quote's last words, the row is settled without
  reading the sentence (``Site.later``);
- the transcript row's pattern needs a colon inside its window, looked for first;
  the poll row's digit is searched in place, not in a copy of the text.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.model import Quote
from quoteverify.speakers import attribution, documents
from quoteverify.speakers.rules import RULES, fired
from quoteverify.text.layer import Token, tokenize
from quoteverify.text.spans import extract_with_paragraphs

# Pieces with quotes that close their paragraph and open it, cues on either side, and
# characters a window may hold that are white space to one reading and not another:
# U+001C to U+001F (a token, though ``str.isspace`` says space), NUL and format
# characters (no token, not white space), the no-break space, U+2028 and U+3000.
_PIECES = st.sampled_from(
    [
        '"We won," ',
        "“Not yet.”",
        "‘one’",
        "Ana Roe said ",
        "she said. ",
        "Lee Park replied: ",
        "a report by the Audit Office said ",
        "WALLACE: ",
        "It was Ana Roe who spoke. ",
        "— Tom Hale",
        " and then ",
        "\n\n",
        "\n",
        " ",
        "\t",
        "\xa0",
        "\u2028",
        "\u3000",
        "\x1c",
        "\x1f",
        "\x00",
        "\u200d",
        "\u200f",
        ", ",
        ".",
        ":",
        "He called it “a loss.” ",
        " - Ana Roe",
        "\u0301",
        "--",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)


def _read(text: str) -> tuple[attribution._Context, list[Quote], list[tuple[int, int]]]:
    """The context attribution makes for ``text``, with its quotes and paragraphs."""
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    quotes = list(extraction.quotes)
    return attribution._Context(text, quotes, paras), quotes, paras


def _sites(text: str) -> list[attribution.Site]:
    """One ``Site`` per quote of ``text``, as ``attribute_rows`` makes it (no budget)."""
    ctx, quotes, _paras = _read(text)
    return [
        attribution.Site(q, ctx, ctx.para_of(ctx.quote_starts[i]), quotes, None, idx=i)
        for i, q in enumerate(quotes)
    ]


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example('"a"\x1c')
@example('x \u2028"a"\u3000\xa0')
def test_a_blank_window_holds_no_token(text: str) -> None:
    for site in _sites(text):
        ctx = site.ctx
        for hi in {site.hi, site.end_para[1], len(text)}:
            if site.blank_after(hi):
                assert ctx.layer.tokens(site.end, max(site.end, hi)) == [], hi
        if site.blank_before():
            assert ctx.layer.tokens(site.lo, max(site.lo, site.start)) == []


def test_a_character_that_str_calls_space_is_read_as_a_token() -> None:
    # U+001C is white space to str.isspace, and a token to tokenize: not blank.
    text = 'Ana said "yes"\x1c'
    (site,) = _sites(text)
    assert [t.text for t in site.ctx.layer.tokens(site.end, len(text))] == ["\x1c"]
    assert not site.blank_after(len(text))
    assert site.blank_after(site.end)  # an empty window


def test_a_quote_that_closes_its_paragraph_reads_no_window_after_it() -> None:
    text = '"We won," Ana Roe said. "It was close."\n\nLee Park left.'
    sites = _sites(text)
    assert not sites[0].blank_after(sites[0].hi)
    assert sites[1].blank_after(sites[1].hi)
    assert sites[1].after_adjacent() is None and sites[1].later() is None
    assert not sites[1].blank_before()


def test_a_short_cue_that_closes_the_paragraph_is_still_read() -> None:
    # Only a space stands right after the quote: the words after it are read.
    text = 'Lee Park spoke. "It is a plan," Roe said.'
    (site,) = _sites(text)
    assert not site.blank_after(site.end_para[1])
    later = site.later()
    assert later is not None and later.mention is not None and later.mention.text == "Roe"
    after = site.after_adjacent()
    assert after is not None and after.mention is not None and after.mention.text == "Roe"


def test_a_quote_that_opens_its_paragraph_has_no_sentence_before_it() -> None:
    text = 'Ana Roe spoke first.\n\n \u3000"We will try again," she said.'
    (site,) = _sites(text)
    assert site.blank_before()
    assert site.before_tokens() == []


def _rows(text: str) -> list[tuple[str | None, attribution.Attribution]]:
    _ctx, quotes, paras = _read(text)
    got = attribution.attribute_rows(text, quotes, paras, budget=16)
    return [(rule.name if rule is not None else None, found) for rule, found in got]


def _long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every shortcut off: each window read, each row asked in turn."""
    monkeypatch.setattr(attribution.Site, "blank_after", lambda self, hi: False)
    monkeypatch.setattr(attribution.Site, "blank_before", lambda self: False)
    monkeypatch.setattr(attribution, "_after_first", lambda rows: None)
    monkeypatch.setattr(attribution, "_dash_leads", lambda text, end, hi: True)
    monkeypatch.setattr(attribution, "_clause_comma_after", lambda site: True)
    monkeypatch.setattr(attribution, "_may_front", lambda site: True)


_NEWS = [
    (
        '"We won," Ana Roe said. "It was close."\n\n"Nobody expected it."\n\n'
        "Lee Park replied: “Not me.”\n\n"
        "“Costs rose,” said a report by the Audit Office. “Every region.”\n\n"
        'WALLACE: "Governor?"\n\n"It is late." It was Tom Hale who spoke.'
    ),
    "The film “Deep Water” opened.\n\n“We will see,” she said.\n\n“Then ‘yes’ came.”",
]


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """Each quote's row and the words of its speaker mention."""
    return [(name, f.mention and f.mention.text) for name, f in _rows(text)]


def test_the_rows_name_the_speakers() -> None:
    assert _speakers(_NEWS[0]) == [
        ("after-quote", "Ana Roe"),
        ("continuation", "Ana Roe"),
        ("continuation", "Ana Roe"),
        ("lead-in", "Lee Park"),
        ("document-author", "the Audit Office"),
        ("continuation", "the Audit Office"),
        ("lead-in", "WALLACE"),
        ("cleft-after", "Tom Hale"),
    ]
    # (A title has no speaker, nor a word quoted inside a quote.)
    assert _speakers(_NEWS[1]) == [
        (None, None),
        ("after-quote", "she"),
        ("continuation", "she"),
        (None, None),
    ]


@pytest.mark.parametrize("text", _NEWS)
def test_the_rows_answer_as_the_long_way_round(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _rows(text)
    _long_way(monkeypatch)
    assert _rows(text) == kept


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example('"We won," Ana Roe said. "It was close."\n\n"a"\x1c "b" she said.')
def test_attribution_is_the_same_the_long_way_round(text: str) -> None:
    kept = _rows(text)
    with pytest.MonkeyPatch.context() as patch:
        _long_way(patch)
        assert _rows(text) == kept


def test_the_rows_after_document_author_are_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A quote that only the continuation row attributes: document-author runs every row
    # above it once; the table then takes that run's answer without asking them again.
    text = '"We won," Ana Roe said. "It was close."'
    asked: Counter[str] = Counter()
    find = attribution.Site.find

    def counted(self: attribution.Site, rule: attribution.Rule) -> attribution.Attribution | None:
        asked[rule.name] += 1
        return find(self, rule)

    monkeypatch.setattr(attribution.Site, "find", counted)
    _ctx, quotes, paras = _read(text)
    rows = attribution.attribute_rows(text, quotes, paras)
    assert rows[1][0] is not None and rows[1][0].name == "continuation"
    assert RULES[0].name == "document-author"
    assert max(asked.values()) == 2  # each row once per quote, for two quotes


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 90))
@example("Ana Roe: “No.”", 0, 80)
def test_the_name_colon_patterns_need_a_colon_in_their_window(
    text: str, start: int, size: int
) -> None:
    # The transcript row and the headline row match a name before a colon that their
    # lookahead reads within the window: with no colon there, neither matches.
    start = min(start, len(text))
    end = min(len(text), start + size)
    if text.find(":", start, end) < 0:
        assert attribution._TRANSCRIPT_SPEAKER.match(text, start, end) is None
        assert attribution._HEADLINE_SPEAKER.match(text, start, end) is None


def test_a_headline_name_whose_colon_ends_the_window_is_found() -> None:
    # The headline row reads the paragraph's first 80 characters, or up to the quote.
    text = "Ana Roe: “No.”"
    (site,) = _sites(text)
    found = attribution._headline_speaker(site.q, site.ctx, site.para)
    assert found is not None and found.mention is not None
    assert found.mention.text == "Ana Roe"


def test_a_quote_past_the_budget_after_spaces_has_no_sentence_before_it() -> None:
    # Past the budget a quote's rows read back to where the quote before it ends: only
    # spaces stand there, so the window before it is blank (its paragraph's start is
    # far behind it).
    text = "Lee Park listed " + " \xa0".join(f'"item {i}"' for i in range(20)) + "."
    ctx, quotes, _paras = _read(text)
    idx = 18
    para = ctx.para_of(ctx.quote_starts[idx])
    site = attribution.Site(quotes[idx], ctx, para, quotes, None, idx=idx)
    site.lo, site.hi = attribution._gap_bounds(ctx, quotes, idx, para)
    assert site.lo > para[0] and text[site.lo : site.start] == " \xa0"
    assert site.blank_before()
    assert site.before_tokens() == []


def test_a_transcript_name_whose_colon_ends_the_window_is_found() -> None:
    # The pattern reads the name, its colon and the space after it within the first
    # 40 characters of the quote: here the colon is the 39th, the space the 40th.
    name = "ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGHIJK"
    text = f'"{name}: we are here."'
    (site,) = _sites(text)
    found = attribution._transcript_speaker(site.q, site.ctx)
    assert found is not None and found.mention is not None
    assert found.mention.text == name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab 1٣\n.", max_size=30), st.integers(-5, 35), st.integers(-5, 35))
def test_a_digit_searched_in_place_is_the_one_in_the_slice(text: str, a: int, b: int) -> None:
    # poll_of looks for a share's digit within [start, end) of the text, not in a copy.
    a = max(0, a)
    found = documents._DIGIT.search(text, a, b) is not None
    assert found == (documents._DIGIT.search(text[a:b]) is not None)


def test_a_share_of_a_poll_speaks_for_the_poll() -> None:
    text = "In a ferry survey, 40 percent of riders said the boats were “always late.”"
    ((_quote, rule, found),) = fired(text)
    assert rule is not None and rule.name == "document-author"
    assert found.mention is not None and found.mention.text == "a ferry survey"


# What may follow a quote: commas and dashes of every kind, white space, marks and
# format characters (no token), control characters that are tokens, letters and
# digits in and outside ASCII, and other punctuation.
_AFTER_QUOTE = st.text(
    alphabet=",-–—―‐ \t\n\xa0\u2028\u0301\u200d\x00\x1c\x1fa9é٣.(\"”'’:;",
    max_size=12,
)


@settings(max_examples=500, deadline=None)
@given(_AFTER_QUOTE, st.integers(0, 12))
@example(" \u0301 ,-", 0)
@example("\u200d-Ann", 0)
@example(",‐ -", 0)
def test_no_dash_leads_means_no_dash_in_the_leading_punctuation(text: str, end: int) -> None:
    # The tokens _after_adjacent skips first are commas and dashes (_LEAD_PUNCT); when
    # _dash_leads says no, the last of them is no dash (the quote-dash-X exit).
    end = min(end, len(text))
    if attribution._dash_leads(text, end, len(text)):
        return
    toks = tokenize(text, end, len(text))
    k = 0
    while k < len(toks) and toks[k].text in attribution._LEAD_PUNCT:
        k += 1
    assert k == 0 or toks[k - 1].text not in attribution._DASHES


def test_the_dash_pattern_reads_the_dashes_of_the_row() -> None:
    # _DASH_BEFORE_WORD spells out _DASHES: each of them, and no other dash, ends it.
    for dash in "-–—―‐‑‒﹘":
        found = attribution._dash_leads(f" ,{dash}", 0, 3)
        assert found == (dash in attribution._DASHES), dash


def test_a_quote_that_closes_its_sentence_keeps_a_name_after_a_dash() -> None:
    text = "The town was in “a grim mood.” — Ana Roe"
    ((_quote, rule, found),) = fired(text)
    assert rule is not None and rule.name == "after-quote"
    assert found.cue is not None and found.cue.rule == "quote-dash-X"
    assert found.mention is not None and found.mention.text == "Ana Roe"


def test_a_quote_that_closes_its_sentence_reads_no_window_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The next sentence opens on a name and a cue, which is no cue of this quote's.
    text = "The mayor called it “a loss.” Ana Roe said the town would rebuild."
    (site,) = _sites(text)
    read: list[tuple[int, int]] = []
    tokens = attribution._Context.tokens

    def counted(ctx: attribution._Context, start: int, end: int) -> list[Token]:
        read.append((start, end))
        return tokens(ctx, start, end)

    monkeypatch.setattr(attribution._Context, "tokens", counted)
    assert site.after_adjacent() is None
    assert read == []
    monkeypatch.setattr(attribution, "_dash_leads", lambda text, end, hi: True)
    monkeypatch.setattr(attribution, "_clause_comma_after", lambda site: True)
    monkeypatch.setattr(attribution, "_may_front", lambda site: True)
    assert site.after_adjacent() is None
    assert read != []


# Sentences around a quote with a cue clause after it: commas near and far from the
# cue, in the quote's last words and after it, short forms with a full stop.
_CLAUSE_PIECES = st.sampled_from(
    [
        "The plan was ",
        "“a gamble”",
        '"it is over, for now"',
        '"we lost, and the levy went through"',
        " with public money",
        ", ",
        ",",
        " the auditor said",
        " Mr. Hale said",
        " she added",
        " in the end",
        " by a wide margin",
        ".",
        " ",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CLAUSE_PIECES, max_size=14).map("".join))
@example("The plan was “a gamble” with public money, the auditor said.")
@example('"it is over, for now" Mr. Hale said.')
# The comma four words before the quote's end, then the cue: the most words allowed.
@example('The plan was "over, dead wrong policy choice" said Hale.')
# ... 33 characters before it, within the 40 read back.
@example('The plan was "over, extraordinarily costly mistakes" said Hale.')
# The comma right after the closing mark.
@example('The plan was "a gamble", the auditor said.')
def test_a_cue_that_closes_the_sentence_has_the_comma_looked_for(text: str) -> None:
    for site in _sites(text):
        found = site.later()
        cue = found.cue if found is not None else None
        if cue is not None and attribution._ends_sentence(site.ctx, cue):
            assert attribution._clause_comma_after(site)


def test_a_sentence_with_no_comma_near_its_cue_is_left_unread() -> None:
    # The quote's last comma is five words from its end, and none follows it.
    text = 'Roe wrote that "we lost, and the levy went through" and Lee said so.'
    (site,) = _sites(text)
    assert attribution.find_cue_closes_sentence(site) is None
    assert "later" not in site._memo
    # The cue clause after a comma is still read, and the row fires.
    text = 'Roe wrote that "we lost, and the levy went through" in the end, Lee said.'
    ((_quote, rule, found),) = fired(text)
    assert rule is not None and rule.name == "cue-closes-sentence"
    assert found.mention is not None and found.mention.text == "Lee"
