"""Saved searches and their alerts: e-mails (locmem backend), signed webhooks to a real receiver on
loopback, once per quote even across re-extraction and re-import, rejected quotes never."""

import hashlib
import hmac
import json
import threading
from datetime import timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quotes.alerts import webhooks
from quotes.alerts.tasks import run_alerts
from quotes.models import AlertMatch, Article, Quote, SavedSearch, WebhookDelivery
from quotes.store.extractions import store_extraction
from tests.newsroom import BODY, extraction, newsroom, store_article  # noqa: F401


@pytest.fixture
def receiver(settings):
    """A webhook receiver on 127.0.0.1: records each POST; answers with the codes queued in `replies`."""
    settings.ALERT_WEBHOOK_PRIVATE = True
    received, replies = [], []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"headers": dict(self.headers), "body": body})
            self.send_response(replies.pop(0) if replies else 204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{server.server_port}/hook", "received": received, "replies": replies}
    server.shutdown()
    server.server_close()


def save_search(client, **fields):
    data = {"name": "Harbour", "query": "q=storms", "email": "immediate", "webhook_url": "", **fields}
    response = client.post(reverse("saved_search_list"), data)
    assert response.status_code == HTTPStatus.FOUND, response.content
    return SavedSearch.objects.latest("id")


@pytest.fixture
def reporter(journalist_client, charlie):
    charlie.email = "charlie@example.org"
    charlie.save()
    return journalist_client


def new_story(n=1):
    return store_article(title=f"Quay update {n}", body=BODY + f" Update {n}.")


def test_a_saved_search_keeps_the_lists_filters_from_now_on(reporter, newsroom):
    page = reporter.get(reverse("saved_search_list"), {"q": "storms", "page": "3", "kind": "direct"})
    assert 'value="q=storms&amp;kind=direct"' in page.content.decode()
    search = save_search(reporter, query="q=storms&page=3&kind=direct")
    assert search.query == "q=storms&kind=direct"
    run_alerts()
    assert not mail.outbox  # what was there before the search was saved does not alert


def test_a_new_matching_quote_is_emailed_once_even_when_extracted_again(reporter, newsroom):
    save_search(reporter)
    article = new_story()
    run_alerts()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["charlie@example.org"] and "“Harbour”" in message.subject
    assert "ready for the winter storms" in message.body and "a fair wage" not in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    store_extraction(article=article, extraction=extraction())  # re-extraction: new rows, new ids
    run_alerts()
    article.delete()
    store_article(title="Quay update, again", body=BODY + " Update 1.")  # the same story imported again
    run_alerts()
    assert len(mail.outbox) == 1
    assert AlertMatch.objects.count() == 1


def test_rejected_quotes_never_alert(reporter, newsroom):
    save_search(reporter, email="hourly")
    article = new_story()
    Quote.objects.filter(article=article, text__contains="storms").update(status=Quote.Status.REJECTED)
    run_alerts()
    assert not mail.outbox and not AlertMatch.objects.exists()


def test_a_quote_rejected_before_the_digest_is_left_out(reporter, newsroom):
    search = save_search(reporter, email="daily")
    search.last_emailed_at = timezone.now() - timedelta(hours=2)
    search.save()
    article = new_story()
    run_alerts()
    assert not mail.outbox  # the day is not over
    Quote.objects.filter(article=article, text__contains="storms").update(status=Quote.Status.REJECTED)
    run_alerts(now=timezone.now() + timedelta(days=1))
    assert not mail.outbox


def test_digests_wait_for_their_hour(reporter, newsroom):
    search = save_search(reporter, email="hourly")
    new_story(1)
    run_alerts()
    assert len(mail.outbox) == 1  # the first digest goes at once
    new_story(2)
    run_alerts()
    assert len(mail.outbox) == 1
    run_alerts(now=timezone.now() + timedelta(minutes=61))
    assert len(mail.outbox) == 2 and "1 new quote for" in mail.outbox[1].subject
    search.refresh_from_db()
    assert search.matches.filter(emailed_at__isnull=True).count() == 0


def test_one_click_unsubscribes_without_a_login(reporter, client, newsroom):
    search = save_search(reporter)
    new_story()
    run_alerts()
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    assert link in mail.outbox[0].body
    reporter.logout()
    assert client.post(link.replace("http://127.0.0.1:8000", "")).status_code == HTTPStatus.OK
    search.refresh_from_db()
    assert search.email == SavedSearch.Email.OFF
    new_story(2)
    run_alerts()
    assert len(mail.outbox) == 1
    forged = client.get(reverse("alerts_unsubscribe", args=[f"{search.pk}:forged"]))
    assert forged.status_code == HTTPStatus.NOT_FOUND


def test_a_webhook_is_signed_and_verifiable(reporter, newsroom, receiver, django_capture_on_commit_callbacks):
    search = save_search(reporter, email="off", webhook_url=receiver["url"])
    new_story()
    with django_capture_on_commit_callbacks(execute=True):
        run_alerts()
    assert not mail.outbox and len(receiver["received"]) == 1
    hit = receiver["received"][0]
    expected = "sha256=" + hmac.new(search.webhook_secret.encode(), hit["body"], hashlib.sha256).hexdigest()
    assert hit["headers"]["X-Quotes-Signature"] == expected
    assert not webhooks.verify("another secret", hit["body"], hit["headers"]["X-Quotes-Signature"])
    payload = json.loads(hit["body"])
    assert payload["search"]["name"] == "Harbour"
    assert [q["text"] for q in payload["quotes"]] == ["ready for the winter storms"]
    assert payload["quotes"][0]["speakers"] == ["Mara Lindqvist"]
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.DELIVERED and delivery.last_status_code == 204
    page = reporter.get(search.get_absolute_url()).content.decode()
    assert "Delivered" in page and "204" in page


def test_a_failing_webhook_is_retried_with_backoff_then_given_up(reporter, newsroom, receiver, settings,
                                                                 django_capture_on_commit_callbacks):
    settings.ALERT_WEBHOOK_ATTEMPTS = 3
    save_search(reporter, email="off", webhook_url=receiver["url"])
    receiver["replies"].extend([500, 503, 500])
    new_story()
    start = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        run_alerts(now=start)
    delivery = WebhookDelivery.objects.get()
    assert delivery.attempts == 1 and delivery.status == WebhookDelivery.Status.PENDING
    assert timedelta(seconds=25) < delivery.next_attempt_at - start < timedelta(seconds=35)
    run_alerts()  # not due yet
    assert len(receiver["received"]) == 1
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())
    run_alerts()
    delivery.refresh_from_db()
    assert delivery.attempts == 2 and delivery.next_attempt_at - timezone.now() > timedelta(seconds=100)
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())
    run_alerts()
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.FAILED and delivery.next_attempt_at is None
    assert [entry["status_code"] for entry in delivery.log] == [500, 503, 500]
    run_alerts(now=timezone.now() + timedelta(days=1))
    assert len(receiver["received"]) == 3  # no retry forever


def test_webhooks_to_private_addresses_are_refused_by_default(reporter, settings):
    settings.ALERT_WEBHOOK_PRIVATE = False
    with pytest.raises(ValidationError):
        webhooks.check_destination("http://127.0.0.1:9/hook")
    response = reporter.post(reverse("saved_search_list"), {"name": "x", "query": "", "email": "off",
                                                            "webhook_url": "http://localhost:9/hook"})
    assert response.status_code == HTTPStatus.BAD_REQUEST and not SavedSearch.objects.exists()


def test_saved_searches_are_their_owners_alone(reporter, bob, newsroom):
    search = save_search(reporter)
    editor_client = Client()
    editor_client.force_login(bob)
    assert editor_client.get(search.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    assert editor_client.post(reverse("saved_search_delete", args=[search.pk])).status_code == HTTPStatus.NOT_FOUND
    assert reporter.post(reverse("saved_search_delete", args=[search.pk])).status_code == HTTPStatus.FOUND
    assert not SavedSearch.objects.exists()


def test_the_cron_command_runs_a_pass(reporter, newsroom, capsys):
    save_search(reporter)
    new_story()
    call_command("sendalerts")
    assert "1 new matches" in capsys.readouterr().out and len(mail.outbox) == 1
    assert Article.objects.count() == 2


def test_on_the_database_queue_a_retry_waits_for_its_turn(reporter, newsroom, receiver, settings,
                                                          django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    from quotes.alerts.tasks import deliver_webhook_task

    save_search(reporter, email="off", webhook_url=receiver["url"])
    receiver["replies"].append(500)
    new_story()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        run_alerts()
    delivery = WebhookDelivery.objects.get()
    assert delivery.attempts == 0 and not receiver["received"]  # queued for a worker, not run here
    deliver_webhook_task.call(delivery_id=delivery.pk)  # what the worker runs
    delivery.refresh_from_db()
    assert delivery.attempts == 1 and delivery.log[0]["status_code"] == 500
    queued = DBTaskResult.objects.filter(task_path=deliver_webhook_task.module_path).order_by("enqueued_at")
    assert queued.count() == 2  # the first attempt, then the retry
    retry = queued.last()
    assert retry.run_after == delivery.next_attempt_at and retry.args_kwargs["kwargs"] == {"delivery_id": delivery.pk}
