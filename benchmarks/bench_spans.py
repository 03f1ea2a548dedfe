#!/usr/bin/env python
"""Benchmark quote-span extraction (``quoteverify.extract_quotes``).

For every input this measures, in one process:

* the median time of ``quoteverify.extract_quotes(text)`` over N runs;
* the median time of a baseline that only finds the quote marks,
  ``sum(1 for _ in regex.finditer(BASELINE_PATTERN, text))``;

and reports throughput (MB/s, MB = 10**6 characters; UTF-8 bytes are given
too), seconds per MB, and the ratio parser time / baseline time.

Inputs:

* PDNC novels (``../shared/data/pdnc-train.jsonl`` from the repository root),
  one call per novel and all novels concatenated, when the file exists; and,
  as a size series, the whole corpus cut into pieces of 10 KB, 100 KB and
  1 MB, one call per piece, so that every size parses the same text;
* PolNeAR articles (``../shared/data/polnear-{dev,train}.jsonl``), one call
  per article and concatenated, when the files exist;
* a synthetic news-like text generated here from a seed, at 10 KB, 100 KB,
  1 MB and 10 MB;
* adversarial inputs (alternating marks, deep nesting, an unclosed mark at
  the start of 1 MB, runs of marks, apostrophes, dots and brackets), each
  also as a size series, to check that the time per MB stays flat.

Usage::

    python benchmarks/bench_spans.py [--quick] [--json OUT]

Only the standard library, ``regex`` and ``quoteverify`` are needed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import gc
import hashlib
import itertools
import json
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex

import quoteverify

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"

#: The baseline: a plain scan for every character that may be a quote mark.
BASELINE_PATTERN = r"[\"'“”‘’«»„‚‹›「」『』`]"

MB = 1_000_000
KB = 1_000
SERIES_SIZES = (10 * KB, 100 * KB, 1 * MB, 10 * MB)
#: A timed sample repeats the call until it lasts at least this long (small inputs).
MIN_SAMPLE_SECONDS = 0.05
#: Disable the garbage collector during timed calls (--no-gc).
GC_OFF = False
#: Inputs whose sample takes less than this get CHEAP_RUNS samples instead of --runs.
CHEAP_SAMPLE_SECONDS = 0.2
CHEAP_RUNS = 15
#: Flatness (max/min time per MB across sizes) above this is reported as an anomaly.
FLATNESS_LIMIT = 2.0
#: Growth exponent (log t ratio / log size ratio) above this is reported as super-linear.
EXPONENT_LIMIT = 1.3


# --------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------


def run_parser(payload: str | Sequence[str]) -> tuple[int, int]:
    """Extract quotes from a text (or from each text of a list); (quotes, diagnostics)."""
    texts = [payload] if isinstance(payload, str) else payload
    n_quotes = n_diags = 0
    for text in texts:
        ex = quoteverify.extract_quotes(text)
        n_quotes += len(ex)
        n_diags += len(ex.diagnostics)
    return n_quotes, n_diags


def run_baseline(payload: str | Sequence[str]) -> int:
    """Count the candidate quote marks with one ``regex.finditer`` per text."""
    texts = [payload] if isinstance(payload, str) else payload
    total = 0
    for text in texts:
        total += sum(1 for _ in regex.finditer(BASELINE_PATTERN, text))
    return total


class Timing:
    """The samples of one function on one input."""

    def __init__(
        self,
        *,
        median: float,
        samples: list[float],
        inner: int,
        result: Any,
        warmup: float,
        note: str = "",
    ):
        self.median = median
        self.samples = samples
        self.inner = inner
        self.result = result
        self.warmup = warmup
        self.note = note

    def as_dict(self) -> dict[str, Any]:
        return {
            "median_s": self.median,
            "min_s": min(self.samples),
            "samples_s": self.samples,
            "runs": len(self.samples),
            "calls_per_sample": self.inner,
            "warmup_s": self.warmup,
            "note": self.note,
        }


def time_it(fn: Callable[[Any], Any], payload: Any, runs: int, budget: float) -> Timing:
    """Median of ``runs`` timed samples of ``fn(payload)``, after one warm-up call.

    A sample repeats the call ``inner`` times when one call is shorter than
    MIN_SAMPLE_SECONDS, and reports the time per call; cheap inputs (a sample
    under CHEAP_SAMPLE_SECONDS) get CHEAP_RUNS samples; a warm-up call of a
    second or more counts as the first sample. If the warm-up shows
    that ``runs`` samples would exceed ``budget`` seconds, fewer samples are
    taken (at least one; the warm-up itself when even one would not fit) and a
    note says so. The garbage collector stays on (as in real use; off during
    the calls with --no-gc) and is emptied before every sample.
    """
    gc.collect()
    if GC_OFF:
        gc.disable()
    t0 = time.perf_counter()
    result = fn(payload)
    warmup = time.perf_counter() - t0
    gc.enable()
    inner = 1
    if warmup < MIN_SAMPLE_SECONDS:
        inner = max(1, min(10_000, math.ceil(MIN_SAMPLE_SECONDS / max(warmup, 1e-7))))
    note = ""
    if warmup * runs > budget:
        fit = int(budget // warmup)
        if fit < 1:
            note = f"slow: one run only (the warm-up run, {warmup:.1f} s)"
            return Timing(
                median=warmup, samples=[warmup], inner=1, result=result, warmup=warmup, note=note
            )
        note = f"slow: {fit} run{'s' if fit > 1 else ''} instead of {runs} (budget {budget:.0f} s)"
        runs = fit
    elif warmup * inner < CHEAP_SAMPLE_SECONDS:
        # Cheap inputs get more samples (up to CHEAP_RUNS): their median then
        # resists the odd sample slowed by another process on the machine.
        runs = max(runs, CHEAP_RUNS)
    samples = []
    if warmup >= 1.0:
        # Caches are warm from earlier inputs and one more call costs seconds:
        # the warm-up call counts as the first sample.
        samples.append(warmup)
    for _ in range(runs - len(samples)):
        gc.collect()
        if GC_OFF:
            gc.disable()
        t0 = time.perf_counter()
        for _ in range(inner):
            fn(payload)
        samples.append((time.perf_counter() - t0) / inner)
        gc.enable()
    return Timing(
        median=statistics.median(samples),
        samples=samples,
        inner=inner,
        result=result,
        warmup=warmup,
        note=note,
    )


# --------------------------------------------------------------------------
# Synthetic news-like text
# --------------------------------------------------------------------------

_NAMES = [
    "Maria Alvarez",
    "John Okafor",
    "Priya Natarajan",
    "Tom Jones",
    "Ana Kovač",
    "Lee Chang-min",
    "Sarah O'Brien",
    "Dmitri Volkov",
    "Fatima Haddad",
    "James Moss",
    "Helen Dubois",
    "Carlos Reyes",
    "Aiko Tanaka",
    "Peter Lindqvist",
    "Grace Mensah",
]
_ROLES = [
    "the mayor",
    "a spokeswoman for the ministry",
    "the union's leader",
    "a senior official",
    "the company's chief executive",
    "a local resident",
    "the committee chairman",
    "an analyst at the bank",
    "the coach",
    "a witness",
]
_PLACES = [
    "Riverton",
    "the capital",
    "Port Ellis",
    "the northern province",
    "Lakeside",
    "the harbour district",
    "Greenfield",
    "the border region",
    "Westbrook",
]
_TOPICS = [
    "the budget",
    "the new bridge",
    "the water supply",
    "the election",
    "the strike",
    "the trade deal",
    "the flood defences",
    "the rail line",
    "school funding",
    "the housing plan",
    "the ceasefire",
    "fuel prices",
]
_VERBS = [
    "said",
    "told reporters",
    "added",
    "said on Tuesday",
    "wrote in a statement",
    "told the council",
    "said in an interview",
    "insisted",
    "warned",
    "explained",
]
_ADJ = [
    "historic",
    "reckless",
    "overdue",
    "fragile",
    "remarkable",
    "costly",
    "bold",
    "unworkable",
    "modest",
    "shameful",
]
_NOUNS = [
    "deal",
    "mistake",
    "plan",
    "compromise",
    "victory",
    "gamble",
    "promise",
    "failure",
    "step",
    "disaster",
]
_CLAIMS = [
    "We are not going to stop until the work is done",
    "Nobody expected the costs to rise this quickly",
    "This is the best chance we have had in a decade",
    "I don't think the numbers add up",
    "We can't keep asking families to pay more",
    "The people of {place} deserve better than this",
    "It wasn't an easy decision, but it was the right one",
    "There is still a lot of work ahead of us",
    "We've seen nothing like it since the ’90s",
    "They didn't listen to anyone who disagreed",
    "Our priority is to keep everyone safe",
    "I'm confident we will reach an agreement",
]
_FILLER = [
    "The vote is expected next week.",
    "Officials in {place} did not respond to a request for comment.",
    "The proposal has been debated for months.",
    "Turnout was higher than in previous years.",
    "Jones' office released the figures late on Monday.",
    "The council's report runs to more than 200 pages.",
    "Prices rose by 4.5 per cent in the year to March.",
    "The plan was first announced in the ’90s and shelved twice.",
    "Critics say the scheme favours the city's wealthier districts.",
    "Residents have been told to expect delays until the spring.",
]


def _claim(rng: random.Random) -> str:
    return rng.choice(_CLAIMS).format(place=rng.choice(_PLACES))


def _sentence(rng: random.Random) -> str:
    """One sentence of news prose, usually with a quotation."""
    name = rng.choice(_NAMES)
    role = rng.choice(_ROLES)
    verb = rng.choice(_VERBS)
    topic = rng.choice(_TOPICS)
    place = rng.choice(_PLACES)
    adj, noun = rng.choice(_ADJ), rng.choice(_NOUNS)
    claim, claim2 = _claim(rng), _claim(rng)
    k = rng.randrange(20)
    if k == 0:
        return f"“{claim},” {name}, {role}, {verb}. “{claim2}.”"
    if k == 1:
        return f'"{claim}," {name} {verb}.'
    if k == 2:
        return f"‘{claim},’ {role} {verb}."  # British single quotes
    if k == 3:
        return f'{name} called {topic} "a {adj} {noun}" and said it wouldn\'t last.'
    if k == 4:
        return f"{name} described {topic} as “{adj}” and “a {noun} in the making.”"
    if k == 5:
        return f"“He told me, ‘{claim},’ and then he left,” {name} {verb}."
    if k == 6:
        return f"\"She kept saying 'not yet' and 'maybe next year,'\" {role} {verb}."
    if k == 7:
        return f"{name} {verb}: “{claim}. {claim2}.”"
    if k == 8:
        return f"“We will rebuild [{place}] ... and we will do it together,” {name} {verb}."
    if k == 9:
        return f"In {place}, {role} {verb} that {topic} was 'a {noun}' for the region."
    if k == 10:
        if not claim2.startswith(("I ", "I'")):
            claim2 = claim2[0].lower() + claim2[1:]
        return f"“{claim} … {claim2},” {rng.choice(('said', 'added'))} {name}."
    if k == 11:
        return f"The banner read “{rng.choice(_ADJ).capitalize()} {rng.choice(_NOUNS)}s.”"
    if k == 12:
        return f"{name}'s office said the Smiths' and the Joneses' claims were rock 'n' roll."
    if k == 13:
        return f"“Don't,” {name} said. “Just don't.”"
    if k == 14:
        return f"`{claim},'' {name} {verb}."  # wire-style double marks
    if k == 15:
        return f"O'Brien said it was {rng.choice(_ADJ)} 'em all along, since the ’80s."
    return rng.choice(_FILLER).format(place=place)


def synthetic_news(n_chars: int, seed: int = 20250815) -> str:
    """Deterministic news-like text of about ``n_chars`` characters, in paragraphs.

    Paragraphs are separated by blank lines; about one in twelve is a quote
    that continues into the next paragraph (the opening mark repeated, no
    closing mark at the paragraph end), as newspapers print it.
    """
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    story = 0
    while size < n_chars:
        if rng.random() < 0.08:
            story += 1
            head = (
                f"{rng.choice(_TOPICS).capitalize()}: {rng.choice(_NAMES)} "
                f"says {rng.choice(_TOPICS)} is “a {rng.choice(_ADJ)} {rng.choice(_NOUNS)}”"
            )
            parts.append(head)
            parts.append(
                f"{rng.choice(_PLACES).upper()} (Wire {story}) — "
                + " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
            )
        elif rng.random() < 0.08:
            name = rng.choice(_NAMES)
            parts.append(f"“{_claim(rng)}. {_claim(rng)},” {name} said. “{_claim(rng)}.")
            parts.append(f"“{_claim(rng)}. {_claim(rng)}.”")
        else:
            parts.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 5))))
        size += len(parts[-1]) + 2
    return "\n\n".join(parts)


def prefix_at_paragraph(text: str, n_chars: int) -> str:
    """The longest prefix of ``text`` of at most ``n_chars`` that ends a paragraph."""
    if len(text) <= n_chars:
        return text
    cut = text.rfind("\n\n", 0, n_chars + 1)
    return text[:cut] if cut > 0 else text[:n_chars]


# --------------------------------------------------------------------------
# Adversarial inputs
# --------------------------------------------------------------------------


def _repeat(unit: str, n_chars: int) -> str:
    return (unit * (n_chars // len(unit) + 1))[:n_chars]


def _prose(n_chars: int, seed: int = 7) -> str:
    """Plain words, no marks, no line breaks: one long paragraph."""
    rng = random.Random(seed)
    words = [
        "the",
        "council",
        "said",
        "that",
        "its",
        "members",
        "would",
        "meet",
        "again",
        "on",
        "Monday",
        "to",
        "discuss",
        "the",
        "budget",
        "and",
        "the",
        "new",
        "rail",
        "line",
        "before",
        "the",
        "vote",
    ]
    out: list[str] = []
    size = 0
    while size < n_chars:
        w = rng.choice(words)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n_chars]


def _deep(n_chars: int, opener: str, closer: str) -> str:
    """``opener`` repeated to fill half of ``n_chars``, then as many ``closer``s."""
    depth = max(1, n_chars // (len(opener) + len(closer)))
    return opener * depth + closer * depth


def _straight_noise(n_chars: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("\"'") for _ in range(n_chars))


def _news_cache() -> Callable[[int], str]:
    cache: dict[str, str] = {}

    def news(n_chars: int) -> str:
        if "text" not in cache or len(cache["text"]) < n_chars:
            cache["text"] = synthetic_news(max(n_chars, 1 * MB) + 10 * KB)
        return prefix_at_paragraph(cache["text"], n_chars)

    return news


NEWS = _news_cache()

_PDNC_CACHE: dict[str, str] = {}


def pdnc_concatenated() -> str:
    """All PDNC novels joined by blank lines (the file must exist)."""
    if "text" not in _PDNC_CACHE:
        texts = [t for _, t in load_jsonl_texts(DATA / "pdnc-train.jsonl")]
        _PDNC_CACHE["text"] = "\n\n".join(texts)
    return _PDNC_CACHE["text"]


def chunks_at_paragraphs(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most about ``size`` characters, at blank lines."""
    out = []
    start, n = 0, len(text)
    while start < n:
        if n - start <= size:
            out.append(text[start:])
            break
        cut = text.rfind("\n\n", start + 1, start + size + 1)
        if cut <= start:
            cut = start + size
        out.append(text[start:cut])
        start = cut
    return out


class Family:
    """A kind of input that can be generated at any size."""

    def __init__(
        self,
        key: str,
        label: str,
        make: Callable[[int], str | list[str]],
        adversarial: bool = True,
        fixed_total: bool = False,
    ):
        self.key = key
        self.fixed_total = fixed_total  # every size parses the same text, in pieces
        self.label = label
        self.make = make
        self.adversarial = adversarial


FAMILIES = [
    Family(
        "news",
        "synthetic news (curly, straight, single quotes, apostrophes, nesting); below 1 MB, "
        "the first 1 MB cut at blank lines into pieces of the given size, one call per piece",
        lambda n: chunks_at_paragraphs(NEWS(max(n, MB)), n),
        adversarial=False,
        fixed_total=True,
    ),
    Family("alt_straight", "alternating straight marks `\"'\"'...`", lambda n: _repeat("\"'", n)),
    Family("alt_curly", "alternating curly openers `“‘“‘...`", lambda n: _repeat("“‘", n)),
    Family("dq_words", '`"` separated by words: `"word "word ...`', lambda n: _repeat('"word ', n)),
    Family(
        "dq_spaced",
        '`"` spaced between words: `word " word " ...`',
        lambda n: _repeat('word " ', n),
    ),
    Family(
        "curly_words", "`“` separated by words: `“word “word ...`", lambda n: _repeat("“word ", n)
    ),
    Family(
        "deep",
        "deep nesting `“‘“‘...’”’”` (opening half then matching closers)",
        lambda n: _deep(n, "“‘", "’”"),
    ),
    Family(
        "deep_spaced",
        "deep nesting with spaces `“ ‘ “ ‘ ... ’ ” ’ ”`",
        lambda n: _deep(n, "“ ‘ ", "’ ” "),
    ),
    Family(
        "unclosed_news", "unclosed `“` at the start of synthetic news", lambda n: "“" + NEWS(n - 1)
    ),
    Family(
        "unclosed_prose",
        "unclosed `“` at the start of one paragraph of plain words",
        lambda n: "“" + _prose(n - 1),
    ),
    Family(
        "straight_noise",
        "straight marks only, no spaces, one paragraph (random `\"`/`'`)",
        _straight_noise,
    ),
    Family("apos_straight", "apostrophes `'''...`", lambda n: "'" * n),
    Family("apos_curly", "apostrophes `’’’...`", lambda n: "’" * n),
    Family(
        "apos_words",
        "apostrophe words, one paragraph: don't Jones' ’90s 'em rock 'n' roll",
        lambda n: _repeat("don't Jones' ’90s 'em rock 'n' roll O'Brien's 'Tis ", n),
    ),
    Family("dots", "dots inside a quote `“......”`", lambda n: "“" + "." * (n - 2) + "”"),
    Family(
        "dots_spaced",
        "spaced dots inside a quote `“. . . .”`",
        lambda n: "“" + _repeat(". ", n - 2) + "”",
    ),
    Family(
        "brackets_runs",
        "runs of `[` then `]` inside a quote `“[[[...]]]”`",
        lambda n: "“" + "[" * ((n - 2) // 2) + "]" * ((n - 2) - (n - 2) // 2) + "”",
    ),
    Family(
        "brackets_alt",
        "alternating `[]` inside a quote `“[][]...”`",
        lambda n: "“" + _repeat("[]", n - 2) + "”",
    ),
    Family(
        "brackets_open_dots",
        "`[. . .` never closed, inside a quote `“[. . [. . ...”`",
        lambda n: "“" + _repeat("[. . . . ", n - 2) + "”",
    ),
]
FAMILY = {f.key: f for f in FAMILIES}

#: The inputs the issue names explicitly: (label, family, size in characters).
NAMED_INPUTS = [
    ("100,000 alternating marks `\"'`", "alt_straight", 100_000),
    ("100,000 alternating marks `“‘`", "alt_curly", 100_000),
    ('100,000 `"` separated by words', "dq_words", 600_000),
    ('100,000 `"` spaced between words', "dq_spaced", 700_000),
    ("nesting 50,000 deep `“‘“‘...` + closers", "deep", 100_000),
    ("unclosed `“` at the start of 1 MB of news", "unclosed_news", 1 * MB),
    ("unclosed `“` at the start of 1 MB, one paragraph", "unclosed_prose", 1 * MB),
    ("1 MB straight marks, no spaces, one paragraph", "straight_noise", 1 * MB),
    ("1 MB of apostrophes `'`", "apos_straight", 1 * MB),
    ("1 MB of apostrophes `’`", "apos_curly", 1 * MB),
    ("1 MB of apostrophe words", "apos_words", 1 * MB),
    ("1 MB of dots inside a quote", "dots", 1 * MB),
    ("1 MB of spaced dots inside a quote", "dots_spaced", 1 * MB),
    ("1 MB runs of `[` and `]` inside a quote", "brackets_runs", 1 * MB),
    ("1 MB of `[]` inside a quote", "brackets_alt", 1 * MB),
]


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------


def _chars(payload: str | Sequence[str]) -> int:
    return len(payload) if isinstance(payload, str) else sum(len(t) for t in payload)


def _bytes(payload: str | Sequence[str]) -> int:
    texts = [payload] if isinstance(payload, str) else payload
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)


def measure(
    label: str,
    payload: str | Sequence[str],
    *,
    runs: int,
    budget: float,
    group: str,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    chars = _chars(payload)
    parser = time_it(run_parser, payload, runs, budget)
    baseline = time_it(run_baseline, payload, runs, budget)
    n_quotes, n_diags = parser.result
    row: dict[str, Any] = {
        "group": group,
        "input": label,
        "chars": chars,
        "utf8_bytes": _bytes(payload),
        "documents": 1 if isinstance(payload, str) else len(payload),
        "parser": parser.as_dict(),
        "baseline": baseline.as_dict(),
        "parser_mb_per_s": chars / MB / parser.median,
        "parser_s_per_mb": parser.median / (chars / MB),
        "parser_utf8_mb_per_s": _bytes(payload) / MB / parser.median,
        "baseline_mb_per_s": chars / MB / baseline.median,
        "baseline_s_per_mb": baseline.median / (chars / MB),
        "ratio": parser.median / baseline.median,
        "quotes": n_quotes,
        "diagnostics": n_diags,
        "marks_found_by_baseline": baseline.result,
    }
    if extra:
        row.update(extra)
    _progress(row)
    return row


def _progress(row: dict[str, Any]) -> None:
    note = f"  [{row['parser']['note']}]" if row["parser"]["note"] else ""
    print(
        f"  measured {row['input'][:60]:<60} {_fmt_chars(row['chars']):>9}  "
        f"{row['parser_mb_per_s']:8.3f} MB/s  ratio {row['ratio']:7.1f}{note}",
        file=sys.stderr,
        flush=True,
    )


def load_jsonl_texts(path: Path) -> list[tuple[str, str]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                out.append((rec.get("doc_id", ""), rec["text"]))
    return out


def bench_corpora(args: argparse.Namespace, runs: int, notes: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    pdnc = DATA / "pdnc-train.jsonl"
    if pdnc.exists():
        docs = load_jsonl_texts(pdnc)
        texts = [t for _, t in docs]
        # One novel at a time: per-novel medians, summed for the corpus figure.
        per_novel: list[dict[str, Any]] = []
        for doc_id, text in docs:
            p = time_it(run_parser, text, runs, args.budget)
            b = time_it(run_baseline, text, runs, args.budget)
            per_novel.append(
                {
                    "doc_id": doc_id,
                    "chars": len(text),
                    "parser_median_s": p.median,
                    "baseline_median_s": b.median,
                    "parser_mb_per_s": len(text) / MB / p.median,
                    "ratio": p.median / b.median,
                }
            )
        total_chars = sum(len(t) for t in texts)
        total_p = sum(r["parser_median_s"] for r in per_novel)
        total_b = sum(r["baseline_median_s"] for r in per_novel)
        slowest = min(per_novel, key=lambda r: r["parser_mb_per_s"])
        fastest = max(per_novel, key=lambda r: r["parser_mb_per_s"])
        row = {
            "group": "corpus",
            "input": f"PDNC, {len(docs)} novels, one call per novel (sum of per-novel medians)",
            "chars": total_chars,
            "utf8_bytes": _bytes(texts),
            "documents": len(docs),
            "parser": {"median_s": total_p, "runs": runs, "note": "sum of per-novel medians"},
            "baseline": {"median_s": total_b, "runs": runs, "note": "sum of per-novel medians"},
            "parser_mb_per_s": total_chars / MB / total_p,
            "parser_s_per_mb": total_p / (total_chars / MB),
            "parser_utf8_mb_per_s": _bytes(texts) / MB / total_p,
            "baseline_mb_per_s": total_chars / MB / total_b,
            "baseline_s_per_mb": total_b / (total_chars / MB),
            "ratio": total_p / total_b,
            "quotes": None,
            "diagnostics": None,
            "marks_found_by_baseline": None,
            "per_novel": per_novel,
            "slowest_novel": slowest,
            "fastest_novel": fastest,
        }
        _progress(row)
        rows.append(row)
        rows.append(
            measure(
                f"PDNC, {len(docs)} novels concatenated (one call)",
                pdnc_concatenated(),
                runs=runs,
                budget=args.budget,
                group="corpus",
                extra={"family": "pdnc", "size": 10 * MB},
            )
        )
    else:
        notes.append(f"PDNC skipped: {pdnc} not found.")
    for split in ("dev", "train"):
        path = DATA / f"polnear-{split}.jsonl"
        if split == "train" and args.quick:
            notes.append("PolNeAR train skipped with --quick.")
            continue
        if path.exists():
            texts = [t for _, t in load_jsonl_texts(path)]
            rows.append(
                measure(
                    f"PolNeAR {split}, {len(texts)} articles, one call per article",
                    texts,
                    runs=runs,
                    budget=args.budget,
                    group="corpus",
                )
            )
            rows.append(
                measure(
                    f"PolNeAR {split}, {len(texts)} articles concatenated (one call)",
                    "\n\n".join(texts),
                    runs=runs,
                    budget=args.budget,
                    group="corpus",
                )
            )
        else:
            notes.append(f"PolNeAR {split} skipped: {path} not found.")
    return rows


def _exponent(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How time per call grows with the size of one call: 1 if linear, 2 if quadratic."""
    return 1 + math.log(b["parser_s_per_mb"] / a["parser_s_per_mb"]) / math.log(
        b["size"] / a["size"]
    )


def bench_series(
    args: argparse.Namespace,
    runs_for: Callable[[int], int],
    cache: dict[tuple[str, int], dict[str, Any]],
    families: list[Family],
) -> list[dict[str, Any]]:
    out = []
    for fam in families:
        sizes = [
            s
            for s in SERIES_SIZES
            if s <= (args.max_size if not fam.adversarial else args.adversarial_max_size)
        ]
        points: list[dict[str, Any]] = []
        skipped: list[dict[str, Any]] = []
        for size in sizes:
            if len(points) >= 2:
                # Predict this size's run time from the growth seen so far.
                # Small sizes understate a quadratic growth (fixed costs dominate
                # them): any clearly super-linear growth is extrapolated as quadratic.
                k = max(1.0, _exponent(points[-2], points[-1]))
                if k > EXPONENT_LIMIT:
                    k = max(k, 2.0)
                last = points[-1]
                chars = max(last["chars"], size) if fam.fixed_total else size
                predicted = last["parser_s_per_mb"] * (size / last["size"]) ** (k - 1) * chars / MB
                if predicted > args.max_run_seconds:
                    skipped.append({"size": size, "predicted_s": predicted, "exponent": k})
                    print(
                        f"  skipped {fam.key} at {_fmt_chars(size)}: predicted "
                        f"{predicted:.0f} s per run (growth exponent {k:.2f})",
                        file=sys.stderr,
                        flush=True,
                    )
                    continue
            key = (fam.key, size)
            if key not in cache:
                text = fam.make(size)
                cache[key] = measure(
                    f"{fam.key} {_fmt_chars(size)}",
                    text,
                    runs=runs_for(size),
                    budget=args.budget,
                    group="series",
                    extra={"family": fam.key, "size": size},
                )
                del text
            points.append(cache[key])
        per_mb = [p["parser_s_per_mb"] for p in points]
        exps = [_exponent(a, b) for a, b in itertools.pairwise(points)]
        out.append(
            {
                "family": fam.key,
                "label": fam.label,
                "adversarial": fam.adversarial,
                "points": [
                    {
                        "size": p["size"],
                        "chars": p["chars"],
                        "parser_median_s": p["parser"]["median_s"],
                        "runs": p["parser"]["runs"],
                        "parser_s_per_mb": p["parser_s_per_mb"],
                        "parser_mb_per_s": p["parser_mb_per_s"],
                        "ratio": p["ratio"],
                    }
                    for p in points
                ],
                "skipped": skipped,
                "flatness": max(per_mb) / min(per_mb) if per_mb else None,
                "growth_exponents": exps,
            }
        )
    return out


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------


def _fmt_chars(n: int) -> str:
    if n >= MB:
        return f"{n / MB:.2f} M"
    if n >= KB:
        return f"{n / KB:.1f} K"
    return str(n)


def _size_label(n: int) -> str:
    """10 KB, 100 KB, 1 MB, 10 MB (nominal series sizes)."""
    return f"{n // MB} MB" if n >= MB else f"{n // KB} KB"


def _fmt_s(s: float) -> str:
    if s >= 1:
        return f"{s:.2f} s"
    if s >= 1e-3:
        return f"{s * 1e3:.1f} ms"
    return f"{s * 1e6:.0f} µs"


def table(headers: list[str], rows: list[list[str]], align: str) -> str:
    """A Markdown table (also readable as plain text)."""
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]

    def line(cells: list[str]) -> str:
        return (
            "| "
            + " | ".join(
                c.ljust(w) if a == "l" else c.rjust(w)
                for c, w, a in zip(cells, widths, align, strict=True)
            )
            + " |"
        )

    sep = (
        "| "
        + " | ".join(
            ("-" * w) if a == "l" else ("-" * (w - 1) + ":")
            for w, a in zip(widths, align, strict=True)
        )
        + " |"
    )
    return "\n".join([line(headers), sep] + [line(r) for r in rows])


def inputs_table(rows: list[dict[str, Any]]) -> str:
    headers = [
        "input",
        "chars",
        "UTF-8 bytes",
        "runs",
        "parser median",
        "MB/s",
        "s/MB",
        "baseline median",
        "baseline MB/s",
        "ratio",
    ]
    body = []
    for r in rows:
        runs = r["parser"]["runs"]
        flag = "*" if r["parser"].get("note", "").startswith("slow") else ""
        body.append(
            [
                r["input"],
                f"{r['chars']:,}",
                f"{r['utf8_bytes']:,}",
                f"{runs}{flag}",
                _fmt_s(r["parser"]["median_s"]),
                f"{r['parser_mb_per_s']:.3g}",
                f"{r['parser_s_per_mb']:.3g}",
                _fmt_s(r["baseline"]["median_s"]),
                f"{r['baseline_mb_per_s']:.0f}",
                f"{r['ratio']:.0f}",
            ]
        )
    return table(headers, body, "lrrrrrrrrr")


def series_table(series: list[dict[str, Any]], runs: int) -> str:
    headers = (
        ["input family"]
        + [f"s/MB at {_size_label(s)}" for s in SERIES_SIZES]
        + ["max/min", "max exponent"]
    )
    body = []
    for s in series:
        by_size: dict[int, str] = {}
        for p in s["points"]:
            by_size[p["size"]] = f"{p['parser_s_per_mb']:.3g}" + ("*" if p["runs"] < runs else "")
        for k in s["skipped"]:
            by_size[k["size"]] = f"(~{k['predicted_s'] / (k['size'] / MB):.3g} predicted)"
        cells = [by_size.get(size, "–") for size in SERIES_SIZES]
        exps = s["growth_exponents"]
        body.append(
            [
                s["family"],
                *cells,
                f"{s['flatness']:.2f}" if s["flatness"] else "–",
                f"{max(exps):.2f}" if exps else "–",
            ]
        )
    return table(headers, body, "l" + "r" * (len(headers) - 1))


def find_anomalies(rows: list[dict[str, Any]], series: list[dict[str, Any]]) -> list[str]:
    out = []
    for s in series:
        exps = s["growth_exponents"]
        if (s["flatness"] and s["flatness"] > FLATNESS_LIMIT) or (
            exps and max(exps) > EXPONENT_LIMIT
        ):
            pts = ", ".join(
                f"{_fmt_chars(p['chars'])}: {_fmt_s(p['parser_median_s'])} "
                f"({p['parser_s_per_mb']:.3g} s/MB)"
                for p in s["points"]
            )
            skip = "".join(
                f"; {_fmt_chars(k['size'])} skipped, predicted {k['predicted_s']:.0f} s per run"
                for k in s["skipped"]
            )
            out.append(
                f"super-linear: {s['family']} ({s['label']}): {pts}{skip}; "
                f"time/MB max/min {s['flatness']:.2f}, growth exponents "
                + ", ".join(f"{e:.2f}" for e in exps)
            )
    news = next((s for s in series if s["family"] == "news"), None)
    if news and news["points"]:
        ref = min(p["parser_s_per_mb"] for p in news["points"])
        for r in rows:
            if r["parser_s_per_mb"] > 10 * ref:
                out.append(
                    f"slow per MB: {r['input']}: {r['parser_s_per_mb']:.3g} s/MB, "
                    f"{r['parser_s_per_mb'] / ref:.0f}x the synthetic news "
                    f"({ref:.3g} s/MB)"
                )
    return out


def source_digest() -> str:
    """A hash of quoteverify's source files, to tell which code was measured."""
    h = hashlib.sha256()
    root = Path(quoteverify.__file__).parent
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".txt", ".json", ".tsv"):
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = ""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
    return {
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "cpu_model": cpu,
        "cpu_count": os.cpu_count(),
        "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "quoteverify_version": quoteverify.__version__,
        "quoteverify_path": str(Path(quoteverify.__file__).parent),
        "regex_version": getattr(regex, "__version__", ""),
        "git_commit": commit,
        "quoteverify_source_sha256_16": source_digest(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help="fewer runs at 10 MB (3), no PolNeAR train, adversarial series up to 1 MB",
    )
    ap.add_argument("--json", metavar="OUT", help="write the results as JSON to OUT")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per input (median; default 5)")
    ap.add_argument(
        "--max-size",
        type=int,
        default=10 * MB,
        help="largest synthetic-news size in characters (default 10,000,000)",
    )
    ap.add_argument(
        "--adversarial-max-size",
        type=int,
        default=None,
        help="largest size of the adversarial series (default 10,000,000; 1,000,000 with --quick)",
    )
    ap.add_argument(
        "--max-run-seconds",
        type=float,
        default=60.0,
        help="skip a series size whose predicted single run exceeds this (default 60)",
    )
    ap.add_argument(
        "--budget",
        type=float,
        default=None,
        help="seconds allowed for the timed runs of one input; slower inputs get "
        "fewer runs, marked * (default 600; 150 with --quick)",
    )
    ap.add_argument("--no-corpora", action="store_true", help="skip PDNC and PolNeAR")
    ap.add_argument(
        "--families",
        metavar="KEY,KEY",
        help="run only these size series (and the named adversarial inputs of these families)",
    )
    ap.add_argument(
        "--no-gc",
        action="store_true",
        help="disable the garbage collector during timed calls (to separate its cost)",
    )
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    global GC_OFF  # noqa: PLW0603 - one switch read by time_it
    GC_OFF = args.no_gc
    if args.budget is None:
        args.budget = 150.0 if args.quick else 600.0
    if args.adversarial_max_size is None:
        args.adversarial_max_size = 1 * MB if args.quick else 10 * MB

    def runs_for(size: int) -> int:
        return 3 if (args.quick and size >= 10 * MB) else args.runs

    started = time.perf_counter()
    info = machine_info()
    notes: list[str] = []
    print(
        f"quoteverify {info['quoteverify_version']} (source {info['quoteverify_source_sha256_16']})"
        f", Python {info['python']}, {info['cpu_model']}",
        file=sys.stderr,
    )

    corpus_rows = [] if args.no_corpora else bench_corpora(args, args.runs, notes)
    cache: dict[tuple[str, int], dict[str, Any]] = {}
    families = list(FAMILIES)
    if (DATA / "pdnc-train.jsonl").exists():
        families.insert(
            0,
            Family(
                "pdnc",
                "all PDNC novels, cut at blank lines into pieces of the given size, one "
                "call per piece (every size parses the same 9.8 M characters)",
                lambda n: chunks_at_paragraphs(pdnc_concatenated(), n),
                adversarial=False,
                fixed_total=True,
            ),
        )
    for row in corpus_rows:
        if row.get("family") == "pdnc":
            # The whole concatenation is the largest point of the PDNC size series.
            cache[("pdnc", row["size"])] = row
    if args.families:
        wanted = set(args.families.split(","))
        unknown = wanted - {f.key for f in families}
        if unknown:
            ap.error(f"unknown families: {', '.join(sorted(unknown))}")
        families = [f for f in families if f.key in wanted]
    named_rows = []
    for label, fam, size in NAMED_INPUTS:
        if args.families and fam not in args.families.split(","):
            continue
        key = (fam, size)
        if key not in cache:
            text = FAMILY[fam].make(size)
            cache[key] = measure(
                f"{fam} {_fmt_chars(size)}",
                text,
                runs=args.runs,
                budget=args.budget,
                group="series",
                extra={"family": fam, "size": size},
            )
            del text
        row = dict(cache[key])
        row["group"] = "adversarial"
        row["input"] = label
        named_rows.append(row)
    series = bench_series(args, runs_for, cache, families)
    news_rows = []
    for size in SERIES_SIZES:
        if ("news", size) in cache:
            row = cache[("news", size)]
            pieces = f" ({row['documents']} pieces)" if row["documents"] > 1 else ""
            label = f"synthetic news, {_size_label(size)} per call{pieces}"
            news_rows.append(dict(row, input=label, group="news"))
    anomalies = find_anomalies(corpus_rows + news_rows + named_rows, series)
    digest_end = source_digest()
    if digest_end != info["quoteverify_source_sha256_16"]:
        notes.append(
            "WARNING: quoteverify's source changed during the run "
            f"({info['quoteverify_source_sha256_16']} -> {digest_end}); "
            "the figures may mix two versions."
        )
    elapsed = time.perf_counter() - started

    print()
    print(f"# Quote-span extraction benchmark ({info['date']})")
    print(
        f"Machine: {info['cpu_model']} ({info['cpu_count']} CPUs), {info['platform']}, "
        f"Python {info['python']}, regex {info['regex_version']}; quoteverify "
        f"{info['quoteverify_version']} at {info['git_commit'][:10]} "
        f"(source {info['quoteverify_source_sha256_16']})."
    )
    print(
        "MB = 10^6 characters. Medians of the timed runs; ratio = parser median / baseline "
        "median, baseline = regex.finditer over the quote-mark class. "
        "* = fewer runs than asked (slow input)."
        + (" Garbage collector disabled during the calls (--no-gc)." if GC_OFF else "")
    )
    print()
    if corpus_rows:
        print("## Corpora\n")
        print(inputs_table(corpus_rows))
        pdnc = next((r for r in corpus_rows if "per_novel" in r), None)
        if pdnc:
            print(
                f"\nPDNC per novel: slowest {pdnc['slowest_novel']['doc_id']} "
                f"{pdnc['slowest_novel']['parser_mb_per_s']:.2f} MB/s, fastest "
                f"{pdnc['fastest_novel']['doc_id']} "
                f"{pdnc['fastest_novel']['parser_mb_per_s']:.2f} MB/s."
            )
        print()
    print("## Synthetic news\n")
    print(inputs_table(news_rows))
    print("\n## Adversarial inputs\n")
    print(inputs_table(named_rows))
    print("\n## Time per MB across sizes (flatness)\n")
    print(series_table(series, args.runs))
    print()
    for s in series:
        print(f"- {s['family']}: {s['label']}")
    print(
        "\nmax/min = largest over smallest time per MB across the measured sizes; max exponent ="
        " largest growth exponent of the time of one call with its size between neighbouring"
        " sizes, 1 + log(r2/r1)/log(n2/n1) for time per MB r at size n (1 = linear,"
        " 2 = quadratic)."
    )
    for n in notes:
        print(f"\nNote: {n}")
    print("\n## Anomalies\n")
    if anomalies:
        for a in anomalies:
            print(f"- {a}")
    else:
        print("none")
    print(f"\nTotal time {elapsed:.0f} s.")

    if args.json:
        result = {
            "machine": info,
            "command": " ".join(["python", "benchmarks/bench_spans.py"] + (argv or sys.argv[1:])),
            "settings": {
                "runs": args.runs,
                "quick": args.quick,
                "max_size": args.max_size,
                "adversarial_max_size": args.adversarial_max_size,
                "max_run_seconds": args.max_run_seconds,
                "budget": args.budget,
                "gc_disabled_during_calls": GC_OFF,
                "families": args.families,
                "min_sample_seconds": MIN_SAMPLE_SECONDS,
                "cheap_sample_seconds": CHEAP_SAMPLE_SECONDS,
                "cheap_runs": CHEAP_RUNS,
                "baseline_pattern": BASELINE_PATTERN,
                "mb": "10**6 characters",
            },
            "corpora": corpus_rows,
            "synthetic_news": news_rows,
            "adversarial": named_rows,
            "series": series,
            "anomalies": anomalies,
            "notes": notes,
            "elapsed_s": elapsed,
            "load_average_at_end": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        }
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(
            json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"Wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
