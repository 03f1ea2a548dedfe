#!/usr/bin/env python
"""Benchmark a fresh process's first ``quoteverify.parse`` call (the cold start).

A user who parses a few articles per process (a command-line call, a notebook
cell after a restart, a worker in a pool) pays the import and the first call's
one-time work (lexicon loads, pattern compiles, table builds) every time; the
other benchmarks warm every cache first and never see it. This starts a fresh
interpreter per run (``sys.executable``) and times, inside it, the import of
quoteverify, the first ``parse`` of one short news article and a second
``parse`` of the same text (warm); outside it, the wall time of the whole
process and of an empty one (``python -c pass``). Each figure is the median of
``--runs`` runs (9). Given several package folders (``OLD/quoteverify
NEW/quoteverify``, as ``ab_parse.py`` takes them), their runs alternate, so the
load of a shared machine falls on each alike.

The article is an invented one of about 800 characters (``--text FILE`` reads
another). A process that may not write byte code (``PYTHONDONTWRITEBYTECODE``)
compiles every module from source at each import, which an installed package
does not: ``--bytecode-cache DIR`` lets the children write and read it under
``DIR`` (``PYTHONPYCACHEPREFIX``, one uncounted run per folder first), so the
import is timed as a user's. Needs only the standard library and quoteverify::

    python benchmarks/bench_cold.py                       # this checkout
    python benchmarks/bench_cold.py OLD/quoteverify NEW/quoteverify --runs 15 \
        --bytecode-cache /tmp/pycache
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ARTICLE = """\
Harbour plan divides Eastport council

EASTPORT - Mayor Ana Ruiz defended the harbour plan on Tuesday. "We cannot wait \
another decade for the ferries," she told reporters outside the town hall.

Tom Keller, a councillor who has opposed the plan since spring, said the cost had \
doubled. "Nobody has shown us the figures," Keller said. "Until they do, I will \
vote against it."

The mayor said the council would publish the figures next week. "Every number will \
be on the table," Ruiz said.

Lena Ortiz, 47, who runs a fish stall on the quay, was less sure. "They said the same \
about the bridge," the 47-year-old said. "The bridge is still not finished."

A spokesman for the port authority, Marco Diaz, said the plan was sound and that \
work could begin in the autumn if the council agreed.
"""

# Run in the fresh interpreter: the package folder's parent goes first on the path.
_CHILD = """\
import json, sys, time
sys.path.insert(0, sys.argv[1])
t0 = time.perf_counter()
import quoteverify
t1 = time.perf_counter()
text = sys.stdin.read()
t2 = time.perf_counter()
quoteverify.parse(text)
t3 = time.perf_counter()
quoteverify.parse(text)
t4 = time.perf_counter()
print(json.dumps({"file": quoteverify.__file__, "import": t1 - t0,
                  "first": t3 - t2, "second": t4 - t3}))
"""


def _run(folder: Path | None, text: str, env: dict[str, str]) -> dict[str, float]:
    """One fresh process: its wall time and what it timed inside."""
    if folder is None:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)
        return {"process": time.perf_counter() - start}
    parent = str(folder.resolve().parent)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, parent],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    wall = time.perf_counter() - start
    got = json.loads(done.stdout)
    if not str(Path(got.pop("file")).resolve()).startswith(str(folder.resolve())):
        raise SystemExit(f"{folder}: another quoteverify was imported")
    return {"process": wall, **got}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "folders",
        type=Path,
        nargs="*",
        help="package folders (…/quoteverify); this checkout's when none",
    )
    ap.add_argument("--runs", type=int, default=9, help="fresh processes per folder (9)")
    ap.add_argument("--text", type=Path, help="the article to parse (an invented one)")
    ap.add_argument("--bytecode-cache", type=Path, help="where the children keep byte code")
    args = ap.parse_args(argv)
    env = dict(os.environ)
    if args.bytecode_cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(args.bytecode_cache.resolve())
    folders = args.folders or [Path(__file__).resolve().parent.parent / "quoteverify"]
    text = args.text.read_text(encoding="utf-8") if args.text else ARTICLE
    empty: list[float] = []
    runs: dict[Path, list[dict[str, float]]] = {f: [] for f in folders}
    if args.bytecode_cache is not None:
        for folder in folders:
            _run(folder, text, env)  # writes the byte code: not counted
    for r in range(args.runs):
        empty.append(_run(None, text, env)["process"])
        order = folders if r % 2 == 0 else folders[::-1]
        for folder in order:
            runs[folder].append(_run(folder, text, env))
    print(f"{len(text):,} characters, median of {args.runs} fresh processes, seconds")
    print(f"empty interpreter (python -c pass): {statistics.median(empty):.3f}")
    print("| package | process | import | first parse | second parse |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for folder in folders:
        med = {k: statistics.median(r[k] for r in runs[folder]) for k in runs[folder][0]}
        print(
            f"| {folder} | {med['process']:.3f} | {med['import']:.3f} | "
            f"{med['first']:.3f} | {med['second']:.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
