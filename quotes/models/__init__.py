"""The domain, one module per aggregate: outlets and articles, import batches, speakers and
sources, quotes, corrections. See ../shared/docs/DESIGN.md."""

from quotes.models.articles import Article, Outlet, content_hash
from quotes.models.corrections import Correction
from quotes.models.imports import ImportBatch, ImportProblem, NearDuplicateKey, Progress
from quotes.models.quotes import Quote, QuoteSpeaker
from quotes.models.speakers import Source, Speaker, SpeakerAlias, SpeakerDay, normalize_name

__all__ = [
    "Article", "Correction", "ImportBatch", "ImportProblem", "NearDuplicateKey", "Outlet", "Progress", "Quote",
    "QuoteSpeaker", "Source", "Speaker", "SpeakerAlias", "SpeakerDay", "content_hash", "normalize_name",
]
