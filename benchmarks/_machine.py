"""What the benchmarks record about the machine and the code they measured."""

from __future__ import annotations

import platform
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def cpu_model() -> str:
    """The CPU's model name (from /proc/cpuinfo where there is one)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout


def git_head() -> str | None:
    """The short hash of the checked-out commit, or ``None`` outside git."""
    out = _git("rev-parse", "--short", "HEAD")
    return (out or "").strip() or None


def dirty_files() -> list[str] | None:
    """The quoteverify sources that differ from ``HEAD`` (``None`` outside git)."""
    out = _git("status", "--porcelain", "--", "quoteverify")
    return None if out is None else [line[3:] for line in out.splitlines()]
