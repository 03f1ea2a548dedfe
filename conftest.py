"""Collection rules for the whole repository (pytest reads this before anything else)."""

import importlib.util

# The Dask module and its how-to need the optional extra; without it, skip them
# rather than fail collection (the `test` extra installs Dask, so CI runs them).
collect_ignore_glob = (
    []
    if importlib.util.find_spec("dask")
    else ["quoteverify/surfaces/dask.py", "docs/howto-dask.md"]
)
# Likewise spaCy (the `spacy` extra, not in `test`: it is a large install).
if not importlib.util.find_spec("spacy"):
    collect_ignore_glob += ["quoteverify/surfaces/spacy.py", "docs/howto-spacy.md"]
