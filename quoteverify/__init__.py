"""quoteverify: find, attribute, link and verify quotations in the news.

>>> import quoteverify
>>> article = quoteverify.parse('"Hello, neighbour," Putin said.')
>>> article.quotes[0].text
'Hello, neighbour,'
"""

from __future__ import annotations

from .article import parse
from .config import Config
from .errors import QuoteVerifyError
from .model import Article, Diagnostic, Extraction, Quote, QuoteKind, Speaker
from .spans import extract_quotes

__all__ = [
    "Article",
    "Config",
    "Diagnostic",
    "Extraction",
    "Quote",
    "QuoteKind",
    "QuoteVerifyError",
    "Speaker",
    "extract_quotes",
    "parse",
]

__version__ = "0.1.0"
