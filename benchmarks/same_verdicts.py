"""Do two versions of quoteverify give the same verifications? (a check, not a timing)

``run OUT``: builds a fixed set of claims with ``bench_claims``' generator from
``polnear-train.jsonl`` (true ones and every kind of fabrication, 40 of each,
seed 0) and verifies each against two corpora: the realistic one of
``bench_scale --realistic`` (real sentences in families of 40 edited copies,
100,000 quotes, seed 1) and PolNeAR train itself. The verifications (verdict,
evidence, explanation) are pickled to ``OUT`` with the CPU time of each pass.
``compare A B``: how many verifications of the two runs are equal.

Run it once per version, with that version first on ``PYTHONPATH``::

    mkdir -p /tmp/before && git archive b79077e quoteverify | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before python benchmarks/same_verdicts.py run /tmp/before.pkl
    python benchmarks/same_verdicts.py run /tmp/after.pkl
    python benchmarks/same_verdicts.py compare /tmp/before.pkl /tmp/after.pkl
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def run(out: Path, data: Path, quotes: int) -> None:
    import bench_claims  # noqa: PLC0415
    import bench_scale  # noqa: PLC0415

    from quoteverify import Corpus  # noqa: PLC0415
    from quoteverify.article import iter_parse  # noqa: PLC0415

    docs, sources, texts = bench_claims.load(data / "polnear-train.jsonl")
    rng = random.Random(0)
    maker = bench_claims.Maker(
        sources, bench_claims.Vocab(texts), bench_claims.Corpusline(docs), rng
    )
    claims = bench_claims.make_claims(sources, maker, 40, rng)
    sentences, _ = bench_scale.real_sentences(data, quotes // 40, 1)
    realistic = Corpus()
    for article in iter_parse(bench_scale.realistic_texts(sentences, 40, 1), workers=1):
        realistic.add_article(article)
    polnear = Corpus()
    for d in docs:
        polnear.add(d["text"], doc_id=d["doc_id"])
    result: dict[str, Any] = {"claims": [(c["type"], c["claim"], c["speaker"]) for c in claims]}
    for name, corpus in (("realistic", realistic), ("polnear-train", polnear)):
        corpus.verify("warm up")
        c0 = time.process_time()
        result[name] = [corpus.verify(c["claim"], speaker=c["speaker"]) for c in claims]
        result[f"{name} cpu s"] = time.process_time() - c0
        print(f"{name}: {len(claims)} claims, {result[f'{name} cpu s']:.1f} s CPU", file=sys.stderr)
    with out.open("wb") as fh:
        pickle.dump(result, fh)


def compare(a: Path, b: Path) -> None:
    with a.open("rb") as fh:
        one = pickle.load(fh)
    with b.open("rb") as fh:
        two = pickle.load(fh)
    assert one["claims"] == two["claims"], "the runs verified different claims"
    print(dict(Counter(t for t, _c, _s in one["claims"])))
    for name in ("realistic", "polnear-train"):
        same = sum(x == y for x, y in zip(one[name], two[name], strict=True))
        verdicts = Counter(v.verdict.value for v in two[name])
        print(
            f"{name}: {same} of {len(one[name])} verifications equal; CPU "
            f"{one[f'{name} cpu s']:.1f} s -> {two[f'{name} cpu s']:.1f} s; {dict(verdicts)}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("out", type=Path)
    r.add_argument("--data", type=Path, default=DATA)
    r.add_argument("--quotes", type=int, default=100_000)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "run":
        run(args.out, args.data, args.quotes)
    else:
        compare(args.a, args.b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
