"""Synthetic news corpora of any size, for benchmarks and scale tests.

:func:`synthetic_articles` writes short articles from a fixed vocabulary with
a seeded random generator: the same seed gives the same corpus. Each quote is
one of a pool of utterances, printed as it was said, cut to a fragment, or
with a word changed, so that a corpus has variant groups to find.

>>> arts = list(synthetic_articles(3, seed=1))
>>> len(arts), arts[0][0]
(3, 'syn-000000')
>>> arts == list(synthetic_articles(3, seed=1))
True
"""

from __future__ import annotations

import random
from collections.abc import Iterator

__all__ = ["synthetic_articles", "synthetic_utterances"]

_SUBJECTS = (
    "the talks",
    "our security",
    "the ceasefire",
    "the sanctions",
    "the agreement",
    "the summit",
    "our neighbours",
    "the border",
    "trade",
    "the negotiations",
    "the pipeline",
    "the region",
    "our partners",
    "the economy",
    "the treaty",
)
_VERBS = ("will", "must", "cannot", "should", "may", "will never", "has to", "could")
_ACTIONS = (
    "move forward",
    "be decided in Moscow",
    "wait another year",
    "bring peace",
    "hold for now",
    "change everything",
    "be signed soon",
    "protect our people",
    "end the conflict",
    "open new markets",
    "be discussed again",
    "go ahead",
)
_TAILS = (
    "next week",
    "after the elections",
    "without preconditions",
    "in good faith",
    "step by step",
    "this winter",
    "for our children",
    "with the allies",
    "",
    "",
)
_FIRST = (
    "Anna",
    "Boris",
    "Clara",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Katya",
    "Lars",
    "Mira",
    "Nikolai",
    "Olga",
    "Pavel",
)
_LAST = (
    "Orlov",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Novak",
    "Tanaka",
    "Varga",
    "Kowalski",
    "Brennan",
    "Costa",
    "Ferreira",
    "Ivanova",
    "Jensen",
    "Petrov",
    "Sato",
    "Weber",
)
_NARRATION = (
    "Delegations met again on the second day.",
    "The press room was crowded before the briefing.",
    "Officials gave few details about the schedule.",
    "Markets reacted calmly to the news.",
    "The meeting ran longer than planned.",
)


def synthetic_utterances(n: int, *, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` distinct ``(speaker, words)`` utterances."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    while len(out) < n:
        words = " ".join(
            w
            for w in (
                rng.choice(_SUBJECTS).capitalize(),
                rng.choice(_VERBS),
                rng.choice(_ACTIONS),
                rng.choice(_TAILS),
            )
            if w
        )
        words += f" {rng.choice(_SUBJECTS)} {rng.randrange(1000)}" if len(seen) > 200 else ""
        if words in seen:
            continue
        seen.add(words)
        out.append((f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", words))
    return out


def _variant(words: str, rng: random.Random) -> str:
    ws = words.split()
    roll = rng.random()
    if roll < 0.5 or len(ws) < 5:
        return words
    if roll < 0.7:
        start = rng.randrange(1, len(ws) - 3)
        return " ".join(ws[start : start + 3])  # a fragment
    if roll < 0.85:
        i = rng.randrange(1, len(ws))
        return " ".join([*ws[:i], "really", *ws[i:]])  # a word inserted
    return words.replace("neighbours", "neighbors")  # a spelling variant


def synthetic_articles(
    n_articles: int, *, quotes_per_article: int = 4, seed: int = 0
) -> Iterator[tuple[str, str]]:
    """Yield ``(doc_id, text)`` for ``n_articles`` articles of about 600 characters."""
    rng = random.Random(seed)
    pool = synthetic_utterances(max(10, n_articles * quotes_per_article // 4), seed=seed)
    for a in range(n_articles):
        paras = []
        for _ in range(quotes_per_article):
            speaker, words = rng.choice(pool)
            said = _variant(words, rng)
            form = rng.random()
            if form < 0.4:
                paras.append(f"“{said},” {speaker} said.")
            elif form < 0.7:
                paras.append(f"{speaker} told reporters: “{said}.”")
            else:
                paras.append(f"{speaker} said that “{said.lower()}” {rng.choice(_TAILS)}.")
            paras.append(rng.choice(_NARRATION))
        yield f"syn-{a:06d}", "\n\n".join(paras)
