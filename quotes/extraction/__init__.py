"""Quote extraction: article text in, quotes with resolved speakers and sources out.

Django-free. See docs/extraction.md for how it works.
"""

from .article import parse_txt_article
from .pipeline import EXTRACTOR_VERSION, extract, extract_many, get_nlp
from .types import ArticleExtraction, ExtractedQuote, SourceRef, SpeakerRef, Span

__all__ = [
    "EXTRACTOR_VERSION",
    "ArticleExtraction",
    "ExtractedQuote",
    "SourceRef",
    "SpeakerRef",
    "Span",
    "extract",
    "extract_many",
    "get_nlp",
    "parse_txt_article",
]
