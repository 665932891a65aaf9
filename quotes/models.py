"""The domain: outlets publish articles; articles contain quotes; quotes belong to speakers and
reach the reporter through sources. See ../shared/docs/DESIGN.md."""

import hashlib
import re
import unicodedata

from django.conf import settings
from django.core.cache import cache
from django.db import connections, models
from django.db.models import F, Q
from django.db.models.functions import Length
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from quotes.bulk import update_rows
from quotes.expressions import RelatedColumn


def normalize_name(name: str) -> str:
    """The key two spellings of one name share: accents, case, punctuation and spacing dropped."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", ascii_only).strip().lower()


def content_hash(text: str) -> str:
    """Identical bodies (modulo whitespace) hash alike, so re-uploads are recognised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class OutletQuerySet(models.QuerySet):
    # The outlet filter of every quote list offers every outlet: read from the cache rather than
    # the database on each page. A save or delete of an outlet clears it; with a per-process cache
    # (Django's default), other processes see a new or renamed outlet up to this late.
    CHOICES_CACHE_SECONDS = 60
    CHOICES_CACHE_KEY = "quotes:outlet-choices"

    def choices(self) -> list[tuple[int, str]]:
        """[(id, name)] of every outlet, by name."""
        choices = cache.get(self.CHOICES_CACHE_KEY)
        if choices is None:
            choices = list(self.model.objects.order_by("name", "id").values_list("id", "name"))
            cache.set(self.CHOICES_CACHE_KEY, choices, self.CHOICES_CACHE_SECONDS)
        return choices


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True)

    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


@receiver([post_save, post_delete], sender=Outlet)
def _forget_outlet_choices(**kwargs):
    cache.delete(OutletQuerySet.CHOICES_CACHE_KEY)


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
    extracted_count = models.PositiveIntegerField(default=0)
    failed_count = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    # Resumable background work: who holds the batch, when they last showed life, how far they got.
    claimed_by = models.CharField(max_length=200, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    records_done = models.PositiveIntegerField(default=0, help_text="Records read so far; a restarted ingest skips them.")

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

    def progress(self):
        """Counts, percentage and ETA for the batch page (see quotes.ingest.progress)."""
        from quotes.ingest.progress import batch_progress

        return batch_progress(self)


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
        ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles", db_index=False
    )
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="syndicated_copies",
        help_text="The first copy of a syndicated story; this one is not extracted again.",
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
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("article_detail", args=[self.pk])

    def highlighted_segments(self, quotes) -> list[tuple[str, "Quote | None"]]:
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
            QuoteSpeaker.objects.filter(quote__article=self).exclude(dated=self.quote_date()).update(dated=self.quote_date())

    def quote_date(self):
        """The date this article's quotes are filed under: publication, else when it was added."""
        if self.published:
            return self.published
        return (self.created_at or timezone.now()).date()


class SpeakerQuerySet(models.QuerySet):
    def current(self):
        """Speakers not merged into another one."""
        return self.filter(merged_into__isnull=True)

    def named_like(self, text: str):
        """Speakers whose name or any alias contains `text` (case-insensitive)."""
        aliases = SpeakerAlias.objects.filter(speaker=models.OuterRef("pk"), name__icontains=text)
        return self.filter(Q(name__icontains=text) | models.Exists(aliases))

    def mark_stats_stale(self) -> int:
        # Only rows not yet marked are written, so concurrent workers rarely touch the same row.
        return self.filter(stats_stale=False).update(stats_stale=True)

    def refresh_stale_stats(self) -> int:
        return self.filter(stats_stale=True).refresh_quote_stats()

    def refresh_quote_stats(self) -> int:
        """Recompute quote_count, last_quoted_at and quote_stats of these speakers from their
        visible quotes.

        Call it after quotes of these speakers were stored, deleted, rejected or moved
        (e.g. Speaker.objects.filter(pk__in=ids).refresh_quote_stats()); once per batch of
        articles is enough. A few grouped queries per 5,000 speakers, then batched updates.
        """
        from collections import Counter, defaultdict

        from django.db.models.functions import TruncMonth, TruncWeek

        ids = list(self.order_by().values_list("pk", flat=True))
        counts, latest = {}, {}
        stats = defaultdict(lambda: {"month": [], "week": [], "alongside": Counter(), "sources": []})
        for first in range(0, len(ids), 5000):
            links = QuoteSpeaker.objects.filter(speaker_id__in=ids[first : first + 5000]).exclude(
                quote__status=Quote.Status.REJECTED
            ).order_by()
            for row in links.values("speaker_id").annotate(n=models.Count("id"), last=models.Max("quote__dated")):
                counts[row["speaker_id"]], latest[row["speaker_id"]] = row["n"], row["last"]
            for per, trunc in (("month", TruncMonth), ("week", TruncWeek)):
                rows = links.annotate(bucket=trunc("quote__dated")).values("speaker_id", "bucket").annotate(n=models.Count("id"))
                for row in rows.order_by("speaker_id", "bucket"):
                    stats[row["speaker_id"]][per].append([row["bucket"].isoformat(), row["n"]])
            rows = links.filter(quote__source__isnull=False).values("speaker_id", "quote__source_id").annotate(n=models.Count("id"))
            for row in rows:
                stats[row["speaker_id"]]["sources"].append([row["quote__source_id"], row["n"]])
            speakers_by_quote = defaultdict(list)
            shared = QuoteSpeaker.objects.filter(quote_id__in=links.values("quote_id")).values_list("quote_id", "speaker_id")
            for quote_id, speaker_id in shared.order_by().iterator(chunk_size=20000):
                speakers_by_quote[quote_id].append(speaker_id)
            in_chunk = set(ids[first : first + 5000])
            for together in speakers_by_quote.values():
                for speaker_id in together:
                    if speaker_id in in_chunk:
                        stats[speaker_id]["alongside"].update(other for other in together if other != speaker_id)
        refreshed = {}
        for pk in ids:
            summary = stats.get(pk) or {"month": [], "week": [], "alongside": Counter(), "sources": []}
            summary["alongside"] = summary["alongside"].most_common(8)
            summary["sources"] = sorted(summary["sources"], key=lambda row: -row[1])[:8]
            refreshed[pk] = {"quote_count": counts.get(pk, 0), "last_quoted_at": latest.get(pk), "quote_stats": summary,
                             "stats_stale": False}
        return update_rows(Speaker, refreshed)


class ImportProblem(models.Model):
    """One record of an import that was not stored as given: rejected, or a (near-)duplicate."""

    class Kind(models.TextChoices):
        ERROR = "error", "Error"
        DUPLICATE = "duplicate", "Duplicate"
        NEAR_DUPLICATE = "near_duplicate", "Near-duplicate"

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


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"
        GROUP = "group", "Group"
        ANONYMOUS = "anonymous", "Anonymous"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(max_length=200, blank=True)
    affiliation = models.CharField(max_length=200, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from",
        help_text="Set when an editor merged this speaker into another; its URL redirects there.",
    )
    needs_review = models.BooleanField(default=False, help_text="Created by the extractor; no editor has looked yet.")
    created_at = models.DateTimeField(auto_now_add=True)
    # Denormalized for sorting the speakers list; SpeakerQuerySet.refresh_quote_stats keeps them right.
    quote_count = models.PositiveIntegerField(default=0, editable=False)
    last_quoted_at = models.DateField(null=True, blank=True, editable=False)
    # {"month"/"week": [[day, n]], "alongside": [[speaker id, n]], "sources": [[source id, n]]}:
    # the unfiltered speaker page reads these instead of aggregating thousands of quotes.
    quote_stats = models.JSONField(default=dict, editable=False)
    # Set by bulk imports instead of recounting per chunk (which two workers would fight over);
    # SpeakerQuerySet.refresh_stale_stats() recounts them when the batch is done.
    stats_stale = models.BooleanField(default=False, editable=False)

    history = HistoricalRecords(excluded_fields=["quote_count", "last_quoted_at", "quote_stats", "stats_stale"])
    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["name"], name="speaker_name_idx"),
            models.Index(fields=["-quote_count", "id"], name="speaker_quote_count_idx"),
            models.Index(fields=["-last_quoted_at", "id"], name="speaker_last_quoted_idx"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("speaker_detail", args=[self.pk])

    @property
    def slug(self):
        return slugify(self.name)

    @property
    def has_quote_stats(self) -> bool:
        return bool(self.quote_stats)

    def stats_timeline(self, per: str) -> list[tuple]:
        """Quotes per week or month as last counted by refresh_quote_stats: [(day, n)]."""
        from datetime import date

        return [(date.fromisoformat(day), n) for day, n in self.quote_stats.get(per, [])]

    @cached_property
    def _page_names(self) -> dict[tuple[str, int], tuple[str, str]]:
        """The names the speaker page shows besides the speaker's own, read in one plain query:
        {("alias", id): (name, ""), ("speaker", id): (name, ""), ("source", id): (label, kind)}
        for the aliases and for the speakers and sources in quote_stats (which keeps their ids
        only, so a rename shows at once). One round trip, not three (the ORM's union, or a
        prefetch, cost more to build than the database takes to answer)."""
        connection = connections[self._state.db or "default"]
        table = lambda model: connection.ops.quote_name(model._meta.db_table)  # noqa: E731
        parts, params = [f"SELECT %s, id, name, '' FROM {table(SpeakerAlias)} WHERE speaker_id = %s"], ["alias", self.pk]
        for kind, model, ids, columns in (
                ("speaker", Speaker, [int(pk) for pk, _ in self.quote_stats.get("alongside", [])], "name, ''"),
                ("source", Source, [int(pk) for pk, _ in self.quote_stats.get("sources", [])], "label, kind")):
            if ids:
                parts.append(f"SELECT %s, id, {columns} FROM {table(model)} WHERE id IN ({', '.join(['%s'] * len(ids))})")
                params += [kind, *ids]
        sql = " UNION ALL ".join(parts) + " ORDER BY 1, 3"
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {(kind, pk): (label, extra) for kind, pk, label, extra in cursor.fetchall()}

    @property
    def alias_names(self) -> list[str]:
        """The aliases' names, in name order."""
        return [name for (kind, _), (name, _) in self._page_names.items() if kind == "alias"]

    def stats_alongside(self) -> list[dict]:
        names = self._page_names
        return [{"speaker_id": pk, "speaker__name": names[("speaker", pk)][0], "n": n}
                for pk, n in self.quote_stats.get("alongside", []) if ("speaker", pk) in names]

    def stats_sources(self) -> list[dict]:
        names = self._page_names
        return [{"source_id": pk, "source__label": names[("source", pk)][0], "source__kind": names[("source", pk)][1], "n": n}
                for pk, n in self.quote_stats.get("sources", []) if ("source", pk) in names]

    def correction_log(self):
        """Changes to this speaker (merges into it and splits off it too), and editors' changes that
        gave quotes to it or took quotes from it, newest first: one query for the speaker page."""
        # EXISTS rather than a join to the quote's speakers: no DISTINCT over the joined rows, and
        # PostgreSQL plans it in a fraction of the time.
        speaks = models.Exists(QuoteSpeaker.objects.filter(quote_id=models.OuterRef("quote_id"), speaker=self))
        return Correction.objects.filter(
            Q(speaker=self, quote__isnull=True) | Q(other_speaker=self) | (Q(action=Correction.Action.SPEAKERS) & speaks)
        ).select_related("user", "quote", "speaker", "other_speaker").order_by("-created_at", "-id")


class SpeakerAlias(models.Model):
    """A surface form that names a speaker: "Putin", "President Putin", "Vladimir Putin"."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, unique=True, editable=False)
    confirmed = models.BooleanField(default=False, help_text="An editor confirmed this alias names this speaker.")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.name)
        super().save(*args, **kwargs)


class Source(models.Model):
    """A channel that relayed words: a readout, a statement, a spokesperson's post, a press conference."""

    class Kind(models.TextChoices):
        READOUT = "readout", "Readout"
        STATEMENT = "statement", "Statement"
        SOCIAL_MEDIA_POST = "social_media_post", "Social media post"
        INTERVIEW = "interview", "Interview"
        PRESS_CONFERENCE = "press_conference", "Press conference"
        BRIEFING = "briefing", "Briefing"
        SPEECH = "speech", "Speech"
        LETTER = "letter", "Letter"
        REPORT = "report", "Report"
        REPORTERS = "reporters", "Remarks to reporters"
        OTHER = "other", "Other"

    label = models.CharField(max_length=300)
    kind = models.CharField(max_length=30, choices=Kind.choices, default=Kind.OTHER)
    issuer = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="issued_sources")
    normalized = models.CharField(max_length=300, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["label"]
        constraints = [
            models.UniqueConstraint(fields=["normalized", "kind"], name="source_label_kind_unique"),
        ]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.label)
        super().save(*args, **kwargs)


class _QuotesWithSpeakerLinks(models.query.ModelIterable):
    """Quotes with `speaker_links`, [(speaker id, name)] in position order, read in one query for
    all of them: what prefetch_related("quote_speakers__speaker") gives a list of rows, at a
    fraction of its cost (it clones a queryset per quote; the ORM would compile this small query
    afresh each time, longer than the database takes to answer it)."""

    def __iter__(self):
        quotes = list(super().__iter__())
        links = {quote.pk: [] for quote in quotes}
        if links:
            connection = connections[self.queryset.db]
            qn, link, speaker = connection.ops.quote_name, QuoteSpeaker._meta, Speaker._meta
            column = lambda meta, name: f"{qn(meta.db_table)}.{qn(meta.get_field(name).column)}"  # noqa: E731
            # The name by a scalar subquery: PostgreSQL plans it in a third of the time it took to
            # plan the join (0.08 against 0.23 ms), for the same rows.
            sql = (f"SELECT {column(link, 'quote')}, {column(link, 'speaker')}, "
                   f"(SELECT {column(speaker, 'name')} FROM {qn(speaker.db_table)} "
                   f"WHERE {column(speaker, 'id')} = {column(link, 'speaker')}) "
                   f"FROM {qn(link.db_table)} "
                   f"WHERE {column(link, 'quote')} IN ({', '.join(['%s'] * len(links))}) "
                   f"ORDER BY {column(link, 'position')}")
            with connection.cursor() as cursor:
                cursor.execute(sql, list(links))
                for quote_id, speaker_id, name in cursor.fetchall():
                    links[quote_id].append((speaker_id, name))
        for quote in quotes:
            quote.speaker_links = links[quote.pk]
            yield quote


class QuoteQuerySet(models.QuerySet):
    def visible(self):
        """Quotes a reader should see: everything but what an editor rejected."""
        return self.exclude(status=Quote.Status.REJECTED)

    def for_review(self, *, low_confidence: float = 0.6):
        """Automatic quotes an editor should look at: doubtful, unattributed, new speaker or no source."""
        # EXISTS rather than a join: no DISTINCT, so newest-first can walk the created_at index.
        links = QuoteSpeaker.objects.filter(quote=models.OuterRef("pk"))
        return self.filter(status=Quote.Status.AUTO).filter(
            Q(confidence__lt=low_confidence) | Q(source__isnull=True) | ~models.Exists(links)
            | models.Exists(links.filter(speaker__needs_review=True))
        )

    def human_reviewed(self):
        return self.exclude(status=Quote.Status.AUTO)

    def with_people(self):
        return self.select_related("article__outlet", "source").prefetch_related("quote_speakers__speaker")

    # What a quote row shows (quotes.templatetags.quote_tags.quote_rows, the editors' row tools).
    LIST_FIELDS = ("id", "article_id", "text", "kind", "source_id", "status", "version", "dated")

    def for_list(self):
        """What a list of quote rows shows (quotes.templatetags.quote_tags.quote_rows, the editors'
        row tools), and no more: the quote's own columns, its article's title, outlet name and
        source label as annotations (no Article, Outlet and Source instances), and the speakers'
        ids and names as `speaker_links` (one query, not their stored stats)."""
        # Scalar subqueries rather than joins: PostgreSQL took ~1 ms to plan the five-way join of a
        # page of a speaker's quotes (more than running it), and plans each of these as one lookup.
        quotes = self.only(*self.LIST_FIELDS).annotate(
            article_title=RelatedColumn("article__title"), outlet_name=RelatedColumn("article__outlet__name"),
            source_label=RelatedColumn("source__label"))
        quotes._iterable_class = _QuotesWithSpeakerLinks
        return quotes

    def by_speaker(self, speaker):
        return self.filter(quote_speakers__speaker=speaker)

    def by_speaker_newest_first(self, speaker):
        """by_speaker(), each quote with its link's copy of its date as `listed_on`: ordered by
        (listed_on, id), PostgreSQL reads the speaker's newest quotes straight off their links'
        index, and pages by the same pair (search.keyset_page's key)."""
        # One filter() and an annotate() on the same relation: one join, not two.
        return self.by_speaker(speaker).annotate(listed_on=F("quote_speakers__dated"))

    def timeline(self, per: str = "month") -> list[tuple]:
        """[(first day of the week or month, number of quotes)] in date order."""
        from django.db.models.functions import TruncMonth, TruncWeek

        trunc = TruncWeek if per == "week" else TruncMonth
        rows = self.order_by().annotate(bucket=trunc("dated")).values("bucket").annotate(n=models.Count("id"))
        return sorted((row["bucket"], row["n"]) for row in rows)

    def top_speakers(self, limit: int = 8, *, besides=None) -> list[dict]:
        """The speakers of most of these quotes (other than `besides`): [{speaker_id, speaker__name, n}]."""
        links = QuoteSpeaker.objects.filter(quote__in=self.order_by().values("id"))
        if besides is not None:
            links = links.exclude(speaker=besides)
        return list(
            links.values("speaker_id", "speaker__name").annotate(n=models.Count("id")).order_by("-n", "speaker__name")[:limit]
        )

    def top_sources(self, limit: int = 8) -> list[dict]:
        """The channels relaying these quotes most: [{source_id, source__label, source__kind, n}]."""
        return list(
            self.order_by().filter(source__isnull=False)
            .values("source_id", "source__label", "source__kind").annotate(n=models.Count("id"))
            .order_by("-n", "source__label")[:limit]
        )

    def same_words_as(self, quote):
        """Quotes elsewhere with exactly these words, earliest first (PostgreSQL: md5(text) index)."""
        from django.db.models.functions import MD5

        return (
            self.annotate(text_md5=MD5("text"))
            .filter(text_md5=hashlib.md5(quote.text.encode("utf-8")).hexdigest(), text=quote.text)
            .exclude(article_id=quote.article_id)
            .order_by("dated", "id")
        )


class Quote(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct"
        PARTIAL = "partial", "Partial"
        INDIRECT = "indirect", "Indirect"

    class Status(models.TextChoices):
        AUTO = "auto", "Automatic"
        VERIFIED = "verified", "Verified"
        CORRECTED = "corrected", "Corrected"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.DIRECT)
    speakers = models.ManyToManyField(Speaker, through="QuoteSpeaker", related_name="quotes")
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes")
    cue = models.CharField(max_length=100, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    confidence = models.FloatField(default=0.5)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.AUTO)
    extractor_version = models.CharField(max_length=40, blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Bumped on every edit; stale saves are refused.")
    # The article's date (Article.quote_date), copied so lists sort and paginate on one index.
    dated = models.DateField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at", "dated"])
    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="quote_end_after_start"),
            # The stored text is exactly the span it claims to be: its length is end - start.
            models.CheckConstraint(condition=Q(end=F("start") + Length("text")), name="quote_span_matches_text"),
            models.CheckConstraint(condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="quote_confidence_0_1"),
            models.UniqueConstraint(fields=["article", "start", "end"], name="quote_span_unique_per_article"),
        ]
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="quote_created_idx"),
            models.Index(fields=["status"], name="quote_status_idx"),
            models.Index(fields=["-dated", "-id"], name="quote_dated_idx"),
        ]

    def __str__(self):
        return f"“{self.text[:60]}”"

    def get_absolute_url(self):
        return reverse("quote_detail", args=[self.pk])

    @property
    def is_human_reviewed(self) -> bool:
        return self.status != self.Status.AUTO

    def save(self, *args, **kwargs):
        if self.dated is None:
            self.dated = self.article.quote_date()
        if not self._state.adding:
            self.keep_extracted_version()
        super().save(*args, **kwargs)

    def keep_extracted_version(self) -> None:
        """Record the quote as the extractor stored it, before its first change.

        Extraction writes no history rows (imports store millions of quotes, most never edited,
        and the article text with the extractor version reproduces them), so the first change
        to a quote -- an editor's correction, an admin edit -- first records the row as it is in
        the database, dated when it was stored: every edited quote's history still starts with
        the extractor's reading.
        """
        if self.pk is None or self.history.exists():
            return
        stored = Quote.objects.filter(pk=self.pk).first()
        if stored is not None:
            Quote.history.bulk_history_create([stored], default_date=stored.created_at,
                                              default_change_reason=f"extracted by {stored.extractor_version or 'hand'}")

    def speaker_names(self) -> str:
        names = [link.speaker.name for link in self.quote_speakers.all()]
        return " and ".join(names) if names else "unknown speaker"

    def citation(self) -> str:
        """A line ready to paste: "barbaric" — Vladimir Putin, via Russian embassy readout, in X, 5 May 2025."""
        line = f"\"{self.text.strip()}\" — {self.speaker_names()}"
        if self.source_id:
            line += f", via {self.source.label}"
        if self.article.outlet_id:
            line += f", in {self.article.outlet.name}"
        day = self.article.published or self.dated
        if day:
            line += f", {day.day} {day:%B %Y}"
        return line

    def paragraph(self) -> tuple[str, str, str]:
        """(text before, the quote, text after) within the paragraph of the body holding the quote."""
        body = self.article.body
        start = body.rfind("\n", 0, self.start) + 1
        end = body.find("\n", self.end)
        end = len(body) if end == -1 else end
        return body[start : self.start], body[self.start : self.end], body[self.end : end]

    def span_is_valid(self) -> bool:
        """The database checks the length; only Python can compare with the article body."""
        return self.article.body[self.start : self.end] == self.text

    def correction_log(self):
        """What editors changed on this quote, newest first (for the history shown on its page)."""
        return self.corrections.select_related("user", "reverted_by__user").order_by("-created_at", "-id")


class QuoteSpeaker(models.Model):
    """One speaker of one quote, with the words that named them there ("he", "the minister")."""

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="quote_speakers")
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="quote_links")
    mention = models.CharField(max_length=300, blank=True)
    mention_start = models.PositiveIntegerField(null=True, blank=True)
    mention_end = models.PositiveIntegerField(null=True, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    # A copy of the quote's date, kept in step with it (Article.save), so a speaker's quotes are
    # read newest first off one index (quotespeaker_speaker_dated_idx) rather than by walking
    # every quote's date and asking whose it is: 700 probes for a speaker of one quote in thirty.
    dated = models.DateField(editable=False)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["quote", "speaker"], name="quote_speaker_unique"),
            models.CheckConstraint(
                condition=Q(mention_start__isnull=True) | Q(mention_end__gte=F("mention_start")),
                name="quote_speaker_mention_offsets_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["speaker", "quote"], name="quotespeaker_speaker_idx"),
            models.Index(fields=["speaker", "-dated", "-quote"], name="quotespeaker_speaker_dated_idx"),
        ]

    def __str__(self):
        return f"{self.speaker} ← {self.quote}"

    def save(self, *args, **kwargs):
        if self.dated is None:
            self.dated = self.quote.dated
        super().save(*args, **kwargs)


class Correction(models.Model):
    """One editor's change to a quote's attribution or to a speaker: who, when, old → new, why.

    Django-simple-history keeps a snapshot per row (Quote, Speaker, SpeakerAlias) for audit, but
    one editorial change often spans many rows — a quote's speakers live in QuoteSpeaker rows, a
    merge moves dozens of links and aliases — so this log records the change as the editor made
    it, with the machine values needed to revert it as a unit (see quotes/editing.py).
    """

    class Action(models.TextChoices):
        SPEAKERS = "speakers", "Speakers"
        SOURCE = "source", "Source"
        KIND = "kind", "Kind"
        SPAN = "span", "Boundaries"
        STATUS = "status", "Review"
        NAME = "name", "Name"
        ROLE = "role", "Role"
        AFFILIATION = "affiliation", "Affiliation"
        SPEAKER_KIND = "speaker_kind", "Kind of speaker"
        ALIAS_ADDED = "alias_added", "Alias added"
        ALIAS_REMOVED = "alias_removed", "Alias removed"
        MERGE = "merge", "Merge"
        SPLIT = "split", "Split"

    quote = models.ForeignKey(Quote, null=True, blank=True, on_delete=models.CASCADE, related_name="corrections")
    speaker = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.CASCADE, related_name="corrections")
    other_speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The speaker merged in, or the new speaker split off.",
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    old_value = models.JSONField(null=True, blank=True)
    new_value = models.JSONField(null=True, blank=True)
    old_display = models.CharField(max_length=500, blank=True)
    new_display = models.CharField(max_length=500, blank=True)
    reason = models.CharField(max_length=500, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    reverted_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reverts"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["quote", "-created_at"], name="correction_quote_idx"),
            models.Index(fields=["speaker", "-created_at"], name="correction_speaker_idx"),
        ]

    def __str__(self):
        return f"{self.get_action_display()}: {self.old_display} → {self.new_display}"

    @property
    def is_quote_change(self) -> bool:
        return self.quote_id is not None

    @property
    def is_revertible(self) -> bool:
        """Undo records of merges, splits and alias removals carry nothing to undo them again."""
        return self.reverted_by_id is None and (self.old_value is not None or self.new_value is not None)
