"""Bulk uploads: a batch, the records it could not store as given, and near-duplicate keys."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from quotes.models.articles import Article, Outlet


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


class ImportBatch(models.Model):
    """One bulk upload (or one CLI ingest run) and its progress."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        PARSING = "parsing", "Reading files"
        EXTRACTING = "extracting", "Extracting quotes"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    original_name = models.CharField(max_length=255, blank=True)
    stored_path = models.CharField(max_length=500, blank=True, help_text="Where the upload lies on disk.")
    format = models.CharField(max_length=20, blank=True)
    default_outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True)
    parsed_count = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    near_duplicate_count = models.PositiveIntegerField(default=0)
    version_count = models.PositiveIntegerField(
        default=0, help_text="Of the articles created, how many are updated versions of a story stored before.")
    extracted_count = models.PositiveIntegerField(default=0)
    quote_count = models.PositiveIntegerField(null=True, blank=True,
                                              help_text="Quotes extracted from its articles, counted when it finished.")
    failed_count = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    # Resumable background work: who holds the batch, when they last showed life, how far they got.
    claimed_by = models.CharField(max_length=200, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    records_done = models.PositiveIntegerField(default=0, help_text="Records read so far; a restarted ingest skips them.")
    # A reading task that failed: how often, why (shown on the batch page), and when it runs again.
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Reading tasks that failed so far.")
    last_error = models.TextField(blank=True)
    retry_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "import batches"

    def __str__(self):
        return f"Import {self.pk} ({self.original_name or 'command line'})"

    def get_absolute_url(self):
        return reverse("batch_detail", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def article_count(self) -> int:
        """The articles it stored: new ones (versions among them) and syndicated copies."""
        return self.created_count + self.near_duplicate_count

    COUNT_WHILE_RUNNING = 10_000

    def quotes_so_far(self) -> tuple[int, bool]:
        """(how many quotes its articles hold, whether there are more than that): the count stored
        when it finished, or while it runs a count that stops at COUNT_WHILE_RUNNING (the page
        polls every two seconds)."""
        if self.quote_count is not None:
            return self.quote_count, False
        from quotes.models.quotes import Quote  # quotes.py imports articles.py, which this module imports

        counted = Quote.objects.filter(article__import_batch=self)[: self.COUNT_WHILE_RUNNING + 1].count()
        return min(counted, self.COUNT_WHILE_RUNNING), counted > self.COUNT_WHILE_RUNNING

    def progress(self) -> Progress:
        """Counts, percentage and ETA for the batch page."""
        by_status = dict(self.articles.values_list("extraction_status").annotate(n=Count("pk")).order_by())
        done = by_status.get(Article.ExtractionStatus.DONE, 0)
        failed = by_status.get(Article.ExtractionStatus.FAILED, 0)
        pending = by_status.get(Article.ExtractionStatus.PENDING, 0)
        running = by_status.get(Article.ExtractionStatus.RUNNING, 0)
        to_extract = done + failed + pending + running
        finished = self.is_finished
        percent = 100 if finished else int(100 * (done + failed) / to_extract) if to_extract else 0
        eta = None
        if not finished and self.started_at and done and pending + running:
            elapsed = (timezone.now() - self.started_at).total_seconds()
            eta = timedelta(seconds=elapsed / done * (pending + running))
        return Progress(
            parsed=self.parsed_count, created=self.created_count, duplicates=self.duplicate_count,
            near_duplicates=self.near_duplicate_count, errors=self.error_count, pending=pending,
            running=running, extracted=done, failed=failed, percent=min(percent, 100), eta=eta,
        )



class ImportProblem(models.Model):
    """One record of an import that was not stored as given: rejected, or a (near-)duplicate."""

    class Kind(models.TextChoices):
        ERROR = "error", "Error"
        DUPLICATE = "duplicate", "Duplicate"
        NEAR_DUPLICATE = "near_duplicate", "Near-duplicate"
        WARNING = "warning", "Warning"

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="problems")
    file = models.CharField(max_length=500, blank=True)
    line = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ERROR)
    message = models.TextField()
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="For duplicates: the article already stored.",
    )

    class Meta:
        ordering = ["id"]

    def __str__(self):
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class NearDuplicateKey(models.Model):
    """One MinHash band of an article's text; two articles sharing a key are near-duplicate candidates."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="near_duplicate_keys")
    key = models.BigIntegerField(db_index=True)

    def __str__(self):
        return f"{self.article_id}: {self.key}"

