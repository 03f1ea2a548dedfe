"""quoteverify: find, attribute, link and verify quotations in the news.

>>> import quoteverify
>>> article = quoteverify.parse('"Hello, neighbour," Putin said.')
>>> article.quotes[0].text
'Hello, neighbour,'
"""

from __future__ import annotations

from ._version import __version__ as __version__
from .article import iter_parse, parse
from .config import Config
from .corpus import Corpus
from .errors import QuoteVerifyError
from .matching.compare import compare
from .matching.verify import check, parse_claim, verify
from .model import (
    Article,
    Cue,
    Diagnostic,
    Document,
    Edit,
    EditKind,
    Evidence,
    Extraction,
    GroupMember,
    Match,
    Mention,
    Quote,
    QuoteKind,
    Relation,
    Significance,
    Speaker,
    SpeakerKind,
    VariantGroup,
    Verdict,
    Verification,
    WordPair,
)
from .text.clean import clean
from .text.spans import extract_quotes

__all__ = [
    "Article",
    "Config",
    "Corpus",
    "Cue",
    "Diagnostic",
    "Document",
    "Edit",
    "EditKind",
    "Evidence",
    "Extraction",
    "GroupMember",
    "Match",
    "Mention",
    "Quote",
    "QuoteKind",
    "QuoteVerifyError",
    "Relation",
    "Significance",
    "Speaker",
    "SpeakerKind",
    "VariantGroup",
    "Verdict",
    "Verification",
    "WordPair",
    "check",
    "clean",
    "compare",
    "extract_quotes",
    "iter_parse",
    "parse",
    "parse_claim",
    "verify",
]
