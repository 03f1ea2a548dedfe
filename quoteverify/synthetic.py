"""Synthetic news corpora of any size, for benchmarks and scale tests.

:func:`synthetic_articles` writes short articles with a seeded random
generator: the same seed gives the same corpus. Each quote is one of a pool of
utterances made of English function words and invented content words drawn by
a Zipf law, printed as it was said, cut to a fragment, with a word inserted or
dropped, with words left out at an ellipsis, or with its end cut off, so that
a corpus has variant groups to find.

>>> arts = list(synthetic_articles(3, seed=1))
>>> len(arts), arts[0][0]
(3, 'syn-000000')
>>> arts == list(synthetic_articles(3, seed=1))
True
"""

from __future__ import annotations

import functools
import itertools
import random
from collections.abc import Iterator

__all__ = ["synthetic_articles", "synthetic_labels", "synthetic_utterances"]

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


_SYLLABLES = (
    "ka", "lo", "mi", "ren", "sa", "tor", "vel", "da", "nu", "pri", "ste", "gan",
    "bo", "li", "mar", "te", "zu", "fen", "or", "qui", "ha", "dre", "vin", "so",
    "pa", "ri", "kel", "mo", "ner", "tis", "wa", "ul",
)  # fmt: skip
_FUNCTION = (
    "the", "a", "of", "to", "and", "in", "that", "we", "it", "is", "for", "on",
    "will", "with", "our", "this", "they", "not", "be", "have", "at", "by", "all",
    "there", "what", "from", "more", "no", "very", "can",
)  # fmt: skip
_VOCABULARY = 40_000  # invented content words, drawn by a Zipf law as news words are


@functools.cache
def _lexicon() -> tuple[tuple[str, ...], list[float]]:
    """Invented content words (two to four syllables) and their cumulative Zipf weights."""
    rng = random.Random(20250815)
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < _VOCABULARY:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    # Zipf-Mandelbrot: the commonest invented word is about as common as "said" in news.
    weights = list(itertools.accumulate(1.0 / (rank + 60) ** 1.05 for rank in range(len(words))))
    return tuple(words), weights


def synthetic_utterances(n: int, *, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` distinct ``(speaker, words)`` utterances of 8 to 16 words.

    Content words come from an invented vocabulary with a Zipf law (a few words
    are everywhere, most are rare), function words from a short English list.
    """
    rng = random.Random(seed)
    vocabulary, cumulative = _lexicon()
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    while len(out) < n:
        length = rng.randint(8, 16)
        tokens = [
            rng.choices(vocabulary, cum_weights=cumulative)[0]
            if rng.random() < 0.55
            else rng.choice(_FUNCTION)
            for _ in range(length)
        ]
        if rng.random() < 0.1:
            tokens[rng.randrange(length)] = str(rng.randrange(2, 1000))
        words = " ".join(tokens).capitalize()
        if words in seen:
            continue
        seen.add(words)
        out.append((f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", words))
    return out


def _variant(words: str, rng: random.Random) -> str:
    """The utterance as one outlet printed it: whole, cut, or with one small edit."""
    ws = words.split()
    roll = rng.random()
    if roll < 0.45:
        return words
    if roll < 0.65:
        size = rng.randint(3, min(6, len(ws) - 2))
        start = rng.randrange(0, len(ws) - size)
        return " ".join(ws[start : start + size])  # a fragment
    i = rng.randrange(1, len(ws) - 1)
    if roll < 0.75:
        return " ".join([*ws[:i], "really", *ws[i:]])  # a word inserted
    if roll < 0.85:
        return " ".join([*ws[:i], *ws[i + 1 :]])  # a word dropped
    if roll < 0.92:
        return " ".join([*ws[:i], "...", *ws[i + 2 :]])  # words left out at an ellipsis
    return " ".join(ws[: len(ws) - 2])  # the end cut off


def synthetic_articles(
    n_articles: int, *, quotes_per_article: int = 4, seed: int = 0
) -> Iterator[tuple[str, str]]:
    """Yield ``(doc_id, text)`` for ``n_articles`` articles of about 600 characters."""
    for doc_id, text, _utterances in _generate(n_articles, quotes_per_article, seed):
        yield doc_id, text


def synthetic_labels(
    n_articles: int, *, quotes_per_article: int = 4, seed: int = 0
) -> dict[str, list[int]]:
    """The truth behind :func:`synthetic_articles` with the same arguments.

    For each ``doc_id``, the pool utterance each of its quotes was printed from,
    in text order: two quotes with the same label report one utterance.

    >>> labels = synthetic_labels(2, seed=1)
    >>> sorted(labels), len(labels["syn-000000"])
    (['syn-000000', 'syn-000001'], 4)
    """
    return {
        doc_id: utterances
        for doc_id, _text, utterances in _generate(n_articles, quotes_per_article, seed)
    }


def _generate(
    n_articles: int, quotes_per_article: int, seed: int
) -> Iterator[tuple[str, str, list[int]]]:
    rng = random.Random(seed)
    pool = synthetic_utterances(max(10, n_articles * quotes_per_article // 4), seed=seed)
    for a in range(n_articles):
        paras = []
        utterances = []
        for _ in range(quotes_per_article):
            u = rng.randrange(len(pool))
            speaker, words = pool[u]
            said = _variant(words, rng)
            form = rng.random()
            if form < 0.4:
                paras.append(f"“{said},” {speaker} said.")
            elif form < 0.7:
                paras.append(f"{speaker} told reporters: “{said}.”")
            else:
                paras.append(f"{speaker} said that “{said.lower()}” {rng.choice(_TAILS)}.")
            paras.append(rng.choice(_NARRATION))
            utterances.append(u)
        yield f"syn-{a:06d}", "\n\n".join(paras), utterances
