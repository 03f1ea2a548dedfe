"""List the quotes the strict speaker measure scores wrong, one per line.

For each found gold speech quote whose resolved name is wrong by
``strict_speaker_match`` this prints (or writes as JSONL) the guessed cause
(``miss_category``), the predicted name and mention, the gold name and mention,
the rule that fired and about 200 characters around the quote. It is the work
list for attribution changes: run it on a *training* file only, and keep its
output out of the project (it prints the articles' text).

``--profile`` prints no text at all: only counts of a few features of the misses
(the kind given, the nesting depth, the quote's length in words, where the gold
speaker's last name is printed, whether a cue word stands in the quote's own sentence
before it), so that a held-out file can be profiled without being read.

    python benchmarks/strict_misses.py ../shared/data/polnear-train.jsonl > /tmp/misses.txt
    python benchmarks/strict_misses.py FILE --profile --category "no speaker"
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

from quoteverify import Quote, parse
from quoteverify.lexicons import load_table
from quoteverify.surfaces.evaluate import (
    _core,
    _mention_level,
    _overlap,
    _words,
    gold_name,
    miss_category,
    read_gold,
    strict_speaker_match,
)
from quoteverify.text.sentences import last_sentence_end


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
                "profile": profile(text, name, best),
            }


def _length(words: int) -> str:
    return "1-4" if words <= 4 else "5-15" if words <= 15 else "16+"


def profile(text: str, gold: str, quote: Quote) -> dict[str, str]:
    """Features of one miss that say nothing of its words: the kind given, the
    nesting depth, the length in words, where the gold's last name is printed, and
    whether a cue word (``lexicons/cue_verbs.tsv``) stands in the quote's own
    sentence before it.

    >>> q = parse('Ana Roe spoke. The plan was "a farce."').quotes[0]
    >>> profile('Ana Roe spoke. The plan was "a farce."', "Ana Roe", q)["name printed"]
    'sentence before, same paragraph'
    """
    para = text.rfind("\n", 0, quote.start) + 1
    cut = last_sentence_end(text, para, quote.start)
    own = para if cut is None else cut
    surname = (_words(gold) or [""])[-1]

    def printed(lo: int, hi: int) -> bool:
        return bool(surname) and surname in _words(text[lo:hi])

    if printed(own, quote.start):
        where = "own sentence, before the quote"
    elif printed(para, own):
        where = "sentence before, same paragraph"
    elif printed(0, para):
        where = "an earlier paragraph"
    elif printed(quote.end, len(text)):
        where = "only after the quote"
    else:
        where = "not printed"
    words = set(_words(text[own : quote.start]))
    return {
        "kind given": quote.kind.value,
        "depth": str(quote.depth),
        "length in words": _length(len(quote.text.split())),
        "name printed": where,
        "cue word in own sentence": "yes" if words & _cue_words() else "no",
    }


def _cue_words() -> set[str]:
    return {cue.casefold() for cue in load_table("cue_verbs") if " " not in cue}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--jsonl", help="write every miss to this file as JSONL")
    ap.add_argument("--category", help="print only this guessed cause")
    ap.add_argument("--limit", type=int, default=0, help="print at most this many")
    ap.add_argument(
        "--profile",
        action="store_true",
        help="print only counts of the misses' features, never their text",
    )
    args = ap.parse_args(argv)
    features: Counter[tuple[str, str]] = Counter()
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
            if args.profile:
                features.update(row["profile"].items())
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
    for (feature, value), n in sorted(features.items()):
        print(f"{feature}: {value}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
