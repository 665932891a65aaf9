"""What the batch page shows: the counts, how far along it is, and when it should be done."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count
from django.utils import timezone


@dataclass(frozen=True)
class Progress:
    parsed: int
    created: int
    duplicates: int
    near_duplicates: int
    errors: int
    pending: int
    running: int
    extracted: int
    failed: int
    percent: int
    eta: timedelta | None

    @property
    def eta_text(self) -> str:
        if self.eta is None:
            return ""
        seconds = int(self.eta.total_seconds())
        if seconds < 60:
            return f"about {max(seconds, 1)} s"
        if seconds < 3600:
            return f"about {seconds // 60} min {seconds % 60:02d} s"
        return f"about {seconds // 3600} h {seconds % 3600 // 60:02d} min"


def batch_progress(batch) -> Progress:
    from quotes.models import Article

    by_status = dict(batch.articles.values_list("extraction_status").annotate(n=Count("pk")).order_by())
    done = by_status.get(Article.ExtractionStatus.DONE, 0)
    failed = by_status.get(Article.ExtractionStatus.FAILED, 0)
    pending = by_status.get(Article.ExtractionStatus.PENDING, 0)
    running = by_status.get(Article.ExtractionStatus.RUNNING, 0)
    to_extract = done + failed + pending + running
    finished = batch.status in (batch.Status.DONE, batch.Status.FAILED)
    percent = 100 if finished else int(100 * (done + failed) / to_extract) if to_extract else 0
    eta = None
    if not finished and batch.started_at and done and pending + running:
        elapsed = (timezone.now() - batch.started_at).total_seconds()
        eta = timedelta(seconds=elapsed / done * (pending + running))
    return Progress(
        parsed=batch.parsed_count, created=batch.created_count, duplicates=batch.duplicate_count,
        near_duplicates=batch.near_duplicate_count, errors=batch.error_count, pending=pending,
        running=running, extracted=done, failed=failed, percent=min(percent, 100), eta=eta,
    )
