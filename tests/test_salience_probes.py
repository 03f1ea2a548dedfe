"""Pronouns and cue-less quotes whose speaker is the paragraph's subject (issue 14).

``tests/data/salience_probes.tsv`` holds invented paragraphs, one shape a row, of the
two classes blind set 19 left in long features: a *he* or *she* read after another
person of that sex is named only inside an object, a prepositional phrase, a
possessive apposition, a reported clause or another person's quote (the paragraph's
subject should outrank that person), and a quote with no cue whose speaker is named
two sentences back, behind a scene sentence. Each row's quote must get the gold
speaker. The shapes the parser still misses (probed at ``f604e7ef``) are listed in
``MISSED`` with what it gives, and must keep failing until a rule fixes them (then
they leave the list).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_nocue_probes import probe_speaker, read_probes

PROBES = Path(__file__).parent / "data" / "salience_probes.tsv"


def _rows() -> list[tuple[str, str, str, str]]:
    return read_probes(PROBES)


# Missed at f604e7ef, by cause (7 of 14); the reported clause after a pronoun reporter
# and three scene sentences before a quote fixed since; h49-salience fixed a scene
# sentence holding a month or a day, and the speaker of the quote before (whose row
# read the first quote, the speaker's own, until its piece was moved to the second).
MISSED = {
    # The other person is the last named subject of a clause: salience takes them.
    "pron-subject-after-quoted-name": "the possessive apposition's name (Ruth Gallo)",
}


def test_the_table_holds_both_classes() -> None:
    rows = _rows()
    shapes = [r[0] for r in rows]
    assert len(rows) >= 14
    assert len(set(shapes)) == len(rows)
    assert set(MISSED) <= set(shapes)
    assert any(s.startswith("pron-") for s in shapes)
    assert any(s.startswith("nocue-") for s in shapes)


@pytest.mark.parametrize(("shape", "piece", "gold", "text"), _rows(), ids=lambda v: str(v)[:30])
def test_probe(shape: str, piece: str, gold: str, text: str) -> None:
    name = probe_speaker(text, piece)
    assert (name == gold) is (shape not in MISSED), f"{shape}: {name!r} (gold {gold!r})"
