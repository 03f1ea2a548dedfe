"""List the quotes the strict speaker measure scores wrong, one per line.

For each found gold speech quote whose resolved name is wrong by
``strict_speaker_match`` this prints (or writes as JSONL) the guessed cause
(``miss_category``), the predicted name and mention, the gold name and mention,
the rule that fired and about 200 characters around the quote. It is the work
list for attribution changes: run it on a *training* file only, and keep its
output out of the project (it prints the articles' text).

    python benchmarks/strict_misses.py ../shared/data/polnear-train.jsonl > /tmp/misses.txt
    python benchmarks/strict_misses.py ../shared/data/polnear-train.jsonl --jsonl /tmp/m.jsonl
    python benchmarks/strict_misses.py FILE --category "no speaker" --limit 50
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from quoteverify import parse
from quoteverify.surfaces.evaluate import (
    _core,
    _mention_level,
    _overlap,
    gold_name,
    miss_category,
    read_gold,
    strict_speaker_match,
)


def misses(path: str) -> Iterator[dict[str, Any]]:
    """Each strict miss of the gold file at ``path``, as a flat dict."""
    for doc in read_gold(path):
        text = doc["text"]
        article = parse(text)
        pred = [(_core(text, q.start, q.end), q) for q in article.quotes]
        pred = [(p, q) for p, q in pred if p[0] < p[1]]
        exact = dict(reversed(pred))
        for gq in doc["quotes"]:
            g = _core(text, gq["start"], gq["end"])
            speaker = gq.get("speaker")
            if g[0] >= g[1] or not speaker or gq.get("kind") == "non_speech":
                continue
            hits = [(p, q) for p, q in pred if 2 * _overlap(g, p) >= g[1] - g[0]]
            if not hits:
                continue
            best = exact.get(g) or max(hits, key=lambda h: _overlap(g, h[0]))[1]
            predicted = best.speaker_name
            if _mention_level(gq):
                name = gold_name(speaker)
                if name is None:
                    continue
                right = strict_speaker_match(predicted, name)
            else:
                name = speaker
                right = strict_speaker_match(predicted, speaker, gq.get("speaker_alts") or ())
            if right:
                continue
            lo, hi = max(0, best.outer_start - 200), min(len(text), best.outer_end + 200)
            yield {
                "doc_id": doc.get("doc_id"),
                "start": best.start,
                "category": miss_category(text, name, best),
                "predicted": predicted,
                "mention": best.speaker_mention.text if best.speaker_mention else None,
                "gold": name,
                "gold_mention": speaker,
                "rule": best.cue.rule if best.cue is not None else None,
                "kind": best.kind.value,
                "context": text[lo:hi].replace("\n", " / "),
            }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--jsonl", help="write every miss to this file as JSONL")
    ap.add_argument("--category", help="print only this guessed cause")
    ap.add_argument("--limit", type=int, default=0, help="print at most this many")
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    rules: Counter[tuple[str, str]] = Counter()
    out = open(args.jsonl, "w", encoding="utf-8") if args.jsonl else None  # noqa: SIM115
    shown = 0
    try:
        for row in misses(args.file):
            counts[row["category"]] += 1
            rules[(row["category"], row["rule"] or "-")] += 1
            if out is not None:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            if args.category and row["category"] != args.category:
                continue
            if args.limit and shown >= args.limit:
                continue
            shown += 1
            print(
                f"[{row['category']} | {row['rule']} | {row['kind']}] "
                f"pred={row['predicted']!r} mention={row['mention']!r} "
                f"gold={row['gold']!r} ({row['gold_mention']!r})\n    {row['context']}\n"
            )
    finally:
        if out is not None:
            out.close()
    print(f"strict misses: {sum(counts.values())}", file=sys.stderr)
    for cat, n in counts.most_common():
        by_rule = ", ".join(f"{r} {k}" for (c, r), k in rules.most_common() if c == cat)
        print(f"  {cat}: {n}  ({by_rule})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
