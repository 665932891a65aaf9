"""Checking quotes against primary documents: which quotes could come from a document, which
documents a new quote could come from, and storing each verdict (one QuoteCheck per pair).

The aligning itself is quotes.checking.alignment (no Django); this module feeds it rows and
writes back results, a chunk at a time, keeping the document's progress up to date. It never
enqueues anything: quotes.checking.tasks does.
"""

from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from quotes.checking.alignment import Alignment, Document
from quotes.models import PrimaryDocument, Quote, QuoteCheck, QuoteSpeaker

CHUNK = 500


def candidate_ids(document: PrimaryDocument) -> list[int]:
    """Quotes that could come from the document: via a source linked to it, in an article that
    names its URL as the document it quotes, or by its issuer or a participant within the date window."""
    linked = Q(source__document=document)
    if document.url:
        linked |= Q(article__primary_document_url=document.url)
    ids = set(Quote.objects.visible().filter(linked).values_list("pk", flat=True))
    speakers = list(document.participants.values_list("pk", flat=True))
    if document.issuer_id:
        speakers.append(document.issuer_id)
    if speakers:
        links = QuoteSpeaker.objects.filter(speaker_id__in=speakers).exclude(quote__status=Quote.Status.REJECTED)
        if document.issued:
            links = links.filter(dated__gte=document.issued - timedelta(days=1),
                                 dated__lte=document.issued + timedelta(days=settings.CHECK_WINDOW_DAYS))
        ids.update(links.values_list("quote_id", flat=True))
    return sorted(ids)


def check_document(*, document_id: int) -> int:
    """Align every candidate quote against the document, CHUNK at a time, counting progress on
    the document; returns how many were checked. A failure is recorded on the document."""
    document = PrimaryDocument.objects.get(pk=document_id)
    ids = candidate_ids(document)
    PrimaryDocument.objects.filter(pk=document_id).update(
        check_status=PrimaryDocument.CheckStatus.RUNNING, check_total=len(ids), check_done=0, check_error="")
    try:
        aligned = Document(document.text)
        # Quotes no longer candidates (a source unlinked, a speaker changed) lose their old verdicts.
        QuoteCheck.objects.filter(document=document).exclude(quote_id__in=ids).delete()
        for first in range(0, len(ids), CHUNK):
            chunk = ids[first : first + CHUNK]
            store_checks(document, aligned, Quote.objects.filter(pk__in=chunk).values_list("pk", "text"))
            PrimaryDocument.objects.filter(pk=document_id).update(check_done=first + len(chunk))
    except Exception as error:
        PrimaryDocument.objects.filter(pk=document_id).update(
            check_status=PrimaryDocument.CheckStatus.FAILED, check_error=f"{error.__class__.__name__}: {error}"[:1000])
        raise
    PrimaryDocument.objects.filter(pk=document_id).update(
        check_status=PrimaryDocument.CheckStatus.DONE, check_done=len(ids), checked_at=timezone.now())
    return len(ids)


def store_checks(document: PrimaryDocument, aligned: Document, quotes) -> int:
    """Align (quote id, text) pairs against one document and store the verdicts, replacing old ones."""
    rows = [_row(document, quote_id, aligned.align(text)) for quote_id, text in quotes]
    QuoteCheck.objects.bulk_create(
        rows, batch_size=500, update_conflicts=True, unique_fields=["quote", "document"],
        update_fields=["result", "negation_changed", "score", "span_start", "span_end", "pieces", "diff", "checked_at"],
    )
    return len(rows)


def _row(document: PrimaryDocument, quote_id: int, found: Alignment) -> QuoteCheck:
    return QuoteCheck(
        quote_id=quote_id, document=document, result=found.result, negation_changed=found.negation_changed,
        score=round(found.score, 3), span_start=found.span[0] if found.span else None,
        span_end=found.span[1] if found.span else None, pieces=[list(piece) for piece in found.pieces],
        diff=[list(op) for op in found.diff], checked_at=timezone.now(),
    )


def documents_for(quotes) -> dict[int, list[int]]:
    """{document id: [quote ids]} for these quotes: documents linked to their sources or named by
    their articles (Article.primary_document_url), or issued by
    or recording one of their speakers within the date window."""
    quotes = list(quotes.values("pk", "source_id", "dated", "article__primary_document_url"))
    if not quotes:
        return {}
    found = defaultdict(set)
    _linked(quotes, "article__primary_document_url", found,
            lambda urls: PrimaryDocument.objects.filter(url__in=urls).values_list("pk", "url"))
    _linked(quotes, "source_id", found,
            lambda sources: PrimaryDocument.objects.filter(sources__in=sources).values_list("pk", "sources"))
    dated = {quote["pk"]: quote["dated"] for quote in quotes}
    speakers = defaultdict(set)
    for quote_id, speaker_id in QuoteSpeaker.objects.filter(quote_id__in=dated).values_list("quote_id", "speaker_id"):
        speakers[speaker_id].add(quote_id)
    if speakers:
        documents = PrimaryDocument.objects.filter(Q(issuer__in=speakers) | Q(participants__in=speakers)).distinct()
        window = timedelta(days=settings.CHECK_WINDOW_DAYS)
        for document in documents.prefetch_related("participants").only("pk", "issuer_id", "issued"):
            people = {document.issuer_id, *(person.pk for person in document.participants.all())}
            for speaker_id in people & speakers.keys():
                found[document.pk].update(
                    quote_id for quote_id in speakers[speaker_id]
                    if not document.issued or document.issued - timedelta(days=1) <= dated[quote_id] <= document.issued + window
                )
    return {document_id: sorted(ids) for document_id, ids in found.items() if ids}


def _linked(quotes: list[dict], key: str, found: dict, documents) -> None:
    """Add to found[document id] the quotes whose `key` (a source, a URL) links them to a document:
    documents(values) gives (document id, value) pairs."""
    by_value = defaultdict(list)
    for quote in quotes:
        if quote[key]:
            by_value[quote[key]].append(quote["pk"])
    if by_value:
        for document_id, value in documents(by_value):
            found[document_id].update(by_value[value])


def check_articles(*, article_ids: list[int]) -> int:
    """Check the visible quotes of these (newly extracted) articles against every document they
    could come from; returns how many verdicts were stored."""
    stored = 0
    wanted = documents_for(Quote.objects.visible().filter(article_id__in=article_ids))
    # Verdicts against documents a quote can no longer come from (an editor changed its speaker or
    # source, or rejected it) go.
    pairs = {(quote_id, document_id) for document_id, quote_ids in wanted.items() for quote_id in quote_ids}
    stale = [pk for pk, quote_id, document_id in QuoteCheck.objects.filter(quote__article_id__in=article_ids)
             .values_list("pk", "quote_id", "document_id") if (quote_id, document_id) not in pairs]
    QuoteCheck.objects.filter(pk__in=stale).delete()
    for document_id, quote_ids in wanted.items():
        document = PrimaryDocument.objects.get(pk=document_id)
        aligned = Document(document.text)
        for first in range(0, len(quote_ids), CHUNK):
            chunk = quote_ids[first : first + CHUNK]
            stored += store_checks(document, aligned, Quote.objects.filter(pk__in=chunk).values_list("pk", "text"))
    return stored
