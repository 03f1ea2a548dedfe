#!/usr/bin/env python
"""Attribution alone, two versions of quoteverify in one process, CPU time.

``ab_families.py`` times the whole ``parse``; when only attribution changed, spans,
kinds and the name registry add their own noise. This gives each version's
``attribute()`` the spans its own ``extract_with_paragraphs`` found for each input
(news first, then the families of ``bench_adversarial.py``), then times the two back
to back, the order swapped on every pass, the garbage collector off, and prints the
best time of each and the speed-up::

    mkdir -p /tmp/old
    git archive efb8c9e quoteverify | tar -x -C /tmp/old
    python benchmarks/ab_attribute.py /tmp/old/quoteverify $PWD/quoteverify \
        --families transcript,nul,json_kv --passes 7

Needs only the standard library.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from ab_families import NAMES, arguments, best_times, each_input


def main(argv: list[str] | None = None) -> int:
    ap = arguments(__doc__.split("\n\n")[0])
    ap.add_argument("--passes", type=int, default=7, help="timed passes (best kept)")
    ap.add_argument("--budget", type=int, default=16, help="Config.attribution_budget")
    args = ap.parse_args(argv)
    modules: dict[str, tuple[Any, Any, Any]] = {}
    for key, texts in each_input(args):
        if not modules:  # the versions are on the path now
            for n in NAMES:
                modules[n] = (
                    importlib.import_module(n + ".speakers.attribution"),
                    importlib.import_module(n + ".text.spans"),
                    importlib.import_module(n).Config(),
                )
        work: dict[str, list[tuple[Any, str, list[Any], list[Any]]]] = {}
        for n, (attribution, spans, config) in modules.items():
            work[n] = []
            for text in texts:
                extraction, paras = spans.extract_with_paragraphs(text, config)
                work[n].append((attribution, text, list(extraction.quotes), paras))

        def run(n: str, work: dict[str, list[Any]] = work) -> None:
            for attribution, text, quotes, paras in work[n]:
                attribution.attribute(text, quotes, paras, budget=args.budget)

        best = best_times(run, args.passes)
        old, new = best["qv_old"], best["qv_new"]
        print(
            f"{key:16} attribute {old * 1e3:8.1f} ms -> {new * 1e3:8.1f} ms, "
            f"speed-up x{old / new:.2f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
