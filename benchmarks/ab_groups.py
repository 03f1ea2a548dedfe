#!/usr/bin/env python
"""Several versions of quoteverify side by side: ``Corpus.variant_groups()``, CPU time.

Each version (a package folder, exported with ``git archive C quoteverify | tar -x
-C DIR``) is copied under its own name (``qv_v0``, ``qv_v1``, ...; the package
imports itself relatively) and builds its own corpus of the same synthetic texts
(made by the first version's ``synthetic`` module, so every version reads the same
articles). Then, pass by pass, every version groups its corpus in turn (the order
turned round on every pass), so that all see the same load. It reports, per version
and size, the CPU time (``time.process_time``) of each call, the median, the ratio
to the first version, the groups found (their number and a hash of every group,
canonical form, members with relation and score, and speakers) and the load average.

Example::

    mkdir -p /tmp/ab/old /tmp/ab/new
    git archive 4cbd842 quoteverify | tar -x -C /tmp/ab/old
    git archive HEAD quoteverify | tar -x -C /tmp/ab/new
    python benchmarks/ab_groups.py /tmp/ab/old/quoteverify /tmp/ab/new/quoteverify \\
        --sizes 10000,100000 --passes 3

Needs only the standard library (and each version's own dependencies).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("packages", nargs="+", type=Path, help="package folders (…/quoteverify)")
    ap.add_argument("--labels", default="", help="comma-separated names of the versions")
    ap.add_argument("--sizes", default="10000,100000", help="quotes, comma-separated")
    ap.add_argument("--passes", type=int, default=3, help="timed passes (medians kept)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", type=Path, default=None, help="results JSON to write")
    args = ap.parse_args(argv)
    labels = args.labels.split(",") if args.labels else [str(p.parent) for p in args.packages]
    if len(labels) != len(args.packages):
        ap.error("one label per package")
    names = [f"qv_v{i}" for i in range(len(args.packages))]
    root = Path(tempfile.mkdtemp(prefix="qv_abg_"))
    for name, src in zip(names, args.packages, strict=True):
        shutil.copytree(src, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(root))
    out: dict[str, Any] = {
        "command": " ".join(sys.argv),
        "labels": labels,
        "loadavg_start": os.getloadavg(),
        "sizes": {},
    }
    try:
        mods = [importlib.import_module(n) for n in names]
        synthetic = importlib.import_module(names[0] + ".synthetic")
        for size in (int(s) for s in args.sizes.split(",")):
            texts = list(synthetic.synthetic_articles(max(1, size // 4), seed=args.seed))
            corpora = []
            for label, mod in zip(labels, mods, strict=True):
                start = time.process_time()
                corpus = mod.Corpus()
                for article in mod.iter_parse(texts, workers=1):
                    corpus.add_article(article)
                corpora.append(corpus)
                print(f"{size:,} quotes, {label}: built in {time.process_time() - start:.1f} s")
            times: list[list[float]] = [[] for _ in mods]
            counts: list[int] = [0 for _ in mods]
            digests: list[str] = ["" for _ in mods]
            loads = [os.getloadavg()[0]]
            for rep in range(args.passes):
                order = list(range(len(mods)))
                if rep % 2:
                    order.reverse()
                for i in order:
                    gc.collect()
                    start = time.process_time()
                    groups = corpora[i].variant_groups()
                    times[i].append(time.process_time() - start)
                    counts[i] = len(groups)
                    digests[i] = digest(groups)
                    del groups
                loads.append(os.getloadavg()[0])
            base = statistics.median(times[0])
            rows = []
            print(f"{size:,} quotes, {args.passes} passes, CPU s, load {loads}")
            for label, ts, n, dig in zip(labels, times, counts, digests, strict=True):
                med = statistics.median(ts)
                rows.append(
                    {
                        "label": label,
                        "cpu_s": ts,
                        "median_s": med,
                        "ratio": med / base,
                        "groups": n,
                        "groups_digest": dig,
                    }
                )
                print(
                    f"  {label:>12}: median {med:.3f} s  x{med / base:.3f}  groups {n} "
                    f"[{dig}]  ({', '.join(f'{t:.3f}' for t in ts)})"
                )
            out["sizes"][str(size)] = {"loadavg_1min": loads, "versions": rows}
            del corpora
            gc.collect()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    out["loadavg_end"] = os.getloadavg()
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


def digest(groups: list[Any]) -> str:
    """A hash of the groups as a user reads them: each group's canonical quote, its
    members with their relation and score, and the speakers named, in order."""
    h = hashlib.sha256()
    for g in groups:
        h.update(repr((g.canonical.doc_id, g.canonical.start)).encode())
        for m in g.members:
            h.update(repr((m.quote.doc_id, m.quote.start, m.relation.value, m.score)).encode())
        h.update(repr([s.name for s in g.speakers]).encode())
    return h.hexdigest()[:12]


if __name__ == "__main__":
    sys.exit(main())
