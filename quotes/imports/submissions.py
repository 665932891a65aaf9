"""An article pasted by hand: its quotes are extracted by a background task within a time
budget (ARTICLE_EXTRACT_SECONDS), never inside the web request; a failed or stuck extraction is
retried from the article's page. tasks.py queues the work (this module never imports it)."""

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from quotes.extraction import extract
from quotes.models import Article, ImportBatch, Speaker
from quotes.store.extractions import store_extraction

log = logging.getLogger(__name__)

IN_PROGRESS = Article.EXTRACTION_IN_PROGRESS


def extract_submitted(article_id: int, *, owner: str) -> bool:
    """Claim a pending article, extract it within the time budget and store its quotes; a crash or
    an overrun marks it failed with the reason. True if its quotes were stored."""
    claimed = Article.objects.filter(pk=article_id, extraction_status=Article.ExtractionStatus.PENDING).update(
        extraction_status=Article.ExtractionStatus.RUNNING, claimed_by=owner, claimed_at=timezone.now())
    if not claimed:
        return False
    article = Article.objects.get(pk=article_id)
    budget = settings.ARTICLE_EXTRACT_SECONDS
    try:
        extraction = _within(budget, partial(extract, indirect=settings.EXTRACT_INDIRECT), article.body)
        with transaction.atomic():
            still_ours = Article.objects.select_for_update().filter(
                pk=article_id, claimed_by=owner, extraction_status=Article.ExtractionStatus.RUNNING).exists()
            if not still_ours:
                return False
            touched = store_extraction(article=article, extraction=extraction)
        Speaker.objects.filter(pk__in=touched).refresh_quote_stats()
        return True
    except TimeoutError:
        _fail(article_id, owner, f"the extraction took longer than {budget} s (ARTICLE_EXTRACT_SECONDS) and was stopped")
    except Exception as error:  # the extractor or the store broke on this text: the article says so
        log.exception("article %s: extraction failed", article_id)
        _fail(article_id, owner, f"{type(error).__name__}: {error}")
    return False


def _within(seconds: float, function: Callable, *args):
    """function(*args), or TimeoutError after `seconds`. The extractor cannot be interrupted: an
    overrun keeps its thread until it ends, and its result is dropped (the claim is gone)."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract-article")
    try:
        return executor.submit(function, *args).result(timeout=seconds)
    finally:
        executor.shutdown(wait=False)


def _fail(article_id: int, owner: str, message: str) -> None:
    Article.objects.filter(pk=article_id, claimed_by=owner, extraction_status=Article.ExtractionStatus.RUNNING).update(
        extraction_status=Article.ExtractionStatus.FAILED, extraction_error=message[:2000], claimed_by="", claimed_at=None)


def retry(article: Article, *, request_extraction: Callable[[int], None],
          retry_in_batch: Callable[[ImportBatch, int], int]) -> bool:
    """Put a failed (or stuck) article back in the queue; an imported one through its batch, so
    the batch's counts follow. The request runs once that is committed."""
    if not article.extraction_retryable:
        return False
    if article.import_batch_id:
        Article.objects.filter(pk=article.pk, extraction_status__in=IN_PROGRESS).update(
            extraction_status=Article.ExtractionStatus.FAILED)
        return bool(retry_in_batch(article.import_batch, article.pk))
    with transaction.atomic():
        reset = Article.objects.filter(pk=article.pk, extraction_status=article.extraction_status).update(
            extraction_status=Article.ExtractionStatus.PENDING, claimed_by="", claimed_at=None)
    if reset:
        request_extraction(article.pk)
    return bool(reset)
