"""The domain, one module per aggregate: outlets and articles, import batches, speakers and
sources, quotes, corrections. See ../shared/docs/DESIGN.md."""

from quotes.models.alerts import AlertMatch, SavedSearch, WebhookDelivery
from quotes.models.articles import Article, Outlet, content_hash
from quotes.models.corrections import Correction
from quotes.models.documents import PrimaryDocument, QuoteCheck
from quotes.models.imports import ImportBatch, ImportProblem, NearDuplicateKey, Progress
from quotes.models.quotes import Quote, QuoteSpeaker
from quotes.models.speakers import Source, Speaker, SpeakerAlias, SpeakerDay, SpeakerStats, normalize_name
from quotes.models.tokens import ApiToken

__all__ = [
    "AlertMatch", "ApiToken", "Article", "Correction", "ImportBatch", "ImportProblem", "NearDuplicateKey", "Outlet",
    "PrimaryDocument", "Progress", "Quote", "QuoteCheck", "QuoteSpeaker", "SavedSearch", "Source", "Speaker", "SpeakerAlias", "SpeakerStats",
    "SpeakerDay", "WebhookDelivery", "content_hash", "normalize_name",
]
