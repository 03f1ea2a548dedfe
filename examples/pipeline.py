"""Cross-check a collection of articles: JSONL articles in, JSONL verdicts out.

Every article is parsed and added to one corpus; then every speech quote of
every article is verified against the *other* articles (``Corpus.check``), and
each verdict is written as one ``verification`` record per line (the schema of
``docs/records.md``)::

    python examples/pipeline.py articles.jsonl > verdicts.jsonl
    cat articles.jsonl | python examples/pipeline.py --workers 2 -o verdicts.jsonl
    python examples/pipeline.py folder/ > verdicts.jsonl

The input has one ``{"id": ..., "text": ...}`` object per line; other fields
(outlet, date...) are kept as metadata. A folder is read as ``quoteverify
extract`` reads one, subfolders included: each ``.txt`` (``.text``, ``.md``) file
an article named by its file, each ``.jsonl`` (``.ndjson``) file line by line.
A summary goes to standard error. Exit status: 0 on success, 2 when the
input cannot be read (the message names the line). When the reader of
standard output goes away (``| head``), it stops quietly with status 0, as the
``quoteverify`` command does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from typing import IO

from quoteverify import Corpus, QuoteVerifyError, iter_parse
from quoteverify.surfaces.records import verification_record
from quoteverify.surfaces.sources import iter_documents


def build_corpus(path: str, *, workers: int = 1) -> Corpus:
    """Parse every article of ``path`` (a file, a folder, or ``-`` for stdin) into a corpus."""
    corpus = Corpus()
    for article in iter_parse(iter_documents([path]), workers=workers):
        corpus.add_article(article)
    return corpus


def write_verdicts(corpus: Corpus, out: IO[str]) -> Counter[str]:
    """Write one verification record per speech quote; return the count of each verdict."""
    counts: Counter[str] = Counter()
    for article in corpus:
        for verification in corpus.check(article):
            record = verification_record(verification)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts[record["verdict"]] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Verify every speech quote of every article against the other articles: "
        "JSONL articles in, one JSON verification record per quote out.",
    )
    parser.add_argument(
        "input",
        nargs="?",
        default="-",
        help='a JSONL file of {"id", "text"} objects, a folder, or - for standard input '
        "(the default)",
    )
    parser.add_argument(
        "-o", "--output", default="-", help="where to write the records (default: stdout)"
    )
    parser.add_argument(
        "--workers", type=int, default=1, metavar="N", help="parse in N processes (default 1)"
    )
    args = parser.parse_args(argv)
    try:
        corpus = build_corpus(args.input, workers=args.workers)
        if args.output == "-":
            counts = write_verdicts(corpus, sys.stdout)
        else:
            with open(args.output, "w", encoding="utf-8") as out:
                counts = write_verdicts(corpus, out)
    except QuoteVerifyError as err:
        print(f"pipeline: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader left: point stdout at nothing, so the flush at exit cannot fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    summary = ", ".join(f"{n} {verdict}" for verdict, n in counts.most_common()) or "none"
    print(
        f"pipeline: {len(corpus)} articles, {sum(counts.values())} quotes checked: {summary}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
