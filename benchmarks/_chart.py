"""A log-log line chart as plain SVG text, shared by the benchmarks that draw one.

No plotting library: the benchmarks run where only quoteverify is installed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path


class LogLogChart:
    """Axes scaled to the decades that hold ``xs`` and ``ys``; a legend on the right."""

    def __init__(
        self,
        xs: Sequence[float],
        ys: Sequence[float],
        *,
        width: int,
        height: int,
        margins: tuple[int, int, int, int],  # left, right, top, bottom
    ) -> None:
        self.x_lo, self.x_hi = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
        self.y_lo, self.y_hi = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
        self.x_hi, self.y_hi = max(self.x_hi, self.x_lo + 1), max(self.y_hi, self.y_lo + 1)
        self.width, self.height = width, height
        self.left, right, self.top, bottom = margins
        self.pw, self.ph = width - self.left - right, height - self.top - bottom
        self.legend_y = self.top + 10
        self.out = [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
            f'<rect width="{width}" height="{height}" fill="white"/>',
        ]

    def px(self, x: float) -> float:
        return self.left + (math.log10(x) - self.x_lo) / (self.x_hi - self.x_lo) * self.pw

    def py(self, y: float) -> float:
        return self.top + self.ph - (math.log10(y) - self.y_lo) / (self.y_hi - self.y_lo) * self.ph

    def axes(
        self,
        *,
        x_label: str,
        y_label: str,
        x_tick: Callable[[int], str],
        y_tick: Callable[[int], str],
    ) -> None:
        """Grid lines at every decade, their labels, the frame and the axis titles."""
        left, top, pw, ph = self.left, self.top, self.pw, self.ph
        for e in range(self.x_lo, self.x_hi + 1):
            x = self.px(10**e)
            self.out.append(
                f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + ph}" stroke="#ddd"/>'
                f'<text x="{x:.1f}" y="{top + ph + 16}" text-anchor="middle">{x_tick(e)}</text>'
            )
        for e in range(self.y_lo, self.y_hi + 1):
            y = self.py(10.0**e)
            self.out.append(
                f'<line x1="{left}" y1="{y:.1f}" x2="{left + pw}" y2="{y:.1f}" stroke="#ddd"/>'
                f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{y_tick(e)}</text>'
            )
        self.out.append(
            f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="#333"/>'
            f'<text x="{left + pw / 2}" y="{self.height - 12}" text-anchor="middle">'
            f"{x_label}</text>"
            f'<text x="16" y="{top + ph / 2}" text-anchor="middle" '
            f'transform="rotate(-90 16 {top + ph / 2})">{y_label}</text>'
        )

    def series(
        self,
        name: str,
        points: Sequence[tuple[float, float]],
        *,
        colour: str,
        stroke: str = "2",
        radius: int = 4,
        dash: str = "",
        legend_gap: int = 20,
    ) -> None:
        """A line through ``points`` (a dot at each) and its row in the legend."""
        pts = sorted(points)
        if len(pts) > 1:
            d = " ".join(
                f"{'M' if i == 0 else 'L'}{self.px(x):.1f},{self.py(y):.1f}"
                for i, (x, y) in enumerate(pts)
            )
            self.out.append(
                f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{stroke}"{dash}/>'
            )
        for x, y in pts:
            cx, cy = self.px(x), self.py(y)
            self.out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{radius}" fill="{colour}"/>')
        lx = self.left + self.pw
        self.out.append(
            f'<line x1="{lx + 12}" y1="{self.legend_y}" x2="{lx + 36}" y2="{self.legend_y}" '
            f'stroke="{colour}" stroke-width="{stroke}"{dash}/>'
            f'<text x="{lx + 42}" y="{self.legend_y + 4}">{name}</text>'
        )
        self.legend_y += legend_gap

    def note(self, text: str) -> None:
        """A small line of text under the legend (date, machine, data)."""
        self.out.append(
            f'<text x="{self.left + self.pw + 12}" y="{self.legend_y + 14}" font-size="10" '
            f'fill="#555">{text}</text>'
        )

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join([*self.out, "</svg>"]) + "\n", encoding="utf-8")
