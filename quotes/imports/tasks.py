"""Background tasks (Django Tasks, run by `manage.py db_worker`), and everything that queues them.
They take ids, never objects, and only wake the workflow in quotes.imports.batches up: the truth is
in status columns, so a task that dies half-way is simply run again (or its work picked up by the
next task). The workflow never imports this module: it is handed the enqueueing functions."""

from datetime import timedelta

from django.conf import settings
from django.tasks import task
from django.tasks.backends.immediate import ImmediateBackend
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from quotes.imports import batches, submissions
from quotes.models import Article, ImportBatch


def _owner(context) -> str:
    return batches.worker_owner(str(context.task_result.id))


@task(takes_context=True)
def ingest_batch_task(context, batch_id: int) -> bool:
    """Read an upload's files into articles; extraction tasks follow as chunks are stored.

    If reading breaks (a bug, the database gone), the batch records the error and the task is
    queued again after a growing pause, IMPORT_MAX_ATTEMPTS times at most; then the batch fails."""
    # An immediate backend would run each chunk's extraction task inline, in the reading thread.
    queued = not isinstance(extract_batch_task.get_backend(), ImmediateBackend)
    owner = _owner(context)
    try:
        with batches.Heartbeat(batch_id, owner):
            return batches.ingest_batch(batch_id, owner=owner, enqueue_extraction=enqueue_extraction,
                                        extract_meanwhile=queued)
    except Exception as error:
        delay = batches.reading_failed(batch_id, owner=owner, error=error)
        if delay is not None:
            _enqueue_later(ingest_batch_task, delay, batch_id=batch_id)
        raise


@task(takes_context=True)
def extract_batch_task(context, batch_id: int) -> int:
    """Extract quotes from the batch's pending articles, claiming a chunk at a time."""
    owner = _owner(context)
    with batches.Heartbeat(batch_id, owner):
        return batches.extract_batch(batch_id, owner=owner)


def _enqueue_later(task, delay: timedelta, **kwargs) -> None:
    if task.get_backend().supports_defer:
        task.using(run_after=timezone.now() + delay).enqueue(**kwargs)
    else:  # the immediate backend (tests): at once; the attempts are bounded all the same
        task.enqueue(**kwargs)


@task()
def supervise_batch_task(batch_id: int) -> None:
    """Every IMPORT_SUPERVISE_INTERVAL seconds while the batch is unfinished: hand back what dead
    workers held and make sure something will finish it. The next check is queued first, so even a
    worker killed during this one leaves a check behind."""
    if not ImportBatch.objects.filter(pk=batch_id).exclude(
        status__in=[ImportBatch.Status.DONE, ImportBatch.Status.FAILED]
    ).exists():
        return
    schedule_supervision(batch_id)
    resume_batch(batch_id)


def schedule_supervision(batch_id: int) -> None:
    if supervise_batch_task.get_backend().supports_defer:
        run_after = timezone.now() + timedelta(seconds=settings.IMPORT_SUPERVISE_INTERVAL)
        supervise_batch_task.using(run_after=run_after).enqueue(batch_id=batch_id)


def start_batch(batch_id: int) -> None:
    """Queue a new batch's reading, and its supervision where the queue can wait."""
    schedule_supervision(batch_id)
    ingest_batch_task.enqueue(batch_id=batch_id)


def enqueue_extraction(batch_id: int) -> None:
    extract_batch_task.enqueue(batch_id=batch_id)


def request_extraction(batch_id: int) -> None:
    """Make sure a worker will extract the batch's pending articles: one waiting task is enough,
    since every extraction task keeps claiming until nothing is left."""
    if not _task_waiting(extract_batch_task, batch_id):
        enqueue_extraction(batch_id)


def _task_waiting(task, batch_id: int) -> bool:
    if not isinstance(task.get_backend(), DatabaseBackend):
        return False
    return DBTaskResult.objects.ready().filter(task_path=task.module_path, args_kwargs__kwargs__batch_id=batch_id).exists()


def resume_batch(batch_id: int) -> None:
    """Whatever an unfinished batch still needs: reading restarted, extraction requested, or closing."""
    batches.release_stale_claims()
    batch = ImportBatch.objects.get(pk=batch_id)
    waiting_to_retry = batch.retry_at is not None and batch.retry_at > timezone.now()
    if batch.status in (ImportBatch.Status.PENDING, ImportBatch.Status.PARSING) and not batch.claimed_by and not waiting_to_retry:
        if not _task_waiting(ingest_batch_task, batch_id):
            ingest_batch_task.enqueue(batch_id=batch_id)
    if batch.articles.filter(extraction_status=Article.ExtractionStatus.PENDING).exists():
        request_extraction(batch_id)
    batches.finish_if_complete(batch_id)


def retry_failed(batch: ImportBatch, *, article_id: int | None = None) -> int:
    """Put the batch's failed articles (or one of them) back in the queue."""
    return batches.retry_failed(batch, article_id=article_id, request_extraction=request_extraction)


@task(takes_context=True)
def extract_article_task(context, article_id: int) -> bool:
    """Extract the quotes of an article pasted by hand (see quotes.imports.submissions)."""
    return submissions.extract_submitted(article_id, owner=_owner(context))


def request_article_extraction(article_id: int) -> None:
    extract_article_task.enqueue(article_id=article_id)


def retry_article(article: Article) -> bool:
    """Extract a failed or stuck article again, from its page."""
    return submissions.retry(article, request_extraction=request_article_extraction,
                             retry_in_batch=lambda batch, article_id: retry_failed(batch, article_id=article_id))
