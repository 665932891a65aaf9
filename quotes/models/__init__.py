"""The domain, one module per aggregate: outlets and articles, import batches, speakers and
sources, quotes, corrections. See ../shared/docs/DESIGN.md."""

from quotes.models.articles import Article, Outlet, content_hash
from quotes.models.corrections import Correction
from quotes.models.documents import PrimaryDocument, QuoteCheck
from quotes.models.imports import ImportBatch, ImportProblem, NearDuplicateKey, Progress
from quotes.models.quotes import Quote, QuoteSpeaker
from quotes.models.speakers import Source, Speaker, SpeakerAlias, normalize_name

__all__ = [
    "Article", "Correction", "ImportBatch", "ImportProblem", "NearDuplicateKey", "Outlet", "PrimaryDocument", "Progress", "Quote", "QuoteCheck",
    "QuoteSpeaker", "Source", "Speaker", "SpeakerAlias", "content_hash", "normalize_name",
]
