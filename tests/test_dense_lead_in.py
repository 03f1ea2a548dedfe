"""A dense run's cue clauses decided once (issue 12): past the attribution budget, the
lead-in reading of the window before a quote (its sentence up to the quote) is kept
by the window's characters and shared by every quote whose window reads the same,
and so is the after-quote reading of the window after it (with what it reads of the
quote itself). Each answer must be the one :func:`_before` or
:func:`_after_adjacent` gives reading the window itself."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Config, parse
from quoteverify.speakers import attribution
from quoteverify.speakers.rules import fired
from quoteverify.text.layer import lowers_as_typed, tokenize
from quoteverify.text.spans import extract_with_paragraphs
from tests.test_onepass import _PIECE as ONEPASS_PIECES

# Pieces of quote-dense text: those of the shared gap reading's test, and more cue
# clauses before and after quotes (names, pronouns, a cue after its subject and
# before it, a colon), a passive cue whose agent follows the quote (*was described
# as "..." by Tom Hale*), a possessive before a quote and a speech noun after it
# (*Roe's "..." remark*), quotes that end in a stop or open their paragraph, dashes.
_PIECE = st.one_of(
    ONEPASS_PIECES,
    st.sampled_from(
        [
            '"We will see about that one." ',
            '"Done."',
            '"so we go" ',
            '"a,"',
            "Ana Ruiz said, ",
            "Dan said, ",
            "Jan said, ",
            "she said",
            " he said, ",
            "said Ana. ",
            "they told reporters: ",
            "it was described as ",
            " by Tom Hale ",
            " remark ",
            ": ",
            " — ",
            '\n\n"Lead": ',
            " ",
        ]
    ),
)


def _rows(text: str, budget: int) -> list[Any]:
    return fired(text, config=Config(attribution_budget=budget))


def _checked(text: str, budget: int) -> list[tuple[object, object]]:
    """Every answer a site gives from a shared reading, beside the answer read from its
    own window (``_before`` on its tokens, ``_cue_near`` on them, ``_after_adjacent``
    on the text)."""
    before, near = attribution.Site.before, attribution.Site.cue_may_end_at_quote
    after = attribution.Site.after_adjacent
    seen: list[tuple[object, object]] = []

    def before_both(site: attribution.Site) -> attribution.Attribution | None:
        got = before(site)
        if site.lead_in_reading() is not None:
            seen.append((got, attribution._before(site.q, site.ctx, site.lo, site.before_tokens())))
        return got

    def near_both(site: attribution.Site) -> bool:
        got = near(site)
        if site.lead_in_reading() is not None:
            seen.append((got, attribution._cue_near(site.before_tokens(), site.start)))
        return got

    def after_both(site: attribution.Site) -> attribution.Attribution | None:
        got = after(site)
        if site.after_gap is not None:
            seen.append((got, attribution._after_adjacent(site.q, site.ctx, site.hi)))
        return got

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution.Site, "before", before_both)
        mp.setattr(attribution.Site, "cue_may_end_at_quote", near_both)
        mp.setattr(attribution.Site, "after_adjacent", after_both)
        _rows(text, budget)
    return seen


_CUE_RUN = ['"Yes," ', "Ana said, ", '"no," ', "Ben replied ", ", "] * 6
_SHE_SAID = ['"Yes," ', "she said", "\x00", " ", "\x00", '"no," ', ", "] * 6
# Quotes of different lengths: what is read after a quote stands at another offset.
_PASSIVE = ['"a," ', "it was described as ", '"b" ', " by Tom Hale ", ", "] * 3 + [
    '"a," ',
    "it was described as ",
    '"a longer one" ',
    " by Tom Hale ",
    ", ",
] * 3
_OWNER = ['"a," ', "Roe's ", '"b" ', " remark ", ", "] * 3 + [
    '"a," ',
    "Roe's ",
    '"a longer one" ',
    " remark ",
    ", ",
] * 3
# Windows that differ in their first character only (a window starts where the
# quote before it closes).
_NAMES = ['"a,"', "Dan said, ", '"b,"', "Jan said, "] * 5
# After-quote readings that turn on the quote itself: its last character, a dash
# before it, a paragraph it opens before a colon, a stop that closes its sentence.
_TRAILS = (
    ['"a," ', "Ana said, ", '"Done." ', "Ana said, ", '"b —" ', "Ana said, "] * 3
    + ["— ", '"c," ', "said Tom Hale, ", '"d." ', "said Tom Hale, "] * 3
    + ["\n\n", '"Lead"', ": Ana Ruiz ", '"e," ', ": Ana Ruiz "] * 3
    + ["Roe said ", '"we go." ', "Ben replied ", '"f," ', "Ben replied "] * 3
)
# Two quotes with the same window after them that differ in their last character
# (*droned Ana Ruiz* after a comma is a cue and its speaker, after a word nothing),
# and in a dash before them (a dash on both sides makes an aside).
_LAST_CHAR = ['"x," droned Ana Ruiz ', '"x" droned Ana Ruiz '] * 4
_DASH_BEFORE = ['x — "a" — Ana Ruiz went on '] + ['"a" — Ana Ruiz went on '] * 2
_DASH_BEFORE *= 2
# A cue word five characters before the quote: no cue can end within three.
_FAR_CUE = ['"a," ', "she said", ", ", ", ", '"b," '] * 5


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECE, min_size=4, max_size=60), st.integers(min_value=1, max_value=3))
@example(_CUE_RUN, 1)
@example(_SHE_SAID, 1)
@example(_PASSIVE, 1)
@example(_OWNER, 1)
@example(_NAMES, 1)
@example(_FAR_CUE, 1)
@example(_TRAILS, 1)
@example(_LAST_CHAR, 1)
@example(_DASH_BEFORE, 1)
def test_a_shared_lead_in_reading_answers_as_the_window_read_on_its_own(
    pieces: list[str], budget: int
) -> None:
    for got, own in _checked("".join(pieces), budget):
        assert got == own


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECE, min_size=4, max_size=60), st.integers(min_value=1, max_value=3))
@example(_PASSIVE, 1)
@example(_OWNER, 1)
@example(_TRAILS, 1)
def test_the_rows_with_and_without_the_shared_readings_agree(
    pieces: list[str], budget: int
) -> None:
    # With no window short enough to key on, every quote reads its own windows.
    text = "".join(pieces)
    shared = _rows(text, budget)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution, "_LEAD_IN_KEY", -1)
        own = _rows(text, budget)
    assert shared == own


def test_a_run_of_cue_quotes_reads_each_distinct_window_once(monkeypatch: Any) -> None:
    # Two shapes of cue clause ("Ana said," and "Ben replied"), each read by _before
    # once however many quotes the run holds; each quote keeps its own speaker at its
    # own offsets.
    calls: list[int] = []
    real = attribution._before

    def counted(*args: Any) -> attribution.Attribution | None:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(attribution, "_before", counted)
    text = "".join(_CUE_RUN)
    rows = _rows(text, 1)
    assert len(calls) <= 4
    names = [
        (f.mention.text, text[f.mention.start : f.mention.end]) for _q, _r, f in rows if f.mention
    ]
    assert ("Ana", "Ana") in names and ("Ben", "Ben") in names
    assert all(said == at for said, at in names)


def test_a_window_that_reads_past_the_quote_is_not_shared() -> None:
    # *was described as "..." by Tom Hale* reads the agent after the quote, and
    # *Roe's "..." remark* the noun after it: such windows are read for each quote.
    assert not attribution._reads_only_window(attribution.tokenize("it was described as ", 0, 20))
    assert not attribution._reads_only_window(attribution.tokenize("Roe's ", 0, 6))
    assert attribution._reads_only_window(attribution.tokenize("she said\x00 ", 0, 10))
    rows = _rows("".join(_PASSIVE), 1)
    assert any(f.mention is not None and f.mention.text == "Tom Hale" for _q, _r, f in rows)


def test_a_shifted_reading_moves_every_offset() -> None:
    found = attribution._before(
        *_site_args("Ana said, ")  # a window at offset 0
    )
    assert found is not None and found.mention is not None and found.cue is not None
    moved = attribution._shifted(found, 7)
    assert moved is not None and moved.mention is not None and moved.cue is not None
    assert (moved.mention.start, moved.mention.end) == (found.mention.start + 7, 10)
    assert (moved.cue.start, moved.cue.end, moved.cue.text) == (11, 15, "said")
    # Built without the frozen __init__ (model.builder): equal to the object it makes.
    assert type(moved) is attribution.Attribution
    assert moved == attribution.Attribution(mention=moved.mention, cue=moved.cue)
    assert attribution._shifted(found, 0) is found


@given(st.integers(-50, 500), st.integers(-50, 500))
def test_a_reading_kept_where_it_was_found_moves_as_one_moved_twice(a: int, b: int) -> None:
    # The shared readings keep an answer with the offset of the window it was found in
    # and move it once, by the difference, for another window (no copy for the first):
    # the same as moving it back to the window's start and on to the other window.
    found = attribution._before(*_site_args("Ana said, "))
    assert found is not None
    once = attribution._shifted(found, a + b)
    assert once == attribution._shifted(attribution._shifted(found, a), b)
    assert (once is found) == (a + b == 0)


def _site_args(window: str) -> tuple[Any, ...]:
    text = window + '"Yes."'
    ex, paras = extract_with_paragraphs(text, Config())
    quotes = list(ex.quotes)
    ctx = attribution._Context(text, quotes, paras)
    return quotes[0], ctx, 0, attribution.tokenize(text, 0, len(window))


# Texts with stops, abbreviations, quotes and closing marks at every distance from a
# quote's end: where the after-quote rows stop reading.
_STOP_PIECE = st.sampled_from(
    ['"a," ', '"b." ', "she said. ", "Dr. ", "U.S. ", "x" * 30 + " ", "Then ", "! ", "?” ",
     " ", "\n\n", "… ", '"c"', ". ", "said Ana", "”. "]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_STOP_PIECE, min_size=1, max_size=40).map("".join), st.data())
@example('"a," she said. Then "b."', None)
def test_the_after_quote_stop_is_the_next_quote_when_it_is_near(
    text: str, data: st.DataObject | None
) -> None:
    # _after_stop answers hi, unread, when hi is at most 80 characters on: the
    # sentence's end it would search is never past hi. The full reading must agree
    # at every end and hi (hi before, at and past the 80 characters).
    extraction, paras = extract_with_paragraphs(text, Config())
    ctx = attribution._Context(text, list(extraction.quotes), paras)
    n = len(text)
    pairs = [(e, h) for e in range(0, n + 1, 3) for h in (e, e + 5, e + 79, e + 80, e + 81, n)]
    if data is not None:
        pairs += data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n + 90))))
    for end, hi in pairs:
        full = max(ctx.sentence_end(end, hi), min(hi, end + 80))
        assert attribution._after_stop(ctx, end, hi) == full, (end, hi)


def _lead_starts(text: str, budget: int) -> list[tuple[int, int]]:
    """Each lead start a site past the budget gives, beside ``sentence_start`` asked of
    a context of its own (no memo shared)."""
    real = attribution.Site.lead_start
    seen: list[tuple[int, int]] = []

    def both(site: attribution.Site) -> int:
        got = real(site)
        own = attribution._Context(site.ctx.text, site.ctx.quotes, site.ctx.paras)
        seen.append((got, own.sentence_start(site.lo, site.start)))
        return got

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution.Site, "lead_start", both)
        _rows(text, budget)
    return seen


# Calm paragraphs (no sentence punctuation) and others, quotes at a paragraph's end,
# and stretches between quotes longer than the thousand characters a sentence is
# read back from its paragraph's start.
_CALM_PIECE = st.sampled_from(
    ['"a," ', "she said ", '"b" ', ", ", "Ana said, ", "\n\n", '"c"\n\n', ". ", "Dr. ",
     "word " * 210, "x" * 330 + " ", '"d."', "! "]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(_PIECE, _CALM_PIECE), min_size=4, max_size=50),
    st.integers(min_value=1, max_value=3),
)
@example(['"a," ', "she said ", '"b" ', ", "] * 8, 1)
@example(['"a," ', "she said ", '"b" ', ", ", "word " * 210, "she said ", '"c" ', ", "] * 3, 1)
@example(['"a," ', "she said ", '"b" ', ", ", "x" * 330 + " ", '"c" ', ". ", '"d"'] * 3, 1)
@example(['"a," ', "she said ", '"b" ', ", ", '"c"\n\n', "Ana said, "] * 4, 1)
def test_a_calm_lead_start_is_the_sentence_start(pieces: list[str], budget: int) -> None:
    # Site.lead_start skips the search for breaks in a paragraph with no sentence
    # punctuation: it must give what sentence_start gives.
    for got, own in _lead_starts("".join(pieces), budget):
        assert got == own


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECE, _CALM_PIECE), min_size=1, max_size=30), st.data())
@example(['"a," ', "she said. ", '"b" '], None)
@example(["Ana said, ", '"c"\n\n', ". Ben said ", '"d" '], None)
def test_a_lead_start_is_the_sentence_start_from_any_reach_back(
    pieces: list[str], data: st.DataObject | None
) -> None:
    # The method on its own, whatever the quote before: from every point of the
    # quote's paragraph (and before it) to the quote, it gives what sentence_start
    # gives, in calm paragraphs and in others.
    text = "".join(pieces)
    extraction, paras = extract_with_paragraphs(text, Config())
    quotes = list(extraction.quotes)
    for idx, q in enumerate(quotes):
        ctx = attribution._Context(text, quotes, paras)
        para = ctx.para_of(q.outer_start)
        reach = {para[0], max(0, para[0] - 5), q.outer_start, max(0, q.outer_start - 12)}
        if data is not None:
            reach.add(data.draw(st.integers(0, q.outer_start)))
        for lo in sorted(reach):
            site = attribution.Site(q, ctx, para, quotes, None, idx=idx)
            site.lo = lo
            own = attribution._Context(text, quotes, paras)
            assert site.lead_start() == own.sentence_start(lo, q.outer_start), (idx, lo)


# _fronted_clause_cue returns at once when no letter or digit stands in the gap
# before the quote: the tokens it would read there hold no word, so no connective
# and no subordinator opens a clause. Checked against the full reading, on the same
# site, for every quote that asks it, in dense runs past the budget (where gaps are read).
_FRONTED_PIECE = st.sampled_from(
    ['"a," ', "she said ", '"b" ', ", ", ". ", "Even as Ana said ", "While Ben said ",
     "But ", '"c," ', "; ", "- ", '"d"']
)  # fmt: skip


def _fronted_in_full(site: attribution.Site) -> bool:
    toks = site.before_tokens()
    if len(toks) < 3:
        return False
    i = 0
    while i < len(toks) - 1 and (
        toks[i].lower in attribution._CONNECTIVES or toks[i].lower == "even"
    ):
        i += 1
    if toks[i].lower not in attribution._FRONTED or any(t.text == "," for t in toks[i:]):
        return False
    before = attribution._cue_with_subject(site)
    return before is not None and before.mention is not None and before.mention.start >= toks[i].end


def _parse_checking_fronted(text: str, config: Config) -> None:
    """``parse(text)``, every answer of ``_fronted_clause_cue`` checked against
    :func:`_fronted_in_full` on the same site."""
    fast = attribution._fronted_clause_cue

    def both(site: attribution.Site) -> bool:
        got = fast(site)
        assert got == _fronted_in_full(site)
        return got

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(attribution, "_fronted_clause_cue", both)
        parse(text, config=config)


@settings(max_examples=150, deadline=None)
@given(st.lists(_FRONTED_PIECE, min_size=4, max_size=60))
@example(
    ['"a," ', "she said ", '"b" ', ", "] * 10 + ['"b" ', "Even as Ana said ", '"c," ', "she said "]
)
def test_the_fronted_clause_test_skips_only_wordless_gaps(pieces: list[str]) -> None:
    _parse_checking_fronted("".join(pieces), Config(attribution_budget=1))


# Before the budget, _fronted_clause_cue first asks _may_front whether the sentence
# before the quote spells a fronted subordinator as a word, in any case, where its
# tokens lower-case as typed; else it reads the tokens. Checked against the full reading
# on every quote that asks it: subordinators in several cases, words that hold one
# (*was*, *Ifs*), and the characters a token's lower-case form drops or changes (a
# joiner inside *as*, a combining mark, a dotted capital I, the Kelvin sign).
_FRONT_PIECE = st.sampled_from(
    ['"a," ', "she said ", "Ana said ", ", ", ". ", "\n\n", "Even as ", "WHILE ", "If ",
     "whereas ", "It was ", "Ifs ", "a\u200ds ", "\u0130f ", "\u0130F ", "\u212aa ",
     "Jose\u0301 ", "but ", '"c" ', "Lee said "]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRONT_PIECE, min_size=3, max_size=16))
@example(["Even as ", "Ana said ", '"a," ', "Lee said "])
@example(["\u0130f ", "Ana said ", '"a," ', "Lee said "])
@example(["a\u200ds ", "Ana said ", '"a," ', "Lee said "])
def test_the_fronted_clause_test_reads_the_sentence_only_where_one_is_spelled(
    pieces: list[str],
) -> None:
    _parse_checking_fronted("".join(pieces), Config())


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRONT_PIECE, max_size=10).map("".join))
def test_a_window_that_lowers_as_typed_has_tokens_of_its_own_letters(text: str) -> None:
    if lowers_as_typed(text, 0, len(text)):
        for tok in tokenize(text, 0, len(text)):
            assert tok.lower == tok.text.lower()


def test_a_sentence_that_spells_no_subordinator_is_left_unread() -> None:
    text = 'Roe said the plan was "dead," and Lee said so too.'
    (q,) = extract_with_paragraphs(text, Config())[0].quotes
    ctx = attribution._Context(text, [q], [(0, len(text))])
    site = attribution.Site(q, ctx, (0, len(text)), [q], None, idx=0)
    assert not attribution._may_front(site)
    assert not attribution._fronted_clause_cue(site)
    assert site._before_toks is None
    # Spelled in capitals, it is read.
    text = 'WHILE Roe said the plan was "dead," Lee said so too.'
    (q,) = extract_with_paragraphs(text, Config())[0].quotes
    ctx = attribution._Context(text, [q], [(0, len(text))])
    site = attribution.Site(q, ctx, (0, len(text)), [q], None, idx=0)
    assert attribution._may_front(site)
    attribution._fronted_clause_cue(site)
    assert site._before_toks is not None
