"""Quotes inside quotes on the blind sets and PolNeAR train: each inner quote's gold
speaker and the parser's answer.

An inner quote is a parsed quote with ``depth`` above 0 whose opening mark is a tagged
span of a blind set (``benchmarks/kinds_blind``, ``speakers_blind``,
``salience_blind``). It is right when the resolved name matches the tag strictly
(``strict_speaker_match``), or, for a non-speech span or a ``[d:-]`` tag, when it
names nobody. On PolNeAR train it counts the inner quotes the parser finds and how
many of them are gold quotes at all (PolNeAR annotates almost none). A measure, not
a test.

    python benchmarks/nested_inner.py [--rows] [--polnear ../shared/data/polnear-train.jsonl]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
from collections import Counter

from kinds_blind import read

from quoteverify import parse
from quoteverify.surfaces.evaluate import strict_speaker_match

_HERE = os.path.dirname(os.path.abspath(__file__))
_SETS = ("kinds_blind", "speakers_blind", "salience_blind")


def blind(*, rows: bool = False) -> dict[str, tuple[int, int]]:
    """Per blind set: (inner quotes, inner quotes right); print each when ``rows``."""
    out: dict[str, tuple[int, int]] = {}
    for folder in _SETS:
        for path in sorted(glob.glob(os.path.join(_HERE, folder, "set*.txt"))):
            name = f"{folder}/{os.path.basename(path)}"
            n = right = 0
            for ai, (text, spans) in enumerate(read(path)):
                by_start = {q.outer_start: q for q in parse(text).quotes}
                for at, kind, names in spans:
                    q = by_start.get(at)
                    if q is None or q.depth == 0:
                        continue
                    n += 1
                    got = q.speaker_name
                    if kind == "non_speech" or names in ((), ("-",)):
                        ok = got is None
                    else:
                        ok = strict_speaker_match(got, names[0], names[1:])
                    right += ok
                    if rows:
                        mark = "ok  " if ok else "MISS"
                        gold = "|".join(names)
                        around = text[max(0, at - 100) : at + 50]
                        print(f"{name}\ta{ai}\t{at}\t{kind}\t{mark}\t{gold}\t{got}\t{around!r}")
            if n:
                out[name] = (n, right)
    return out


def polnear(path: str) -> Counter[str]:
    """Inner quotes the parser finds in PolNeAR ``path``, and how many are gold."""
    c: Counter[str] = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            gold = {g["start"]: g for g in doc["quotes"]}
            for q in parse(doc["text"]).quotes:
                if q.depth == 0:
                    continue
                c["inner"] += 1
                g = gold.get(q.outer_start)
                if g is not None:
                    c["inner_gold"] += 1
                    c["inner_gold_strict"] += strict_speaker_match(
                        q.speaker_name, g.get("speaker") or ""
                    )
    return c


def main() -> None:
    """Print the counts."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", action="store_true", help="print every inner quote")
    ap.add_argument("--polnear", help="a PolNeAR jsonl file to count too")
    args = ap.parse_args()
    total = [0, 0]
    for name, (n, right) in blind(rows=args.rows).items():
        print(f"{name}: inner {n}, right {right}")
        total[0] += n
        total[1] += right
    print(f"blind total: inner {total[0]}, right {total[1]}")
    if args.polnear:
        print(f"polnear: {dict(polnear(args.polnear))}")


if __name__ == "__main__":
    main()
