"""Speakers on real wire copy: MSRP's news sentences against a blind gold of our own.

``benchmarks/speakers_wire/msrp-gold.tsv`` (written before the parser read these
sentences; its README says how) names the kind and the speaker of each quoted span of
680 sentences of ``../shared/data/msrp-quotes-train.jsonl``. This script reads both,
turns each tokenised sentence back into ordinary text (:func:`detokenise`, offsets
mapped back), parses each sentence as its own article and scores it with
``quoteverify.surfaces.evaluate.evaluate``, the scorer of ``quoteverify evaluate``:
strict resolved names, kinds, and non-speech spans given a speaker. The gold is split
in two halves by sentence id (:func:`half`): **fit**, whose misses may be read to
find causes, and **check**, read only for its figures.

    python benchmarks/speakers_wire.py [--half fit|check|all] [--show] [--json OUT]

It skips with a note, exit 0, when ``../shared/data`` is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from quoteverify import parse
from quoteverify.surfaces.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "speakers_wire" / "msrp-gold.tsv"
CORPUS = ROOT.parent / "shared" / "data" / "msrp-quotes-train.jsonl"

#: Tokens written with no space before them.
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%"})
#: Tokens written with no space after them.
_NO_SPACE_AFTER = frozenset({"(", "[", "$"})
#: Clitics split off the word before them (``we 're``, ``it 's``).
_CLITICS = frozenset({"'s", "'re", "'ve", "'ll", "'d", "'m", "'S"})
#: Punctuation a closing mark follows in wire copy (``..., " he said``).
_BEFORE_CLOSER = frozenset({",", ".", "?", "!", "..."})


def _marks(tokens: Sequence[str]) -> dict[int, bool]:
    """Whether each ``"`` token (by index) opens a quote (True) or closes one.

    Marks alternate. When their number is odd, a quote crosses the sentence's edge:
    the first mark closes one opened before the sentence when it follows sentence
    punctuation and either no capital follows it (*... , " said Ann Lee .*) or as much
    of the sentence stands before it as after it, or more (*... years , " Bryant said .*);
    otherwise the last opens one that goes on after it
    (*He added , " There is ...*).
    """
    at = [i for i, t in enumerate(tokens) if t == '"']
    opening = True
    if len(at) % 2 and at[0] > 0:
        i = at[0]
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tokens[i - 1] in _BEFORE_CLOSER and (not after[:1].isupper() or i >= len(tokens) - i):
            opening = False
    out = {}
    for i in at:
        out[i] = opening
        opening = not opening
    return out


def detokenise(text: str) -> tuple[str, list[int]]:
    """``text`` as ordinary prose, and where each of its offsets went.

    Tokens are split on single spaces; a space is dropped before closing
    punctuation, a closing ``"`` and a clitic (``'s``, ``n't``), and after an
    opening ``"``, ``(``, ``[`` or ``$``; a capital letter alone before an
    apostrophe and a capital joins it (``O 'Neill``). The map holds, for every
    offset ``i`` of ``text`` (``len(text)`` included), the offset in the result of
    the first character kept at or after ``i``.

    >>> detokenise('" We don \\'t know , " he said .')[0]
    '"We don\\'t know," he said.'
    >>> out, at = detokenise('Eugene O \\'Neill \\'s play')
    >>> out, out[at[9] : at[14] + 1]
    ("Eugene O'Neill's play", "'Neill")
    """
    tokens = text.split(" ")
    marks = _marks(tokens)
    pieces: list[str] = []
    where = [0] * (len(text) + 1)
    at = 0  # offset in text
    size = 0  # length of the result so far
    for i, token in enumerate(tokens):
        if i:
            prev = tokens[i - 1]
            joined = (
                token in _NO_SPACE_BEFORE
                or token in _CLITICS
                or (token == "'t" and prev.endswith("n"))
                or (marks.get(i) is False)
                or (marks.get(i - 1) is True)
                or prev in _NO_SPACE_AFTER
                or (len(prev) == 1 and prev.isupper() and token[:1] == "'" and token[1:2].isupper())
            )
            where[at] = size  # the space, or where the next character goes when it is dropped
            at += 1
            if not joined:
                pieces.append(" ")
                size += 1
        for k in range(len(token)):
            where[at + k] = size + k
        pieces.append(token)
        at += len(token)
        size += len(token)
    where[at] = size
    return "".join(pieces), where


def read_gold(path: Path = GOLD) -> dict[str, list[dict[str, str]]]:
    """The gold rows of ``path`` by sentence id, in file order."""
    out: dict[str, list[dict[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out.setdefault(row["id"], []).append(row)
    return out


def sentences(path: Path = CORPUS) -> tuple[dict[str, str], dict[str, str]]:
    """Every sentence of the corpus by id, and the id of each sentence's group.

    A group is the sentences joined by the corpus's pairs, named by its smallest id
    (numerically): the two sentences of a pair often print the same words, so both
    halves of the split get whole groups.
    """
    text: dict[str, str] = {}
    parent: dict[str, str] = {}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            a, b = row["id_a"], row["id_b"]
            text.setdefault(a, row["text_a"])
            text.setdefault(b, row["text_b"])
            parent.setdefault(a, a)
            parent.setdefault(b, b)
            ra, rb = root(a), root(b)
            if ra != rb:
                low, high = sorted((ra, rb), key=int)
                parent[high] = low
    return text, {i: root(i) for i in text}


def half(group: str) -> str:
    """``fit`` for a group whose smallest id is even, ``check`` for an odd one."""
    return "fit" if int(group) % 2 == 0 else "check"


def gold_documents(
    gold: Mapping[str, list[dict[str, str]]], text: Mapping[str, str]
) -> Iterator[dict[str, Any]]:
    """Each annotated sentence as a gold record of ``evaluate``: its detokenised text
    and its quotes, offsets mapped (kind ``broken`` and speakers ``?`` and ``-`` left
    out of the scores)."""
    for sid, rows in gold.items():
        plain, where = detokenise(text[sid])
        quotes = []
        for row in rows:
            start, end = int(row["start"]), int(row["end"])
            names = row["speaker"].split("|")
            named = names[0] not in ("?", "-")
            quotes.append(
                {
                    "start": where[start],
                    "end": where[end - 1] + 1,
                    "kind": row["kind"] if row["kind"] != "broken" else None,
                    "speaker": names[0] if named else None,
                    "speaker_alts": names[1:] if named else [],
                }
            )
        yield {"doc_id": f"msrp:{sid}", "text": plain, "quotes": quotes}


def figures(docs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``evaluate``'s figures on ``docs``, the few this check reports first."""
    ev = evaluate(docs).as_dict()
    sp, kinds = ev["speakers"], ev["kinds"]
    return {
        "sentences": len(docs),
        "strict": f"{sp['strict_correct']} of {sp['strict_found']}",
        "strict_accuracy": sp["strict_accuracy"],
        "kinds": f"{kinds['correct']} of {kinds['found']}",
        "kinds_accuracy": kinds["accuracy"],
        "non_speech_given_speaker": f"{sp['non_speech_attributed']} of {sp['non_speech_found']}",
        "spans_found": f"{ev['spans']['overlap_found']} of {ev['spans']['gold']}",
        "evaluate": ev,
    }


def show(docs: Sequence[Mapping[str, Any]]) -> None:
    """Print each sentence whose strict names, kinds or non-speech spans go wrong."""
    for doc in docs:
        ev = evaluate([doc])
        sp, kinds = ev.speakers, ev.kinds
        if (
            sp.strict_correct == sp.strict_found
            and kinds.correct == kinds.found
            and not sp.non_speech_attributed
        ):
            continue
        got = [
            (q.kind.value, q.speaker_name, q.cue.rule if q.cue else None)
            for q in parse(doc["text"]).quotes
        ]
        want = [(q["kind"], q["speaker"]) for q in doc["quotes"]]
        print(f"{doc['doc_id']}: {doc['text']}\n  gold {want}\n  got  {got}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("fit", "check", "all"), default="all")
    ap.add_argument(
        "--show", action="store_true", help="print the fit half's sentences with an error"
    )
    ap.add_argument("--json", metavar="OUT", help="write the figures to OUT")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the evaluation data lives beside the project)")
        return 0
    text, group = sentences()
    docs = list(gold_documents(read_gold(), text))
    halves = ("fit", "check") if args.half == "all" else (args.half,)
    out = {}
    for name in halves:
        part = [d for d in docs if half(group[d["doc_id"].split(":", 1)[1]]) == name]
        out[name] = figures(part)
        brief = {k: v for k, v in out[name].items() if k != "evaluate"}
        print(name, json.dumps(brief))
        if args.show and name == "fit":  # the check half is read for its figures only
            show(part)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
