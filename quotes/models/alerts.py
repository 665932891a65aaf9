"""Saved searches and what they alerted: the matches (one per quote, ever) and webhook deliveries."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.http import QueryDict
from django.urls import reverse

from quotes.models.quotes import Quote

# The filters a saved search keeps (those of the quote list, quotes.browse.filters.QuoteFilter).
SEARCH_PARAMS = ("q", "speaker", "date_from", "date_to", "outlet", "source_kind", "kind", "verified")


def quote_key(article_hash: str, text: str) -> str:
    """What stays the same when an article is extracted again or imported again: the article's
    content hash (Article.content_hash) and the words. Re-extraction replaces automatic quotes
    with new rows and new ids; an article deleted and imported again gets a new id too."""
    return hashlib.sha256(f"{article_hash}\n{' '.join(text.split())}".encode()).hexdigest()


def clean_query(query: str) -> str:
    """Only the list's filters, in a stable order (no page, cursor or sort)."""
    params = QueryDict(query)
    kept = QueryDict(mutable=True)
    for name in SEARCH_PARAMS:
        value = params.get(name, "").strip()
        if value:
            kept[name] = value
    return kept.urlencode()


class SavedSearch(models.Model):
    class Email(models.TextChoices):
        OFF = "off", "No e-mail"
        IMMEDIATE = "immediate", "Immediately"
        HOURLY = "hourly", "Hourly digest"
        DAILY = "daily", "Daily digest"

    DIGEST_EVERY = {Email.HOURLY: timedelta(hours=1), Email.DAILY: timedelta(days=1)}

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(max_length=100)
    query = models.CharField(max_length=1000, blank=True, help_text="The quote list's filters, as a query string.")
    email = models.CharField(max_length=20, choices=Email.choices, default=Email.DAILY)
    webhook_url = models.URLField(max_length=500, blank=True)
    webhook_secret = models.CharField(max_length=64, editable=False)
    # Quotes with an id above this one have not been looked at yet (the alert pass moves it on).
    checked_through = models.BigIntegerField(default=0, editable=False)
    last_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["email"], name="savedsearch_email_idx")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.webhook_secret:
            self.webhook_secret = secrets.token_hex(32)
        self.query = clean_query(self.query)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("saved_search_detail", args=[self.pk])

    def list_url(self) -> str:
        return f"{reverse('quote_list')}?{self.query}" if self.query else reverse("quote_list")

    def feed_url(self) -> str:
        return f"{reverse('quote_feed')}?{self.query}" if self.query else reverse("quote_feed")

    @property
    def params(self) -> QueryDict:
        return QueryDict(self.query)


class AlertMatch(models.Model):
    """A quote a saved search alerted about: unique per (search, quote key), so never twice."""

    search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="matches")
    key = models.CharField(max_length=64)
    quote = models.ForeignKey(Quote, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [models.UniqueConstraint(fields=["search", "key"], name="alertmatch_once_per_search")]
        indexes = [models.Index(fields=["search", "emailed_at"], name="alertmatch_unsent_idx")]


class WebhookDelivery(models.Model):
    """One JSON POST to a saved search's webhook, retried with backoff; its log keeps every attempt."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="deliveries")
    url = models.URLField(max_length=500)
    payload = models.JSONField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # [{"at": iso time, "status_code": 200 | null, "error": ""}], one per attempt.
    log = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhook_due_idx")]

    @property
    def last_status_code(self):
        return self.log[-1].get("status_code") if self.log else None
