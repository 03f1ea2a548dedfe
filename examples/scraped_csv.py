"""Scraped articles in a CSV file to a tidy pandas DataFrame of verdicts.

Each row of the CSV is one article as saved from a web page: an ``id``, an
``html`` column holding the page text (tags, HTML entities, perhaps mojibake)
and any other columns (``outlet``, ``date``...), which are kept as metadata.
Every text is cleaned and parsed (``parse(text, clean=True)``), added to one
``Corpus``, and every speech quote is checked against the other articles
(``Corpus.check``). The verdicts come out as one DataFrame, one row per quote::

    python examples/scraped_csv.py                      # the sample in examples/data/
    python examples/scraped_csv.py pages.csv --text-column body -o verdicts.csv

Exit status: 0 on success, 2 when the CSV cannot be read or lacks a column. When
the reader of standard output goes away (``| head``), it stops quietly with
status 0.
Needs pandas: ``pip install 'quoteverify[pandas]'``.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quoteverify import Corpus, QuoteVerifyError, parse
from quoteverify.errors import InputFormatError
from quoteverify.surfaces.records import to_pandas

SAMPLE = Path(__file__).resolve().parent / "data" / "scraped_articles.csv"
COLUMNS = ["doc_id", "outlet", "date", "speaker", "claim", "verdict", "supported", "sources"]


def read_corpus(path: Path, *, id_column: str = "id", text_column: str = "html") -> Corpus:
    """Clean, parse and add every row of the CSV at ``path`` to a new corpus."""
    corpus = Corpus()
    with path.open(newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.DictReader(f), 2):
            if id_column not in row or text_column not in row:
                raise InputFormatError(
                    f"needs the columns {id_column!r} and {text_column!r}",
                    source=str(path),
                    line=line,
                )
            metadata = {k: v for k, v in row.items() if k not in (id_column, text_column)}
            article = parse(row[text_column], row[id_column], metadata=metadata, clean=True)
            corpus.add_article(article)
    return corpus


def verdicts(corpus: Corpus) -> Any:
    """Every speech quote of every article checked against the others, as a DataFrame.

    ``to_pandas`` gives one row per piece of evidence (the verdict repeated on
    each); here the rows of one verification are folded into one, counting the
    articles that print the quote.
    """
    checked = [v for article in corpus for v in corpus.check(article)]
    rows = to_pandas(checked)
    sources = rows.groupby("verification_index")["doc_id"].nunique()
    frame = rows.drop_duplicates(subset="verification_index").set_index("verification_index")
    frame = frame.assign(sources=sources).reset_index(drop=True)
    frame = frame.rename(columns={"claim_doc_id": "doc_id_", "claimed_speaker": "speaker"})
    frame = frame.drop(columns="doc_id").rename(columns={"doc_id_": "doc_id"})
    for name in ("outlet", "date"):
        frame[name] = [corpus.article(d).metadata.get(name) for d in frame["doc_id"]]
    return frame[COLUMNS]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=SAMPLE, help="the CSV of articles")
    parser.add_argument("--id-column", default="id")
    parser.add_argument("--text-column", default="html")
    parser.add_argument("-o", "--output", type=Path, help="write the verdicts to this CSV file")
    args = parser.parse_args(argv)
    try:
        corpus = read_corpus(args.csv, id_column=args.id_column, text_column=args.text_column)
    except (OSError, QuoteVerifyError) as err:
        print(f"scraped_csv: {err}", file=sys.stderr)
        return 2
    frame = verdicts(corpus)
    if args.output is not None:
        frame.to_csv(args.output, index=False)
        return 0
    try:
        print(frame.to_string(index=False, max_colwidth=48), flush=True)
    except BrokenPipeError:
        # The reader left (``| head``): point stdout at nothing, so the flush at exit
        # cannot fail too, and stop quietly as the quoteverify command does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
