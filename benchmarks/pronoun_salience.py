"""Count, for the pronoun rows of the coref gold, which salient person the gold name is.

For each pronoun row of ``benchmarks/coref_gold/polnear-train.tsv`` in the chosen
half, the name registry of the article (``identity._Registry``, built from the
text alone) gives the people mentioned before the pronoun; the script asks which of
these the gold person is: the last person named (recency), the last person named
as a sentence's subject, the first subject of the pronoun's paragraph (or of the
paragraph before, when its own names nobody before the pronoun) and the person the
parser gives the most quotes in the article. Each is counted on all rows, on the
rows the parser gets right and on its misses, so that a salience rule can be
weighed before it is written.

    python benchmarks/pronoun_salience.py            # the fit half
    python benchmarks/pronoun_salience.py --half all
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from coref_check import GOLD, TEXTS, scored

from quoteverify import parse
from quoteverify.model import SpeakerKind
from quoteverify.speakers import identity
from quoteverify.surfaces.evaluate import strict_speaker_match

_REACH = 900  # characters looked back, as a pronoun does (identity._PRONOUN_REACH)


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def shapes(row: dict[str, Any], registry: identity._Registry, most: str | None) -> list[str]:
    """The salience shapes the gold person of ``row`` fills."""
    text, at, gold = row["text"], int(row["mention_start"]), row["name"]
    people = [
        (pos, e, registry._is_subject(pos, s))
        for pos, e, s in registry.every_mention()
        if pos < at and at - pos <= _REACH and e.kind is SpeakerKind.PERSON
    ]
    got: list[str] = []
    if people and strict_speaker_match(people[-1][1].name, gold):
        got.append("last named")
    subjects = [m for m in people if m[2]]
    if subjects and strict_speaker_match(subjects[-1][1].name, gold):
        got.append("last subject")
    para = _paragraph_start(text, at)
    own = [m for m in subjects if m[0] >= para]
    if not own and para > 0:
        j = para - 1
        while j > 0 and text[j - 1] == "\n":
            j -= 1  # (past blank lines)
        before = _paragraph_start(text, j)
        own = [m for m in subjects if before <= m[0] < para]
    if own and strict_speaker_match(own[0][1].name, gold):
        got.append("paragraph subject")
    if most is not None and strict_speaker_match(most, gold):
        got.append("most quoted")
    return got or ["none of these"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("fit", "check", "all"), default="fit")
    args = ap.parse_args(argv)
    counts: dict[str, Counter[str]] = {"all": Counter(), "right": Counter(), "missed": Counter()}
    combos: Counter[tuple[bool, str]] = Counter()
    registries: dict[str, tuple[identity._Registry, str | None]] = {}
    rows = 0
    for r in scored(GOLD, TEXTS):
        if r["mention_type"] != "pronoun" or (args.half != "all" and r["half"] != args.half):
            continue
        rows += 1
        if r["doc_id"] not in registries:
            names = Counter(q.speaker_name for q in parse(r["text"]).quotes if q.speaker_name)
            top = names.most_common(1)[0][0] if names else None
            registries[r["doc_id"]] = (identity._Registry(r["text"]), top)
        registry, most = registries[r["doc_id"]]
        found = shapes(r, registry, most)
        combos[r["right"], " + ".join(found)] += 1
        for shape in found:
            counts["all"][shape] += 1
            counts["right" if r["right"] else "missed"][shape] += 1
    print(f"pronoun rows ({args.half}): {rows}")
    for key in ("all", "right", "missed"):
        print(f"{key:>7}: " + ", ".join(f"{k} {v}" for k, v in counts[key].most_common()))
    print("by combination (parser right or missed):")
    for (right, combo), n in sorted(combos.items(), key=lambda kv: -kv[1]):
        print(f"  {'right ' if right else 'missed'} {n:>3}  {combo}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
