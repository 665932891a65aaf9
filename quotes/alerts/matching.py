"""The alert pass: new quotes matching each saved search, recorded once, e-mailed and posted.

A quote is recorded for a search once per (article, words) key (models.alerts.quote_key): when an
article is extracted again, its automatic quotes come back with new ids but the same keys, so
they alert nobody twice; a quote matched before being re-extracted follows its replacement.
Rejected quotes never match, and one rejected before its digest goes out is left out of it.
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from quotes.browse.filters import QuoteFilter
from quotes.models import AlertMatch, Quote, SavedSearch, WebhookDelivery
from quotes.models.alerts import quote_key

UNSUBSCRIBE_SALT = "quotes.alerts.unsubscribe"
MAX_PER_PASS = 500  # quotes recorded per search and pass; the rest wait for the next pass


def newest_quote_id() -> int:
    return Quote.objects.aggregate(newest=Max("id"))["newest"] or 0


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def unsubscribe_url(search: SavedSearch) -> str:
    return absolute(reverse("alerts_unsubscribe", args=[signing.dumps(search.pk, salt=UNSUBSCRIBE_SALT)]))


def search_for_token(token: str) -> SavedSearch | None:
    try:
        return SavedSearch.objects.filter(pk=signing.loads(token, salt=UNSUBSCRIBE_SALT)).first()
    except signing.BadSignature:
        return None


def alert_item(quote: Quote) -> dict:
    """One quote as e-mails and webhooks carry it."""
    return {
        "id": quote.pk, "text": quote.text, "speakers": [link.speaker.name for link in quote.quote_speakers.all()],
        "source": quote.source.full_label if quote.source_id else None, "kind": quote.kind, "status": quote.status,
        "dated": quote.dated.isoformat(), "article": {"id": quote.article_id, "title": quote.article.title,
                                                      "outlet": quote.article.outlet.name if quote.article.outlet_id else None},
        "citation": quote.citation(), "permalink": absolute(quote.get_absolute_url()),
        "api": absolute(reverse("api:quote-detail", args=[quote.pk])),
    }


def record_matches(search: SavedSearch, *, through: int, enqueue_delivery) -> list[AlertMatch]:
    """Record the quotes after the search's watermark (up to `through`) that match it; returns the new ones."""
    with transaction.atomic():
        search = SavedSearch.objects.select_for_update().get(pk=search.pk)  # one pass at a time per search
        filters = QuoteFilter(search.params, queryset=Quote.objects.visible().filter(
            pk__gt=search.checked_through, pk__lte=through))
        if not filters.is_valid():  # e.g. a speaker since deleted: nothing can match
            SavedSearch.objects.filter(pk=search.pk).update(checked_through=through)
            return []
        rows = list(filters.qs.order_by("id").values_list("id", "article__content_hash", "text").distinct()[:MAX_PER_PASS])
        reached = rows[-1][0] if len(rows) == MAX_PER_PASS else through
        keys = {quote_key(article_hash, text): pk for pk, article_hash, text in rows}
        seen = AlertMatch.objects.filter(search=search, key__in=keys)
        # A match whose quote was replaced by re-extraction follows the replacement.
        for match in seen.filter(quote__isnull=True):
            AlertMatch.objects.filter(pk=match.pk).update(quote_id=keys[match.key])
        known = set(seen.values_list("key", flat=True))
        handled = None if search.email != SavedSearch.Email.OFF else timezone.now()
        new = AlertMatch.objects.bulk_create([AlertMatch(search=search, key=key, quote_id=pk, emailed_at=handled)
                                              for key, pk in keys.items() if key not in known])
        SavedSearch.objects.filter(pk=search.pk).update(checked_through=reached)
        if new and search.webhook_url:
            quotes = Quote.objects.with_people().filter(pk__in=[m.quote_id for m in new]).order_by("dated", "id")
            delivery = WebhookDelivery.objects.create(search=search, url=search.webhook_url, payload={
                "event": "quotes.matched", "search": {"id": search.pk, "name": search.name, "query": search.query},
                "quotes": [alert_item(quote) for quote in quotes], "sent_at": timezone.now().isoformat()})
            transaction.on_commit(lambda: enqueue_delivery(delivery.pk))
    return new


def email_due(search: SavedSearch, now) -> bool:
    if search.email == SavedSearch.Email.OFF or not search.user.email:
        return False
    every = SavedSearch.DIGEST_EVERY.get(search.email)
    return every is None or search.last_emailed_at is None or search.last_emailed_at + every <= now


def send_digest(search: SavedSearch, now) -> int:
    """E-mail the search's matches not yet sent (rejected or vanished quotes left out); returns how many."""
    pending = AlertMatch.objects.filter(search=search, emailed_at__isnull=True)
    quotes = list(Quote.objects.visible().with_people().filter(pk__in=pending.values("quote_id")).order_by("-dated", "-id"))
    if quotes:
        link = unsubscribe_url(search)
        context = {"search": search, "quotes": [alert_item(q) for q in quotes], "unsubscribe": link,
                   "list_url": absolute(search.list_url()), "manage_url": absolute(search.get_absolute_url())}
        subject = f"{len(quotes)} new quote{'s' if len(quotes) != 1 else ''} for “{search.name}”"
        message = EmailMultiAlternatives(
            subject, render_to_string("quotes/alerts/digest.txt", context), to=[search.user.email],
            headers={"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})
        message.attach_alternative(render_to_string("quotes/alerts/digest.html", context), "text/html")
        message.send()
        SavedSearch.objects.filter(pk=search.pk).update(last_emailed_at=now)
    pending.update(emailed_at=now)
    return len(quotes)


def run_alerts(*, enqueue_delivery, now=None) -> dict:
    """One pass over every saved search: record new matches, queue their webhook deliveries
    (`enqueue_delivery(id)`, from quotes/alerts/tasks.py), send the e-mails due."""
    now = now or timezone.now()
    through = newest_quote_id()
    summary = {"searches": 0, "matches": 0, "emailed": 0}
    for search in SavedSearch.objects.select_related("user").iterator():
        summary["searches"] += 1
        summary["matches"] += len(record_matches(search, through=through, enqueue_delivery=enqueue_delivery))
        if email_due(search, now):
            summary["emailed"] += send_digest(search, now)
    return summary
