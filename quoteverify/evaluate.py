"""Measure the parser against annotated data (PolNeAR, PDNC, or your own gold JSONL).

A gold file has one document per line: ``{"doc_id", "text", "quotes": [...]}``,
each quote with ``start`` and ``end`` character offsets *including* its marks.

Span recall counts a gold quote as found when a predicted quote has the same
boundaries once quote marks, surrounding punctuation and spaces are stripped
from both ("exact"), or covers at least half of it ("overlap"). Precision is the
same from the predicted side; ``speech_precision`` restricts the predictions to
those the parser calls speech (direct or partial), which is the fair measure on
corpora such as PolNeAR that annotate only attributed quotes.

>>> gold = [{"doc_id": "d", "text": 'He said "yes" and left.',
...          "quotes": [{"start": 8, "end": 13}]}]
>>> scores = evaluate_spans(gold)
>>> scores.exact_recall, scores.gold
(1.0, 1)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .article import parse
from .errors import InputFormatError
from .model import Article, Quote

__all__ = [
    "Evaluation",
    "PairScores",
    "SpanScores",
    "SpeakerScores",
    "evaluate",
    "evaluate_pairs",
    "evaluate_spans",
    "read_gold",
    "read_jsonl",
]

_STRIP = frozenset(" \t\r\n\u00a0\"'“”‘’«»„‚‹›「」『』`.,;:!?-—–…()[]")


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past marks, punctuation and spaces at both ends."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@attrs.frozen(kw_only=True)
class SpanScores:
    """Span recall and precision over a gold corpus, with the counts behind them."""

    documents: int
    gold: int
    predicted: int
    predicted_speech: int
    exact_found: int
    overlap_found: int
    exact_correct: int
    overlap_correct: int
    speech_correct: int
    speech_found: int

    @property
    def exact_recall(self) -> float:
        """Share of gold quotes found with the same boundaries."""
        return self.exact_found / self.gold if self.gold else 1.0

    @property
    def overlap_recall(self) -> float:
        """Share of gold quotes at least half covered by a predicted quote."""
        return self.overlap_found / self.gold if self.gold else 1.0

    @property
    def speech_recall(self) -> float:
        """Share of gold quotes found (overlap) by a quote the parser calls speech."""
        return self.speech_found / self.gold if self.gold else 1.0

    @property
    def exact_precision(self) -> float:
        """Share of predicted quotes that are gold quotes, same boundaries."""
        return self.exact_correct / self.predicted if self.predicted else 1.0

    @property
    def overlap_precision(self) -> float:
        """Share of predicted quotes that overlap a gold quote by half."""
        return self.overlap_correct / self.predicted if self.predicted else 1.0

    @property
    def speech_precision(self) -> float:
        """Share of predicted *speech* quotes (direct, partial) that are gold quotes."""
        return self.speech_correct / self.predicted_speech if self.predicted_speech else 1.0

    #: The ratios, in the order reports list them.
    RATIOS = (
        "exact_recall",
        "overlap_recall",
        "speech_recall",
        "exact_precision",
        "overlap_precision",
        "speech_precision",
    )

    def as_dict(self) -> dict[str, float | int]:
        """Counts and ratios as a flat JSON-safe dict."""
        out: dict[str, float | int] = dict(attrs.asdict(self))
        for name in self.RATIOS:
            out[name] = round(getattr(self, name), 4)
        return out


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the documents of a gold JSONL file, with a clear error on a bad line."""
    for number, doc in _numbered_jsonl(path):
        if (
            not isinstance(doc, dict)
            or not isinstance(doc.get("text"), str)
            or not (isinstance(doc.get("quotes"), list))
        ):
            raise InputFormatError(
                'a gold record needs "text" (str) and "quotes" (list)',
                source=str(path),
                line=number,
            )
        yield doc


_TITLE_WORDS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "lady",
        "lord",
        "the",
        "president",
        "sen",
        "gov",
        "rep",
        "senator",
        "governor",
    }
)


def _name_tokens(name: str) -> set[str]:
    words = (w.strip(".,;:'’\"()").casefold() for w in name.replace("’s", "").split())
    return {w for w in words if w and w[:1].isalpha() and w not in _TITLE_WORDS}


def _capitalised_tokens(name: str) -> set[str]:
    return _name_tokens(" ".join(x for x in name.split() if x[:1].isupper()))


@attrs.frozen(kw_only=True)
class SpeakerScores:
    """Speaker accuracy on found gold quotes, and the precision of attributed quotes.

    A found gold quote's speaker is right when the predicted speaker mention
    overlaps the gold source span, or the predicted speaker's name (or an
    alias) shares a capitalised name token with the gold source. ``named`` and
    ``pronoun`` split the gold quotes by whether the gold source is a pronoun.
    """

    gold_with_speaker: int
    found: int
    correct: int
    named_found: int
    named_correct: int
    pronoun_found: int
    pronoun_correct: int
    attributed: int
    attributed_gold: int

    @property
    def accuracy(self) -> float:
        """Share of found gold quotes (with a gold speaker) given the right speaker."""
        return self.correct / self.found if self.found else 1.0

    @property
    def named_accuracy(self) -> float:
        """Accuracy on found gold quotes whose gold source is a name or descriptor."""
        return self.named_correct / self.named_found if self.named_found else 1.0

    @property
    def pronoun_accuracy(self) -> float:
        """Accuracy on found gold quotes whose gold source is a pronoun."""
        return self.pronoun_correct / self.pronoun_found if self.pronoun_found else 1.0

    @property
    def attributed_precision(self) -> float:
        """Share of quotes given a speaker that are gold quotes."""
        return self.attributed_gold / self.attributed if self.attributed else 1.0

    def as_dict(self) -> dict[str, float | int]:
        """Counts and ratios as a flat JSON-safe dict."""
        out: dict[str, float | int] = dict(attrs.asdict(self))
        for name in ("accuracy", "named_accuracy", "pronoun_accuracy", "attributed_precision"):
            out[name] = round(getattr(self, name), 4)
        return out


@attrs.frozen(kw_only=True)
class Evaluation:
    """Span and speaker scores from one pass over a gold corpus."""

    spans: SpanScores
    speakers: SpeakerScores

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """Both score sets as JSON-safe dicts."""
        return {"spans": self.spans.as_dict(), "speakers": self.speakers.as_dict()}


_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "him", "her", "them"})


def evaluate(
    documents: Iterable[Mapping[str, Any]],
    *,
    parser: Callable[[str], Article] = parse,
    gold_filter: Callable[[Mapping[str, Any]], bool] | None = None,
) -> Evaluation:
    """Score ``parser`` on gold ``documents`` (dicts as read by :func:`read_gold`).

    ``gold_filter`` keeps only the gold quotes it returns True for (for example
    PDNC's Explicit quotes); predictions are scored against the kept ones.
    """
    c = dict.fromkeys(
        (
            "docs",
            "gold",
            "pred",
            "pred_speech",
            "exact_found",
            "overlap_found",
            "exact_correct",
            "overlap_correct",
            "speech_correct",
            "speech_found",
            "gws",
            "sp_found",
            "sp_correct",
            "named_found",
            "named_correct",
            "pron_found",
            "pron_correct",
            "attributed",
            "attributed_gold",
        ),
        0,
    )
    for doc in documents:
        c["docs"] += 1
        text = doc["text"]
        gold = [
            (_core(text, q["start"], q["end"]), q)
            for q in doc["quotes"]
            if gold_filter is None or gold_filter(q)
        ]
        gold = [(g, q) for g, q in gold if g[0] < g[1]]
        article = parser(text)
        pred = [(_core(text, q.start, q.end), q) for q in article.quotes]
        pred = [(p, q) for p, q in pred if p[0] < p[1]]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["pred_speech"] += sum(1 for _, q in pred if q.is_speech)
        exact_pred = {p for p, _ in pred}
        exact_gold = {g for g, _ in gold}
        for g, gq in gold:
            c["exact_found"] += g in exact_pred
            hits = [q for p, q in pred if 2 * _overlap(g, p) >= g[1] - g[0]]
            c["overlap_found"] += bool(hits)
            c["speech_found"] += any(q.is_speech for q in hits)
            if gq.get("speaker") and hits:
                c["gws"] += 1
                c["sp_found"] += 1
                is_pronoun = str(gq["speaker"]).strip().lower() in _PRONOUNS
                ok = any(_speaker_ok(text, gq, q) for q in hits)
                c["sp_correct"] += ok
                key = "pron" if is_pronoun else "named"
                c[f"{key}_found"] += 1
                c[f"{key}_correct"] += ok
            elif gq.get("speaker"):
                c["gws"] += 1
        for p, q in pred:
            c["exact_correct"] += p in exact_gold
            hit = any(2 * _overlap(g, p) >= p[1] - p[0] for g in exact_gold)
            c["overlap_correct"] += hit
            c["speech_correct"] += hit and q.is_speech
            if q.speaker is not None:
                c["attributed"] += 1
                c["attributed_gold"] += hit
    spans = SpanScores(
        documents=c["docs"],
        gold=c["gold"],
        predicted=c["pred"],
        predicted_speech=c["pred_speech"],
        exact_found=c["exact_found"],
        overlap_found=c["overlap_found"],
        exact_correct=c["exact_correct"],
        overlap_correct=c["overlap_correct"],
        speech_correct=c["speech_correct"],
        speech_found=c["speech_found"],
    )
    speakers = SpeakerScores(
        gold_with_speaker=c["gws"],
        found=c["sp_found"],
        correct=c["sp_correct"],
        named_found=c["named_found"],
        named_correct=c["named_correct"],
        pronoun_found=c["pron_found"],
        pronoun_correct=c["pron_correct"],
        attributed=c["attributed"],
        attributed_gold=c["attributed_gold"],
    )
    return Evaluation(spans=spans, speakers=speakers)


def _speaker_ok(text: str, gold: Mapping[str, Any], quote: Quote) -> bool:
    if quote.speaker is None:
        return False
    g_start, g_end = gold.get("speaker_start"), gold.get("speaker_end")
    m = quote.speaker_mention
    if (
        m is not None
        and g_start is not None
        and g_end is not None
        and (_overlap((m.start, m.end), (g_start, g_end)) > 0)
    ):
        return True
    gold_tokens = _capitalised_tokens(str(gold["speaker"]))
    names = (quote.speaker.name, *quote.speaker.aliases)
    return any(gold_tokens & _name_tokens(n) for n in names)


def evaluate_spans(
    documents: Iterable[Mapping[str, Any]],
    *,
    parser: Callable[[str], Article] = parse,
    gold_filter: Callable[[Mapping[str, Any]], bool] | None = None,
) -> SpanScores:
    """Span scores only (see :func:`evaluate`)."""
    return evaluate(documents, parser=parser, gold_filter=gold_filter).spans


@attrs.frozen(kw_only=True)
class PairScores:
    """How :func:`~quoteverify.compare.compare` links paraphrase pairs (MSRP format).

    ``linked``: share of same-meaning pairs (label 1) whose quotes differ once
    normalised that compare links; ``linked_raw``: the same over every pair whose
    quote texts differ at all (normalising may make them equal);
    ``linked_balanced``: the same over pairs whose quotes are balanced on both
    sides (the corpus marks the others, whose extracted "quote" is often the
    text around the quote). ``random_link_rate``:
    share of random pairs of quotes from different pairs that compare links.
    """

    pairs: int
    balanced_pairs: int
    linked: float
    linked_balanced: float
    raw_pairs: int  # same-meaning pairs whose quote texts differ at all (before normalising)
    linked_raw: float
    random_pairs: int
    random_link_rate: float

    def as_dict(self) -> dict[str, float | int]:
        """The scores as a flat JSON-safe dict."""
        out: dict[str, float | int] = {}
        for k, v in attrs.asdict(self).items():
            out[k] = round(v, 5) if isinstance(v, float) else v
        return out


def evaluate_pairs(
    rows: Iterable[Mapping[str, Any]], *, random_pairs: int = 20000, seed: int = 0
) -> PairScores:
    """Score quote linking on MSRP-style rows (``quotes_a``, ``quotes_b``, ``label``)."""
    import random  # noqa: PLC0415 - only this measurement draws random pairs

    from .compare import compare  # noqa: PLC0415 - evaluate sits below the matching stage
    from .normalize import words  # noqa: PLC0415 - same

    rows = list(rows)

    def text(qs: list[Mapping[str, Any]]) -> str:
        return " ".join(str(q["text"]) for q in qs)

    def norm(t: str) -> list[str]:
        return [w.norm for w in words(t)]

    diff = []
    raw_linked = []
    for r in rows:
        a, b = text(r["quotes_a"]), text(r["quotes_b"])
        if r.get("label") != 1 or a == b:
            continue
        if norm(a) == norm(b):
            raw_linked.append(compare(a, b).linked)
        else:
            diff.append((a, b, not r.get("unbalanced_a") and not r.get("unbalanced_b")))
    linked = [compare(a, b).linked for a, b, _ in diff]
    raw_linked.extend(linked)
    balanced = [ok for (_, _, bal), ok in zip(diff, linked, strict=True) if bal]
    pool = [
        (i, str(q["text"])) for i, r in enumerate(rows) for q in [*r["quotes_a"], *r["quotes_b"]]
    ]
    rng = random.Random(seed)
    n = hits = 0
    while n < random_pairs and len(pool) > 1:
        (i, a), (j, b) = rng.sample(pool, 2)
        if i == j:
            continue
        n += 1
        hits += compare(a, b).linked
    return PairScores(
        pairs=len(diff),
        balanced_pairs=len(balanced),
        linked=sum(linked) / len(linked) if linked else 1.0,
        linked_balanced=sum(balanced) / len(balanced) if balanced else 1.0,
        raw_pairs=len(raw_linked),
        linked_raw=sum(raw_linked) / len(raw_linked) if raw_linked else 1.0,
        random_pairs=n,
        random_link_rate=hits / n if n else 0.0,
    )


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSONL file, with a clear error on a bad line."""
    for _number, obj in _numbered_jsonl(path):
        yield obj


def _numbered_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, object) for each non-blank line of a JSONL file."""
    name = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; open errors are named
    except OSError as err:
        raise InputFormatError(f"cannot read: {err.strerror}", source=name) from None
    with handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise InputFormatError("not UTF-8 text", source=name, line=number) from None
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as err:
                raise InputFormatError(
                    f"not valid JSON ({err.msg})", source=name, line=number
                ) from None
