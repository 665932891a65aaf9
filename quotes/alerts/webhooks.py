"""Webhook deliveries: a JSON POST signed with HMAC-SHA256 of its body, one attempt at a time.

The receiver checks `X-Quotes-Signature: sha256=<hex>` against HMAC-SHA256(secret, raw body)
(the secret is shown on the saved search's page). A failed attempt is tried again later
(RETRY_DELAYS); after ALERT_WEBHOOK_ATTEMPTS the delivery is marked failed and kept in the log.
"""

import hashlib
import hmac
import ipaddress
import json
import socket
import urllib.error
import urllib.request
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from quotes.models import WebhookDelivery

SIGNATURE_HEADER = "X-Quotes-Signature"
# Seconds before attempt 2, 3, ...: 30 s, 2 min, 8 min, 32 min, ~2 h.
RETRY_DELAYS = [30, 120, 480, 1920, 7680]


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str) -> bool:
    """What a receiver does (the README shows it): compare in constant time."""
    return hmac.compare_digest(sign(secret, body), signature or "")


def check_destination(url: str) -> None:
    """Refuse webhooks to this machine or a private network (unless ALERT_WEBHOOK_PRIVATE): a saved
    search must not make the server call its own intranet."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("Give an http:// or https:// address.")
    if settings.ALERT_WEBHOOK_PRIVATE:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 443)}
    except OSError:
        raise ValidationError(f"{parts.hostname} cannot be resolved.") from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            raise ValidationError(f"{parts.hostname} is a private or local address; webhooks go to public ones.")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect counts as a failed attempt (it could point anywhere)


_opener = urllib.request.build_opener(_NoRedirects)


def attempt(delivery: WebhookDelivery) -> bool:
    """POST the delivery once; log the status code; schedule the next attempt or give up.
    Returns whether another attempt is due later."""
    body = json.dumps(delivery.payload, separators=(",", ":"), ensure_ascii=False).encode()
    status_code, error = None, ""
    try:
        check_destination(delivery.url)
        request = urllib.request.Request(delivery.url, data=body, method="POST", headers={
            "Content-Type": "application/json", "User-Agent": "quote-tracker-alerts/1",
            SIGNATURE_HEADER: sign(delivery.search.webhook_secret, body), "X-Quotes-Delivery": str(delivery.pk)})
        with _opener.open(request, timeout=settings.ALERT_WEBHOOK_TIMEOUT) as response:
            status_code = response.status
    except urllib.error.HTTPError as failure:
        status_code, error = failure.code, failure.reason
    except (OSError, ValidationError) as failure:
        error = str(failure)[:300]
    now = timezone.now()
    delivery.attempts += 1
    delivery.log = [*delivery.log, {"at": now.isoformat(), "status_code": status_code, "error": str(error)}]
    if status_code is not None and 200 <= status_code < 300:
        delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.DELIVERED, None
    elif delivery.attempts >= settings.ALERT_WEBHOOK_ATTEMPTS:
        delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.FAILED, None
    else:
        delay = RETRY_DELAYS[min(delivery.attempts - 1, len(RETRY_DELAYS) - 1)]
        delivery.next_attempt_at = now + timedelta(seconds=delay)
    delivery.save(update_fields=["attempts", "log", "status", "next_attempt_at"])
    return delivery.status == WebhookDelivery.Status.PENDING
