"""Who is quoted (speakers and the names they go by) and through what (sources)."""

import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

# The shortest column a normalised key is stored in (SpeakerAlias.normalized).
NORMALIZED_MAX_LENGTH = 200


def _normalized(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", ascii_only).strip().lower()


def normalize_name(name: str) -> str:
    """The key two spellings of one name share: accents, case, punctuation and spacing dropped.

    NFKD can make a name many times longer (U+FDFA alone becomes 18 characters), so the key is cut
    to NORMALIZED_MAX_LENGTH: it always fits its column, whatever path stores it. Names typed into
    forms and the admin are refused before that (validate_normalized_length)."""
    return _normalized(name)[:NORMALIZED_MAX_LENGTH].strip()


def validate_normalized_length(value: str) -> None:
    """A name or label whose normalised form outgrows its column is a form error, not a crash."""
    length = len(_normalized(value))
    if length > NORMALIZED_MAX_LENGTH:
        raise ValidationError(
            "This name is too long once its accents, ligatures and special letters are spelled out "
            "(%(length)s characters; at most %(limit)s).",
            code="normalized_too_long", params={"length": length, "limit": NORMALIZED_MAX_LENGTH},
        )


NAMED_LIKE_LISTED = 1_000  # a name search's matches read by id up to this many; more, in the list's order
NAMED_LIKE_IN_ORDER_PAGES = 3  # ... on its first pages (deeper, all of them: SpeakerQuerySet.named_like)


class SpeakerQuerySet(models.QuerySet):
    def current(self):
        """Speakers not merged into another one."""
        return self.filter(merged_into__isnull=True)

    def named(self):
        """Speakers with a name: not the anonymous ones, who are one per article."""
        return self.exclude(kind=Speaker.Kind.ANONYMOUS)

    def named_like(self, text: str, *, in_order: bool = True):
        """Speakers whose name or any alias contains `text` (case-insensitive). `in_order`: the list
        will be read from its first rows (a first page), not deep into it."""
        names = Speaker.objects.filter(name__icontains=text).order_by().values_list("pk", flat=True)
        aliases = SpeakerAlias.objects.filter(name__icontains=text).order_by().values_list("speaker_id", flat=True)
        # Up to NAMED_LIKE_LISTED matches (ids read off the two trigram indexes, migration 0014):
        # the speakers are then read by id. A name part more speakers hold ("ross": 3,943 of 200,000)
        # is tested name by name in the list's own order (an index), which stops once the page is
        # full: reading every match by id grew with the archive (24 -> 6 ms of queries at 10M quotes).
        # UNION ALL, not UNION: the probe stops at the limit instead of removing duplicates first.
        found = list(names.union(aliases, all=True).order_by()[: NAMED_LIKE_LISTED + 1])
        if len(found) <= NAMED_LIKE_LISTED:
            return self.filter(pk__in=set(found))
        if in_order:
            alias = SpeakerAlias.objects.filter(speaker=models.OuterRef("pk"), name__icontains=text)
            return self.filter(Q(name__icontains=text) | models.Exists(alias))
        # Deep in such a list the walk would test most speakers (page 130 of "ross": 135 ms): every match.
        return self.filter(pk__in=names.union(aliases))

    def named_in_search(self, text: str, *, limit: int = 5):
        """The people a search may be asking for: speakers (not merged away) whose name or an alias
        contains the whole search or one of its words (of 3+ letters, not -excluded), most quoted first."""
        words = {text.strip().strip('"')} | {
            word.strip('"') for word in text.split() if len(word.strip('"')) >= 3 and not word.startswith("-")}
        words = {word for word in words if word and word.lower() != "or"}
        if not words:
            return self.none()
        # As named_like: one lookup per word in names and one in aliases, each off its trigram index,
        # their ids united (an OR of EXISTS tested every speaker's name: 20 ms of each search at 1M).
        lookups = [lookup for word in words for lookup in (
            Speaker.objects.filter(name__icontains=word).values("pk"),
            SpeakerAlias.objects.filter(name__icontains=word).values("speaker_id"))]
        ids = lookups[0].union(*lookups[1:])
        return self.filter(pk__in=ids, merged_into=None).order_by("-quote_count", "name")[:limit]

    def mark_stats_stale(self) -> int:
        # Only rows not yet marked are written, so concurrent workers rarely touch the same row.
        return self.filter(stats_stale=False).update(stats_stale=True)

    def refresh_stale_stats(self) -> int:
        return self.filter(stats_stale=True).refresh_quote_stats()

    def refresh_quote_stats(self) -> int:
        """Recompute quote_count, last_quoted_at and the statistics (SpeakerStats) of these speakers
        from their visible quotes.

        Call it after quotes of these speakers were stored, deleted, rejected or moved
        (e.g. Speaker.objects.filter(pk__in=ids).refresh_quote_stats()); once per batch of
        articles is enough. A few grouped queries per 5,000 speakers, then batched updates.
        """
        from quotes.models.quotes import Quote, QuoteSpeaker  # quotes.py imports this module

        ids = list(self.order_by().values_list("pk", flat=True))
        counts, latest = {}, {}
        stats = defaultdict(lambda: {"month": [], "week": [], "alongside": Counter(), "sources": []})
        for first in range(0, len(ids), 5000):
            chunk = ids[first : first + 5000]
            links = QuoteSpeaker.objects.filter(speaker_id__in=chunk).exclude(
                quote__status=Quote.Status.REJECTED
            ).order_by()
            # Quotes per speaker per day (the link's copy of the quote's date): kept as SpeakerDay
            # rows for the home page's rankings, and summed here into the totals, weeks and months.
            days = [SpeakerDay(speaker_id=row["speaker_id"], day=row["dated"], quotes=row["n"])
                    for row in links.values("speaker_id", "dated").annotate(n=models.Count("id"))]
            for row in days:
                counts[row.speaker_id] = counts.get(row.speaker_id, 0) + row.quotes
                latest[row.speaker_id] = max(latest.get(row.speaker_id, row.day), row.day)
            # Undated articles' quotes are filed under the day they were added: counted in the
            # totals, but not news of that day in the rankings.
            undated = dict(((row["speaker_id"], row["dated"]), row["n"]) for row in links.filter(
                quote__article__published__isnull=True).values("speaker_id", "dated").annotate(n=models.Count("id")))
            # Nor are anonymous speakers ("a senior official", one per article) ranked among the most quoted.
            anonymous = set(Speaker.objects.filter(pk__in=chunk, kind=Speaker.Kind.ANONYMOUS).values_list("pk", flat=True))
            SpeakerDay.objects.replace(chunk, [
                SpeakerDay(speaker_id=row.speaker_id, day=row.day, quotes=row.quotes - undated.get((row.speaker_id, row.day), 0))
                for row in days
                if row.quotes > undated.get((row.speaker_id, row.day), 0) and row.speaker_id not in anonymous])
            for per, bucket in (("month", lambda day: day.replace(day=1)),
                                ("week", lambda day: day - timedelta(days=day.weekday()))):
                buckets = Counter()
                for row in days:
                    buckets[row.speaker_id, bucket(row.day)] += row.quotes
                for (speaker_id, day), n in sorted(buckets.items()):
                    stats[speaker_id][per].append([day.isoformat(), n])
            rows = links.filter(quote__source__isnull=False).values("speaker_id", "quote__source_id").annotate(n=models.Count("id"))
            for row in rows:
                stats[row["speaker_id"]]["sources"].append([row["quote__source_id"], row["n"]])
            # Quoted alongside: in the same article (each article counts once per pair).
            speakers_by_article = defaultdict(set)
            shared = (QuoteSpeaker.objects.filter(quote__article_id__in=links.values("quote__article_id"))
                      .exclude(quote__status=Quote.Status.REJECTED).values_list("quote__article_id", "speaker_id"))
            for article_id, speaker_id in shared.order_by().iterator(chunk_size=20000):
                speakers_by_article[article_id].add(speaker_id)
            in_chunk = set(chunk)
            for together in speakers_by_article.values():
                for speaker_id in together:
                    if speaker_id in in_chunk:
                        stats[speaker_id]["alongside"].update(other for other in together if other != speaker_id)
        refreshed, documents = [], []
        for pk in ids:
            summary = stats.get(pk) or {"month": [], "week": [], "alongside": Counter(), "sources": []}
            summary["alongside"] = summary["alongside"].most_common(8)
            summary["sources"] = sorted(summary["sources"], key=lambda row: -row[1])[:8]
            refreshed.append(Speaker(pk=pk, quote_count=counts.get(pk, 0), last_quoted_at=latest.get(pk), stats_stale=False))
            documents.append(SpeakerStats(speaker_id=pk, document=summary))
        SpeakerStats.objects.bulk_create(documents, batch_size=500, update_conflicts=True,
                                         unique_fields=["speaker"], update_fields=["document"])
        return Speaker.objects.bulk_update(refreshed, ["quote_count", "last_quoted_at", "stats_stale"], batch_size=500)


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"
        GROUP = "group", "Group"
        ANONYMOUS = "anonymous", "Anonymous"

    name = models.CharField(max_length=200, validators=[validate_normalized_length])
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(max_length=200, blank=True)
    affiliation = models.CharField(max_length=200, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from",
        help_text="Set when an editor merged this speaker into another; its URL redirects there.",
    )
    needs_review = models.BooleanField(default=False, help_text="Created by the extractor; no editor has looked yet.")
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(
        default=1, help_text="Bumped on every edit to the speaker or its aliases; stale saves are refused.")
    # Denormalized for sorting the speakers list; SpeakerQuerySet.refresh_quote_stats keeps them right.
    quote_count = models.PositiveIntegerField(default=0, editable=False)
    last_quoted_at = models.DateField(null=True, blank=True, editable=False)
    # Set by bulk imports instead of recounting per chunk (which two workers would fight over);
    # SpeakerQuerySet.refresh_stale_stats() recounts them when the batch is done.
    stats_stale = models.BooleanField(default=False, editable=False)

    history = HistoricalRecords(excluded_fields=["quote_count", "last_quoted_at", "stats_stale"])
    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["name"], name="speaker_name_idx"),
            models.Index(fields=["-quote_count", "id"], name="speaker_quote_count_idx"),
            # The speakers list's people (current().named()): counted off this index alone, not
            # by reading every speaker's row (113 -> 35 ms at 200,000 speakers), and read most quoted first.
            models.Index(fields=["-quote_count", "id"], condition=Q(merged_into__isnull=True) & ~Q(kind="anonymous"),
                         name="speaker_listed_idx"),
            models.Index(fields=["-last_quoted_at", "id"], name="speaker_last_quoted_idx"),
            # The review queue asks which speakers no editor has looked at yet: a few, not all.
            models.Index(fields=["id"], condition=Q(needs_review=True), name="speaker_needs_review_idx"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("speaker_detail", args=[self.pk])

    @property
    def slug(self):
        return slugify(self.name)

    @cached_property
    def quote_stats(self) -> dict:
        """The statistics last counted (SpeakerStats.document), {} before the first count."""
        try:
            return self.counted.document
        except SpeakerStats.DoesNotExist:
            return {}

    @property
    def has_quote_stats(self) -> bool:
        return bool(self.quote_stats)

    def stats_timeline(self, per: str) -> list[tuple]:
        """Quotes per week or month as last counted by refresh_quote_stats: [(day, n)]."""
        return [(date.fromisoformat(day), n) for day, n in self.quote_stats.get(per, [])]

    def quotes_per_day(self) -> list[tuple]:
        """This speaker's visible quotes per day, counted now: [(day, n)] (quote_stats keeps weeks
        and months; the speaker page asks for days only over a span of months at most)."""
        links = self.quote_links.exclude(quote__status="rejected").order_by()
        return list(links.values_list("dated").annotate(n=models.Count("id")).order_by("dated"))

    def day_of_newest(self, n: int) -> date | None:
        """The date of this speaker's n-th newest quote link (None with fewer links): the quotes
        from that day on are at least the n newest, read off quotespeaker_speaker_dated_idx."""
        return self.quote_links.order_by("-dated", "-quote_id").values_list("dated", flat=True)[n - 1 : n].first()

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
        """The channels relaying this speaker most, as last counted: [{source_id, full_label, source__kind, n}]."""
        counted = self.quote_stats.get("sources", [])
        sources = Source.objects.select_related("issuer").in_bulk([pk for pk, _ in counted])
        return [{"source_id": pk, "full_label": sources[pk].full_label, "source__kind": sources[pk].kind, "n": n}
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



class SpeakerStats(models.Model):
    """A speaker's quotes as last counted by SpeakerQuerySet.refresh_quote_stats, which the
    unfiltered speaker page reads instead of aggregating thousands of quotes:
    {"month"/"week": [[day, n]], "alongside": [[speaker id, n]], "sources": [[source id, n]]}.

    Apart from the speaker's row: about a kilobyte each, these made the speakers table 163 MB at
    200,000 speakers, and every page listing speakers (a name search: thousands of rows) read it."""

    speaker = models.OneToOneField(Speaker, on_delete=models.CASCADE, primary_key=True, related_name="counted")
    document = models.JSONField(default=dict)

    def __str__(self):
        return f"Statistics of speaker {self.speaker_id}"

class SpeakerDayQuerySet(models.QuerySet):
    def replace(self, speaker_ids, rows) -> None:
        """These speakers' daily counts become `rows` (SpeakerQuerySet.refresh_quote_stats)."""
        with transaction.atomic(using=self.db):
            deleted, _ = self.filter(speaker_id__in=speaker_ids).delete()
            if deleted and not rows:
                # New rows are what tells other processes the counts changed (ranking_stamp): a
                # speaker left with no quote at all keeps one row of none.
                gone = self.model(speaker_id=speaker_ids[0], day=date.today(), quotes=0)
                rows = [gone]
            self.bulk_create(rows, batch_size=5000)

    def ranking_stamp(self):
        """What changes whenever any daily count does: the newest row's id (rows are replaced, not
        updated), read off the primary key."""
        return self.aggregate(stamp=models.Max("id"))["stamp"]

    def top_speakers(self, *, after: date, limit: int = 8) -> list[dict]:
        """The speakers quoted most on the days after `after` (rejected quotes, undated articles and
        anonymous speakers left out): [{speaker_id, speaker__name, n}], most first, then by name.

        Summed from the daily counts, not by counting quotes, and kept in Django's cache until a
        count changes (ranking_stamp, one index lookup a request); a month of a ten-million-quote
        archive is ~10^5 daily rows, summed in a fraction of a second after a restart."""
        stamp = self.ranking_stamp()
        key = f"quotes:top-speakers:{self.db}:{after.isoformat()}:{limit:d}"
        cached = cache.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        # Summed per speaker id alone (the names joined to the few rows kept); enough rows to break
        # ties at the last place by name.
        totals = list(self.filter(day__gt=after).values("speaker_id").annotate(n=models.Sum("quotes"))
                      .filter(n__gt=0).order_by("-n", "speaker_id")[: limit * 4])
        cutoff = totals[limit - 1]["n"] if len(totals) >= limit else 0
        names = dict(Speaker.objects.filter(pk__in=[row["speaker_id"] for row in totals]).values_list("pk", "name"))
        ranked = sorted(({**row, "speaker__name": names[row["speaker_id"]]} for row in totals
                         if row["n"] >= cutoff and row["speaker_id"] in names),
                        key=lambda row: (-row["n"], row["speaker__name"]))[:limit]
        cache.set(key, (stamp, ranked), 24 * 3600)
        return ranked


class SpeakerDay(models.Model):
    """How many visible quotes a speaker had on one day: what the home page ranks speakers by over
    a week or a month, rather than counting the period's quotes on every request.
    SpeakerQuerySet.refresh_quote_stats rewrites a speaker's rows with their other counts, so they
    follow quotes stored, rejected and moved as the speakers list's counts do."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="days")
    day = models.DateField()
    quotes = models.PositiveIntegerField()

    objects = SpeakerDayQuerySet.as_manager()

    class Meta:
        indexes = [
            # A period's rows (and their counts) read off the index alone.
            models.Index(fields=["day", "speaker", "quotes"], name="speakerday_day_idx"),
        ]

    def __str__(self):
        return f"{self.speaker_id} on {self.day}: {self.quotes}"


class SpeakerAlias(models.Model):
    """A surface form that names a speaker: "Putin", "President Putin", "Vladimir Putin"."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200, validators=[validate_normalized_length])
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


def label_with_issuer(label: str, issuer: str) -> str:
    """Source.full_label from its parts (for rows read with values())."""
    named = normalize_name(issuer or "")
    if not named or f" {named} " in f" {normalize_name(label)} ":
        return label
    return f"{issuer}, {label}"


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

    label = models.CharField(max_length=300, validators=[validate_normalized_length])
    kind = models.CharField(max_length=30, choices=Kind.choices, default=Kind.OTHER)
    issuer = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="issued_sources")
    normalized = models.CharField(max_length=300, editable=False)
    document = models.ForeignKey(
        "PrimaryDocument", null=True, blank=True, on_delete=models.SET_NULL, related_name="sources",
        help_text="The primary document this channel is (quotes via it are checked against it).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["label"]
        # Listed by label; on PostgreSQL also a trigram index for parts of labels (migration 0027).
        indexes = [models.Index(fields=["label", "id"], name="source_label_idx")]
        constraints = [
            # One "statement" per issuer: a ministry's statement is not a port authority's.
            models.UniqueConstraint(fields=["normalized", "kind", "issuer"], condition=Q(issuer__isnull=False),
                                    name="source_label_kind_issuer_unique"),
            models.UniqueConstraint(fields=["normalized", "kind"], condition=Q(issuer__isnull=True),
                                    name="source_label_kind_unique"),
        ]

    def __str__(self):
        return self.label  # no issuer: str() must not cost a query (the admin lists sources)

    @property
    def full_label(self) -> str:
        """The label with who issued it, as readers are shown it: "Jane Doe, social media post";
        the label alone when it already names the issuer ("Russian embassy readout") or has none.
        Reads `issuer`: lists select it with the source (QuoteQuerySet.with_people, for_list)."""
        return label_with_issuer(self.label, self.issuer.name if self.issuer_id else "")

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.label)
        super().save(*args, **kwargs)

