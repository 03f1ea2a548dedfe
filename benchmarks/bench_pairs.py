#!/usr/bin/env python
"""Hard pairs benchmark (issue 13): how often does ``compare()`` link real look-alike quotes?

``tests/data/hard_pairs.jsonl`` holds hand-labelled pairs of gold quotes from
two different articles of ``polnear-train.jsonl``, as references only
(``doc_id``, ``start``, ``end`` of each gold quote, offsets including the
marks); the words are read from ``../shared/data`` at run time, so no corpus
text is stored in the project. Labels:

* ``different``: the same speaker, the same frame (*There is no question ...*)
  or a shared phrase, but a different statement: should not link;
* ``variant``: one utterance as two outlets print it (reworded lightly, cut at
  another point, with a bracket or a lead-in): should link.

The pairs were found by a script (the same gold speaker in two articles with
shared content words; quotes sharing a long run of words; quotes with the same
three opening words) and each was then read and labelled by hand, not by a
score; unclear pairs were left out. Each row has a short note saying why.

A pair counts as linked when ``quoteverify.compare(a, b).linked``, the one link
decision (``compare.match_links``: exact, fragment, paraphrase, or a variant
sharing most of its informative content), on the gold quote texts with their
outer marks stripped. Beside it: the relations, and the naive
baseline (``rapidfuzz.fuzz.token_set_ratio >= 70``).

MSRP same-meaning recall and the random-pair link rate are measured by the
existing evaluation, not here::

    quoteverify evaluate ../shared/data/msrp-quotes-train.jsonl

Usage (from the repository root)::

    python benchmarks/bench_pairs.py [--data ../shared/data] [--json OUT]
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _machine import dirty_files, git_head

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
PAIRS = REPO / "tests" / "data" / "hard_pairs.jsonl"
DEFAULT_JSON = REPO / "benchmarks" / "results" / "pairs.json"
MARKS = "\"'“”‘’«»„‟‹›` \n\t"
BASELINE_CUTOFF = 70.0


def gold_texts(path: Path) -> dict[tuple[str, int, int], str]:
    """``(doc_id, start, end) -> quote text`` (outer marks stripped) for every gold quote."""
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            for q in doc["quotes"]:
                out[doc["doc_id"], q["start"], q["end"]] = q["text"].strip(MARKS)
    return out


def load_pairs(data: Path, pairs: Path = PAIRS) -> list[tuple[str, str, dict[str, Any]]]:
    """``(text_a, text_b, row)`` for every labelled pair; ``KeyError`` if a reference is gone."""
    texts = gold_texts(data / "polnear-train.jsonl")
    out = []
    with pairs.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                a, b = row["a"], row["b"]
                out.append(
                    (
                        texts[a["doc_id"], a["start"], a["end"]],
                        texts[b["doc_id"], b["start"], b["end"]],
                        row,
                    )
                )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from rapidfuzz import fuzz  # noqa: PLC0415

    from quoteverify import compare  # noqa: PLC0415

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--pairs", type=Path, default=PAIRS)
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON)
    args = ap.parse_args(argv)
    if not (args.data / "polnear-train.jsonl").exists():
        sys.exit(f"{args.data}/polnear-train.jsonl not found: this benchmark needs ../shared/data")
    pairs = load_pairs(args.data, args.pairs)
    by_label: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for a, b, row in pairs:
        m = compare(a, b)
        by_label[row["label"]].append(
            {
                "linked": m.linked,
                "relation": m.relation.value,
                "baseline": fuzz.token_set_ratio(a, b) >= BASELINE_CUTOFF,
            }
        )
    rows = []
    for label in sorted(by_label):
        rs = by_label[label]
        rows.append(
            {
                "label": label,
                "pairs": len(rs),
                "linked": round(sum(r["linked"] for r in rs) / len(rs), 4),
                "linked_count": sum(r["linked"] for r in rs),
                "baseline_linked": round(sum(r["baseline"] for r in rs) / len(rs), 4),
                "relations": dict(collections.Counter(r["relation"] for r in rs).most_common()),
            }
        )
    print(f"Hard pairs from polnear-train ({len(pairs)} labelled by hand, {args.pairs.name}):\n")
    print("| label | should | pairs | linked by compare() | token_set_ratio >= 70 | relations |")
    print("| --- | --- | ---: | ---: | ---: | --- |")
    for r in rows:
        should = "link" if r["label"] == "variant" else "not link"
        rel = ", ".join(f"{k} {v}" for k, v in r["relations"].items())
        print(
            f"| {r['label']} | {should} | {r['pairs']} | {r['linked']:.3f} "
            f"({r['linked_count']}) | {r['baseline_linked']:.3f} | {rel} |"
        )
    res = {
        "pairs_file": str(args.pairs.relative_to(REPO)) if args.pairs.is_relative_to(REPO) else "",
        "rows": rows,
        "command": " ".join(["python", "benchmarks/bench_pairs.py", *sys.argv[1:]]),
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "git_head": git_head(),
        "quoteverify_uncommitted": dirty_files(),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
