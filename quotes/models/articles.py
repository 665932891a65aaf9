"""Outlets and the articles they publish."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone


def content_hash(text: str) -> str:
    """Identical bodies (modulo whitespace) hash alike, so re-uploads are recognised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ArticleQuerySet(models.QuerySet):
    def pending_extraction(self):
        return self.filter(extraction_status__in=[Article.ExtractionStatus.PENDING, Article.ExtractionStatus.FAILED])


class Article(models.Model):
    class ExtractionStatus(models.TextChoices):
        PENDING = "pending", "Pending"
        RUNNING = "running", "Running"
        DONE = "done", "Extracted"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped (near-duplicate)"

    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="articles")
    url = models.URLField(max_length=1000, null=True, blank=True)
    title = models.CharField(max_length=500)
    published = models.DateField(null=True, blank=True)
    dateline = models.CharField(max_length=100, blank=True)
    body = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    extraction_status = models.CharField(
        max_length=20, choices=ExtractionStatus.choices, default=ExtractionStatus.PENDING
    )
    extraction_error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    # Which worker is extracting it and since when, so a dead worker's articles can be reclaimed.
    claimed_by = models.CharField(max_length=200, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    import_batch = models.ForeignKey(  # indexed by article_batch_status_id_idx, which starts with it
        "ImportBatch", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles", db_index=False
    )
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="syndicated_copies",
        help_text="The first copy of a syndicated story; this one is not extracted again.",
    )
    # Indexed by article_previous_version_idx (only the rows that have one).
    previous_version = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="later_versions",
        db_index=False,
        help_text="The earlier version of this story, which this one updates with new material (quotes.imports.dedupe); "
                  "both are extracted, and the same words in both are linked (Quote.first_seen).",
    )
    primary_document_url = models.URLField(
        max_length=1000, blank=True,
        help_text="The primary document (readout, transcript) the article quotes from, as imported; its quotes "
                  "are checked against the document attached with this URL.",
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            # Many archive rows have no URL; only real URLs must be unique.
            models.UniqueConstraint(fields=["url"], condition=Q(url__isnull=False), name="article_url_unique"),
        ]
        indexes = [
            models.Index(fields=["-published", "-id"], name="article_published_idx"),
            models.Index(fields=["extraction_status"], name="article_status_idx"),
            models.Index(fields=["outlet", "-published"], name="article_outlet_published_idx"),
            # A worker's claim, "the batch's next pending articles in id order", reads just those.
            models.Index(fields=["import_batch", "extraction_status", "id"], name="article_batch_status_id_idx"),
            models.Index(fields=["previous_version"], condition=Q(previous_version__isnull=False),
                         name="article_previous_version_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("article_detail", args=[self.pk])

    EXTRACTION_IN_PROGRESS = (ExtractionStatus.PENDING, ExtractionStatus.RUNNING)

    @property
    def extraction_in_progress(self) -> bool:
        return self.extraction_status in self.EXTRACTION_IN_PROGRESS

    @property
    def extraction_stuck(self) -> bool:
        """Waiting or running for more than twice the time budget (ARTICLE_EXTRACT_SECONDS): its
        worker died, or none is running."""
        since = self.claimed_at or self.created_at
        limit = timedelta(seconds=2 * settings.ARTICLE_EXTRACT_SECONDS)
        return self.extraction_in_progress and since is not None and timezone.now() - since > limit

    @property
    def extraction_retryable(self) -> bool:
        return self.extraction_status == self.ExtractionStatus.FAILED or self.extraction_stuck

    def page_context(self) -> dict:
        """The article page's data: its visible quotes with their people, its body cut into runs of
        plain and quoted text, and the other articles of its story (shown by the article page and
        after a paste)."""
        quotes = list(self.quotes.visible().with_people())
        return {"article": self, "quotes": quotes, "segments": self.highlighted_segments(quotes), **self.story()}

    MAX_LISTED = 50  # versions or copies listed on a page; a wire story can have hundreds of copies

    def story(self) -> dict:
        """The other articles of this story: {"versions": every version, oldest first, this one (or,
        for a copy, the article it copies) among them, or [] when there is one; "copies": the
        syndicated copies of that article but this one, oldest first, at most MAX_LISTED;
        "copy_total": how many there are}. One query in the common case; a step back along a chain
        of versions costs one more."""
        start = self.duplicate_of_id or self.pk
        earlier = []
        cursor = self.previous_version_id if start == self.pk else self.duplicate_of.previous_version_id
        while cursor is not None and cursor not in earlier and len(earlier) < self.MAX_LISTED:
            earlier.append(cursor)
            cursor = Article.objects.filter(pk=cursor).values_list("previous_version_id", flat=True).first()
        listed = Article.objects.select_related("outlet").only(
            "id", "title", "published", "created_at", "previous_version_id", "duplicate_of_id", "outlet__name")
        # The next versions and the copies together, versions first (their duplicate_of is empty).
        next_and_copies = list(listed.filter(Q(previous_version_id=start) | Q(duplicate_of_id=start))
                               .order_by(F("duplicate_of_id").asc(nulls_first=True), "pk")[: 2 * self.MAX_LISTED + 1])
        later = [article.pk for article in next_and_copies if article.duplicate_of_id is None]
        copies = [article for article in next_and_copies if article.duplicate_of_id is not None and article.pk != self.pk]
        frontier = later
        while frontier and len(earlier) + len(later) < self.MAX_LISTED:
            frontier = [pk for pk in Article.objects.filter(previous_version_id__in=frontier).values_list("pk", flat=True)
                        if pk not in later]
            later += frontier
        versions = []
        if earlier or later:
            # Versions are stored after the versions they update: id order is the story's order.
            versions = list(listed.filter(pk__in=[*earlier, start, *later]).order_by("pk"))
            for version in versions:
                version.story_position = "this" if version.pk == start else "earlier" if version.pk < start else "later"
        copy_total = len(copies)
        if len(copies) > self.MAX_LISTED or len(next_and_copies) > 2 * self.MAX_LISTED:
            copy_total = Article.objects.filter(duplicate_of_id=start).exclude(pk=self.pk).count()
        return {"versions": versions, "copies": copies[: self.MAX_LISTED], "copy_total": copy_total}

    def highlighted_segments(self, quotes) -> list[tuple]:
        """The body cut into runs of plain text and quoted text, in order, for highlighting.

        The quotation marks themselves stay in the plain runs; overlapping quotes (which the
        extractor does not produce, but an editor's boundary change might) keep the first.
        """
        segments, cursor = [], 0
        for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
            if quote.start < cursor or quote.end > len(self.body):
                continue
            if quote.start > cursor:
                segments.append((self.body[cursor : quote.start], None))
            segments.append((self.body[quote.start : quote.end], quote))
            cursor = quote.end
        if cursor < len(self.body):
            segments.append((self.body[cursor:], None))
        return segments

    def save(self, *args, **kwargs):
        self.content_hash = content_hash(self.body)
        if not self.url:
            self.url = None
        adding = self._state.adding
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if not adding and (update_fields is None or "published" in update_fields):
            # Quotes carry the article's date (Quote.dated) so lists sort without a join, and so
            # do their speaker links (QuoteSpeaker.dated), so a speaker's page does too.
            self.quotes.exclude(dated=self.quote_date()).update(dated=self.quote_date())
            from quotes.models.quotes import QuoteSpeaker  # quotes.py imports this module

            from quotes.models.speakers import Speaker

            moved = QuoteSpeaker.objects.filter(quote__article=self).exclude(dated=self.quote_date())
            speaker_ids = set(moved.values_list("speaker_id", flat=True))
            if speaker_ids:
                moved.update(dated=self.quote_date())
                # Their quotes per day, week and month (the home page's rankings) moved too.
                Speaker.objects.filter(pk__in=speaker_ids).refresh_quote_stats()

    def quote_date(self):
        """The date this article's quotes are filed under: publication, else when it was added."""
        if self.published:
            return self.published
        return (self.created_at or timezone.now()).date()

