#!/usr/bin/env python
"""Benchmark the full pipeline (``quoteverify.parse``, attribution on) on hostile inputs.

``bench_spans.py`` times quote spans alone; this times what a user calls. For
each adversarial family below, and for one long document of concatenated
news articles, it measures the time per MB (10**6 characters of ``str``) of one
``parse()`` call on a text of 10 KB, 100 KB, 1 MB and, with ``--full``, 10 MB.
The reference, measured in the same run and at the same sizes, is real news
parsed article by article: the texts of ``polnear-train.jsonl`` when
``../shared/data`` exists beside the repository, otherwise the package's demo
articles and its seeded synthetic articles (``quoteverify.synthetic``).

For each family and size it reports seconds per MB, the ratio to news per MB at
that size, and the family's flatness: seconds per MB at the largest size over
seconds per MB at 10 KB (near 1 means linear time). The issue's target is a
ratio within 3 and a flat curve.

Timing: the CPU time of this process (``time.process_time``), the best of
``--runs`` calls (default 3; 1 at 10 MB), with the garbage collector on, since a
user has it on. CPU time and the best of several calls are the least disturbed
by other load on a shared machine (wall time is not: it counts the time spent
waiting for a core). A call that raises is recorded with its exception's name
and skipped in the ratios.

Usage::

    python benchmarks/bench_adversarial.py [--full] [--families json_kv,titles]
        [--runs 3] [--json benchmarks/results/parse-adversarial.json]
        [--svg docs/images/parse-adversarial.svg]

``--chart-only`` redraws the chart from ``--json``. Needs only the standard
library and quoteverify.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from _chart import LogLogChart
from _machine import cpu_model, dirty_files, git_head

import quoteverify
from quoteverify.surfaces.demo import demo_documents
from quoteverify.synthetic import synthetic_articles

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
DEFAULT_JSON = REPO / "benchmarks" / "results" / "parse-adversarial.json"
DEFAULT_SVG = REPO / "docs" / "images" / "parse-adversarial.svg"
KB, MB = 1_000, 1_000_000
SIZES = (10 * KB, 100 * KB, 1 * MB)
FULL_SIZES = (*SIZES, 10 * MB)
LONG_CALL = 10.0  # seconds: a call this long is not repeated


# --------------------------------------------------------------------------- news


def news_articles() -> tuple[str, list[str]]:
    """Real news when ../shared/data is there, else the shipped demo and synthetic articles."""
    path = DATA / "polnear-train.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            return "polnear-train", [json.loads(line)["text"] for line in fh if line.strip()]
    texts = [d.text for d in demo_documents()]
    texts += [t for _, t in synthetic_articles(2_000, seed=1)]
    return "demo + synthetic", texts


def articles_up_to(texts: list[str], n_chars: int) -> list[str]:
    """Articles taken in order, cycling, until they hold ``n_chars`` characters."""
    out, size, i = [], 0, 0
    while size < n_chars:
        t = texts[i % len(texts)]
        out.append(t)
        size += len(t)
        i += 1
    return out


def long_document(texts: list[str], n_chars: int) -> str:
    """The articles joined by blank lines into one text of about ``n_chars``."""
    return "\n\n".join(articles_up_to(texts, n_chars))[:n_chars]


# --------------------------------------------------------------------------- families


def _fill(make: Callable[[int], str], n_chars: int) -> str:
    """Items ``make(0)``, ``make(1)``, ... joined until ``n_chars``."""
    parts, size, i = [], 0, 0
    while size < n_chars:
        part = make(i)
        parts.append(part)
        size += len(part)
        i += 1
    return "".join(parts)[:n_chars]


def json_kv(n: int) -> str:
    return "{" + _fill(lambda i: f'"key{i}": "value {i}", ', n - 2) + "}"


def titles(n: int) -> str:
    return "The festival shows " + _fill(lambda i: f'"Film {i}", ', n - 20) + "."


def transcript(n: int) -> str:
    # Short quotes, each with its own cue, and no sentence break between them.
    return _fill(lambda i: f'"Yes {i}," Ana said, "no," Ben replied, ', n)


def long_paragraph(n: int) -> str:
    # One paragraph of partial quotes joined by words, never a full stop.
    return _fill(lambda i: f'the mayor called it "plan {i}" and then "step {i}" while ', n)


def alternating(opener: str, closer: str) -> Callable[[int], str]:
    return lambda n: _fill(lambda i: f"{opener}w{i}{closer} ", n)


def with_char(char: str) -> Callable[[int], str]:
    # The character inside and around quotes with cues: "a<c>b," she said<c> ...
    return lambda n: _fill(lambda i: f'"a{char}b{i}," she said{char} {char}"c{char}", ', n)


def open_before_phrases(n: int) -> str:
    # One mark never closed, then quoted phrases: every phrase is nested in it.
    return 'Lena Park said: "' + _fill(
        lambda i: f'the coach kept saying "pass {i}" and then "run {i}" while ', n - 17
    )


def document_named_again(n: int) -> str:
    # A document introduced with its author, then named again by every cue of one
    # long line: each "the report" looks back for that introduction.
    head = "A report by the Harbour Trust came out on Monday. "
    return head + _fill(lambda i: f'"Point {i} holds," the report said, ', n - len(head))


def unnamed_openings(n: int) -> str:
    # Sentences that open on one unnamed person's description (each a candidate the
    # registry reads for a later "the ..." or "she"), most with no cue, then a quote
    # whose descriptor names nobody described: each "the envoy" reads back over
    # every opening within its reach.
    def item(i: int) -> str:
        if i % 4 == 3:
            return f'"Point {i}," the envoy said. '
        return f"A {('b', 'clerk', 'envoy')[i % 3]} {i} left. "

    return _fill(item, n)


def unclosed_cues(n: int) -> str:
    # One quote never closed, with a comma and a cue at every step and a surname
    # that is a function word: each comma inside is a place the closer may be lost.
    return '"' + _fill(lambda i: f"step {i}, said Al From, then ", n - 1)


def land_after_capitals(n: int) -> str:
    # A word of 2,000 capitals, then a country's name as the subject of every cue:
    # each "Japan said" looks back up to 3,000 characters for the name printed as a
    # surname after a capitalised word, across the long word.
    return _fill(
        lambda i: (
            "Q" * 2000 + " Japanese envoys met. " if i % 41 == 0 else f'"Step {i}," Japan said. '
        ),
        n,
    )


def title_after_capitals(n: int) -> str:
    # The same with a title word as the subject of every cue: each "King said" looks
    # back up to 3,000 characters for the word printed as a surname (after a
    # capitalised word that is no title), across the long word.
    return _fill(
        lambda i: "Q" * 2000 + " Royal envoys met. " if i % 41 == 0 else f'"Step {i}," King said. ',
        n,
    )


_SYLLABLES = ("jin", "hwa", "un", "te", "ming", "soo", "won")


def split_quotes_to_hearer(n: int) -> str:
    # Split quotes whose cue speaks to someone before the aside's comma (read by the
    # split-quote row), said by romanised names whose given name is hyphened (read
    # by the registry's hyphen-as-space spelling), a new name every few quotes.
    def item(i: int) -> str:
        name = f"Park Min-{_SYLLABLES[i % 7]}{_SYLLABLES[i // 7 % 7]}"
        return (
            f'"Step {i}," said {name} to her aide on the stairs, smiling "and then {i}." '
            f"Lee Ha-{_SYLLABLES[i % 5]} nodded. "
        )

    return _fill(item, n)


def only_marks(n: int) -> str:
    return '"' * n


def dots_after_open(n: int) -> str:
    return '"' + "." * (n - 1)


# News-like sentences for the families with no paragraph break: people introduced
# with a title, named again by surname, role, age or pronoun, organisations, and
# quotes with their cues in the usual places. Every sentence is this module's own.
_GIVEN = ("Marta", "Jonah", "Priya", "Tobias", "Ewa", "Kofi", "Lucia", "Arno", "Selin", "Dev")
_FAMILY_NAMES = ("Brandvold", "Okonjo", "Varga", "Lindahl", "Quaresma", "Sato", "Pellegrin")
_ROLES = (
    ("Mayor", "the mayor"),
    ("Senator", "the senator"),
    ("Health Minister", "the minister"),
    ("Police Chief", "the chief"),
    ("Professor", "the professor"),
    ("Coach", "the coach"),
)
_BODIES = ("the Harbour Council", "Northgate Water", "the Rail Union", "Fenwick Hospital")
_SAYINGS = (
    "We will not cut the budget",
    "Nobody asked the families first",
    "This is a good day for the town",
    "The figures speak for themselves",
    "I have no plans to resign",
    "We expect the work to finish by spring",
    "It was a mistake and we are sorry",
)
_FRAGMENTS = ("reckless", "a fair deal", "long overdue", "deeply worrying", "a first step")
# One form a line; the first opens every story.
_NEWS_FORMS = tuple(
    """
{Role} {First} {Last} opened the new depot on {day}.
"{say}," {Last} said.
"{say}," said {desc}, who has held the post since {year}.
{Pron} told reporters that the plan was {frag}.
{Last} called the delay "{frag}" and asked {body} for answers.
The {age}-year-old said: "{say}."
{Body} said in a statement that it would reply within a week.
According to {Last}, the scheme was "{frag}".
"{say}," {pron} added. "{say2}."
A spokeswoman for {body} declined to comment on {day}.
Asked about the vote, {desc} said {pron2} was "{frag}".
{Last}, {age}, has led {body} for {n} years.
The plan would close two stations and move about {n}0 staff to the new site.
{Pron} was first elected in {year} after a campaign on housing and transport.
Critics of {Last} point to a report that found repairs had fallen behind.
{Body} has faced questions since the flooding in {year} left homes without water.
The {desc_noun} met union officials on {day} but no agreement was reached.
Figures released on {day} showed waiting times rising for a {nth} month.
{Pron} is expected to set out the details to the council next week.
Local groups said the changes had been rushed and asked for a public meeting.
""".strip().splitlines()
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _news_sentences(seed: int = 36) -> Iterator[str]:
    """News sentences without end, seeded: a story of thirteen sentences about one
    person, then the next story about another."""
    rng = random.Random(seed)
    while True:
        first, last = rng.choice(_GIVEN), rng.choice(_FAMILY_NAMES)
        role, desc = rng.choice(_ROLES)
        she = rng.random() < 0.5
        body = rng.choice(_BODIES)
        age = rng.randrange(31, 72)
        for form in [_NEWS_FORMS[0], *rng.sample(_NEWS_FORMS[1:], 12)]:
            text = form.format(
                Role=role,
                First=first,
                Last=last,
                desc=desc,
                desc_noun=desc[4:],
                age=age,
                n=rng.randrange(2, 20),
                Pron="She" if she else "He",
                pron="she" if she else "he",
                pron2="she" if she else "he",
                say=rng.choice(_SAYINGS),
                say2=rng.choice(_SAYINGS),
                frag=rng.choice(_FRAGMENTS),
                body=body,
                Body=body[0].upper() + body[1:],
                day=rng.choice(_DAYS),
                year=rng.randrange(1998, 2025),
                nth=rng.choice(("third", "fourth", "fifth")),
            )
            yield text


def _joined(sep: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        sentences = _news_sentences()
        return _fill(lambda i: next(sentences) + sep, n)

    return make


news_one_line = _joined(" ")


def news_wrapped(n: int) -> str:
    """The same sentences as one line, hard-wrapped at 72 columns with single newlines
    and no blank line: a text the paragraph splitter reads as one paragraph, while a
    newline is never far behind."""
    line = news_one_line(n + 200)
    out, start = [], 0
    while start < len(line):
        cut = line.rfind(" ", start, start + 72) if start + 72 < len(line) else len(line)
        cut = cut if cut > start else start + 72
        out.append(line[start:cut])
        start = cut + 1
    return "\n".join(out)[:n]


def _person(i: int) -> str:
    return f"{_GIVEN[i % len(_GIVEN)]} {_FAMILY_NAMES[i % len(_FAMILY_NAMES)]}"


def names_no_stop(n: int) -> str:
    # Names, roles and quotes in one sentence that never ends: every look-back for a
    # sentence start or a subject runs into its bound, never a full stop.
    return "At the hearing " + _fill(
        lambda i: f'{_person(i)}, who chairs {_BODIES[i % len(_BODIES)]}, said "point {i}" and ',
        n - 15,
    )


def capitalised_runs(n: int) -> str:
    # A cue, its speaker, then a long run of capitalised words (a list of bodies and
    # names with no lower-case word): a name reader that reads on to the run's end.
    run = " ".join(b.title().removeprefix("The ") for b in _BODIES) + " "
    return _fill(lambda i: f'"Point {i}," said {_person(i)} ' + run * 8, n)


def open_quote_sentences(n: int) -> str:
    # A quote opened and never closed, holding sentences with quoted words and cues:
    # every inner quote is nested in it, and no sentence end closes it.
    return 'Ana Ruiz said: "' + _fill(
        lambda i: (
            f"Mayor {_person(i)} said the plan was 'sound' and "
            f"then {_FAMILY_NAMES[(i + 1) % len(_FAMILY_NAMES)]} said 'not yet' "
        ),
        n - 16,
    )


def _coined(i: int) -> str:
    # A distinct made-up capitalised word for each i (no given name, no real word),
    # its first two letters spread over many of the registry's surname buckets.
    i, lead = divmod(i, 26)
    parts = [chr(ord("a") + lead)]
    while True:
        i, r = divmod(i, len(_SYLLABLES))
        parts.append(_SYLLABLES[r])
        if i == 0:
            break
    return ("".join(parts) + "ak").title()


def one_word_speakers(n: int) -> str:
    # A new one-word name beside a cue verb in every sentence: the reader that asks
    # whether the article calls a one-word name a company meets more names the longer
    # the document is (one read of the text per article, not one per name).
    return _fill(lambda i: f'"Step {i}," {_coined(i)} said. ', n)


def shared_surname(n: int) -> str:
    # A new person in every line, all of one surname (a results table, a list of
    # delegates): a name read the whole of its surname's bucket, each person through
    # the name test, and now reads only the people filed under its surname's
    # spelling and its first name's initial (identity._BucketFinder).
    return _fill(lambda i: f'"Step {i}," {_coined(i)} Open said. ', n)


def lone_demonym(n: int) -> str:
    # A people's noun alone beside a cue on every line: each asks whether the text
    # printed it before right after a given name (*Ruth Pole*), which read a window of
    # up to 3,000 characters per line; it reads the text's places of the word once
    # (mentions.Reads.spaced_at, where the cue's caller hands down the text's Reads).
    return _fill(lambda i: f'"Step {i}," Pole said. ', n)


def bodies_described(n: int) -> str:
    # A new company in every line, then "the company said": the body a description
    # names is the one named last before it, read off a sorted index of the bodies'
    # mentions (identity._Registry._last_body), not a walk over every body named.
    return _fill(lambda i: f'{_coined(i)} Corp opened a plant. "Step {i}," the company said. ', n)


def agency_spokesmen(n: int) -> str:
    # "the A and B Agency spokesman said" with new names in every line: each new
    # capitalised word read as a descriptor's head once compiled its own patterns
    # (identity._introduction_pattern, _office_with_body) though no name or "of"
    # followed it.
    return _fill(
        lambda i: f'"Step {i}," the {_coined(i)} and {_coined(i + 7)} Agency spokesman said. ', n
    )


def titles_described(n: int) -> str:
    # Two new people per line, then "said the minister" on a line of its own: each
    # description gives the title to one more person, and the holders of a title
    # were walked per description (identity._Registry._nearest_titled reads an
    # index of their mentions instead).
    return _fill(
        lambda i: (
            f"{_coined(i)} {_coined(i + 3)} and {_coined(i + 1)} {_coined(i + 5)} spoke.\n"
            f'"Step {i}," said the minister.\n'
        ),
        n,
    )


def clock_lines(n: int) -> str:
    # Times in every line but none at a line's start, and a pronoun that asks where
    # a live blog's entries open: the entries' search (text.layer.entry_starts)
    # tries only the lines with a time's digits, each once at its start, instead
    # of the line pattern at every line of the text.
    return _fill(
        lambda i: (
            f"At {i % 12 + 1}:{i % 60:02d} and {(i + 5) % 12 + 1}:15 Ana Ruiz spoke. "
            f'"Step {i}," she said.\n'
        ),
        n,
    )


def nations_described(n: int) -> str:
    # A person once, then on every line two events read as people and "the
    # Spaniard" (the same events: many names sharing a surname is another walk, the
    # surname's bucket, left as it is): each description asked every earlier
    # mention of each person in view for its country (identity._Registry._tied_to
    # keeps how far it read).
    head = "Dana Roe is a Spaniard.\n\n"
    return head + _fill(
        lambda i: f'She won the Harbor Open and the Bay Cup. "Step {i}," the Spaniard said. ',
        n - len(head),
    )


def owners_absent(n: int) -> str:
    # Names on every line and no possessive anywhere: a country's possessive was
    # matched at each mention with no end, and regex reads on to the text's end for
    # the possessive's letters before it tries (identity._OWNER_REACH bounds it).
    # (one quote at the end, so that the names are asked about)
    head, tail = "Dana Roe is a Spaniard.\n\n", '"Done," she said.'
    lines = _fill(lambda i: f"She won the Harbor Open and the Bay Cup {i}. ", n - len(head + tail))
    return head + lines + tail


class Family:
    """A kind of input that can be made at any size."""

    def __init__(self, key: str, label: str, make: Callable[[int], str]):
        self.key, self.label, self.make = key, label, make


FAMILIES = [
    Family("json_kv", 'JSON-like key/value run `{"key0": "value 0", ...}`', json_kv),
    Family("titles", 'a list of quoted titles `shows "Film 0", "Film 1", ...`', titles),
    Family(
        "transcript", 'a transcript of short quotes `"Yes," Ana said, "no," Ben ...`', transcript
    ),
    Family(
        "long_paragraph", "one paragraph of quotes and words, no sentence break", long_paragraph
    ),
    Family("alt_straight", 'alternating straight marks `"w0" "w1" ...`', alternating('"', '"')),
    Family("alt_single", "alternating single marks `'w0' 'w1' ...`", alternating("'", "'")),
    Family("alt_curly", "alternating curly marks `“w0” “w1” ...`", alternating("“", "”")),
    Family("alt_curly_single", "alternating curly single marks `‘w0’ ...`", alternating("‘", "’")),
    Family("alt_guillemets", "alternating guillemets `«w0» «w1» ...`", alternating("«", "»")),
    Family("alt_corner", "alternating corner brackets `「w0」 ...`", alternating("「", "」")),
    Family("nul", "quotes and cues with NUL characters", with_char("\x00")),
    Family("rtl", "quotes and cues with right-to-left marks (U+200F)", with_char("\u200f")),
    Family("zwj", "quotes and cues with zero-width joiners (U+200D)", with_char("\u200d")),
    Family("combining", "quotes and cues with combining marks (U+0301)", with_char("\u0301")),
    Family(
        "open_before_phrases",
        "a quote left open before many quoted phrases (all nested in it)",
        open_before_phrases,
    ),
    Family(
        "document_named_again",
        'a document named again by every cue of one line `"..." the report said, ...`',
        document_named_again,
    ),
    Family(
        "news_one_line",
        "news sentences (names, titles, descriptors, pronouns, quotes) joined into one line",
        news_one_line,
    ),
    Family(
        "news_wrapped",
        "the same sentences hard-wrapped at 72 columns, no blank line (one paragraph)",
        news_wrapped,
    ),
    Family(
        "names_no_stop",
        'names, roles and quotes in one sentence that never ends `X, who chairs Y, said "..." and`',
        names_no_stop,
    ),
    Family(
        "capitalised_runs",
        'a cue and a name, then a long run of capitalised words `"..." said X Harbour Council ...`',
        capitalised_runs,
    ),
    Family(
        "open_quote_sentences",
        "a quote never closed, holding sentences with quoted words and their cues",
        open_quote_sentences,
    ),
    Family(
        "unnamed_openings",
        'sentences opening on unnamed people, then `"Point 3," the envoy said.` after them',
        unnamed_openings,
    ),
    Family(
        "unclosed_cues",
        'a quote never closed, a cue after every comma inside `"step 0, said Al From, then ...`',
        unclosed_cues,
    ),
    Family(
        "land_after_capitals",
        'a word of 2,000 capitals, then cues naming a country `"Step 1," Japan said. ...`',
        land_after_capitals,
    ),
    Family(
        "title_after_capitals",
        'a word of 2,000 capitals, then cues naming a title word `"Step 1," King said. ...`',
        title_after_capitals,
    ),
    Family(
        "split_quotes_to_hearer",
        'split quotes by hyphened names to a hearer `"Step 1," said Park Min-un to her aide,`',
        split_quotes_to_hearer,
    ),
    Family(
        "one_word_speakers",
        'a new one-word name beside every cue `"Step 1," Bjinak said. "Step 2," Cjinak said.`',
        one_word_speakers,
    ),
    Family(
        "bodies_described",
        'a new company per line, then its description `Bjinak Co ... "Step 1," the company said.`',
        bodies_described,
    ),
    Family(
        "agency_spokesmen",
        'two new names per line `"Step 1," the Bjinak and Ijinak Agency spokesman said.`',
        agency_spokesmen,
    ),
    Family(
        "titles_described",
        'two new people per line, then `"Step 1," said the minister.` on its own line',
        titles_described,
    ),
    Family(
        "clock_lines",
        'times inside every line `At 1:00 and 6:15 Ana Ruiz spoke. "Step 0," she said.`',
        clock_lines,
    ),
    Family(
        "nations_described",
        'events on every line, then `"Step 1," the Spaniard said.`',
        nations_described,
    ),
    Family(
        "owners_absent",
        "names on every line, no possessive anywhere `She won the Bjinak Open and ...`",
        owners_absent,
    ),
    Family(
        "shared_surname",
        'a new person of one surname on every line `"Step 0," Abak Open said.`',
        shared_surname,
    ),
    Family(
        "lone_demonym",
        'a people\'s noun alone beside a cue on every line `"Step 0," Pole said.`',
        lone_demonym,
    ),
    Family("only_marks", 'a text of only quote marks `"""..."`', only_marks),
    Family("dots_after_open", 'dots after an open mark `"......`', dots_after_open),
]
FAMILY = {f.key: f for f in FAMILIES}


# --------------------------------------------------------------------------- timing


MIN_TIMED = 0.2  # seconds: a shorter call is repeated within one timing, as timeit does


def best_of(fn: Callable[[], Any], runs: int) -> tuple[float | None, str | None]:
    """The best CPU time per call of ``runs`` timings, or the name of what the first
    call raised. A call shorter than :data:`MIN_TIMED` (10 KB of text) is timed again,
    repeated until the timing lasts that long, at least once more whatever ``runs``:
    one call of a few milliseconds measures the machine's noise as much as the code."""
    best = math.inf
    reps, timings = 1, 0
    while timings < runs or (reps > 1 and timings < 2):
        t0 = time.process_time()
        try:
            for _ in range(reps):
                fn()
        except Exception as exc:  # recorded, not hidden: the report shows it
            return None, type(exc).__name__
        took = (time.process_time() - t0) / reps
        best = min(best, took)
        timings += 1
        if best > LONG_CALL:
            break  # one long call is measurement enough
        if reps == 1 and took < MIN_TIMED:
            reps = math.ceil(MIN_TIMED / max(took, 1e-4))
    return best, None


def measure(args: argparse.Namespace) -> dict[str, Any]:
    sizes = FULL_SIZES if args.full else SIZES
    source, texts = news_articles()
    keys = [k for k in args.families.split(",") if k] if args.families else list(FAMILY)
    rows: list[dict[str, Any]] = []
    res = {
        "benchmark": "bench_adversarial",
        "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]),
        "news_source": source,
        "sizes": list(sizes),
        "runs": args.runs,
        "max_run_seconds": args.max_run_seconds,
        "families": {
            "long_document": f"{source} articles joined by blank lines, one parse() call",
            **{k: FAMILY[k].label for k in keys},
        },
        "rows": rows,
        "summary": {},
        "machine": machine_info(),
    }
    # Untimed first calls: the lexicons and caches a first parse loads lazily (some
    # only for a rare shape of sentence) would otherwise be charged to the first
    # news batch and make its 10 KB figure, and every ratio to it, meaningless.
    for t in articles_up_to(texts, 100 * KB):
        quoteverify.parse(t)
    for k in keys:
        quoteverify.parse(FAMILY[k].make(2 * KB))
    # family -> (size, seconds) of its calls so far, to predict the next one
    seen: dict[str, list[tuple[int, float]]] = {}
    for size in sizes:
        runs = 1 if size >= 10 * MB else args.runs
        batch = articles_up_to(texts, size)
        chars = sum(len(t) for t in batch)
        best, error = best_of(lambda b=batch: [quoteverify.parse(t) for t in b], runs)
        assert best is not None, error
        news = best / chars * MB
        rows.append(_row("news", size=size, chars=chars, best=best, error=None, news=news))
        _print(rows[-1])
        inputs: list[tuple[str, Callable[[], str]]] = [
            ("long_document", lambda s=size: long_document(texts, s)),
            *((k, lambda s=size, k=k: FAMILY[k].make(s)) for k in keys),
        ]
        for key, make in inputs:
            if key in seen:
                # Extrapolate with the growth seen so far (at least linear); skip a call
                # predicted to run past the limit.
                predicted = _predict(seen[key], size)
                if predicted > args.max_run_seconds:
                    rows.append(
                        _row(key, size=size, chars=size, best=None, news=news, error="skipped")
                    )
                    rows[-1]["predicted_s"] = predicted
                    _print(rows[-1])
                    continue
            text = make()
            best, error = best_of(lambda t=text: quoteverify.parse(t), runs)
            rows.append(_row(key, size=size, chars=len(text), best=best, error=error, news=news))
            _print(rows[-1])
            _save(args, res)
            if best is not None:
                seen.setdefault(key, []).append((len(text), best))
    res["summary"] = summarise(rows)
    res["machine"] = machine_info()
    return res


def merge(res: dict[str, Any], other: dict[str, Any]) -> None:
    """Add to ``res`` the rows of ``other`` at sizes ``res`` has not measured for their family."""
    have = {(r["family"], r["size"]) for r in res["rows"]}
    res["rows"] += [r for r in other["rows"] if (r["family"], r["size"]) not in have]
    res["rows"].sort(key=lambda r: (r["size"], r["family"] != "news"))
    res["sizes"] = sorted(set(res["sizes"]) | set(other["sizes"]))
    res["summary"] = summarise(sorted(res["rows"], key=lambda r: r["size"]))
    res.setdefault("merged", []).append(other.get("command", ""))


def _save(args: argparse.Namespace, res: dict[str, Any]) -> None:
    """Write the results so far (a long run that is stopped keeps what it measured)."""
    if args.json:
        res["summary"] = summarise(res["rows"])
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")


def _predict(calls: list[tuple[int, float]], size: int) -> float:
    """The time of a call at ``size`` by the power law through the last two calls."""
    (n1, s1), (n2, s2) = [(0, 0.0), *calls][-2:]
    exponent = 1.0
    if n1 > 0 and s1 > 0 and n2 > n1:
        exponent = max(1.0, math.log(s2 / s1) / math.log(n2 / n1))
    return s2 * (size / n2) ** exponent


def _row(
    family: str, *, size: int, chars: int, best: float | None, error: str | None, news: float
) -> dict[str, Any]:
    per_mb = None if best is None else best / chars * MB
    return {
        "family": family,
        "size": size,
        "chars": chars,
        "seconds": best,
        "s_per_mb": per_mb,
        "ratio_to_news": None if per_mb is None else per_mb / news,
        "error": error,
    }


def _print(row: dict[str, Any]) -> None:
    if row["error"] == "skipped":
        print(f"{row['family']} {row['size']:>10,} skipped: {row['predicted_s']:.0f} s predicted")
    elif row["error"]:
        print(f"{row['family']} {row['size']:>10,} raised {row['error']}", flush=True)
    else:
        print(
            f"{row['family']} {row['size']:>10,} {row['s_per_mb']:8.3f} s/MB "
            f"x{row['ratio_to_news']:.2f} news",
            flush=True,
        )


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per family: the worst ratio to news and the flatness (largest size / 10 KB)."""
    out: dict[str, dict[str, Any]] = {}
    for family in dict.fromkeys(r["family"] for r in rows):
        mine = [r for r in rows if r["family"] == family and r["s_per_mb"] is not None]
        errors = sorted({r["error"] for r in rows if r["family"] == family and r["error"]})
        if not mine:
            out[family] = {"max_ratio": None, "flatness": None, "errors": errors}
            continue
        first, last = mine[0], mine[-1]
        out[family] = {
            "max_ratio": max(r["ratio_to_news"] for r in mine),
            "flatness": last["s_per_mb"] / first["s_per_mb"],
            "largest": last["size"],
            "errors": errors,
        }
    return out


def machine_info() -> dict[str, Any]:
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu": cpu_model(),
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "git_head": git_head(),
        "dirty": dirty_files(),
    }


# --------------------------------------------------------------------------- report


def report(res: dict[str, Any]) -> str:
    """A Markdown table: seconds per MB per family and size, ratio to news, flatness."""
    sizes = res["sizes"]
    by = {(r["family"], r["size"]): r for r in res["rows"]}
    head = ["input", *(_size(s) for s in sizes), "max ratio to news", "flatness"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for family, summ in res["summary"].items():
        cells = [family]
        for s in sizes:
            r = by.get((family, s))
            if r is None:
                cells.append("")
            elif r["error"] == "skipped":
                cells.append(f"skipped ({r['predicted_s']:.0f} s predicted)")
            elif r["error"]:
                cells.append(f"raised {r['error']}")
            elif family == "news":
                cells.append(f"{r['s_per_mb']:.2f}")
            else:
                cells.append(f"{r['s_per_mb']:.2f} (×{r['ratio_to_news']:.1f})")
        ratio = summ["max_ratio"]
        cells.append("" if ratio is None or family == "news" else f"{ratio:.2f}")
        flat = summ["flatness"]
        cells.append("" if flat is None else f"{flat:.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _size(n: int) -> str:
    return f"{n // MB} MB" if n >= MB else f"{n // KB} KB"


def write_svg(res: dict[str, Any], path: Path) -> None:
    """A log-log chart: seconds per MB against text size, one line per family."""
    rows = [r for r in res["rows"] if r["s_per_mb"]]
    families = list(dict.fromkeys(r["family"] for r in rows))
    palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"]
    palette += ["#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896"]
    palette += ["#c5b0d5", "#c49c94", "#f7b6d2", "#dbdb8d"]
    chart = LogLogChart(
        [r["size"] for r in rows],
        [r["s_per_mb"] for r in rows],
        width=760,
        height=520,
        margins=(70, 230, 20, 50),
    )
    chart.axes(
        x_label="text size (characters), log scale",
        y_label="parse() seconds per MB, log scale",
        x_tick=lambda e: _size(10**e),
        y_tick=lambda e: f"{10.0**e:g} s",
    )
    for i, family in enumerate(families):
        chart.series(
            family,
            [(r["size"], r["s_per_mb"]) for r in rows if r["family"] == family],
            colour="#000" if family == "news" else palette[i % len(palette)],
            stroke="3" if family in ("news", "long_document") else "1.5",
            radius=3,
            legend_gap=18,
        )
    machine = res.get("machine", {})
    chart.note(f"{machine.get('date', '')[:10]}, news: {res.get('news_source', '')}")
    chart.write(path)


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--full", action="store_true", help="add 10 MB (slow: run it once)")
    ap.add_argument("--families", default="", help="comma-separated family keys (default all)")
    ap.add_argument("--runs", type=int, default=3, help="calls per input below 10 MB (best kept)")
    ap.add_argument(
        "--max-run-seconds",
        type=float,
        default=300.0,
        help="skip a call predicted (from the growth so far) to take longer",
    )
    ap.add_argument("--json", default=str(DEFAULT_JSON), help="results file ('' for none)")
    ap.add_argument("--svg", default=str(DEFAULT_SVG), help="chart to write ('' for none)")
    ap.add_argument("--chart-only", action="store_true", help="only redraw --svg from --json")
    ap.add_argument(
        "--merge",
        action="append",
        default=[],
        help="with --chart-only: add the sizes measured in this results file too (repeatable)",
    )
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.chart_only:
        res = json.loads(Path(args.json).read_text(encoding="utf-8"))
        for extra in args.merge:
            merge(res, json.loads(Path(extra).read_text(encoding="utf-8")))
    else:
        res = measure(args)
        _save(args, res)
        if args.json:
            print(f"wrote {args.json}")
    print(report(res))
    if args.svg:
        write_svg(res, Path(args.svg))
        print(f"wrote {args.svg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
