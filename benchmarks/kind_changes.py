"""Quotes a change fixes and breaks on a gold file: kinds, strict names, non-gold strings.

Two steps, so that the old and the new code each run in a process of their own
(the version is the ``quoteverify`` on ``PYTHONPATH``, for example a ``git
archive`` export of the old commit)::

    PYTHONPATH=/tmp/old python benchmarks/kind_changes.py dump GOLD /tmp/old.json
    PYTHONPATH=$PWD python benchmarks/kind_changes.py dump GOLD /tmp/new.json
    python benchmarks/kind_changes.py compare /tmp/old.json /tmp/new.json [--show 20]

``dump`` writes, for each found gold quote, whether its kind and its strict name
are right (as ``quoteverify evaluate`` scores them) and, for each predicted string
that overlaps no gold quote (PolNeAR's non-speech), whether it got a speaker. A
quote nested in another counts as such a string unless a gold quote of about its
own length covers it (PolNeAR seldom annotates a quote inside a quote).
``compare`` counts the quotes whose answer changed, fixed and broken, by measure:
a gold quote's kind and strict name; a non-gold string's speaker (none is right)
and its kind (non-speech is right, PolNeAR annotating only attributed quotes).
It reads the data beside the project and is a measure, not a test.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

from quoteverify import parse
from quoteverify.surfaces.evaluate import _core, _count_one, _overlap, read_gold


def dump(path: str) -> dict[str, list[Any]]:
    """Each found gold quote (``doc:start:g``) and non-gold string (``doc:start:n``):
    [kind right, strict name right, kind, speaker, reason] (None where not scored)."""
    out: dict[str, list[Any]] = {}
    for d, doc in enumerate(read_gold(path)):
        text = doc["text"]
        gold = [(_core(text, q["start"], q["end"]), q) for q in doc["quotes"]]
        gold = [(g, q) for g, q in gold if g[0] < g[1]]
        pred = [(_core(text, q.start, q.end), q) for q in parse(text).quotes]
        pred = [(p, q) for p, q in pred if p[0] < p[1]]
        exact = dict(reversed(pred))
        for g, gq in gold:
            hits = [(p, q) for p, q in pred if 2 * _overlap(g, p) >= g[1] - g[0]]
            if not hits:
                continue
            best = exact.get(g) or max(hits, key=lambda h: _overlap(g, h[0]))[1]
            c: Counter[str] = Counter()
            _count_one(c, text, gq, best, [q for _, q in hits])
            kind = gq.get("kind")
            out[f"{d}:{g[0]}:g"] = [
                bool(c[f"kind_{kind}_correct"]) if kind else None,
                bool(c["strict_correct"]) if c["strict_found"] else None,
                best.kind.value,
                best.speaker_name,
                best.kind_reason,
            ]
        spans = [g for g, _ in gold]
        for p, q in pred:
            if not any(_covers(g, p, nested=q.parent is not None) for g in spans):
                speaker = q.speaker_name
                out[f"{d}:{p[0]}:n"] = [None, None, q.kind.value, speaker, q.kind_reason]
    return out


def _covers(g: tuple[int, int], p: tuple[int, int], *, nested: bool) -> bool:
    """True when the gold span ``g`` covers half of the predicted ``p`` (for a quote
    nested in another, only a gold span of about its length: the gold quote around
    the outer quote does not make the nested one gold)."""
    if 2 * _overlap(g, p) < p[1] - p[0]:
        return False
    return not nested or g[1] - g[0] < 2 * (p[1] - p[0]) + 10


def compare(old: dict[str, list[Any]], new: dict[str, list[Any]], show: int = 0) -> Counter[str]:
    """Fixed and broken counts by measure (kind, strict, non-gold given a speaker)."""
    counts: Counter[str] = Counter()
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        changes = []
        if key.endswith(":g"):
            for i, measure in ((0, "kind"), (1, "strict")):
                if a[i] is not None and b[i] is not None and a[i] != b[i]:
                    changes.append(f"{measure} {'fixed' if b[i] else 'broken'}")
        else:
            if (a[3] is None) != (b[3] is None):
                changes.append(f"non-gold {'fixed' if b[3] is None else 'broken'}")
            if (a[2] == "non_speech") != (b[2] == "non_speech"):
                # PolNeAR's conventions make such a string non-speech.
                changes.append(f"non-gold kind {'fixed' if b[2] == 'non_speech' else 'broken'}")
        for change in changes:
            counts[change] += 1
            if show and counts[change] <= show:
                print(change, key, a, "->", b)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold")
    d.add_argument("out")
    c = sub.add_parser("compare")
    c.add_argument("old")
    c.add_argument("new")
    c.add_argument("--show", type=int, default=0, help="print this many of each change")
    args = ap.parse_args()
    if args.command == "dump":
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(dump(args.gold), f)
        return
    with open(args.old, encoding="utf-8") as f:
        old = json.load(f)
    with open(args.new, encoding="utf-8") as f:
        new = json.load(f)
    counts = compare(old, new, args.show)
    fixed = sum(n for k, n in counts.items() if k.endswith("fixed"))
    broken = sum(n for k, n in counts.items() if k.endswith("broken"))
    print(json.dumps({**dict(sorted(counts.items())), "fixed": fixed, "broken": broken}))


if __name__ == "__main__":
    main()
