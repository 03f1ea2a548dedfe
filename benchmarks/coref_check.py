"""Score the resolved names of quotes whose PolNeAR source is a pronoun or a descriptor.

The gold names are ``benchmarks/coref_gold/polnear-train.tsv`` (see its README). Each
article is parsed, each gold quote is matched to a predicted quote as ``evaluate``
does (``evaluate.Predicted``), and the predicted quote's resolved name is scored
against the gold name by ``strict_speaker_match``. Rows whose name is ``?`` are not
scored. The figures are split by mention type (pronoun, descriptor) and into two
halves by article, by the parity of the CRC-32 of its doc_id: *fit* (even), where
misses may be read and rules fitted, and *check* (odd), measured only.

    python benchmarks/coref_check.py
    python benchmarks/coref_check.py --misses fit > /tmp/coref-misses.txt
    python benchmarks/coref_check.py --json

``--misses`` prints article text around each miss: keep it out of the project.
"""

from __future__ import annotations

import argparse
import csv
import json
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quoteverify import parse
from quoteverify.surfaces.evaluate import Predicted, _core, read_gold, strict_speaker_match

HERE = Path(__file__).resolve().parent
GOLD = HERE / "coref_gold" / "polnear-train.tsv"
TEXTS = HERE.parent.parent / "shared" / "data" / "polnear-train.jsonl"


def half(doc_id: str) -> str:
    """``fit`` or ``check``: the article's half, fixed by its doc_id."""
    return "check" if zlib.crc32(doc_id.encode("utf-8")) % 2 else "fit"


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def scored(gold: Path, texts: Path) -> Iterator[dict[str, Any]]:
    """Each scored gold row with the prediction for it and whether it is right."""
    rows = [r for r in read_rows(gold) if r["name"] != "?"]
    wanted = {r["doc_id"] for r in rows}
    docs = {d["doc_id"]: d["text"] for d in read_gold(texts) if d["doc_id"] in wanted}
    by_doc: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    for doc_id, doc_rows in by_doc.items():
        text = docs[doc_id]
        found = Predicted(text, parse(text).quotes)
        for r in doc_rows:
            g = _core(text, int(r["quote_start"]), int(r["quote_end"]))
            hits = found.hits(g)
            quote = found.best(g, hits) if hits else None
            speaker = quote.speaker if quote is not None else None
            predicted = speaker.name if speaker is not None else None
            yield {
                **r,
                "half": half(doc_id),
                "found": quote is not None,
                "predicted": predicted,
                "rule": quote.cue.rule if quote is not None and quote.cue else None,
                "right": quote is not None and strict_speaker_match(predicted, r["name"]),
                "text": text,
                "quote": quote,
            }


def table(results: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Counts of scored, found and right quotes by half and mention type."""
    out: dict[str, dict[str, int]] = {}
    for r in results:
        for h in (r["half"], "all"):
            for t in (r["mention_type"], "all"):
                c = out.setdefault(f"{h}/{t}", Counter())
                c["scored"] += 1
                c["found"] += r["found"]
                c["right"] += r["right"]
    return {k: dict(v) for k, v in sorted(out.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--texts", type=Path, default=TEXTS)
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    ap.add_argument("--misses", choices=("fit", "check", "all"), help="list the misses of a half")
    args = ap.parse_args(argv)
    results = list(scored(args.gold, args.texts))
    counts = table(results)
    if args.json:
        print(json.dumps(counts, indent=1))
    else:
        print(f"{'half/type':<18} {'right':>6} {'found':>6} {'scored':>6}  strict (right/found)")
        for key, c in counts.items():
            share = c["right"] / c["found"] if c["found"] else 0.0
            print(f"{key:<18} {c['right']:>6} {c['found']:>6} {c['scored']:>6}  {share:.3f}")
    if args.misses:
        for r in results:
            if r["right"] or (args.misses != "all" and r["half"] != args.misses):
                continue
            q, text = r["quote"], r["text"]
            lo = max(0, int(r["mention_start"]) - 300, int(r["quote_start"]) - 300)
            hi = max(int(r["quote_end"]), int(r["mention_end"])) + 60
            print(
                f"\n{r['doc_id']} {r['quote_start']} {r['mention_type']}: gold {r['name']!r}, "
                f"predicted {r['predicted']!r} (mention "
                f"{q.speaker_mention.text if q is not None and q.speaker_mention else None!r}, "
                f"rule {r['rule']})"
            )
            print("  " + text[lo:hi].replace("\n", " / "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
