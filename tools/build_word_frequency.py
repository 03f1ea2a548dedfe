"""Build ``quoteverify/lexicons/word_frequency.tsv``: how common each English word is.

The matching stage weighs words by how informative they are. Within a corpus it
counts document frequencies itself; for a claim checked against few articles it
falls back on this background table. The table is derived from ``wordfreq``
(https://github.com/rspeer/wordfreq), whose word lists combine public corpora
(Wikipedia, subtitles, news, books, web text) and are redistributable under
CC BY-SA 4.0. The file we ship is a derived work under that licence; its header
says so, and ``wordfreq`` is never a dependency of quoteverify.

Run by hand, in an environment with wordfreq installed:

    pip install 'wordfreq==3.1.1'
    python tools/build_word_frequency.py --top 40000
"""

from __future__ import annotations

import argparse
import importlib.metadata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "quoteverify" / "lexicons" / "word_frequency.tsv"

HEADER = """\
# English word frequencies on the Zipf scale (log10 of occurrences per billion words):
# 7 is "the", 3 is a word seen about once per million words. The {top} most frequent
# words, lower-cased; a word not listed is rarer than the last one here.
# Source: wordfreq {version} (https://github.com/rspeer/wordfreq), top_n_list("en") and
# zipf_frequency(word, "en"); wordfreq's data combines public corpora (Wikipedia,
# OpenSubtitles, news, books, web and social text; see its README for the list).
# Licence of this file: Creative Commons Attribution-ShareAlike 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/), as wordfreq's data; derived from
# it by tools/build_word_frequency.py in the quoteverify repository.
word\tzipf
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40_000, help="how many words to keep")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import wordfreq  # noqa: PLC0415 - a maintainer's tool, not a dependency

    version = importlib.metadata.version("wordfreq")
    lines = [HEADER.format(top=args.top, version=version)]
    for word in wordfreq.top_n_list("en", args.top):
        if "\t" in word or "#" in word:
            continue
        lines.append(f"{word}\t{wordfreq.zipf_frequency(word, 'en'):.2f}\n")
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {len(lines) - 1} words to {args.out}")


if __name__ == "__main__":
    main()
