"""Kinds and speakers of the quote marks PolNeAR leaves out, against a blind gold.

``benchmarks/polnear_marks/polnear-train-marks.tsv`` (its README says how it was made)
labels every quoted span of 250 PolNeAR train articles that no PolNeAR gold quote
covers, by the Wikinews conventions: its kind (direct, partial, non_speech) and, for
speech, its canonical speaker. This script parses each of those articles, scores the
labelled spans with ``quoteverify.surfaces.evaluate.evaluate`` (the scorer of
``quoteverify evaluate``: kinds right, non-speech spans given a speaker, strict
resolved names by ``strict_speaker_match``) and reports two halves by article
(:func:`coref_check.half`): **fit**, whose errors may be read, and **check**, read
for its figures only.

``--set 2`` scores the second file, ``polnear-train-marks2.tsv``: the articles that
follow the first file's in the same seeded order, labelled the same way. All of them
are held out, so it has no fit half and ``--show`` refuses it; its figures come under
the key ``held_out``.

``--set 3`` scores the third file, ``polnear-train-marks3.tsv``: the quotes inside
gold quotes (:func:`nested`), in articles no held-out part names. Since stop 36's
h36b-inner it too is split in two halves by the same article hash as the first file:
``--show`` prints the errors of its fit half only, and ``--list`` lists only the spans
of its fit half; its check half is read for its figures.

    python benchmarks/polnear_marks.py [--half fit|check|all] [--show] [--json OUT]
    python benchmarks/polnear_marks.py --set 2 [--json OUT]
    python benchmarks/polnear_marks.py --set 3 [--half fit|check|all] [--show] [--json OUT]
    python benchmarks/polnear_marks.py --set 4 [--half fit|check|all] [--show] [--json OUT]
    python benchmarks/polnear_marks.py --list 531   # the candidate spans, to label
    python benchmarks/polnear_marks.py --set 3 --list 0   # the third file's fit-half spans

``--set 4`` scores the fourth file, ``polnear-train-calls.tsv``: 150 PolNeAR gold
quotes of the shapes PolNeAR attributes and Wikinews may not (*called him "..."*, a
short quoted word after a verb), drawn by :func:`draw_calls` and labelled in
Wikinews' conventions; halves, ``--show`` and ``--list`` as with ``--set 3``.

``--show`` and ``--list`` print article text: keep their output out of the project.
It skips with a note, exit 0, when ``../shared/data`` is absent.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import regex
from coref_check import half

from quoteverify import extract_quotes, parse
from quoteverify.surfaces.evaluate import _core, _overlap, evaluate, read_gold

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "polnear_marks" / "polnear-train-marks.tsv"
#: The second file: the next articles of the same draw, every one held out.
GOLD2 = GOLD.with_name("polnear-train-marks2.tsv")
#: The third file, in two halves by article: the quoted spans inside gold quotes (:func:`nested`).
GOLD3 = GOLD.with_name("polnear-train-marks3.tsv")
#: The fourth file, in two halves by article: gold quotes of the calling and short shapes
#: (:func:`draw_calls`), labelled in Wikinews' conventions.
GOLD4 = GOLD.with_name("polnear-train-calls.tsv")
COREF = ROOT / "benchmarks" / "coref_gold" / "polnear-train.tsv"
CORPUS = ROOT.parent / "shared" / "data" / "polnear-train.jsonl"
#: The seed of the article order the gold was drawn in.
SEED = 35


def read_rows(path: Path = GOLD) -> dict[str, list[dict[str, str]]]:
    """The gold rows of ``path`` by article id, in file order."""
    out: dict[str, list[dict[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.setdefault(row["doc_id"], []).append(row)
    return out


def as_quote(row: Mapping[str, str]) -> dict[str, Any]:
    """One gold row as a gold quote of ``evaluate`` (``-`` is no speaker; the names
    after the first ``|`` are its ``speaker_alts``)."""
    names = row["speaker"].split("|")
    named = names[0] != "-"
    return {
        "start": int(row["start"]),
        "end": int(row["end"]),
        "kind": row["kind"],
        "speaker": names[0] if named else None,
        "speaker_alts": names[1:] if named else [],
    }


def gold_documents(
    rows: Mapping[str, list[dict[str, str]]], texts: Mapping[str, str]
) -> list[dict[str, Any]]:
    """Each labelled article as a gold record of ``evaluate``, holding only the
    labelled spans (so its span figures mean nothing; its kinds and speakers do)."""
    return [
        {"doc_id": doc_id, "text": texts[doc_id], "quotes": [as_quote(r) for r in doc_rows]}
        for doc_id, doc_rows in rows.items()
    ]


def scores(docs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The figures this check reports, and ``evaluate``'s whole answer under ``evaluate``."""
    ev = evaluate(docs).as_dict()
    sp, kinds = ev["speakers"], ev["kinds"]
    return {
        "articles": len(docs),
        "spans": sum(len(d["quotes"]) for d in docs),
        "kinds": f"{kinds['correct']} of {kinds['found']}",
        "kinds_accuracy": kinds["accuracy"],
        "non_speech_given_speaker": f"{sp['non_speech_attributed']} of {sp['non_speech_found']}",
        "strict": f"{sp['strict_correct']} of {sp['strict_found']}",
        "strict_accuracy": sp["strict_accuracy"],
        "evaluate": ev,
    }


def errors(doc: Mapping[str, Any]) -> Iterator[str]:
    """One line for each labelled span of ``doc`` whose kind, speaker or non-speech
    status the parser gets wrong, with the text around it."""
    text = doc["text"]
    found = {_core(text, q.start, q.end): q for q in parse(text).quotes}
    for gq in doc["quotes"]:
        q = found.get(_core(text, gq["start"], gq["end"]))
        speaker = q.speaker.name if q is not None and q.speaker is not None else None
        kind = q.kind.value if q is not None else None
        one = evaluate([{"text": text, "quotes": [gq]}]).as_dict()
        sp, kinds = one["speakers"], one["kinds"]
        if (
            kinds["correct"] == kinds["found"] == 1
            and not sp["non_speech_attributed"]
            and sp["strict_correct"] == sp["strict_found"]
        ):
            continue
        around = text[max(0, gq["start"] - 200) : gq["end"] + 80].replace("\n", " / ")
        rule = q.cue.rule if q is not None and q.cue is not None else None
        yield (
            f"{doc['doc_id']} {gq['start']}: gold {gq['kind']} {gq['speaker']!r}, "
            f"got {kind} {speaker!r} ({rule})\n  {around}"
        )


def candidates(texts: Mapping[str, Iterable[Mapping[str, Any]]], articles: int) -> Iterator[str]:
    """The spans the gold was drawn from: in the first ``articles`` articles of the
    seeded order, each span with both marks that no gold quote covers by half."""
    order = sorted(texts)
    random.Random(SEED).shuffle(order)
    for doc_id in order[:articles]:
        doc = dict(texts[doc_id])
        text = doc["text"]
        gold = [_core(text, q["start"], q["end"]) for q in doc["quotes"]]
        for q in extract_quotes(text):
            if q.open_mark is None or q.close_mark is None:
                continue
            p = _core(text, q.outer_start, q.outer_end)
            if p[0] < p[1] and not any(2 * _overlap(g, p) >= p[1] - p[0] for g in gold):
                start, end = q.open_mark.start, q.close_mark.end
                context = text[max(0, start - 300) : end + 120].replace("\n", " / ")
                yield f"{doc_id}\t{start}\t{end}\t{context}"


def held_out() -> set[str]:
    """The train articles that a held-out part names: the first file's check half, the
    whole second file and the check half of ``benchmarks/coref_gold``."""
    check = {d for d in read_rows() if half(d) == "check"} | set(read_rows(GOLD2))
    with COREF.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return check | {r["doc_id"] for r in rows if half(r["doc_id"]) == "check"}


def nested(texts: Mapping[str, Mapping[str, Any]], held_out: Iterable[str]) -> Iterator[str]:
    """The spans of the third file: in the seeded order, in each article that
    ``held_out`` does not name, each span with both marks that lies inside a gold quote
    without being one (a quote inside a quote, which the first two files left out
    because the gold covers it)."""
    skip = set(held_out)
    order = sorted(texts)
    random.Random(SEED).shuffle(order)
    for doc_id in order:
        if doc_id in skip:
            continue
        text = texts[doc_id]["text"]
        gold = [_core(text, q["start"], q["end"]) for q in texts[doc_id]["quotes"]]
        for q in extract_quotes(text):
            if q.open_mark is None or q.close_mark is None:
                continue
            p = _core(text, q.outer_start, q.outer_end)
            if p[0] < p[1] and p not in gold and any(g[0] <= p[0] and p[1] <= g[1] for g in gold):
                start, end = q.open_mark.start, q.close_mark.end
                context = text[max(0, start - 300) : end + 120].replace("\n", " / ")
                yield f"{doc_id}\t{start}\t{end}\t{context}"


#: A word of calling within four words before a quote (*called him "..."*, *what she
#: calls the "..."*, *called for "..."*).
_CALL = regex.compile(r"\bcall(?:s|ed|ing)?\b(?:\W+\w+){0,4}\W*$", regex.IGNORECASE)
#: The mark characters a drawn span must open and close with.
_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019")
#: The seed of the fourth file's draw (h38c-calls).
CALLS_SEED = 38


def shaped(
    texts: Mapping[str, Mapping[str, Any]], held_out: Iterable[str]
) -> Iterator[tuple[str, int, int, str]]:
    """The fourth file's pool: in each train article ``held_out`` does not name, each
    PolNeAR gold quote with a speaker, marks at both ends and at most six words that
    either has a word of calling in the four words before it (``call``) or has at
    most three words and a letter right before its space (``short``: scare quotes
    after a verb, names before a noun, nicknames), as ``(doc_id, start, end, shape)``."""
    skip = set(held_out)
    for doc_id in sorted(texts):
        if doc_id in skip:
            continue
        text = texts[doc_id]["text"]
        for q in texts[doc_id]["quotes"]:
            start, end = q["start"], q["end"]
            words = text[start + 1 : end - 1].split()
            if not q.get("speaker") or not words or len(words) > 6:
                continue
            if text[start] not in _MARKS or text[end - 1] not in _MARKS:
                continue
            before = text[max(0, start - 60) : start]
            if _CALL.search(before):
                yield doc_id, start, end, "call"
            elif len(words) <= 3 and regex.search(r"\p{L}\s+$", before):
                yield doc_id, start, end, "short"


def draw_calls(
    texts: Mapping[str, Mapping[str, Any]], held_out: Iterable[str], each: int = 75
) -> list[tuple[str, int, int, str]]:
    """The fourth file's spans: ``each`` of each shape of :func:`shaped`, drawn with
    ``random.Random(CALLS_SEED)``, in article and offset order."""
    pool = list(shaped(texts, held_out))
    rng = random.Random(CALLS_SEED)
    picked = []
    for shape in ("call", "short"):
        some = [p for p in pool if p[3] == shape]
        rng.shuffle(some)
        picked += some[:each]
    return sorted(picked)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("fit", "check", "all"), default="all")
    ap.add_argument(
        "--set",
        type=int,
        choices=(1, 2, 3, 4),
        default=1,
        help="2: the held-out second file; 3, 4: the third and fourth (halves as the first's)",
    )
    ap.add_argument("--show", action="store_true", help="print the fit data's errors")
    ap.add_argument("--json", metavar="OUT", help="write the figures to OUT")
    ap.add_argument(
        "--list",
        type=int,
        metavar="N",
        help="print the candidate spans of the first N articles (with --set 3: its fit half's)",
    )
    args = ap.parse_args(argv)
    if args.set == 2 and (args.show or args.half != "all"):
        ap.error("the second file is held out whole: it has no halves and no --show")
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the evaluation data lives beside the project)")
        return 0
    corpus = {d["doc_id"]: d for d in read_gold(CORPUS)}
    if args.list is not None:
        if args.set == 4:  # the fit half's spans, with their shape
            lines = (
                f"{d}\t{s}\t{e}\t{shape}"
                for d, s, e, shape in draw_calls(corpus, held_out())
                if half(d) == "fit"
            )
        elif args.set == 3:  # the check half's spans are never listed
            lines = (
                line for line in nested(corpus, held_out()) if half(line.split("\t")[0]) == "fit"
            )
        else:
            lines = candidates(corpus, args.list)
        for line in lines:
            print(line)
        return 0
    texts = {k: d["text"] for k, d in corpus.items()}
    if args.set == 2:
        parts = {"held_out": gold_documents(read_rows(GOLD2), texts)}
    else:
        path = {1: GOLD, 3: GOLD3, 4: GOLD4}[args.set]
        docs = gold_documents(read_rows(path), texts)
        halves = ("fit", "check") if args.half == "all" else (args.half,)
        parts = {name: [d for d in docs if half(d["doc_id"]) == name] for name in halves}
    out = {name: scores(part) for name, part in parts.items()}
    for name, figures in out.items():
        print(name, json.dumps({k: v for k, v in figures.items() if k != "evaluate"}))
    if args.show and "fit" in parts:  # the check half is read for its figures only
        for line in itertools.chain.from_iterable(errors(doc) for doc in parts["fit"]):
            print(line)
    if args.json:
        with Path(args.json).open("w", encoding="utf-8") as f:
            json.dump(out, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
