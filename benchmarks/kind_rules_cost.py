"""What each non-speech rule of the definition costs on a gold file, rule by rule.

The rules that follow the definition of non-speech (issue 14: names, titles, terms
and scare quotes are nobody's words) are switched off together, then on one at a
time, then left as the code ships them (the rules kept), and each setting is
scored: kinds right and strict named speakers (``quoteverify.surfaces.evaluate``),
and the quoted strings that are not gold quotes, how many get a speaker and how
many are called non-speech (``count_nonspeech.py``). PolNeAR gives a source to
many strings the definition calls names or terms, so on PolNeAR a rule's cost is a
difference of convention. Rows marked ``gate-`` add a kind reason to the ones
attribution never gives a speaker (``names_not_speech``). It reads the data beside
the project and is a measure, not a test.

    python benchmarks/kind_rules_cost.py ../shared/data/polnear-train.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any
from unittest import mock

from count_nonspeech import count

from quoteverify import Article, parse
from quoteverify.surfaces.evaluate import evaluate, read_gold
from quoteverify.text import kinds, spans


def _never(*_args: Any, **_kwargs: Any) -> None:
    return None


def _no(*_args: Any, **_kwargs: Any) -> bool:
    return False


#: The reasons gated as the code ships them (``names_not_speech`` reads ``kinds._UNSAID``).
_UNSAID = kinds._UNSAID
#: rule name -> (module, attribute, what stands in for it when the rule is off):
#: a finder that never fires, or reasons of the gate of ``names_not_speech``
#: (``kinds._UNSAID``), added when the rule is on and taken out when it is off.
RULES: dict[str, tuple[Any, str, object]] = {
    "frame-then-determiner": (kinds, "_frame_then_determiner", _never),
    "renaming-verb-object": (kinds, "_renamed_by", _never),
    "noun-called-title": (kinds, "_noun_then_called", _never),
    "noun-called-term": (kinds, "_term_after_called", _no),
    "passive-naming": (kinds, "_passive_naming", _never),
    "naming-noun": (kinds, "_naming_noun", _never),
    "title-after-noun": (kinds, "_title_after_noun", _never),
    "inside-a-name": (spans, "inside_a_name", _no),
    "gate-short-name": (kinds, "_UNSAID", frozenset({kinds.SHORT_NAME})),
    "gate-scare-quote": (kinds, "_UNSAID", frozenset({kinds.SCARE_QUOTE})),
    "gate-term-subject": (kinds, "_UNSAID", frozenset({kinds.TERM_SUBJECT})),
}


#: A rule that only widens another is measured with that one on (its row's
#: difference is then against that rule's row, not against ``none``).
NEEDS = {"noun-called-term": ("noun-called-title",)}


@contextmanager
def only(on: frozenset[str]) -> Iterator[None]:
    """The rules of :data:`RULES` not in ``on`` switched off while inside."""
    with ExitStack() as stack:
        ungated: set[str] = set()
        for name, (module, attr, off) in RULES.items():
            if name in on:
                continue
            if attr == "_UNSAID":
                ungated |= off  # type: ignore[arg-type]
            else:
                stack.enter_context(mock.patch.object(module, attr, off))
        gates = frozenset().union(*(off for _m, a, off in RULES.values() if a == "_UNSAID"))
        unsaid = (_UNSAID | gates) - ungated  # type: ignore[operator]
        stack.enter_context(mock.patch.object(kinds, "_UNSAID", unsaid))
        yield


def score(path: str) -> dict[str, object]:
    """Kinds, strict names and non-gold strings for the gold file, in one parse each."""
    memo: dict[str, Article] = {}

    def parser(text: str) -> Article:
        if text not in memo:
            memo[text] = parse(text)
        return memo[text]

    ev = evaluate(read_gold(path), parser=parser)
    counted = count(path, parser=parser)
    called_non_speech = sum(
        1 for a in memo.values() for q in a.quotes if q.kind.value == "non_speech"
    )
    return {
        "kinds_right": ev.kinds.correct,
        "kinds_found": ev.kinds.found,
        "strict_correct": ev.speakers.strict_correct,
        "strict_found": ev.speakers.strict_found,
        "non_gold": counted["non_gold_quotes"],
        "non_gold_given_a_speaker": counted["given_a_speaker"],
        "quotes_called_non_speech": called_non_speech,
    }


def main(argv: list[str] | None = None, *, out: Callable[[str], None] = print) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    args = ap.parse_args(argv)
    settings: dict[str, frozenset[str] | None] = {"none": frozenset()}
    settings.update({n: frozenset({n, *NEEDS.get(n, ())}) for n in RULES})
    settings["shipped"] = None  # the code as it is: the rules kept, nothing patched
    results = {}
    for label, on in settings.items():
        with only(on) if on is not None else ExitStack():
            results[label] = score(args.path)
        out(json.dumps({label: results[label]}))
    base = results["none"]
    out("| rule on | kinds right | strict named | non-gold given a speaker | called non-speech |")
    out("| --- | --- | --- | --- | --- |")
    for label, r in results.items():
        d = {k: int(r[k]) - int(base[k]) for k in r}  # type: ignore[call-overload]
        out(
            f"| {label} | {r['kinds_right']} ({d['kinds_right']:+d}) "
            f"| {r['strict_correct']} ({d['strict_correct']:+d}) "
            f"| {r['non_gold_given_a_speaker']} ({d['non_gold_given_a_speaker']:+d}) "
            f"| {r['quotes_called_non_speech']} ({d['quotes_called_non_speech']:+d}) |"
        )


if __name__ == "__main__":
    main()
