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
from .spans import extract_quotes
from .verify import check, parse_claim, verify

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

__version__ = "0.1.0"
