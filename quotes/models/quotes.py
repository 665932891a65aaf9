"""Quotes and the speakers each one is attributed to."""

import functools
import hashlib
import operator
import re
import typing
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import connection, models
from django.db.models import F, Func, Prefetch, Q, Value
from django.db.models.lookups import Exact
from django.db.models.functions import MD5, Greatest, Length, Substr, TruncMonth, TruncWeek
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from quotes.models.articles import Article
from quotes.models.speakers import Source, Speaker, label_with_issuer

# Characters of the article read on each side of a quote for its review row: sentence() shows at
# most 300 of them, found from the last sentence end (or paragraph start) before the quote.
BODY_AROUND = 400


class Passage(typing.NamedTuple):
    """A quote in its paragraph or sentence. Named, not numbered, for the templates: `passage.0` on a
    plain tuple first tries a key and an attribute, and lists the tuple's attributes on each miss."""

    before: str
    words: str
    after: str


class QuoteQuerySet(models.QuerySet):
    def visible(self):
        """Quotes a reader should see: everything but what an editor rejected."""
        return self.exclude(status=Quote.Status.REJECTED)

    def readable_by(self, user):
        """Readers never see rejected quotes; editors may still open them to undo a rejection."""
        return self if user.has_perm("quotes.change_quote") else self.visible()

    def for_review(self, *, low_confidence: float = 0.6, reason: str | None = None):
        """Automatic quotes an editor should look at: doubtful, unattributed, new speaker, no
        source, or altered against a primary document (only those queued for `reason`, one of
        REVIEW_REASONS, when given)."""
        conditions = self.review_conditions(low_confidence=low_confidence)
        queued = conditions[reason] if reason else functools.reduce(operator.or_, conditions.values())
        return self.filter(status=Quote.Status.AUTO).filter(queued)

    @staticmethod
    def review_conditions(*, low_confidence: float = 0.6) -> dict:
        """Each reason to queue a quote for review, as a condition for filter()."""
        # EXISTS rather than a join: no DISTINCT, so newest-first can walk the created_at index.
        links = QuoteSpeaker.objects.filter(quote=models.OuterRef("pk"))
        return {
            "low_confidence": Q(confidence__lt=low_confidence),
            # "quote_id <= the quote's id" says nothing more than the equality, but PostgreSQL no
            # longer turns the NOT EXISTS into a hash of every quote's links, built before the
            # first row (200 ms a page at 200,000 quotes, growing with the archive): it looks up
            # the links of the quotes the walk reaches, a probe of the quote_id index each.
            "no_speaker": QuoteQuerySet.without_speaker_names() & ~models.Exists(links.filter(quote__lte=models.OuterRef("pk"))),
            "new_speaker": models.Exists(links.filter(speaker__needs_review=True)),
            "no_source": Q(source__isnull=True),
            "altered": QuoteQuerySet.altered_against_source(),
        }

    @staticmethod
    def without_speaker_names() -> Q:
        """On PostgreSQL, whether the quote's search vector holds no speaker's name (no lexeme of
        weight B, migration 0015): true of every quote without a speaker, so it narrows "no speaker"
        without changing what it finds, and it is the predicate of quote_review_unattributed_idx
        (migration 0019): the queue's "no speaker" filter reads the few such quotes off that index
        instead of probing the links of every automatic quote (3-4 s at 1M when none is left).
        Elsewhere, no condition."""
        if connection.vendor != "postgresql":
            return Q()
        from quotes.browse.search import search_vector  # the column of migration 0015, PostgreSQL only

        names = Func(search_vector(), Value("{b}"), function="ts_filter", output_field=SearchVectorField())
        return Q(Exact(Func(names, function="length", output_field=models.IntegerField()), 0))

    def not_claimed_by_others(self, user):
        """Quotes nobody else is on: unclaimed, their claim expired, or claimed by `user`."""
        return self.filter(Quote.free_for(user))

    def claimed_by_others(self, user):
        """Queued quotes someone other than `user` holds a live claim on (off quote_claimed_idx)."""
        return (self.filter(status=Quote.Status.AUTO, claimed_by__isnull=False, claimed_until__gt=timezone.now())
                .exclude(claimed_by=user))

    def claim(self, pk: int, user, *, take_over: bool = False) -> bool:
        """Claim a queued quote for `user` for REVIEW_CLAIM_MINUTES; whether they now hold it.

        One conditional UPDATE: of two editors claiming at once, one wins (PostgreSQL re-checks
        the condition on the row the first one wrote), and a live claim of someone else's holds
        unless `take_over` says to take it. Claiming again extends one's own claim."""
        rows = self.filter(pk=pk, status=Quote.Status.AUTO)
        if not take_over:
            rows = rows.filter(Quote.free_for(user))
        until = timezone.now() + timedelta(minutes=settings.REVIEW_CLAIM_MINUTES)
        return rows.update(claimed_by=user, claimed_until=until) == 1

    @staticmethod
    def altered_against_source() -> models.Exists:
        """Whether a quote was found altered or spliced against a primary document (a condition
        for filter(), or an annotation: annotate(altered_against_source=...))."""
        from quotes.models.documents import QuoteCheck  # documents.py imports this module

        return models.Exists(QuoteCheck.objects.filter(quote=models.OuterRef("pk"), result__in=QuoteCheck.UNFAITHFUL))

    def human_reviewed(self):
        return self.exclude(status=Quote.Status.AUTO)

    def with_people(self):
        """Each quote with its article, outlet, source and speakers."""
        speakers = QuoteSpeaker.objects.select_related("speaker")
        return (self.select_related("article__outlet", "source__issuer")
                .prefetch_related(Prefetch("quote_speakers", queryset=speakers)))

    def for_review_rows(self):
        """What a review-queue row shows: with_people() without the article's body, of which the
        row needs the sentence around the quote only (`body_around`, read by paragraph())."""
        window_start = Greatest(F("start") - BODY_AROUND, Value(0))
        return self.with_people().defer("article__body").annotate(
            body_around_start=window_start,
            body_around=Substr("article__body", window_start + 1, F("end") - window_start + BODY_AROUND))

    def for_list(self):
        """What a list of quote rows shows (templates/quotes/browse/_quote_rows.html, the editors'
        row tools), and no more: the quote's own columns, its article's title and outlet, its
        source's label and issuer, and its speakers' names in one more query."""
        speakers = QuoteSpeaker.objects.select_related("speaker").only("quote_id", "position", "speaker__name")
        return self.select_related("article__outlet", "source__issuer").only(
            "id", "article_id", "text", "kind", "source_id", "status", "version", "dated",
            "article__title", "article__published", "article__outlet__name", "source__label", "source__issuer__name",
        ).prefetch_related(Prefetch("quote_speakers", queryset=speakers))

    def by_speaker(self, speaker):
        return self.filter(quote_speakers__speaker=speaker)

    def by_speaker_newest_first(self, speaker):
        """by_speaker(), each quote with its link's copy of its date as `listed_on`: ordered by
        (listed_on, id), PostgreSQL reads the speaker's newest quotes straight off their links'
        index, and pages by the same pair (search.keyset_page's key)."""
        # One filter() and an annotate() on the same relation: one join, not two.
        return self.by_speaker(speaker).annotate(listed_on=F("quote_speakers__dated"))

    def dated(self):
        """Quotes of articles with a publication date (the others are filed under the day they were added)."""
        return self.filter(article__published__isnull=False)

    def quoted_alongside(self, speaker, limit: int = 8) -> list[dict]:
        """The other speakers quoted in the articles of these quotes, by how many of those
        articles quote them: [{speaker_id, speaker__name, n}]."""
        links = (QuoteSpeaker.objects.filter(quote__article__in=self.order_by().values("article_id"))
                 .exclude(quote__status=Quote.Status.REJECTED).exclude(speaker=speaker))
        return list(links.values("speaker_id", "speaker__name").annotate(n=models.Count("quote__article_id", distinct=True))
                    .order_by("-n", "speaker__name")[:limit])

    def timeline(self, per: str = "month") -> list[tuple]:
        """[(first day of the week or month, number of quotes)] in date order."""
        trunc = TruncWeek if per == "week" else TruncMonth
        rows = self.order_by().annotate(bucket=trunc("dated")).values("bucket").annotate(n=models.Count("id"))
        return sorted((row["bucket"], row["n"]) for row in rows)

    def newest_days(self, limit: int, *, day: str = "dated") -> list:
        """The dates of the `limit` newest of these quotes, newest first: what a filtered page counts
        and charts when counting every match would read a speaker's whole archive (`day`: the
        date the rows are ordered by, e.g. by_speaker_newest_first's `listed_on`)."""
        return list(self.order_by(f"-{day}", "-id").values_list(day, flat=True)[:limit])

    def top_sources(self, limit: int = 8) -> list[dict]:
        """The channels relaying these quotes most: [{source_id, full_label, source__kind, n}]."""
        rows = list(
            self.order_by().filter(source__isnull=False)
            .values("source_id", "source__label", "source__kind", "source__issuer__name").annotate(n=models.Count("id"))
            .order_by("-n", "source__label")[:limit]
        )
        return [{**row, "full_label": label_with_issuer(row["source__label"], row["source__issuer__name"])} for row in rows]

    def same_words_as(self, quote):
        """Quotes elsewhere with exactly these words, earliest first (PostgreSQL: md5(text) index)."""
        return (
            self.annotate(text_md5=MD5("text"))
            .filter(text_md5=hashlib.md5(quote.text.encode("utf-8")).hexdigest(), text=quote.text)
            .exclude(article_id=quote.article_id)
            .order_by("dated", "id")
        )


class Quote(models.Model):
    # The words with a search's matches marked, set on the quote list's rows (browse.search.snippets);
    # None elsewhere, so a row reads it at once (a missing attribute lists the model's attributes).
    snippet = None

    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct"
        PARTIAL = "partial", "Partial"
        INDIRECT = "indirect", "Indirect"

    class Status(models.TextChoices):
        AUTO = "auto", "Automatic"
        VERIFIED = "verified", "Verified"
        CORRECTED = "corrected", "Corrected"
        REJECTED = "rejected", "Rejected"

    # Why a quote is queued for review, as the queue's filter offers it (QuoteQuerySet.review_conditions).
    REVIEW_REASONS = [("low_confidence", "Low confidence"), ("no_speaker", "No speaker"),
                      ("new_speaker", "A speaker the extractor created"), ("no_source", "No named source"),
                      ("altered", "Altered against its primary source")]

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
    # Indexed by quote_first_seen_idx (only the rows that have one).
    first_seen = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="in_later_versions", db_index=False,
        help_text="The same words in the earliest version of this story that carried them "
                  "(Article.previous_version); empty for a quote first seen here.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # A soft claim from the review queue: the editor working on this quote, until when (see
    # QuoteQuerySet.claim). Dropped by any change to the quote (workflows._claim); not history.
    claimed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", db_index=False, editable=False)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["updated_at", "dated", "first_seen", "claimed_by", "claimed_until"])
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
            # The review queue (for_review, newest stored first) walks the automatic quotes alone.
            models.Index(fields=["-created_at", "-id"], condition=Q(status="auto"), name="quote_review_idx"),
            # The few quotes someone claimed: whose, until when (and a deleted user's, to let go).
            models.Index(fields=["claimed_by", "claimed_until"], condition=Q(claimed_by__isnull=False),
                         name="quote_claimed_idx"),
            models.Index(fields=["first_seen"], condition=Q(first_seen__isnull=False), name="quote_first_seen_idx"),
            # "Verified only" (QuoteFilter.filter_verified, same list): a speaker's newest links are
            # tested against this small index instead of each quote's row (one in twenty-five passes):
            # the busiest speaker's verified quotes 7.4 -> 2.5 ms to count, 4.3 -> 1.9 ms a page.
            models.Index(fields=["id"], condition=Q(status__in=["verified", "corrected"]), name="quote_reviewed_idx"),
        ]

    def __str__(self):
        return f"“{self.text[:60]}”"

    def get_absolute_url(self):
        return reverse("quote_detail", args=[self.pk])

    @staticmethod
    def free_for(user) -> Q:
        """Quotes `user` may claim: nobody's, an expired claim, or their own."""
        return Q(claimed_until__isnull=True) | Q(claimed_until__lte=timezone.now()) | Q(claimed_by=user)

    @property
    def claim_is_live(self) -> bool:
        return self.claimed_by_id is not None and self.claimed_until is not None and self.claimed_until > timezone.now()

    @property
    def claimed_by_name(self) -> str:
        """The claimer as colleagues call them: first name, else full name, else user name."""
        user = self.claimed_by
        return (user.first_name or user.get_full_name() or user.get_username()) if user else ""

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

    @property
    def source_label(self) -> str:
        """The source as a line about this quote names it: with its issuer ("Jane Doe, social media
        post"), unless the issuer is one of the quote's speakers, named just before ("— Jane Doe, via
        social media post"). Reads the prefetched speakers (with_people, for_list)."""
        if not self.source_id:
            return ""
        if self.source.issuer_id in {link.speaker_id for link in self.quote_speakers.all()}:
            return self.source.label
        return self.source.full_label

    def citation(self) -> str:
        """A line ready to paste: "barbaric" — Vladimir Putin, via Russian embassy readout, in
        “Leaders condemn attack”, Delhi Wire, 5 May 2025, https://…  (the words without the comma
        or colon the sentence went on with)."""
        words = self.text.strip().rstrip(",;:").rstrip()
        line = f"\"{words}\" — {self.speaker_names()}"
        if self.source_id:
            line += f", via {self.source_label}"
        line += f", in \u201c{self.article.title.strip()}\u201d" if self.article.title.strip() else ""
        if self.article.outlet_id:
            line += f", {self.article.outlet.name}"
        day = self.article.published or self.dated
        if day:
            line += f", {day.day} {day:%B %Y}"
        if self.article.url:
            line += f", {self.article.url}"
        return line

    def review_reasons(self, *, low_confidence: float = 0.6) -> list[str]:
        """Why QuoteQuerySet.for_review() queues this quote, in words (its speakers prefetched)."""
        links = list(self.quote_speakers.all())
        reasons = []
        if self.confidence < low_confidence:
            reasons.append(f"low confidence ({self.confidence:.2f})")
        if not links:
            reasons.append("no speaker")
        elif any(link.speaker.needs_review for link in links):
            reasons.append("a speaker the extractor created")
        if not self.source_id:
            reasons.append("no named source")
        return reasons

    def sentence(self) -> "Passage":
        """The sentence's words before the quote, the quote, the words after it, within its paragraph."""
        before, words, after = self.paragraph()
        ends = [m.end() for m in re.finditer(r"[.!?][\u201d\"']?\s+", before)]
        before = before[ends[-1]:] if ends else before
        end = re.search(r"[.!?][\u201d\"']?(\s|$)", after)
        after = after[: end.end()].rstrip() if end else after
        return Passage(before[-300:], words, after[:300])

    def last_verdict(self):
        """The editor's standing review of this quote (verified or rejected), to undo from its row."""
        return self.corrections.filter(action="status", reverted_by__isnull=True).order_by("-created_at", "-id").first()

    def withdrawal(self):
        """The editor's correction that rejected this quote (who, when, why), or None."""
        if self.status != self.Status.REJECTED:
            return None
        return self.corrections.filter(action="status").select_related("user").order_by("-created_at", "-id").first()

    def paragraph(self) -> "Passage":
        """The text before, the quote, the text after, within the paragraph of the body holding the quote;
        cut to BODY_AROUND characters each side when read from for_review_rows()'s window."""
        if hasattr(self, "body_around"):
            body, offset = self.body_around, self.body_around_start
        else:
            body, offset = self.article.body, 0
        quote_start, quote_end = self.start - offset, self.end - offset
        start = body.rfind("\n", 0, quote_start) + 1
        end = body.find("\n", quote_end)
        end = len(body) if end == -1 else end
        return Passage(body[start:quote_start], body[quote_start:quote_end], body[quote_end:end])

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

