"""Workflows that cross models: storing an article and its extracted quotes."""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from quotes.extraction import EXTRACTOR_VERSION, extract, extract_many
from quotes.extraction.types import ArticleExtraction
from quotes.models import Article, Quote, QuoteSpeaker
from quotes.resolution import SourceResolver, SpeakerResolver


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@transaction.atomic
def store_extraction(*, article: Article, extraction: ArticleExtraction, resolver: SpeakerResolver | None = None) -> list[Quote]:
    """Replace the article's automatic quotes with a new extraction.

    Quotes an editor verified, corrected or rejected are left exactly as they are, and a newly
    extracted quote overlapping one of them is dropped: the editor's reading wins.
    """
    speakers = resolver or SpeakerResolver()
    sources = SourceResolver(speakers)
    reviewed = [(q.start, q.end) for q in article.quotes.human_reviewed().only("start", "end")]
    article.quotes.filter(status=Quote.Status.AUTO).delete()

    created = []
    for found in extraction.quotes:
        if any(_overlaps(found.start, found.end, start, end) for start, end in reviewed):
            continue
        quote = Quote.objects.create(
            article=article,
            text=found.text,
            start=found.start,
            end=found.end,
            kind=found.kind,
            source=sources.resolve(found.source) if found.source else None,
            cue=found.cue.text[:100] if found.cue else "",
            cue_start=found.cue.start if found.cue else None,
            cue_end=found.cue.end if found.cue else None,
            confidence=max(0.0, min(1.0, found.confidence)),
            extractor_version=EXTRACTOR_VERSION,
        )
        seen_speakers = set()
        for position, ref in enumerate(found.speakers):
            speaker = speakers.resolve(ref)
            if speaker.pk in seen_speakers:
                continue
            seen_speakers.add(speaker.pk)
            QuoteSpeaker.objects.create(
                quote=quote,
                speaker=speaker,
                mention=ref.mention.text[:300] if ref.mention else "",
                mention_start=ref.mention.start if ref.mention else None,
                mention_end=ref.mention.end if ref.mention else None,
                position=position,
            )
        created.append(quote)

    if extraction.dateline and not article.dateline:
        article.dateline = extraction.dateline[:100]
    article.extraction_status = Article.ExtractionStatus.DONE
    article.extraction_error = ""
    article.extractor_version = EXTRACTOR_VERSION
    article.extracted_at = timezone.now()
    article.save(update_fields=["dateline", "extraction_status", "extraction_error", "extractor_version", "extracted_at"])
    return created


def extract_article(*, article: Article) -> list[Quote]:
    """Run the extractor over one article and store what it finds (synchronously)."""
    return store_extraction(article=article, extraction=extract(article.body))


def extract_articles(*, articles: Iterable[Article], batch_size: int = 32) -> int:
    """Extract many articles through one nlp.pipe stream; returns how many were stored."""
    articles = list(articles)
    resolver = SpeakerResolver()
    extractions = extract_many((a.body for a in articles), batch_size=batch_size)
    for article, extraction in zip(articles, extractions, strict=True):
        store_extraction(article=article, extraction=extraction, resolver=resolver)
    return len(articles)


@transaction.atomic
def submit_article(*, title: str, body: str, outlet=None, published=None, url=None, user=None) -> Article:
    """Store an article a user pasted in and extract its quotes straight away."""
    article = Article.objects.create(
        title=title, body=body, outlet=outlet, published=published, url=url or None, created_by=user
    )
    extract_article(article=article)
    return article
