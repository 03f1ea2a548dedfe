"""Count quoted strings that are not gold quotes and still get a speaker.

PolNeAR annotates only quotes inside attribution relations, so a quoted string
that overlaps no gold quote is non-speech by its conventions (a title, a
nickname, a scare quote, markup). This script parses each article of a gold
file and counts how many of those strings the parser gives a speaker, split by
the kind the parser gave them and by the attribution rule that named the
speaker. It reads the data beside the project and is a measure, not a test.

    python benchmarks/count_nonspeech.py ../shared/data/polnear-train.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable

from quoteverify import Article, parse
from quoteverify.surfaces.evaluate import _core, _overlap, read_gold


def count(
    path: str, *, show: int = 0, parser: Callable[[str], Article] = parse
) -> dict[str, object]:
    """Counts for the gold file at ``path``; print up to ``show`` examples."""
    total = 0
    attributed = 0
    by_kind: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    from_non_speech = 0  # called non-speech by kinds, made partial by a speaker
    shown = 0
    for doc in read_gold(path):
        text = doc["text"]
        gold = [_core(text, q["start"], q["end"]) for q in doc["quotes"]]
        for q in parser(text).quotes:
            p = _core(text, q.start, q.end)
            if p[0] >= p[1] or any(2 * _overlap(g, p) >= p[1] - p[0] for g in gold):
                continue
            total += 1
            if q.speaker is None:
                continue
            attributed += 1
            by_kind[q.kind.value] += 1
            by_rule[q.cue.rule if q.cue is not None else "-"] += 1
            if q.kind_reason.startswith("attributed by"):
                from_non_speech += 1
            if shown < show and q.kind_reason.startswith("attributed by"):
                shown += 1
                ctx = text[max(0, q.outer_start - 100) : q.outer_end + 60].replace("\n", " ")
                print(f"[{q.kind.value} {q.cue.rule if q.cue else '-'}] {ctx}")
    return {
        "file": path,
        "non_gold_quotes": total,
        "given_a_speaker": attributed,
        "share": round(attributed / total, 4) if total else 0.0,
        "called_non_speech_by_kinds": from_non_speech,
        "by_kind": dict(by_kind.most_common()),
        "by_rule": dict(by_rule.most_common()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--show", type=int, default=0, help="print this many examples")
    args = ap.parse_args()
    print(json.dumps(count(args.path, show=args.show), indent=1))


if __name__ == "__main__":
    main()
