"""Background tasks (Django Tasks, run by `manage.py db_worker`). They take ids, never objects,
and only wake the workflow in quotes.ingest.batches up: the truth is in status columns, so a task
that dies half-way is simply run again (or its work picked up by the next task)."""

from datetime import timedelta

from django.conf import settings
from django.tasks import task
from django.tasks.backends.immediate import ImmediateBackend
from django.utils import timezone

from quotes.ingest import batches


def _owner(context) -> str:
    return batches.worker_owner(str(context.task_result.id))


@task(takes_context=True)
def ingest_batch_task(context, batch_id: int) -> bool:
    """Read an upload's files into articles; extraction tasks follow as chunks are stored."""
    # An immediate backend would run each chunk's extraction task inline, in the reading thread.
    queued = not isinstance(extract_batch_task.get_backend(), ImmediateBackend)
    return batches.ingest_batch(batch_id, owner=_owner(context), extract_meanwhile=queued)


@task(takes_context=True)
def extract_batch_task(context, batch_id: int) -> int:
    """Extract quotes from the batch's pending articles, claiming a chunk at a time."""
    return batches.extract_batch(batch_id, owner=_owner(context))


@task()
def supervise_batch_task(batch_id: int) -> None:
    """Every IMPORT_SUPERVISE_INTERVAL seconds while the batch is unfinished: hand back what dead
    workers held and make sure something will finish it. The next check is queued first, so even a
    worker killed during this one leaves a check behind."""
    from quotes.models import ImportBatch

    if not ImportBatch.objects.filter(pk=batch_id).exclude(
        status__in=[ImportBatch.Status.DONE, ImportBatch.Status.FAILED]
    ).exists():
        return
    schedule_supervision(batch_id)
    batches.resume_batch(batch_id)


def schedule_supervision(batch_id: int) -> None:
    if supervise_batch_task.get_backend().supports_defer:
        run_after = timezone.now() + timedelta(seconds=settings.IMPORT_SUPERVISE_INTERVAL)
        supervise_batch_task.using(run_after=run_after).enqueue(batch_id=batch_id)


def start_batch(batch_id: int) -> None:
    """Queue a new batch's reading, and its supervision where the queue can wait."""
    schedule_supervision(batch_id)
    ingest_batch_task.enqueue(batch_id=batch_id)
