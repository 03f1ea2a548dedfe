"""quoteverify: find, attribute, link and verify quotations in the news.

>>> import quoteverify
>>> article = quoteverify.parse('"Hello, neighbour," Putin said.')
>>> article.quotes[0].text
'Hello, neighbour,'
"""

from __future__ import annotations

from .article import iter_parse, parse
from .clean import clean
from .compare import compare
from .config import Config
from .corpus import Corpus
from .errors import QuoteVerifyError
from .model import (
    Article,
    Diagnostic,
    Extraction,
    Match,
    Quote,
    QuoteKind,
    Relation,
    Speaker,
    VariantGroup,
    Verdict,
    Verification,
)
from .spans import extract_quotes

__all__ = [
    "Article",
    "Config",
    "Corpus",
    "Diagnostic",
    "Extraction",
    "Match",
    "Quote",
    "QuoteKind",
    "QuoteVerifyError",
    "Relation",
    "Speaker",
    "VariantGroup",
    "Verdict",
    "Verification",
    "clean",
    "compare",
    "extract_quotes",
    "iter_parse",
    "parse",
]

__version__ = "0.1.0"
