"""Word lists that steer the parser, kept as data apart from the logic.

Each list is a UTF-8 text file in this folder, one entry per line, ``#`` starting
a comment. :func:`load` reads one once and caches it.

>>> "said" in load("cue_verbs")
True
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["load", "load_table"]


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
