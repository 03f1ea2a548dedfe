#!/usr/bin/env python
"""What one bad quote mark costs: single-mark mutations of real news.

Each trial takes one article, makes one edit to one quote mark, and compares
``extract_quotes`` on the edited text with ``extract_quotes`` on the original:

* ``delete``: a quote mark is removed;
* ``insert``: a stray mark (``"“”'‘’«»``) is put before or after a word;
* ``swap``: a mark is replaced by one of another style or direction
  (``“`` for ``"``, ``”`` for ``“``, ``‘`` for ``’``, ``»`` for ``«``...).

A quote of the original is *kept* when the edited text has a quote at the same
place (offsets shifted past the edit) with the same outer marks' span; every
other original quote is *changed* (lost or altered), and so is every quote of
the edited text that matches none of the original and overlaps no changed one
(a quote that appeared). For each changed quote the script records where it is:
``at the edit`` (its marks enclose the edited position), ``in the paragraph``
(elsewhere in the edited paragraph), ``in the next paragraph`` (a quote left
open at a paragraph end continues into a next paragraph that opens with a mark
of its style: the newspaper convention for a quote over several paragraphs) or
``further away``.

Inputs: PolNeAR train articles (``polnear-train.jsonl`` in ``--data``, by
default ``../shared/data`` beside the repository), or with ``--demo`` (or when
that file is absent) the demo corpus shipped in the package.

Usage::

    python benchmarks/bench_mutations.py [--trials 10000] [--seed 12] [--demo]
                                          [--data DIR] [--json OUT]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path
from typing import Any

from quoteverify import extract_quotes
from quoteverify.surfaces.demo import demo_documents
from quoteverify.text.marks import MarkRole, scan
from quoteverify.text.paragraphs import paragraphs

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"

STRAYS = "\"“”'‘’«»"
SWAPS = {
    '"': "“”",
    "“": '”"',
    "”": '“"',
    "'": "‘’",
    "‘": "’'",
    "’": "‘'",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "„": "“”",
    "‚": "‘’",
    "``": "\"'",
    "''": '“"',
}


def load_texts(data: Path, demo: bool) -> tuple[str, list[str]]:
    path = data / "polnear-train.jsonl"
    if demo or not path.exists():
        return "the demo corpus", [d.text for d in demo_documents()]
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
    return f"PolNeAR train ({path})", texts


def mutate(text: str, rng: random.Random) -> tuple[str, str, int, int, int] | None:
    """One edit: (kind, new text, position, removed length, inserted length), or None."""
    kind = rng.choice(("delete", "insert", "swap"))
    marks = [m for m in scan(text) if m.role is not MarkRole.APOSTROPHE]
    if kind == "insert":
        paras = paragraphs(text)
        if not paras:
            return None
        start, end = rng.choice(paras)
        spaces = [i for i in range(start, end) if text[i] == " "]
        if not spaces:
            return None
        pos = rng.choice(spaces) + rng.choice((0, 1))  # before or after the space
        char = rng.choice(STRAYS)
        return kind, text[:pos] + char + text[pos:], pos, 0, len(char)
    if not marks:
        return None
    m = rng.choice(marks)
    if kind == "delete":
        return kind, text[: m.start] + text[m.end :], m.start, m.end - m.start, 0
    new = rng.choice(SWAPS.get(m.char, "“"))
    return kind, text[: m.start] + new + text[m.end :], m.start, m.end - m.start, len(new)


def compare(text: str, edited: str, pos: int, removed: int, inserted: int) -> dict[str, Any]:
    """The quotes changed by one edit and where they are, in the original's coordinates."""
    delta = inserted - removed

    def to_old(offset: int) -> int:
        # Offsets in the edited text, mapped back (anything inside the edit maps to pos).
        if offset <= pos:
            return offset
        if offset >= pos + inserted:
            return offset - delta
        return pos

    old = [(q.outer_start, q.outer_end) for q in extract_quotes(text)]
    new = [(to_old(q.outer_start), to_old(q.outer_end)) for q in extract_quotes(edited)]
    new_set = set(new)
    old_set = set(old)
    lost = [span for span in old if span not in new_set]
    appeared = [
        span
        for span in new
        if span not in old_set and not any(s < span[1] and span[0] < e for s, e in lost)
    ]
    paras = paragraphs(text)
    # The edited paragraph (an edit between two paragraphs counts with the one before).
    i = max((n for n, p in enumerate(paras) if p[0] <= pos), default=0)
    edit_para = paras[i] if paras else (pos, pos)
    next_para = paras[i + 1] if i + 1 < len(paras) else None
    where: collections.Counter[str] = collections.Counter()
    for s, e in lost + appeared:
        if s <= pos <= e:
            where["at the edit"] += 1
        elif s < edit_para[1] and edit_para[0] < e:
            where["in the paragraph"] += 1
        elif next_para is not None and s < next_para[1] and next_para[0] < e:
            where["in the next paragraph"] += 1
        else:
            where["further away"] += 1
    return {"changed": len(lost) + len(appeared), "where": where}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trials", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--demo", action="store_true", help="use the shipped demo corpus")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    source, texts = load_texts(args.data, args.demo)
    texts = [t for t in texts if any(m.role is not MarkRole.APOSTROPHE for m in scan(t))]
    rng = random.Random(args.seed)
    by_changed: collections.Counter[int] = collections.Counter()
    by_kind: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
    where: collections.Counter[str] = collections.Counter()
    trials_away = 0
    trials_further = 0
    done = 0
    while done < args.trials:
        text = rng.choice(texts)
        edit = mutate(text, rng)
        if edit is None:
            continue
        kind, edited, pos, removed, inserted = edit
        result = compare(text, edited, pos, removed, inserted)
        done += 1
        n = min(result["changed"], 4)
        by_changed[n] += 1
        by_kind[kind][n] += 1
        where.update(result["where"])
        trials_away += bool(result["where"]["in the next paragraph"])
        trials_further += bool(result["where"]["further away"])

    def pct(count: int, total: int) -> str:
        return f"{100 * count / total:.1f} %" if total else "-"

    print(
        f"{done:,} single-mark mutations of {len(texts):,} articles from {source}, seed {args.seed}"
    )
    print("\n| quotes changed | all | delete | insert | swap |")
    print("| --- | ---: | ---: | ---: | ---: |")
    kinds = ("delete", "insert", "swap")
    for n in range(5):
        label = "4 or more" if n == 4 else str(n)
        cells = [pct(by_changed[n], done)]
        cells += [pct(by_kind[k][n], sum(by_kind[k].values())) for k in kinds]
        print(f"| {label} | " + " | ".join(cells) + " |")
    more = sum(c for n, c in by_changed.items() if n > 1)
    print(f"\nchanged more than one quote: {more:,} of {done:,} ({pct(more, done)})")
    total_changed = sum(where.values())
    print(f"changed quotes by place ({total_changed:,} in all):")
    for place in ("at the edit", "in the paragraph", "in the next paragraph", "further away"):
        print(f"  {place}: {where[place]:,} ({pct(where[place], total_changed)})")
    print(f"trials that changed a quote in the next paragraph: {trials_away:,}")
    print(f"trials that changed a quote further away: {trials_further:,}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "source": source,
                    "trials": done,
                    "seed": args.seed,
                    "changed": {str(k): v for k, v in sorted(by_changed.items())},
                    "by_kind": {k: {str(n): c for n, c in v.items()} for k, v in by_kind.items()},
                    "where": dict(where),
                    "trials_next_paragraph": trials_away,
                    "trials_further_away": trials_further,
                },
                indent=1,
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
