"""Word lists that steer the parser, kept as data apart from the logic.

Each list is a UTF-8 text file in this folder, one entry per line, ``#`` starting
a comment. :func:`load` reads one once and caches it.

>>> "said" in load("cue_verbs")
True
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["load", "load_table", "load_zipf"]


@functools.cache
def load(name: str) -> frozenset[str]:
    """Return the entries of lexicon ``name`` (lower-cased, comments dropped)."""
    raw = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = set()
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            entries.add(entry)
    return frozenset(entries)


@functools.cache
def load_table(name: str) -> dict[str, str]:
    """Return lexicon ``name`` as a mapping: each line is ``key<TAB>value``.

    >>> load_table("nations")["kremlin"]
    'RU'
    """
    raw = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    table = {}
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].rstrip()
        if entry.strip():
            key, _, value = entry.partition("\t")
            table[key.strip().lower()] = value.strip()
    return table


@functools.cache
def load_zipf(name: str = "word_frequency") -> dict[str, float]:
    """Return a frequency table: each line is ``word<TAB>zipf`` (a float, 0 to 8).

    The shipped ``word_frequency`` table (its header gives its source and licence,
    CC BY-SA 4.0) says how common an English word is in general, so that words can
    be weighed by how informative they are when no corpus is at hand.

    >>> table = load_zipf()
    >>> table["the"] > table["summit"] > table["ceasefire"] > 0
    True
    """
    raw = resources.files(__name__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    table = {}
    for line in raw.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, _, value = line.partition("\t")
        table[word] = float(value)
    return table
