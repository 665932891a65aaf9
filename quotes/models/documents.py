"""Primary documents (a readout, a transcript, a statement) and how faithfully quotes follow them."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse

from quotes.models.quotes import Quote
from quotes.models.speakers import Speaker


class PrimaryDocument(models.Model):
    """What was actually said, as issued: the text quotes are checked against."""

    class Kind(models.TextChoices):
        READOUT = "readout", "Readout"
        TRANSCRIPT = "transcript", "Transcript"
        STATEMENT = "statement", "Statement"
        POST = "post", "Social media post"
        SPEECH = "speech", "Speech"
        INTERVIEW = "interview", "Interview"
        PRESS_RELEASE = "press_release", "Press release"
        LETTER = "letter", "Letter"
        OTHER = "other", "Other"

    class CheckStatus(models.TextChoices):
        PENDING = "pending", "Waiting to be checked"
        RUNNING = "running", "Checking"
        DONE = "done", "Checked"
        FAILED = "failed", "Failed"

    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.STATEMENT)
    issuer = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="issued_documents")
    participants = models.ManyToManyField(
        Speaker, blank=True, related_name="documents",
        help_text="Others whose words the document records (the other side of a call, an interviewee).",
    )
    issued = models.DateField(null=True, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    text = models.TextField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    # The background check's progress: quotes to look at, quotes looked at so far.
    check_status = models.CharField(max_length=20, choices=CheckStatus.choices, default=CheckStatus.PENDING)
    check_total = models.PositiveIntegerField(default=0)
    check_done = models.PositiveIntegerField(default=0)
    check_error = models.TextField(blank=True)
    checked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-issued", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("document_detail", args=[self.pk])

    @property
    def check_percent(self) -> int:
        return 100 if not self.check_total else min(100, 100 * self.check_done // self.check_total)

    @property
    def checking(self) -> bool:
        return self.check_status in (self.CheckStatus.PENDING, self.CheckStatus.RUNNING)


class QuoteCheckQuerySet(models.QuerySet):
    def found(self):
        return self.exclude(result=QuoteCheck.Result.NOT_FOUND)

    def faithfulness_by_outlet(self) -> list[dict]:
        """Per outlet, of its quotes found in a primary document: how many, how many word for word
        (verbatim or punctuation only). [{outlet, checked, faithful, percent}], most checked first."""
        faithful = [QuoteCheck.Result.VERBATIM, QuoteCheck.Result.MINOR]
        rows = (
            self.found().order_by().values("quote__article__outlet__name")
            .annotate(checked=Count("quote", distinct=True),
                      faithful=Count("quote", distinct=True, filter=Q(result__in=faithful)))
            .order_by("-checked", "quote__article__outlet__name")
        )
        return [{"outlet": row["quote__article__outlet__name"] or "No outlet", "checked": row["checked"],
                 "faithful": row["faithful"], "percent": round(100 * row["faithful"] / row["checked"])} for row in rows]


class QuoteCheck(models.Model):
    """One quote aligned against one document: the verdict, where in the document, the word diff."""

    class Result(models.TextChoices):
        VERBATIM = "verbatim", "verbatim"
        MINOR = "minor", "punctuation differs"
        ALTERED = "altered", "altered"
        SPLICED = "spliced", "spliced"
        NOT_FOUND = "not_found", "not found"

    UNFAITHFUL = (Result.ALTERED, Result.SPLICED)

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="checks")
    document = models.ForeignKey(PrimaryDocument, on_delete=models.CASCADE, related_name="checks")
    result = models.CharField(max_length=20, choices=Result.choices)
    negation_changed = models.BooleanField(default=False, help_text="A not, no or never was dropped or added.")
    score = models.FloatField(default=0)
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    pieces = models.JSONField(default=list, blank=True)
    diff = models.JSONField(default=list, blank=True)
    checked_at = models.DateTimeField(auto_now=True)

    objects = QuoteCheckQuerySet.as_manager()

    class Meta:
        ordering = ["document", "span_start"]
        constraints = [models.UniqueConstraint(fields=["quote", "document"], name="quotecheck_quote_document_unique")]
        indexes = [models.Index(fields=["result", "quote"], name="quotecheck_result_quote_idx")]

    def __str__(self):
        return f"{self.quote} against {self.document}: {self.get_result_display()}"

    @property
    def found(self) -> bool:
        return self.result != self.Result.NOT_FOUND

    @property
    def document_words(self) -> str:
        return self.document.text[self.span_start : self.span_end] if self.found else ""
