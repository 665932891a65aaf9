"""Workflows that cross models: storing an article and its extracted quotes."""

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Case, Exists, F, OuterRef, Value, When
from django.dispatch import Signal
from django.utils import timezone

from quotes.extraction import EXTRACTOR_VERSION, extract, extract_many
from quotes.extraction.types import ArticleExtraction
from quotes.models import Article, Correction, Quote, QuoteSpeaker, Speaker
from quotes.store.bulk import insert_rows, search_vectors_deferred
from quotes.store.resolution import SpeakerResolver
from quotes.store.versions import link_across_versions

# Sent with article_ids=[...] once an extraction of these articles is stored, or an editor changed
# a quote's words, speakers or source (inside the transaction): quotes.checking checks their
# quotes against primary documents again.
quotes_stored = Signal()


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def store_extraction(*, article: Article, extraction: ArticleExtraction, resolver: SpeakerResolver | None = None) -> set[int]:
    """Replace one article's automatic quotes with a new extraction (see store_extractions)."""
    return store_extractions(items=[(article, extraction)], resolver=resolver)


@transaction.atomic
def store_extractions(*, items: list[tuple[Article, ArticleExtraction]], resolver: SpeakerResolver | None = None) -> set[int]:
    """Replace these articles' automatic quotes with new extractions; returns the speaker ids touched.

    Quotes an editor verified, corrected or rejected are left exactly as they are, and so is any
    quote with a correction in its history (one whose correction was undone is automatic again,
    but its history is the audit trail: corrections are never deleted). A newly extracted quote
    overlapping a kept one is dropped: the editor's reading wins. All articles are written
    together in a handful of bulk queries, because imports run this per chunk.
    """
    speakers = resolver or SpeakerResolver()
    speakers.prefetch([extraction for _, extraction in items])
    articles = {article.pk: article for article, _ in items}
    reviewed, has_automatic = {pk: [] for pk in articles}, False
    with_history = Exists(Correction.objects.filter(quote=OuterRef("pk")))
    for article_id, start, end, status, edited in Quote.objects.filter(article_id__in=articles).annotate(
        edited=with_history
    ).values_list("article_id", "start", "end", "status", "edited"):
        if status == Quote.Status.AUTO and not edited:
            has_automatic = True
        else:
            reviewed[article_id].append((start, end))
    touched: set[int] = set()
    if has_automatic:
        replaced = Quote.objects.filter(article_id__in=articles, status=Quote.Status.AUTO).exclude(with_history)
        touched.update(QuoteSpeaker.objects.filter(quote__in=replaced).values_list("speaker_id", flat=True))
        replaced.delete()

    kept = [
        (article, found)
        for article, extraction in items
        for found in extraction.quotes
        if not any(_overlaps(found.start, found.end, start, end) for start, end in reviewed[article.pk])
    ]
    # Names resolved first: a new speaker or alias recomputes the search vectors of the quotes it
    # names, which only its triggers know to do (they are idle in search_vectors_deferred below).
    resolved = [[speakers.resolve(ref, article_id=article.pk) for ref in found.speakers] for article, found in kept]
    # No history rows here: Quote.keep_extracted_version records a quote as extracted the first
    # time anyone changes it, so untouched machine output is not stored twice. Columns, not model
    # instances (quotes.store.bulk): this runs beside the parse in import workers. Each new quote's
    # search vector is computed once, after its speaker links are in.
    with search_vectors_deferred() as written:
        quote_ids = insert_rows(Quote, [
            {
                "article_id": article.pk, "text": found.text, "start": found.start, "end": found.end, "kind": found.kind,
                "source_id": speakers.sources.resolve(found.source).pk if found.source else None,
                "cue": found.cue.text[:100] if found.cue else "",
                "cue_start": found.cue.start if found.cue else None,
                "cue_end": found.cue.end if found.cue else None,
                "confidence": max(0.0, min(1.0, found.confidence)),
                "extractor_version": EXTRACTOR_VERSION, "dated": article.quote_date(),
            }
            for article, found in kept
        ])
        links = []
        for quote_id, (article, found), quote_speakers in zip(quote_ids, kept, resolved, strict=True):
            linked = set()
            for position, (ref, speaker) in enumerate(zip(found.speakers, quote_speakers, strict=True)):
                if speaker.pk in linked:
                    continue
                linked.add(speaker.pk)
                links.append({
                    "quote_id": quote_id, "speaker_id": speaker.pk, "position": position, "dated": article.quote_date(),
                    "mention": ref.mention.text[:300] if ref.mention else "",
                    "mention_start": ref.mention.start if ref.mention else None,
                    "mention_end": ref.mention.end if ref.mention else None,
                })
            touched |= linked
        insert_rows(QuoteSpeaker, links)
        written.extend(quote_ids)
    # An updated version's quotes: the same words as the version before are linked to them.
    touched |= link_across_versions([article for article, _ in items])
    # An article's anonymous speakers live and die with its quotes: those the replaced quotes left
    # with none (and no editor's record) go, rather than pile up on every re-extraction.
    Speaker.objects.filter(pk__in=touched - {link["speaker_id"] for link in links}, kind=Speaker.Kind.ANONYMOUS,
                           quote_links__isnull=True, corrections__isnull=True).delete()

    now = timezone.now()
    new_datelines = defaultdict(list)
    for article, extraction in items:
        article.extraction_status, article.extraction_error = Article.ExtractionStatus.DONE, ""
        article.extractor_version, article.extracted_at, article.claimed_by = EXTRACTOR_VERSION, now, ""
        if extraction.dateline and not article.dateline:
            article.dateline = extraction.dateline[:100]
            new_datelines[article.dateline].append(article.pk)
    # One UPDATE for the lot; datelines grouped by city (a batch has a few), not a CASE per article.
    datelines = {"dateline": Case(*(When(pk__in=pks, then=Value(city)) for city, pks in new_datelines.items()),
                                  default=F("dateline"))} if new_datelines else {}
    Article.objects.filter(pk__in=articles).update(
        extraction_status=Article.ExtractionStatus.DONE, extraction_error="", extractor_version=EXTRACTOR_VERSION,
        extracted_at=now, claimed_by="", **datelines,  # a worker's claim ends with its extraction stored
    )
    quotes_stored.send(sender=Quote, article_ids=sorted(articles))
    return touched


def extract_article(*, article: Article) -> None:
    """Run the extractor over one article, store what it finds and recount its speakers."""
    touched = store_extraction(article=article, extraction=extract(article.body, indirect=settings.EXTRACT_INDIRECT))
    Speaker.objects.filter(pk__in=touched).refresh_quote_stats()


def extract_articles(*, articles: Iterable[Article], batch_size: int = 32) -> int:
    """Extract many articles through one nlp.pipe stream; returns how many were stored."""
    articles = list(articles)
    resolver = SpeakerResolver()
    extractions = extract_many((a.body for a in articles), batch_size=batch_size, indirect=settings.EXTRACT_INDIRECT)
    touched = store_extractions(items=list(zip(articles, extractions, strict=True)), resolver=resolver)
    # Once per batch, not per article: a prolific speaker's recount reads all their quotes.
    Speaker.objects.filter(pk__in=touched).refresh_quote_stats()
    return len(articles)


@transaction.atomic
def submit_article(*, title: str, body: str, outlet=None, published=None, url=None, user=None) -> Article:
    """Store an article a user pasted in and extract its quotes straight away."""
    article = Article.objects.create(
        title=title, body=body, outlet=outlet, published=published, url=url or None, created_by=user
    )
    extract_article(article=article)
    return article
