"""The pairer's pass (``spans._Pairer.run``) takes its common steps inline: an
opening mark pushed, a closing mark closing the top of the stack. These tests pin
that it pairs as the pass made of the pairer's own methods does, kept here as the
reference, on texts of mixed marks, paragraphs and nesting at every depth limit."""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.config import Config
from quoteverify.model import DiagnosticCode
from quoteverify.text import spans
from quoteverify.text.marks import MARKS, MarkRole, ScannedMark, iter_marks
from quoteverify.text.paragraphs import paragraphs


def _reference_run(
    pairer: spans._Pairer, marks: Iterable[ScannedMark], paras: list[tuple[int, int]]
) -> None:
    """The pass as it was written before the inlining: every step a method call."""
    p = 0
    n_paras = len(paras)
    for mark in marks:
        if p < n_paras and mark.start >= paras[p][1]:
            while p + 1 < n_paras and mark.start >= paras[p + 1][1]:
                pairer.end_paragraph(paras[p][1], None)
                p += 1
            if p + 1 < n_paras:
                first = mark.start == paras[p + 1][0] and mark.role in (
                    MarkRole.OPEN,
                    MarkRole.EITHER,
                )
                reopened = pairer.end_paragraph(paras[p][1], mark if first else None)
                p += 1
                if reopened:
                    continue
            else:
                pairer.end_paragraph(paras[p][1], None)
                p += 1
        role = mark.role
        if role is MarkRole.EITHER:
            role = MarkRole.CLOSE if pairer.open_count[mark.weight] else MarkRole.OPEN
        elif role is MarkRole.CLOSE_OR_APOSTROPHE:
            if not pairer.open_count[mark.weight]:
                continue
            role = MarkRole.CLOSE
        if role is MarkRole.OPEN:
            pairer.open_with(mark)
        elif pairer.open_count[mark.weight]:
            pairer.close_with(mark)
        else:
            pairer.report(
                DiagnosticCode.STRAY_CLOSER,
                mark,
                spans._message("closing mark {} has no opening mark", mark.char),
            )
    end = paras[-1][1] if paras else len(pairer.text)
    while p < n_paras - 1:
        pairer.end_paragraph(paras[p][1], None)
        p += 1
    pairer.end_paragraph(end, None)


def _paired(text: str, max_depth: int, *, reference: bool) -> tuple[object, ...]:
    config = Config(max_depth=max_depth)
    pairer = spans._Pairer(text, config)
    paras = paragraphs(text, config.paragraphs)
    if reference:
        _reference_run(pairer, iter_marks(text), paras)
    else:
        pairer.run(iter_marks(text), paras)
    return (pairer.spans, pairer.diagnostics, pairer.parent_of, pairer.next_ident)


# Marks of every style, words, sentence ends (a mark repeated after one closes the
# quote before it), spaces and paragraph breaks (a quote reopened in the next one).
_PIECES = st.sampled_from([*MARKS, "a", "Yes", ". ", " ", "  ", "\n", "\n\n", ", ", "x."])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join), st.integers(1, 4))
@example('"a "b "c" d" e"', 1)
@example("“One. “Two” three", 3)
@example('"a\n\n"b" c"\n\nd', 2)
@example("« a ‹ b » c ›", 1)
def test_the_inline_pass_pairs_as_the_methods_do(text: str, max_depth: int) -> None:
    assert _paired(text, max_depth, reference=False) == _paired(text, max_depth, reference=True)
