#!/usr/bin/env python
"""Variant groups on real sentences: do the groups find the planted families, and do they chain?

Each sentence of the gold quotes of a PolNeAR split (``--split train`` to fit,
``dev`` to report) becomes a *family*: it is printed ``k`` times, ``k`` drawn
from ``--copies`` (singletons included), each copy lightly edited by
``bench_scale.light_edit`` (the editing code of ``bench_scale.py --realistic``:
a fragment of most of it, a word dropped, an ellipsis, a contraction made or
undone, a US/UK spelling, an editor's bracket, case), under one speaker per
family, four quotes to an article in shuffled order. The corpus is parsed, and
every speech quote of an article whose quotes came out in the planted number is
labelled with its family.

Measured, on that corpus:

* **truth**: pairwise precision and recall of ``corpus.variant_groups()``
  against the planted families (``bench_scale.truth_scores``); the groups that
  join most families are counted (their texts are printed with ``--show``, never
  written to the results, which hold no text of the data);
* **recall against all pairs**: the groups made from every pair of
  representatives (``groups.judge_pair`` on each pair that ``groups.may_link``
  allows, ``Grouping.link``, ``Grouping.groups()``) against the blocked groups:
  the share of the pairs of quotes that all-pairs puts in one group that the
  blocked path puts in one group too; the share of the pairs the decision
  links (``judge_pair``) that end in one blocked group; and the share of them
  that the blocked path judges at all (``Grouping.candidates``);
* **time**: CPU seconds (``time.process_time``) of ``variant_groups()``.

Results go to ``benchmarks/results/groups-<split>.json`` (``--json``) with the
machine and the command line. Needs ``../shared/data``; nothing else beyond
quoteverify and the standard library.

    python benchmarks/bench_groups.py --split train
    python benchmarks/bench_groups.py --split dev
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench_scale import (
    _MARK_CHARS,
    _SENTENCE_END,
    group_map,
    light_edit,
    machine_info,
    pair_count,
    truth_scores,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "benchmarks" / "results"
SPLITS = {"train": "polnear-train.jsonl", "dev": "polnear-dev.jsonl"}


def gold_sentences(path: Path, seed: int) -> list[str]:
    """The distinct sentences of 6-40 words in the gold quotes of one PolNeAR file, shuffled."""
    seen: set[str] = set()
    out: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            for q in json.loads(line)["quotes"]:
                for piece in _SENTENCE_END.split(" ".join(q["text"].split())):
                    sent = piece.strip(_MARK_CHARS + "'‘’ ")
                    key = " ".join(sent.lower().split())
                    fits = 6 <= len(sent.split()) <= 40 and key not in seen
                    if fits and not any(c in sent for c in _MARK_CHARS):
                        seen.add(key)
                        out.append(sent)
    random.Random(seed).shuffle(out)
    return out


def nested_families(sentences: Sequence[str]) -> list[int]:
    """For each sentence, the first sentence that prints it or is printed by it (itself if none).

    The gold quotes overlap: a partial quote of one article is often a run of
    words of a full quote in another. Such sentences report one utterance, so
    their families count as one in the truth; the test is on lower-case words
    only, independent of quoteverify.
    """
    padded = [" " + " ".join(re.findall(r"\w+", s.lower())) + " " for s in sentences]
    parent = list(range(len(sentences)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in itertools.combinations(range(len(padded)), 2):
        a, b = padded[i], padded[j]
        if (a in b) if len(a) <= len(b) else (b in a):
            parent[max(find(i), find(j))] = min(find(i), find(j))
    return [find(i) for i in range(len(sentences))]


def planted_articles(
    sentences: Sequence[str], copies: Sequence[int], seed: int
) -> tuple[list[tuple[str, str]], dict[str, list[int]]]:
    """Articles of four quotes each, and for each article the family of each of its quotes."""
    from quoteverify.synthetic import synthetic_utterances  # noqa: PLC0415

    rng = random.Random(seed)
    names = sorted({s for s, _ in synthetic_utterances(2_000, seed=seed)})
    speaker = [rng.choice(names) for _ in sentences]
    printed = [f for f in range(len(sentences)) for _ in range(rng.choice(copies))]
    rng.shuffle(printed)
    texts: list[tuple[str, str]] = []
    families: dict[str, list[int]] = {}
    for a in range(0, len(printed), 4):
        doc_id = f"planted{a // 4}"
        paras = []
        for f in printed[a : a + 4]:
            q = light_edit(sentences[f], rng)
            if rng.random() < 0.5:
                paras.append(f"“{q},” {speaker[f]} said.")
            else:
                paras.append(f"{speaker[f]} said: “{q}”")
        texts.append((doc_id, "\n\n".join(paras) + "\n"))
        families[doc_id] = printed[a : a + 4]
    return texts, families


def all_pairs_groups(corpus: Any) -> tuple[list[Any], list[tuple[int, int]], float]:
    """Groups made from every pair of representatives, the links, and the CPU seconds."""
    from quoteverify.matching.groups import Grouping, judge_pair, may_link  # noqa: PLC0415

    t0 = time.process_time()
    grouping = Grouping.of_index(corpus.index, corpus.indexed_quotes())
    reps, ids = grouping.representatives, grouping.ids
    links: list[tuple[int, int]] = []
    for r, v in itertools.combinations(reps, 2):
        if may_link(ids[r], ids[v]):
            link = judge_pair(grouping, r, v)
            if link is not None:
                grouping.link(r, v, link)
                links.append((r, v))
    groups = grouping.groups()
    return groups, links, time.process_time() - t0


def run(args: argparse.Namespace) -> dict[str, Any]:
    from quoteverify import Corpus  # noqa: PLC0415
    from quoteverify.article import iter_parse  # noqa: PLC0415

    path = args.data / SPLITS[args.split]
    if not path.exists():
        sys.exit(f"{path} not found: this benchmark needs ../shared/data")
    sentences = gold_sentences(path, args.seed)[: args.sentences]
    texts, families = planted_articles(sentences, args.copies, args.seed)
    same = nested_families(sentences)
    corpus = Corpus()
    for article in iter_parse(texts, workers=1):
        corpus.add_article(article)
    label: dict[int, int] = {}
    unlabelled = 0
    for article in corpus.articles:
        speech = [q for q in article.quotes if q.is_speech]
        planted = families[article.doc_id or ""]
        if len(speech) == len(planted):
            label.update((id(q), same[f]) for q, f in zip(speech, planted, strict=True))
        else:
            unlabelled += 1
    print(
        f"{len(sentences)} sentences ({len(sentences) - len(set(same))} nested in others), "
        f"{len(corpus.index)} quotes indexed, "
        f"{len(label)} labelled ({unlabelled} articles unlabelled)",
        file=sys.stderr,
    )

    times = []
    for _ in range(args.runs):
        t0 = time.process_time()
        blocked = corpus.variant_groups()
        times.append(time.process_time() - t0)
    truth = truth_scores(blocked, label)
    print(
        f"blocked: precision {truth['precision']:.4f} recall {truth['recall']:.4f} "
        f"in {min(times):.2f} s CPU",
        file=sys.stderr,
    )

    gmap = group_map(blocked)
    spread = [len({label[id(m.quote)] for m in g.members if id(m.quote) in label}) for g in blocked]
    worst = sorted(range(len(blocked)), key=lambda g: -spread[g])[: args.show]
    for g in worst:
        print(
            f"--- group of {len(blocked[g].members)} quotes, {spread[g]} families", file=sys.stderr
        )
        for m in blocked[g].members[:12]:
            print(
                f"  [{label.get(id(m.quote))}] {m.relation.value}: {m.quote.text}", file=sys.stderr
            )

    out: dict[str, Any] = {
        "benchmark": "bench_groups",
        "command": " ".join(["python", "benchmarks/bench_groups.py", *sys.argv[1:]]),
        "split": args.split,
        "seed": args.seed,
        "copies": list(args.copies),
        "sentences": len(sentences),
        "families_merged_as_nested": len(sentences) - len(set(same)),
        "quotes_indexed": len(corpus.index),
        "quotes_labelled": len(label),
        "articles_unlabelled": unlabelled,
        "planted_pairs": pair_count(list(Counter(label.values()).values())),
        "blocked": {
            **truth,
            "groups": len(blocked),
            "largest_group": max((len(g.members) for g in blocked), default=0),
            "groups_of_several_families": sum(1 for s in spread if s > 1),
            "most_families_in_a_group": max(spread, default=0),
            "cpu_s": min(times),
            "cpu_s_runs": times,
        },
    }
    if args.all_pairs:
        every, links, cpu = all_pairs_groups(corpus)
        amap = group_map(every)
        both = Counter((amap[q], gmap[q]) for q in amap.keys() & gmap.keys())
        together_all = pair_count([len(g.members) for g in every])
        together_both = pair_count(list(both.values()))
        quotes = {r: corpus.indexed_quote(r) for pair in links for r in pair}
        from quoteverify.matching.groups import Grouping  # noqa: PLC0415

        candidates = set(Grouping.of_index(corpus.index, corpus.indexed_quotes()).candidates())
        kept = sum(
            1
            for r, v in links
            if id(quotes[r]) in gmap and gmap.get(id(quotes[v])) == gmap[id(quotes[r])]
        )
        out["all_pairs"] = {
            **truth_scores(every, label),
            "groups": len(every),
            "largest_group": max((len(g.members) for g in every), default=0),
            "cpu_s": cpu,
            "links": len(links),
            "pairs_in_one_group_all_quotes": together_all,
            "pairs_in_one_group_also_blocked": together_both,
            "recall_of_blocked": together_both / together_all if together_all else 1.0,
            "links_in_one_blocked_group": kept / len(links) if links else 1.0,
            "links_among_blocked_candidates": (
                sum(1 for pair in links if pair in candidates) / len(links) if links else 1.0
            ),
        }
        print(
            f"all pairs: precision {out['all_pairs']['precision']:.4f} "
            f"recall {out['all_pairs']['recall']:.4f}; blocked recall against it "
            f"{out['all_pairs']['recall_of_blocked']:.4f}; links kept "
            f"{out['all_pairs']['links_in_one_blocked_group']:.4f} ({cpu:.1f} s CPU)",
            file=sys.stderr,
        )
    out["machine"] = machine_info()
    return out


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--split", choices=sorted(SPLITS), default="train")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--sentences", type=int, default=3000, help="families planted (at most)")
    p.add_argument(
        "--copies",
        type=lambda s: [int(x) for x in s.split(",")],
        default=[1, 2, 3, 4, 6, 8],
        help="copies per family, one drawn per family (default 1,2,3,4,6,8)",
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--runs", type=int, default=3, help="variant_groups() runs; the least CPU kept")
    p.add_argument("--no-all-pairs", dest="all_pairs", action="store_false")
    p.add_argument("--show", type=int, default=0, help="print the N groups of most families")
    p.add_argument("--json", type=Path, default=None)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    res = run(args)
    path = args.json or DEFAULT_OUT / f"groups-{args.split}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
