"""``python -m quoteverify``: the same command-line tool as ``quoteverify``."""

from quoteverify.surfaces.cli import main

raise SystemExit(main())
