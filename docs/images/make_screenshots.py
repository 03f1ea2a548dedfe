"""Render the demo corpus's objects to HTML pages and screenshot them with Chromium.

Run from the repository root (Debian: ``apt-get install chromium``)::

    python docs/images/make_screenshots.py

It writes ``docs/images/{article,article_damaged,verification,group}.png`` from
pages built in a temporary folder; the pages hold only what ``_repr_html_``
returns, inside a plain white body, so the screenshots show what a notebook shows.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from quoteverify import Corpus
from quoteverify.surfaces.demo import demo_documents

HERE = Path(__file__).resolve().parent
PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{margin:16px;background:#fff}}</style></head>
<body>{body}</body></html>
"""


def pages() -> dict[str, tuple[str, int]]:
    """Page name -> (HTML body, window height in pixels)."""
    corpus = Corpus()
    corpus.add_many(demo_documents())
    groups = corpus.variant_groups()
    shown = [
        next(g for g in groups if g.text.startswith("There is no deal until")),
        next(g for g in groups if g.speaker_conflict),
    ]
    verifications = [
        corpus.verify("Next time in Moscow", speaker="Donald Trump"),
        corpus.verify("hello neighbor", speaker="Vladimir Putin"),
        corpus.verify("There is a deal until there is a deal", speaker="Donald Trump"),
    ]
    return {
        "article": (corpus.article("02_northern_ledger")._repr_html_(), 1080),
        "article_damaged": (corpus.article("05_headline_hopper")._repr_html_(), 1500),
        "verification": ("".join(v._repr_html_() for v in verifications), 1420),
        "group": ("".join(g._repr_html_() for g in shown), 900),
    }


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("no chromium on PATH: apt-get install chromium")


def main() -> None:
    browser = chromium()
    with tempfile.TemporaryDirectory() as tmp:
        for name, (body, height) in pages().items():
            page = Path(tmp) / f"{name}.html"
            page.write_text(PAGE.format(title=name, body=body), encoding="utf-8")
            profile = Path(tmp) / f"profile-{name}"
            out = HERE / f"{name}.png"
            subprocess.run(
                [
                    browser,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--hide-scrollbars",
                    f"--user-data-dir={profile}",
                    f"--screenshot={out}",
                    f"--window-size=1200,{height}",
                    page.as_uri(),
                ],
                check=True,
                capture_output=True,
                timeout=120,
            )
            print(out.relative_to(HERE.parents[1]))
            if "--keep-html" in sys.argv:
                shutil.copy(page, Path("/tmp") / page.name)


if __name__ == "__main__":
    main()
