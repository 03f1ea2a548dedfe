"""Measure the echo's near match (``turns._most_words``) on real text and on MSRP.

Real text: every call that reaches rapidfuzz while PolNeAR train and the blind sets
parse (a display line's quote of ``_MOST_WORDS`` words or more that no later quote
prints whole) is recorded with its ``partial_ratio`` uncut; the counts by tens and the
highest scores are printed, no text. MSRP (even lines only): what ``partial_ratio``
gives for a quote of five such words or more printed in both sentences of a pair with
an edit, and for whole sentences, paraphrases and not.

    PYTHONPATH=. python benchmarks/echo_near_match.py
"""

from __future__ import annotations

import glob
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz

from quoteverify import parse
from quoteverify.speakers import turns

sys.path.insert(0, str(Path(__file__).parent))
from kinds_blind import read

_DATA = Path(__file__).parent.parent.parent / "shared" / "data"
_CUTS = (70, 80, 85, 90, 95)


def _long(s: str) -> bool:
    return s.count(" ") + 1 >= turns._MOST_WORDS


def real_scores() -> list[float]:
    """Every near-match score the echo computes on PolNeAR train and the blind sets."""
    scores: list[float] = []
    near = turns._most_words

    def record(needle: str, hay: str) -> bool:
        if _long(needle) and len(hay) >= len(needle):
            scores.append(fuzz.partial_ratio(needle, hay))
        return near(needle, hay)

    turns._most_words = record  # type: ignore[assignment]
    try:
        with open(_DATA / "polnear-train.jsonl", encoding="utf-8") as f:
            for line in f:
                parse(json.loads(line)["text"])
        here = Path(__file__).parent
        for path in sorted(glob.glob(str(here / "*_blind" / "set*.txt"))):
            for text, _ in read(path):
                parse(text)
    finally:
        turns._most_words = near
    return scores


def _shares(scores: list[float]) -> str:
    n = len(scores)
    cut = " ".join(f">={c}: {sum(s >= c for s in scores) / n:.3f}" for c in _CUTS)
    return f"n={n} median={statistics.median(scores):.1f} {cut}"


def msrp_scores() -> dict[str, list[float]]:
    """Scores of MSRP's even lines: quotes printed twice with an edit, and sentences."""
    out: dict[str, list[float]] = {"quotes": [], "paraphrase": [], "not paraphrase": []}
    with open(_DATA / "msrp-quotes-train.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 2:
                continue
            d = json.loads(line)
            a, b = turns._echo_words(d["text_a"]), turns._echo_words(d["text_b"])
            needle, hay = sorted((a, b), key=len)
            if _long(needle):
                key = "paraphrase" if d["label"] == 1 else "not paraphrase"
                out[key].append(fuzz.partial_ratio(needle, hay))
            for qa in d["quotes_a"]:
                for qb in d["quotes_b"]:
                    x, y = sorted(
                        (turns._echo_words(qa["text"]), turns._echo_words(qb["text"])), key=len
                    )
                    if _long(x) and x not in y:
                        out["quotes"].append(fuzz.partial_ratio(x, y))
    return out


def main() -> None:
    """Print the figures."""
    real = real_scores()
    tens = sorted(Counter(int(s // 10 * 10) for s in real).items())
    print(f"real text: {len(real)} calls, highest {max(real, default=0.0):.1f}, by tens {tens}")
    for key, scores in msrp_scores().items():
        print(f"msrp {key}: {_shares(scores)}")


if __name__ == "__main__":
    main()
