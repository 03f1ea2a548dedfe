"""Rendering for notebooks: HTML for articles, verifications and variant groups.

Every object of the model that Jupyter displays (``Article``, ``Quote``,
``Verification``, ``VariantGroup``) has a ``_repr_html_`` that calls
:func:`to_html`. The fragments are self-contained: one ``<div
class="qv-root">`` with its own ``<style>`` (every rule scoped under
``.qv-root``), no JavaScript and no external resources. Articles are untrusted
pages, so every piece of text, attribute values included, goes through
:func:`html.escape`.

- :func:`article_html`: the full text, paragraphs kept, every quote highlighted
  in its speaker's colour (nested quotes nested), non-speech quotes dashed, the
  speaker mention and the cue underlined, the parser's diagnostics marked, and a
  legend; hovering a quote shows its speaker, kind, cue, rule and confidence.
- :func:`verification_html`: the verdict as a badge, the explanation, and each
  piece of evidence aligned word by word with the claim, its edits coloured.
- :func:`group_html`: the canonical form and each member aligned against it.

>>> from quoteverify import parse
>>> article = parse('She said, "<script>x</script> & more."', doc_id="d1")
>>> page = to_html(article)
>>> page.startswith('<div class="qv-root qv-article"')
True
>>> "<script>" in page, "&lt;script&gt;x&lt;/script&gt; &amp; more." in page
(False, True)
>>> speaker_color("Vladimir Putin") == speaker_color("Vladimir Putin")
True
"""

from __future__ import annotations

import bisect
import html
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from ..corpus import Corpus
from ..matching.compare import compare
from ..model import (
    Article,
    DiagnosticCode,
    Edit,
    EditKind,
    GroupMember,
    Match,
    Quote,
    Relation,
    Speaker,
    VariantGroup,
    Verification,
    WordPair,
)

# Diagnostics about the whole text (it needs cleaning): listed, not marked inline.
_WHOLE_TEXT = frozenset({DiagnosticCode.LOOKS_LIKE_HTML, DiagnosticCode.LOOKS_LIKE_MOJIBAKE})

__all__ = [
    "PALETTE",
    "article_html",
    "corpus_html",
    "group_html",
    "match_html",
    "quote_html",
    "speaker_color",
    "to_html",
    "verification_html",
]


def _e(value: object) -> str:
    """Escape any value for HTML text and attribute values (quotes included)."""
    return html.escape(str(value), quote=True)


# (background tint, strong colour) pairs: dark text stays readable on every tint,
# and the strong colour is used for borders, marks and underlines. Red is left out:
# it marks diagnostics and meaning-changing edits.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#c9f5d6", "#15803d"),  # green
    ("#fbd3e9", "#be185d"),  # pink
    ("#bdf1f8", "#0e7490"),  # cyan
    ("#cfe1fd", "#1d4ed8"),  # blue
    ("#e8d8fd", "#7e22ce"),  # purple
    ("#fedcb8", "#c2410c"),  # orange
    ("#eadbc8", "#7c4a1e"),  # brown
    ("#fcefa4", "#a16207"),  # yellow
)
_NEUTRAL = ("#eef0f2", "#6e7781")  # speech with no speaker

_CSS = """
.qv-root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
 font-size:14px;line-height:1.5;color:#1f2328;background:#fff;border:1px solid #d0d7de;
 border-radius:6px;padding:10px 14px;margin:4px 0;max-width:64em;text-align:left}
.qv-root *{box-sizing:border-box}
.qv-root .qv-head{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:center;margin:0 0 8px}
.qv-root .qv-title{font-weight:600;font-size:15px}
.qv-root .qv-meta{color:#57606a;font-size:12px}
.qv-root .qv-text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2;
 font-family:Georgia,"DejaVu Serif","Times New Roman",serif;font-size:15px;margin:0}
.qv-root .qv-q{border-bottom:2px solid;border-radius:3px;padding:2px 1px;
 -webkit-box-decoration-break:clone;box-decoration-break:clone}
.qv-root .qv-q .qv-q{border:1px solid;border-bottom-width:2px;padding:1px 1px}
.qv-root .qv-q.qv-ns{background-color:#f6f8fa;border:1px dashed #8c959f;color:#424a53}
.qv-root .qv-mk{font-weight:700}
.qv-root .qv-gap{color:#57606a;font-style:italic}
.qv-root .qv-mention{text-decoration-line:underline;text-decoration-style:solid;
 text-decoration-thickness:2px;text-underline-offset:3px}
.qv-root .qv-cue{text-decoration-line:underline;text-decoration-style:dotted;
 text-decoration-thickness:2px;text-underline-offset:3px}
.qv-root .qv-diag{background-color:#ffebe9;color:#cf222e;font-weight:700;
 outline:2px solid #cf222e;border-radius:2px}
.qv-root .qv-diag::after{content:"\\26A0";font-size:11px;vertical-align:super;color:#cf222e}
.qv-root .qv-diags{margin:8px 0 0;padding:0 0 0 18px;font-size:12px;color:#a40e26}
.qv-root .qv-legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;color:#57606a;
 margin-top:10px;border-top:1px solid #eaeef2;padding-top:6px;align-items:center}
.qv-root .qv-sw{display:inline-block;min-width:1.8em;height:1.15em;vertical-align:middle;
 border-radius:3px;margin-right:4px;border-bottom:2px solid;padding:0 3px;line-height:1.1em;
 text-align:center}
.qv-root .qv-sw.qv-ns{background-color:#f6f8fa;border:1px dashed #8c959f}
.qv-root .qv-chip{display:inline-block;padding:0 6px;border-radius:10px;border:1px solid;
 font-size:12px;line-height:18px;white-space:nowrap}
.qv-root .qv-badge{display:inline-block;padding:1px 9px;border-radius:11px;font-size:12px;
 font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:#fff;line-height:18px}
.qv-root .qv-v-exact{background:#1a7f37}
.qv-root .qv-v-fragment{background:#2da44e}
.qv-root .qv-v-variant{background:#4d8a1f}
.qv-root .qv-v-paraphrase{background:#6e7781}
.qv-root .qv-v-altered{background:#bc4c00}
.qv-root .qv-v-partly_sourced{background:#9a6700}
.qv-root .qv-v-misattributed{background:#cf222e}
.qv-root .qv-v-disputed{background:#d4760a}
.qv-root .qv-v-not_found{background:#eaeef2;color:#57606a}
.qv-root .qv-table{border-collapse:collapse;font-size:12px;margin-top:6px}
.qv-root .qv-table th,.qv-root .qv-table td{border-bottom:1px solid #d0d7de;padding:2px 8px;
 text-align:left;white-space:nowrap}
.qv-root .qv-table td.qv-num{text-align:right}
.qv-root .qv-r{display:inline-block;padding:0 6px;border-radius:3px;font-size:11px;
 font-weight:600;text-transform:uppercase;border:1px solid #d0d7de;color:#424a53;
 background:#f6f8fa;line-height:16px}
.qv-root .qv-claim{font-family:Georgia,"DejaVu Serif",serif;font-size:16px}
.qv-root .qv-expl{margin:0 0 10px;color:#424a53}
.qv-root .qv-ev{border-top:1px solid #eaeef2;padding:6px 0 2px}
.qv-root .qv-ev-head{display:flex;flex-wrap:wrap;gap:4px 8px;align-items:center;
 font-size:12px;color:#57606a;margin-bottom:4px}
.qv-root .qv-num{font-variant-numeric:tabular-nums}
.qv-root .qv-align{display:flex;flex-wrap:wrap;align-items:flex-start;row-gap:6px;
 font-family:Georgia,"DejaVu Serif",serif;font-size:14px}
.qv-root .qv-col{display:inline-flex;flex-direction:column;margin-right:5px;max-width:28em}
.qv-root .qv-col>span{display:block;min-height:1.5em;padding:0 2px;border-radius:2px;
 white-space:pre-wrap}
.qv-root .qv-col>span+span{border-top:1px solid #eaeef2}
.qv-root .qv-lab>span{font-family:system-ui,"DejaVu Sans",sans-serif;font-size:10px;
 color:#8c959f;text-transform:uppercase;letter-spacing:.05em;line-height:1.5em;
 min-height:2.1em;padding-top:.3em}
.qv-root .qv-nil{color:#c6cbd1}
.qv-root .qv-more{color:#8c959f;font-style:italic;font-family:system-ui,"DejaVu Sans",sans-serif;
 font-size:12px}
.qv-root .qv-e-case{background:#ddf4ff;color:#0550ae}
.qv-root .qv-e-spelling{background:#fff8c5;color:#7d4e00}
.qv-root .qv-e-substituted{background:#ffe2c2;color:#953800;
 box-shadow:inset 0 -2px 0 #d18616}
.qv-root .qv-e-inserted{background:#dafbe1;color:#116329;box-shadow:inset 0 -2px 0 #2da44e}
.qv-root .qv-e-deleted{background:#ffebe9;color:#a40e26;text-decoration:line-through}
.qv-root .qv-e-reordered{background:#fbefff;color:#8250df;box-shadow:inset 0 -2px 0 #a475f9}
.qv-root .qv-e-ellipsis{color:#6e7781;font-style:italic;text-decoration:underline dotted}
.qv-root .qv-e-truncated{color:#8c959f}
.qv-root .qv-e-meaning{background:#cf222e;color:#fff;font-weight:700;box-shadow:none;
 text-decoration:none}
.qv-root .qv-canon{margin:0 0 8px;padding:6px 10px;border-left:4px solid #d0d7de;
 background:#f6f8fa;white-space:pre-wrap;font-family:Georgia,"DejaVu Serif",serif;
 font-size:15px}
.qv-root .qv-warn{color:#cf222e;font-weight:600;font-size:12px}
.qv-root .qv-self{font-size:12px;color:#8c959f;font-style:italic}
"""


def _style() -> str:
    return "<style>" + _CSS + "</style>"


# --------------------------------------------------------------------------- colours


def _color_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _slot(name: str) -> int:
    return zlib.crc32(_color_key(name).encode("utf-8")) % len(PALETTE)


def speaker_color(name: str) -> tuple[str, str]:
    """The ``(background, strong)`` colours of a speaker, from its name alone.

    The same name always gets the same colours, in every article and session
    (a CRC of the case-folded name picks a slot of :data:`PALETTE`). A view that
    shows several speakers moves a name whose slot is taken to the next free
    one, see :func:`_assign_colors`.

    >>> speaker_color("Vladimir Putin") == speaker_color("vladimir  putin")
    True
    >>> speaker_color("Vladimir Putin") in PALETTE
    True
    """
    return PALETTE[_slot(name)]


def _assign_colors(names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Colours for the speakers of one view: each its own while the palette lasts.

    Names are placed in sorted order, each in its own slot if free, else in the
    next free slot, so two speakers of one article never share a colour (until
    there are more speakers than colours) and the result depends only on the set.
    """
    names = list(names)
    out: dict[str, tuple[str, str]] = {}
    taken: dict[str, int] = {}
    used: set[int] = set()
    for name in sorted({_color_key(n) for n in names}):
        slot = _slot(name)
        if len(used) < len(PALETTE):
            while slot in used:
                slot = (slot + 1) % len(PALETTE)
        used.add(slot)
        taken[name] = slot
    for name in names:
        out[name] = PALETTE[taken[_color_key(name)]]
    return out


def _person_colors(speakers: Iterable[Speaker | None]) -> dict[str, tuple[str, str]]:
    """Colours for a view whose speakers come from several articles: one per person.

    Names that :meth:`Speaker.matches` joins ("Trump", "Donald Trump") share the
    colour of the fullest of them, so a claimed speaker and the sources' resolved
    name are drawn alike.

    >>> c = _person_colors([Speaker(name="Trump"), Speaker(name="Donald Trump"),
    ...                     Speaker(name="Vladimir Putin")])
    >>> c["Trump"] == c["Donald Trump"] != c["Vladimir Putin"]
    True
    """
    unique = {s.name: s for s in speakers if s is not None and s.name}
    people: list[Speaker] = []
    person_of: dict[str, str] = {}
    for speaker in sorted(unique.values(), key=lambda s: (-len(s.name), s.name)):
        same = next((p for p in people if p.matches(speaker)), None)
        if same is None:
            people.append(speaker)
            same = speaker
        person_of[speaker.name] = same.name
    colors = _assign_colors(p.name for p in people)
    return {name: colors[person] for name, person in person_of.items()}


def _color(colors: dict[str, tuple[str, str]], name: str | None) -> tuple[str, str]:
    """A speaker's colours in this view (its own, if the view did not place it)."""
    if not name:
        return _NEUTRAL
    return colors.get(name) or speaker_color(name)


def _speaker_name(speaker: Speaker | None) -> str | None:
    return speaker.name if speaker is not None and speaker.name else None


def _chip(name: str | None, colors: dict[str, tuple[str, str]]) -> str:
    if name is None:
        bg, fg = _NEUTRAL
        return (
            f'<span class="qv-chip" style="background-color:{bg};border-color:{fg};'
            f'color:#424a53">no speaker</span>'
        )
    bg, fg = _color(colors, name)
    return (
        f'<span class="qv-chip" style="background-color:{bg};border-color:{fg}">{_e(name)}</span>'
    )


# --------------------------------------------------------------------------- article


class _Span(NamedTuple):
    """An element to wrap around ``text[start:end]``; lower ``rank`` is outer."""

    start: int
    end: int
    rank: int
    open: str
    close: str


def _nest(text: str, spans: Sequence[_Span], points: dict[int, list[str]]) -> str:
    """Wrap the spans around the escaped text as properly nested elements.

    Spans may overlap in any way: one that crosses another's end is closed and
    reopened there, so the HTML always nests. ``points`` are zero-width markers.
    """
    n = len(text)
    live = [
        s._replace(start=max(0, min(s.start, n)), end=max(0, min(s.end, n)))
        for s in spans
        if min(s.end, n) > max(0, s.start)
    ]
    starts: dict[int, list[_Span]] = defaultdict(list)
    for s in live:
        starts[s.start].append(s)
    bounds = sorted({0, n, *(s.start for s in live), *(s.end for s in live), *points})
    bounds = [b for b in bounds if 0 <= b <= n]
    out: list[str] = []
    stack: list[_Span] = []
    for i, pos in enumerate(bounds):
        reopen: list[_Span] = []
        while any(s.end == pos for s in stack):
            s = stack.pop()
            out.append(s.close)
            if s.end != pos:
                reopen.append(s)
        out.extend(points.get(pos, ()))
        for s in sorted([*reopen, *starts.get(pos, ())], key=lambda s: (-s.end, s.rank)):
            out.append(s.open)
            stack.append(s)
        if i + 1 < len(bounds):
            out.append(_e(text[pos : bounds[i + 1]]))
    out.extend(s.close for s in reversed(stack))
    return "".join(out)


_BREAK_RE = re.compile(r"[^\S\n]*\n\s*")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at line breaks, so a highlight never covers a blank line."""
    out = []
    for m in _BREAK_RE.finditer(text, start, end):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if end > start:
        out.append((start, end))
    return out


def _quote_title(q: Quote) -> str:
    who = _speaker_name(q.speaker)
    lines = [
        f"{who or 'no speaker'} · {q.kind.value.replace('_', '-')} quote",
        f"kind: {q.kind.value} ({q.kind_confidence:.2f})"
        + (f": {q.kind_reason}" if q.kind_reason else ""),
    ]
    if q.cue is not None:
        lines.append(f"cue: “{q.cue.text}” · rule {q.cue.rule} · confidence {q.cue.confidence:.2f}")
    if q.speaker_mention is not None:
        lines.append(f"speaker mention: “{q.speaker_mention.text}”")
    if q.gaps:
        lines.append("gaps: " + ", ".join(g.text for g in q.gaps))
    if q.reopen_marks:
        lines.append(f"runs over {len(q.reopen_marks) + 1} paragraphs")
    if not q.closed:
        lines.append("no closing mark: the span was recovered")
    return "\n".join(lines)


def _article_spans(
    article: Article, colors: dict[str, tuple[str, str]]
) -> tuple[list[_Span], dict[int, list[str]]]:
    spans: list[_Span] = []
    points: dict[int, list[str]] = defaultdict(list)
    mentions: dict[tuple[int, int], set[str]] = defaultdict(set)
    cues: dict[tuple[int, int], tuple[str, str]] = {}
    for q in article.quotes:
        who = _speaker_name(q.speaker)
        if not q.is_speech:
            cls, style, strong = "qv-q qv-ns", "", "#6e7781"
        else:
            bg, strong = _color(colors, who)
            cls, style = "qv-q", f' style="background-color:{bg};border-color:{strong}"'
        element = f'<span class="{cls}"{style} title="{_e(_quote_title(q))}">'
        for start, end in _lines(article.text, q.outer_start, q.outer_end):
            spans.append(_Span(start, end, q.depth, element, "</span>"))
        marks = [q.open_mark, *q.reopen_marks]
        if q.close_mark is not None:
            marks.append(q.close_mark)
        for m in marks:
            spans.append(
                _Span(m.start, m.end, 50, f'<span class="qv-mk" style="color:{strong}">', "</span>")
            )
        for g in q.gaps:
            spans.append(
                _Span(
                    g.start,
                    g.end,
                    50,
                    f'<span class="qv-gap" title="{_e(g.kind.value)}">',
                    "</span>",
                )
            )
        if q.speaker_mention is not None:
            key = (q.speaker_mention.start, q.speaker_mention.end)
            mentions[key].add(who or "")
        if q.cue is not None:
            key = (q.cue.start, q.cue.end)
            title = f"cue · rule {q.cue.rule} · confidence {q.cue.confidence:.2f}"
            cues.setdefault(key, (title + (f" · {who}" if who else ""), who or ""))
    for (start, end), whos in mentions.items():
        names = sorted(w for w in whos if w)
        color = _color(colors, names[0] if names else None)[1]
        title = "speaker mention → " + (", ".join(names) or "unresolved")
        spans.append(
            _Span(
                start,
                end,
                60,
                f'<span class="qv-mention" style="text-decoration-color:{color}" '
                f'title="{_e(title)}">',
                "</span>",
            )
        )
    for (start, end), (title, who) in cues.items():
        color = _color(colors, who)[1]
        spans.append(
            _Span(
                start,
                end,
                61,
                f'<span class="qv-cue" style="text-decoration-color:{color}" title="{_e(title)}">',
                "</span>",
            )
        )
    for d in article.diagnostics:
        if d.code in _WHOLE_TEXT:
            continue  # about the whole text: listed under it, not marked in it
        title = f"{d.code.value}: {d.message}" if d.message else d.code.value
        element = f'<span class="qv-diag" title="{_e(title)}">'
        if d.end > d.start:
            spans.append(_Span(d.start, d.end, 90, element, "</span>"))
        else:
            points[d.start].append(element + "</span>")
    return spans, points


def article_html(article: Article) -> str:
    """The article's text with every quote highlighted in its speaker's colour.

    >>> from quoteverify import parse
    >>> a = parse('"We will see," Putin said. A sign read "Keep out".', doc_id="x")
    >>> page = article_html(a)
    >>> "We will see," in page and "Keep out" in page and "qv-ns" in page
    True
    """
    colors = _assign_colors(x for q in article.quotes if (x := _speaker_name(q.speaker)))
    spans, points = _article_spans(article, colors)
    body = _nest(article.text, spans, points)
    counts: dict[str, int] = defaultdict(int)
    for q in article.quotes:
        if q.is_speech and (name := _speaker_name(q.speaker)):
            counts[name] += 1
    speech = sum(q.is_speech for q in article.quotes)
    meta = [
        f"{len(article.quotes)} quotes",
        f"{speech} speech",
        f"{len(article.quotes) - speech} non-speech",
    ]
    if article.diagnostics:
        meta.append(f"{len(article.diagnostics)} diagnostics")
    outlet = article.metadata.get("outlet") if article.metadata else None
    head = [
        '<div class="qv-head">',
        f'<span class="qv-title">{_e(article.doc_id or "article")}</span>',
        f'<span class="qv-meta">{_e(outlet)}</span>' if outlet else "",
        f'<span class="qv-meta">{_e(" · ".join(meta))}</span>',
        "</div>",
    ]
    legend = ['<div class="qv-legend">']
    for name in sorted(counts, key=lambda n: (-counts[n], n)):
        bg, fg = colors[name]
        legend.append(
            f'<span><span class="qv-sw" style="background-color:{bg};border-color:{fg}"></span>'
            f"{_e(name)} ({counts[name]})</span>"
        )
    unattributed = sum(q.is_speech and q.speaker is None for q in article.quotes)
    if unattributed:
        bg, fg = _NEUTRAL
        legend.append(
            f'<span><span class="qv-sw" style="background-color:{bg};border-color:{fg}"></span>'
            f"no speaker ({unattributed})</span>"
        )
    if speech < len(article.quotes):
        legend.append('<span><span class="qv-sw qv-ns"></span>non-speech</span>')
    legend.append(
        '<span><span class="qv-mention" style="text-decoration-color:#57606a">mention</span>'
        ' <span class="qv-cue" style="text-decoration-color:#57606a">cue</span></span>'
    )
    if article.diagnostics:
        legend.append('<span><span class="qv-diag">"</span> diagnostic</span>')
    legend.append("<span>hover a quote for its speaker, kind and cue</span></div>")
    diags = ""
    if article.diagnostics:
        items = "".join(
            f"<li>{_e(d.code.value)} at {d.start}: {_e(d.message)}</li>"
            for d in article.diagnostics
        )
        diags = f'<ul class="qv-diags">{items}</ul>'
    return (
        '<div class="qv-root qv-article">'
        + _style()
        + "".join(head)
        + f'<div class="qv-text">{body}</div>'
        + diags
        + "".join(legend)
        + "</div>"
    )


def quote_html(quote: Quote) -> str:
    """One quote in its speaker's colour, with its kind, speaker and cue."""
    who = _speaker_name(quote.speaker)
    colors = _assign_colors([who] if who else [])
    if not quote.is_speech:
        cls, style = "qv-q qv-ns", ""
    else:
        bg, fg = _color(colors, who)
        cls, style = "qv-q", f' style="background-color:{bg};border-color:{fg}"'
    close = quote.close_mark.char if quote.close_mark is not None else ""
    shown = quote.open_mark.char + quote.text + close
    element = f'<span class="{cls}"{style} title="{_e(_quote_title(quote))}">'
    spans = [_Span(s, e, 0, element, "</span>") for s, e in _lines(shown, 0, len(shown))]
    meta = [quote.kind.value]
    if quote.cue is not None:
        meta.append(f"cue “{quote.cue.text}” ({quote.cue.rule}, {quote.cue.confidence:.2f})")
    if quote.doc_id:
        meta.append(quote.doc_id)
    return (
        '<div class="qv-root qv-quote">'
        + _style()
        + f'<div class="qv-text">{_nest(shown, spans, {})}</div>'
        + '<div class="qv-head" style="margin:6px 0 0">'
        + (_chip(who, colors) if quote.is_speech else "")
        + f'<span class="qv-meta">{_e(" · ".join(meta))}</span></div></div>'
    )


# --------------------------------------------------------------------------- alignment


class _Tok(NamedTuple):
    start: int
    end: int
    norm: str


_TOKEN_RE = re.compile(r"\S+")
_WORDCHAR_RE = re.compile(r"\w")
_KEEP = 4  # context words kept on each side of a collapsed truncation

_EDIT_NAMES = {
    EditKind.CASE: "case",
    EditKind.SPELLING: "spelling",
    EditKind.INSERTED: "only in the second",
    EditKind.DELETED: "only in the first",
    EditKind.SUBSTITUTED: "substituted",
    EditKind.REORDERED: "reordered",
    EditKind.ELLIPSIS: "left out at an ellipsis",
    EditKind.TRUNCATED: "cut at an end",
    EditKind.NEGATION: "negation changed",
    EditKind.NUMBER: "number changed",
    EditKind.NAME: "name changed",
}


class _Frag(NamedTuple):
    text: str
    edit: Edit | None


class _Col:
    """One aligned column: the words of the first text over those of the second."""

    __slots__ = ("a", "b", "more")

    def __init__(self, a: list[_Frag], b: list[_Frag], more: str = "") -> None:
        self.a = a
        self.b = b
        self.more = more  # a collapsed run: the hidden text (title), shown as "… n words"


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Words of ``text[start:end]``; punctuation-only tokens join their neighbour."""
    raw = [(m.start() + start, m.end() + start) for m in _TOKEN_RE.finditer(text[start:end])]
    out: list[_Tok] = []
    pending: int | None = None
    for s, e in raw:
        if _WORDCHAR_RE.search(text, s, e) is None:
            if out:
                out[-1] = out[-1]._replace(end=e)
            elif pending is None:
                pending = s
            continue
        first = s
        if pending is not None:
            first, pending = pending, None
        word = "".join(c for c in text[s:e].casefold() if c.isalnum())
        out.append(_Tok(first, e, word))
    if pending is not None:
        out.append(_Tok(pending, raw[-1][1], ""))
    return out


def _loose_edit(tok: _Tok, loose: Sequence[Edit], side: str) -> Edit | None:
    for e in loose:
        s, t = (e.a_start, e.a_end) if side == "a" else (e.b_start, e.b_end)
        if s <= tok.start < t or s < tok.end <= t:
            return e
    return None


class _Cols:
    """The columns of an alignment, with bare punctuation kept beside its word.

    Punctuation between two edits (``", "``) ends the column before it, and a
    mark that opens the next word (``‘`` in ``him, ‘Hello``) starts the column
    after it.
    """

    def __init__(self) -> None:
        self.cols: list[_Col] = []
        self.pending: dict[str, list[_Frag]] = {"a": [], "b": []}

    def add(self, col: _Col) -> None:
        if col.more and (self.pending["a"] or self.pending["b"]):
            # A collapsed run ("… 9 words") keeps its label: the mark opening it
            # gets a column of its own before it, so both texts stay in order.
            self.cols.append(_Col(self.pending["a"], self.pending["b"]))
            self.pending = {"a": [], "b": []}
        for side in ("a", "b") if not col.more else ():
            if self.pending[side]:
                getattr(col, side)[:0] = self.pending[side]
                self.pending[side] = []
        self.cols.append(col)

    def punct(self, side: str, text: str) -> None:
        """Bare punctuation: after the last column, before the next, or split."""
        body = text.strip()
        if not body:
            return
        if text[-1:].isspace() or not self.cols:
            before, after = (body, "") if self.cols else ("", body)
        elif text[:1].isspace() or not any(c.isspace() for c in body):
            before, after = ("", body) if text[:1].isspace() else (body, "")
        else:
            cut = max(i for i, c in enumerate(body) if c.isspace())
            before, after = body[:cut].rstrip(), body[cut + 1 :]
        if before:
            getattr(self.cols[-1], side).append(_Frag(before, None))
        if after:
            self.pending[side].append(_Frag(after, None))

    def finish(self) -> list[_Col]:
        for side in ("a", "b"):
            if self.pending[side]:
                if not self.cols:
                    self.cols.append(_Col([], []))
                getattr(self.cols[-1], side).extend(self.pending[side])
                self.pending[side] = []
        return self.cols


def _stretch(
    cols: _Cols,
    texts: tuple[str, str],
    ranges: tuple[tuple[int, int], tuple[int, int]],
    pairs: Sequence[WordPair],
    loose: tuple[Sequence[Edit], Sequence[Edit]],
) -> None:
    """Columns for a stretch between two edits, the words paired as ``compare`` aligned them.

    ``pairs`` are the match's aligned words; those inside the stretch put their two
    printed words in one column (a printed word holding two aligned words, as
    *multi-tool* against *multi tool*, takes one column with both). Words left
    unpaired go side by side, one to one when both sides have as many.
    """
    a, b = texts
    a_rng, b_rng = ranges
    ta = _tokens(a, *a_rng)
    tb = _tokens(b, *b_rng)
    # A stretch of bare punctuation (", " between two edits) goes beside its words.
    for side, toks, text, (start, end) in (("a", ta, a, a_rng), ("b", tb, b, b_rng)):
        if toks and not any(t.norm for t in toks):
            cols.punct(side, text[start:end])
            toks.clear()

    def frag(tok: _Tok, side: str) -> _Frag:
        text = a if side == "a" else b
        return _Frag(
            text[tok.start : tok.end], _loose_edit(tok, loose[0 if side == "a" else 1], side)
        )

    def column(xs: Sequence[_Tok], ys: Sequence[_Tok]) -> None:
        fa, fb = [frag(x, "a") for x in xs], [frag(y, "b") for y in ys]
        if fa and fb and len(fa) != len(fb):
            cols.add(_Col(_spaced(fa), _spaced(fb)))
            return
        if fa and fb:  # as many on each side: one to one
            for x, y in zip(fa, fb, strict=True):
                cols.add(_Col([x], [y]))
            return
        for f in fa:
            cols.add(_Col([f], []))
        for f in fb:
            cols.add(_Col([], [f]))

    pi = pj = 0  # the first tokens of each side not shown yet
    for (i0, i1), (j0, j1) in _paired_tokens(ta, tb, pairs):
        column(ta[pi:i0], tb[pj:j0])  # the unpaired words before
        column(ta[i0:i1], tb[j0:j1])
        pi, pj = i1, j1
    column(ta[pi:], tb[pj:])


def _paired_tokens(
    ta: Sequence[_Tok], tb: Sequence[_Tok], pairs: Sequence[WordPair]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Runs of tokens ``ta[i0:i1]`` and ``tb[j0:j1]`` joined by aligned words, in order.

    Each pair's words are found by their starts; a pair sharing a token with the
    run before it joins that run, and a pair out of order (or outside the
    stretch) is ignored.
    """
    a_starts = [t.start for t in ta]
    b_starts = [t.start for t in tb]
    runs: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for p in pairs:
        i = bisect.bisect_right(a_starts, p.a_start) - 1
        j = bisect.bisect_right(b_starts, p.b_start) - 1
        if i < 0 or j < 0 or p.a_start >= ta[i].end or p.b_start >= tb[j].end:
            continue
        if runs:
            (i0, i1), (j0, j1) = runs[-1]
            if i < i1 - 1 or j < j1 - 1:
                continue
            if i == i1 - 1 or j == j1 - 1:
                runs[-1] = ((i0, i + 1), (j0, j + 1))
                continue
        runs.append(((i, i + 1), (j, j + 1)))
    return runs


def _spaced(frags: list[_Frag]) -> list[_Frag]:
    out: list[_Frag] = []
    for f in frags:
        if out:
            out.append(_Frag(" ", None))
        out.append(f)
    return out


def _edit_cols(e: Edit, texts: tuple[str, str], *, lead: bool, trail: bool) -> list[_Col]:
    """Columns for one edit; a one-sided run gets a column per word."""
    a, b = texts
    a_has, b_has = e.a_end > e.a_start, e.b_end > e.b_start
    if a_has and b_has:
        return [_Col([_Frag(a[e.a_start : e.a_end], e)], [_Frag(b[e.b_start : e.b_end], e)])]
    side = "a" if a_has else "b"
    text, start, end = (a, e.a_start, e.a_end) if a_has else (b, e.b_start, e.b_end)
    toks = _tokens(text, start, end)
    if not toks:
        return []

    def col(tok: _Tok) -> _Col:
        f = [_Frag(text[tok.start : tok.end], e)]
        return _Col(f, []) if side == "a" else _Col([], f)

    def more(run: list[_Tok]) -> _Col:
        hidden = text[run[0].start : run[-1].end]
        label = f"… {len(run)} words"
        c = _Col([], [], more=hidden)
        getattr(c, side).append(_Frag(label, None))
        return c

    if e.kind is EditKind.TRUNCATED and len(toks) > 2 * _KEEP + 1:
        if lead:
            return [more(toks[:-_KEEP]), *(col(t) for t in toks[-_KEEP:])]
        if trail:
            return [*(col(t) for t in toks[:_KEEP]), more(toks[_KEEP:])]
        return [
            *(col(t) for t in toks[:_KEEP]),
            more(toks[_KEEP:-_KEEP]),
            *(col(t) for t in toks[-_KEEP:]),
        ]
    return [col(t) for t in toks]


def _clamp(e: Edit, la: int, lb: int) -> Edit:
    def c(x: int, n: int) -> int:
        return max(0, min(x, n))

    a_s, b_s = c(e.a_start, la), c(e.b_start, lb)
    return e.__class__(
        kind=e.kind,
        a_start=a_s,
        a_end=max(a_s, c(e.a_end, la)),
        b_start=b_s,
        b_end=max(b_s, c(e.b_end, lb)),
        a_text=e.a_text,
        b_text=e.b_text,
    )


def _align(a: str, b: str, edits: Sequence[Edit], alignment: Sequence[WordPair] = ()) -> list[_Col]:
    """Word columns for two texts from a match's edits and alignment (offsets into both).

    Edits that keep both texts in order are the spine of the alignment; the
    stretches between them hold the same words, paired as ``alignment`` (the
    match's :attr:`~quoteverify.model.Match.alignment`) pairs them. An edit out
    of order (a reordering) is shown where it stands on each side.
    """
    chain: list[Edit] = []
    loose_a: list[Edit] = []
    loose_b: list[Edit] = []
    ia = ib = 0
    ordered = sorted(
        (_clamp(e, len(a), len(b)) for e in edits),
        key=lambda e: (e.a_start, e.b_start, e.a_end, e.b_end),
    )
    for e in ordered:
        if e.a_start >= ia and e.b_start >= ib:
            chain.append(e)
            ia, ib = e.a_end, e.b_end
        else:
            if e.a_end > e.a_start:
                loose_a.append(e)
            if e.b_end > e.b_start:
                loose_b.append(e)
    cols = _Cols()
    ia = ib = 0
    for e in chain:
        _stretch(cols, (a, b), ((ia, e.a_start), (ib, e.b_start)), alignment, (loose_a, loose_b))
        lead = not _WORDCHAR_RE.search(a, 0, e.a_start) and not _WORDCHAR_RE.search(b, 0, e.b_start)
        trail = not _WORDCHAR_RE.search(a, e.a_end) and not _WORDCHAR_RE.search(b, e.b_end)
        for col in _edit_cols(e, (a, b), lead=lead, trail=trail):
            cols.add(col)
        ia, ib = e.a_end, e.b_end
    _stretch(cols, (a, b), ((ia, len(a)), (ib, len(b))), alignment, (loose_a, loose_b))
    return cols.finish()


def _edit_title(e: Edit) -> str:
    name = _EDIT_NAMES[e.kind]
    return f"{e.kind.value} ({name}): “{e.a_text}” → “{e.b_text}”"


def _cell(frags: list[_Frag], more: str) -> str:
    if not frags:
        return '<span class="qv-nil">&#8203;</span>'
    if more:
        label = " ".join(f.text for f in frags)
        return f'<span class="qv-more" title="{_e(more)}">{_e(label)}</span>'
    parts = []
    for f in frags:
        if f.edit is None:
            parts.append(_e(f.text))
        else:
            cls = f"qv-e-{f.edit.kind.value}"
            if f.edit.changes_meaning:
                cls += " qv-e-meaning"
            parts.append(
                f'<span class="{_e(cls)}" title="{_e(_edit_title(f.edit))}">{_e(f.text)}</span>'
            )
    return "<span>" + "".join(parts) + "</span>"


def _alignment(match: Match, labels: tuple[str, str]) -> str:
    # A match made by hand, or read from a record written before matches kept their
    # alignment, has none: it is aligned once more, by compare() itself.
    pairs = match.alignment or compare(match.a, match.b).alignment
    cols = _align(match.a, match.b, match.edits, pairs)
    out = [
        '<div class="qv-align">',
        '<div class="qv-col qv-lab">'
        f"<span>{_e(labels[0])}</span><span>{_e(labels[1])}</span></div>",
    ]
    for c in cols:
        out.append('<div class="qv-col">' + _cell(c.a, c.more) + _cell(c.b, c.more) + "</div>")
    out.append("</div>")
    return "".join(out)


_LEGEND_ORDER = (
    EditKind.CASE,
    EditKind.SPELLING,
    EditKind.SUBSTITUTED,
    EditKind.INSERTED,
    EditKind.DELETED,
    EditKind.REORDERED,
    EditKind.ELLIPSIS,
    EditKind.TRUNCATED,
    EditKind.NEGATION,
    EditKind.NUMBER,
    EditKind.NAME,
)


def _edit_legend(kinds: set[EditKind], labels: tuple[str, str]) -> str:
    names = dict(_EDIT_NAMES)
    names[EditKind.INSERTED] = f"only in the {labels[1]}"
    names[EditKind.DELETED] = f"only in the {labels[0]}"
    out = ['<div class="qv-legend">']
    if not kinds:
        out.append("<span>no differences: the words are the same once normalised</span>")
    for k in _LEGEND_ORDER:
        if k in kinds:
            cls = f"qv-e-{k.value}" + (" qv-e-meaning" if k.changes_meaning else "")
            out.append(
                f'<span><span class="{cls}" style="padding:0 3px">{_e(k.value)}</span> '
                f"{_e(names[k])}</span>"
            )
    if any(k.changes_meaning for k in kinds):
        out.append('<span class="qv-warn">red: the edit changes what was said</span>')
    out.append("</div>")
    return "".join(out)


def _relation_tag(relation: Relation) -> str:
    return f'<span class="qv-r">{_e(relation.value)}</span>'


def match_html(match: Match, *, labels: tuple[str, str] = ("first", "second")) -> str:
    """Two compared quotes aligned word by word, their edits coloured.

    >>> from quoteverify import compare
    >>> page = match_html(compare("I am not a crook", "I am a crook"))
    >>> "qv-e-negation qv-e-meaning" in page
    True
    """
    return (
        '<div class="qv-root qv-match">'
        + _style()
        + '<div class="qv-head">'
        + _relation_tag(match.relation)
        + f'<span class="qv-meta qv-num">score {match.score:.0f}</span></div>'
        + _alignment(match, labels)
        + _edit_legend({e.kind for e in match.edits}, labels)
        + "</div>"
    )


# --------------------------------------------------------------------------- verification


def verification_html(v: Verification, *, max_evidence: int = 8) -> str:
    """The verdict as a badge, the explanation, and the evidence aligned with the claim.

    >>> from quoteverify import Corpus
    >>> c = Corpus()
    >>> _ = c.add('"I am not a crook," Nixon said.', doc_id="n1")
    >>> page = verification_html(c.verify("I am a crook", speaker="Nixon"))
    >>> "qv-v-altered" in page and "qv-e-negation" in page
    True
    """
    claimed = _speaker_name(v.claimed_speaker)
    real = _speaker_name(v.real_speaker)
    colors = _person_colors(
        [v.claimed_speaker, v.real_speaker, *(ev.speaker for ev in v.evidence[:max_evidence])]
    )
    head = [
        '<div class="qv-head">',
        f'<span class="qv-badge qv-v-{_e(v.verdict.value)}">'
        f"{_e(v.verdict.value.replace('_', ' '))}</span>",
        f'<span class="qv-claim">“{_e(v.claim)}”</span>',
    ]
    if claimed:
        head.append('<span class="qv-meta">claimed speaker</span>' + _chip(claimed, colors))
    if real and (claimed is None or real != claimed):
        head.append('<span class="qv-meta">sources name</span>' + _chip(real, colors))
    head.append("</div>")
    out = ['<div class="qv-root qv-verification">', _style(), *head]
    if v.explanation:
        out.append(f'<p class="qv-expl">{_e(v.explanation)}</p>')
    kinds: set[EditKind] = set()
    labels = ("claim", "source")
    for n, ev in enumerate(v.evidence[:max_evidence], 1):
        m = ev.match
        kinds.update(e.kind for e in m.edits)
        out.append(
            '<div class="qv-ev"><div class="qv-ev-head">'
            f'<span class="qv-num">#{n}</span>'
            f"<span>{_e(ev.doc_id or '(no document)')}</span>"
            + _relation_tag(ev.relation)
            + f'<span class="qv-num">score {ev.score:.0f}</span>'
            + _chip(_speaker_name(ev.speaker), colors)
            + ("" if ev.quote.is_speech else '<span class="qv-r">non-speech</span>')
            + "</div>"
            + _alignment(m, labels)
            + "</div>"
        )
    if len(v.evidence) > max_evidence:
        out.append(f'<p class="qv-meta">… and {len(v.evidence) - max_evidence} more sources</p>')
    if v.evidence:
        out.append(_edit_legend(kinds, labels))
    out.append("</div>")
    return "".join(out)


# --------------------------------------------------------------------------- group


def group_html(group: VariantGroup, *, max_members: int = 20) -> str:
    """The group's canonical form and its first ``max_members`` members aligned against it.

    A larger group ends with a line saying how many members are not shown, so a
    group of thousands of reprints stays a page a notebook can draw.

    >>> from quoteverify import Corpus
    >>> c = Corpus()
    >>> _ = c.add('"There is no deal until there is a deal," Trump said.', doc_id="a")
    >>> _ = c.add('Trump said: "No deal until a deal."', doc_id="b")
    >>> page = group_html(c.variant_groups()[0])
    >>> page.count('class="qv-ev"')
    2
    """
    canon = group.canonical
    shown = group.members[:max_members]
    colors = _person_colors([*group.speakers, *(m.quote.speaker for m in shown)])
    doc_count = len(group.doc_ids)
    head = [
        '<div class="qv-head"><span class="qv-title">variant group</span>',
        f'<span class="qv-meta">{len(group.members)} quotes in {doc_count} '
        f"article{'s' if doc_count != 1 else ''}</span>",
        *(
            _chip(n, colors)
            for n in dict.fromkeys(_speaker_name(s) or "" for s in group.speakers)
            if n
        ),
    ]
    if group.speaker_conflict:
        head.append('<span class="qv-warn">⚠ the sources name different speakers</span>')
    head.append("</div>")
    out = ['<div class="qv-root qv-group">', _style(), *head]
    out.append(
        f'<div class="qv-meta">canonical form, from {_e(canon.doc_id or "(no document)")}</div>'
        f'<div class="qv-canon">{_e(canon.text)}</div>'
    )
    kinds: set[EditKind] = set()
    labels = ("member", "canonical")
    for n, member in enumerate(shown, 1):
        out.append(_member_html(n, member, canon=canon, colors=colors, kinds=kinds, labels=labels))
    if len(group.members) > len(shown):
        out.append(f'<p class="qv-meta">… and {len(group.members) - len(shown)} more members</p>')
    out.append(_edit_legend(kinds, labels))
    out.append("</div>")
    return "".join(out)


def _member_html(
    n: int,
    member: GroupMember,
    *,
    canon: Quote,
    colors: dict[str, tuple[str, str]],
    kinds: set[EditKind],
    labels: tuple[str, str],
) -> str:
    q = member.quote
    head = (
        '<div class="qv-ev"><div class="qv-ev-head">'
        f'<span class="qv-num">#{n}</span>'
        f"<span>{_e(q.doc_id or '(no document)')}</span>"
        + _relation_tag(member.relation)
        + f'<span class="qv-num">score {member.score:.0f}</span>'
        + _chip(_speaker_name(q.speaker), colors)
    )
    if q == canon:
        return (
            head
            + '<span class="qv-self">the canonical form itself</span></div>'
            + f'<div class="qv-align"><span>{_e(q.text)}</span></div></div>'
        )
    match = compare(q, canon)
    kinds.update(e.kind for e in match.edits)
    return head + "</div>" + _alignment(match, labels) + "</div>"


# --------------------------------------------------------------------------- corpus


def corpus_html(corpus: Corpus, *, max_articles: int = 20) -> str:
    """A corpus at a glance: its size, its most quoted speakers and its articles.

    >>> from quoteverify import Corpus
    >>> c = Corpus()
    >>> _ = c.add('"We will see," Ms Diaz said.', doc_id="wire/2025-08-15/a-long-id", outlet="Wire")
    >>> page = corpus_html(c)
    >>> "wire/2025-08-15/a-long-id" in page and "Diaz" in page and "Wire" in page
    True
    """
    articles = corpus.articles
    counts: dict[str, int] = defaultdict(int)
    speakers: dict[str, Speaker] = {}
    for q in corpus.quotes:
        if q.speaker is not None and q.speaker.name:
            counts[q.speaker.name] += 1
            speakers.setdefault(q.speaker.name, q.speaker)
    top = sorted(counts, key=lambda n: (-counts[n], n))[:12]
    colors = _assign_colors(top)
    head = (
        '<div class="qv-head"><span class="qv-title">corpus</span>'
        f'<span class="qv-meta">{len(articles)} article{"" if len(articles) == 1 else "s"} · '
        f"{len(corpus.quotes)} speech quotes · {len(counts)} speakers</span></div>"
    )
    legend = "".join(
        f'<span><span class="qv-sw" style="background-color:{colors[n][0]};'
        f'border-color:{colors[n][1]}"></span>{_e(n)} ({counts[n]})</span>'
        for n in top
    )
    rows = []
    for article in articles[:max_articles]:
        meta = article.metadata or {}
        rows.append(
            "<tr>"
            f"<td>{_e(article.doc_id or '')}</td>"
            f"<td>{_e(meta.get('outlet', ''))}</td>"
            f"<td>{_e(meta.get('date', ''))}</td>"
            f'<td class="qv-num">{len(article.quotes)}</td>'
            f'<td class="qv-num">{len(article.speech)}</td>'
            f'<td class="qv-num">{len(article.diagnostics)}</td>'
            "</tr>"
        )
    more = ""
    if len(articles) > max_articles:
        more = f'<p class="qv-meta">… and {len(articles) - max_articles} more articles</p>'
    table = (
        '<table class="qv-table"><thead><tr><th>doc id</th><th>outlet</th><th>date</th>'
        "<th>quotes</th><th>speech</th><th>diagnostics</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return (
        '<div class="qv-root qv-corpus">'
        + _style()
        + head
        + (f'<div class="qv-legend">{legend}</div>' if legend else "")
        + table
        + more
        + "</div>"
    )


# --------------------------------------------------------------------------- dispatch


def to_html(obj: Any) -> str:
    """HTML for ``obj``: every piece of text escaped.

    Articles, quotes, verifications, variant groups, matches and corpora get
    their own view; anything else is shown as its escaped ``repr``.

    >>> to_html("<b class='x'>")
    '<div class="qv-root"><pre>&quot;&lt;b class=&#x27;x&#x27;&gt;&quot;</pre></div>'
    """
    if isinstance(obj, Article):
        return article_html(obj)
    if isinstance(obj, Verification):
        return verification_html(obj)
    if isinstance(obj, VariantGroup):
        return group_html(obj)
    if isinstance(obj, Quote):
        return quote_html(obj)
    if isinstance(obj, Match):
        return match_html(obj)
    if isinstance(obj, Corpus):
        return corpus_html(obj)
    return f'<div class="qv-root"><pre>{_e(repr(obj))}</pre></div>'
