"""Who is quoted (speakers and the names they go by) and through what (sources)."""

import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date

from django.db import models
from django.db.models import Q
from django.db.models.functions import TruncMonth, TruncWeek
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from simple_history.models import HistoricalRecords


def normalize_name(name: str) -> str:
    """The key two spellings of one name share: accents, case, punctuation and spacing dropped."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", ascii_only).strip().lower()


class SpeakerQuerySet(models.QuerySet):
    def current(self):
        """Speakers not merged into another one."""
        return self.filter(merged_into__isnull=True)

    def named_like(self, text: str):
        """Speakers whose name or any alias contains `text` (case-insensitive)."""
        aliases = SpeakerAlias.objects.filter(speaker=models.OuterRef("pk"), name__icontains=text)
        return self.filter(Q(name__icontains=text) | models.Exists(aliases))

    def named_in_search(self, text: str, *, limit: int = 5):
        """The people a search may be asking for: speakers (not merged away) whose name or an alias
        contains the whole search or one of its words (of 3+ letters, not -excluded), most quoted first."""
        words = {text.strip().strip('"')} | {
            word.strip('"') for word in text.split() if len(word.strip('"')) >= 3 and not word.startswith("-")}
        words = {word for word in words if word and word.lower() != "or"}
        if not words:
            return self.none()
        condition = Q()
        for word in words:
            aliases = SpeakerAlias.objects.filter(speaker=models.OuterRef("pk"), name__icontains=word)
            condition |= Q(name__icontains=word) | models.Exists(aliases)
        return self.filter(condition, merged_into=None).order_by("-quote_count", "name")[:limit]

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
        from quotes.models.quotes import Quote, QuoteSpeaker  # quotes.py imports this module

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
            # Quoted alongside: in the same article (each article counts once per pair).
            speakers_by_article = defaultdict(set)
            shared = (QuoteSpeaker.objects.filter(quote__article_id__in=links.values("quote__article_id"))
                      .exclude(quote__status=Quote.Status.REJECTED).values_list("quote__article_id", "speaker_id"))
            for article_id, speaker_id in shared.order_by().iterator(chunk_size=20000):
                speakers_by_article[article_id].add(speaker_id)
            in_chunk = set(ids[first : first + 5000])
            for together in speakers_by_article.values():
                for speaker_id in together:
                    if speaker_id in in_chunk:
                        stats[speaker_id]["alongside"].update(other for other in together if other != speaker_id)
        refreshed = []
        for pk in ids:
            summary = stats.get(pk) or {"month": [], "week": [], "alongside": Counter(), "sources": []}
            summary["alongside"] = summary["alongside"].most_common(8)
            summary["sources"] = sorted(summary["sources"], key=lambda row: -row[1])[:8]
            refreshed.append(Speaker(pk=pk, quote_count=counts.get(pk, 0), last_quoted_at=latest.get(pk),
                                     quote_stats=summary, stats_stale=False))
        return Speaker.objects.bulk_update(
            refreshed, ["quote_count", "last_quoted_at", "quote_stats", "stats_stale"], batch_size=500)



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
        return [(date.fromisoformat(day), n) for day, n in self.quote_stats.get(per, [])]

    @cached_property
    def alias_names(self) -> list[str]:
        """The aliases' names, in name order."""
        return list(self.aliases.values_list("name", flat=True))

    def stats_alongside(self) -> list[dict]:
        """The speakers most often quoted alongside this one, as last counted (names read now, so a
        rename shows at once): [{speaker_id, speaker__name, n}]."""
        alongside = self.quote_stats.get("alongside", [])
        names = dict(Speaker.objects.filter(pk__in=[pk for pk, _ in alongside]).values_list("pk", "name"))
        return [{"speaker_id": pk, "speaker__name": names[pk], "n": n} for pk, n in alongside if pk in names]

    def stats_sources(self) -> list[dict]:
        """The channels relaying this speaker most, as last counted: [{source_id, source__label, source__kind, n}]."""
        counted = self.quote_stats.get("sources", [])
        sources = Source.objects.in_bulk([pk for pk, _ in counted])
        return [{"source_id": pk, "source__label": sources[pk].label, "source__kind": sources[pk].kind, "n": n}
                for pk, n in counted if pk in sources]

    def correction_log(self):
        """Changes to this speaker (merges into it and splits off it too), and editors' changes that
        gave quotes to it or took quotes from it, newest first: one query for the speaker page."""
        from quotes.models.corrections import Correction
        from quotes.models.quotes import QuoteSpeaker

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

