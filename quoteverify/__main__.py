"""``python -m quoteverify``: the same command-line tool as ``quoteverify``."""

from quoteverify.cli import main

raise SystemExit(main())
