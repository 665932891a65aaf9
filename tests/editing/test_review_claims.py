"""Soft claims on the review queue: an editor who starts on a quote holds it for a while, the others
see who is on it, and nobody works the same item twice by accident."""

import threading
from datetime import timedelta
from http import HTTPStatus

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from quotes.editing import workflows
from quotes.models import Quote
from tests.editing.fixtures import ana, article, barbaric, htmx  # noqa: F401


@pytest.fixture
def ana_client(ana):
    client = Client()
    client.force_login(ana)
    return client


def expire(quote):
    Quote.objects.filter(pk=quote.pk).update(claimed_until=timezone.now() - timedelta(seconds=1))


def row(html, quote):
    return html.split(f'id="review-{quote.pk}"')[1].split("</li>")[0]


def test_a_second_claim_fails_while_the_first_is_live_and_succeeds_after_it_expires(barbaric, ana, bob):
    assert Quote.objects.claim(barbaric.pk, ana)
    assert not Quote.objects.claim(barbaric.pk, bob)
    barbaric.refresh_from_db()
    assert barbaric.claimed_by == ana and barbaric.claim_is_live
    expire(barbaric)
    assert Quote.objects.claim(barbaric.pk, bob)
    barbaric.refresh_from_db()
    assert barbaric.claimed_by == bob


def test_a_claim_lasts_the_configured_minutes_and_renews_for_its_holder(barbaric, ana, settings):
    settings.REVIEW_CLAIM_MINUTES = 3
    assert Quote.objects.claim(barbaric.pk, ana)
    barbaric.refresh_from_db()
    assert timedelta(minutes=2, seconds=50) < barbaric.claimed_until - timezone.now() <= timedelta(minutes=3)
    assert Quote.objects.claim(barbaric.pk, ana)  # claiming again extends one's own claim


def test_a_claim_can_be_taken_over_explicitly(barbaric, ana, bob):
    Quote.objects.claim(barbaric.pk, ana)
    assert Quote.objects.claim(barbaric.pk, bob, take_over=True)
    barbaric.refresh_from_db()
    assert barbaric.claimed_by == bob


@pytest.mark.parametrize("status", ["verified", "rejected"])
def test_a_verdict_releases_the_claim(barbaric, ana, status):
    Quote.objects.claim(barbaric.pk, ana)
    workflows.set_status(quote=barbaric, status=status, version=1, user=ana)
    barbaric.refresh_from_db()
    assert barbaric.claimed_by is None and barbaric.claimed_until is None


def test_a_correction_releases_the_claim(barbaric, ana):
    Quote.objects.claim(barbaric.pk, ana)
    workflows.change_kind(quote=barbaric, kind="direct", version=1, user=ana)
    barbaric.refresh_from_db()
    assert barbaric.claimed_by is None


def test_reviewed_quotes_cannot_be_claimed(barbaric, ana):
    workflows.set_status(quote=barbaric, status="verified", version=1, user=ana)
    assert not Quote.objects.claim(barbaric.pk, ana)


@pytest.mark.django_db(transaction=True)
def test_of_two_editors_claiming_at_once_one_wins(article, ana, bob):
    """Ana's UPDATE is written but not yet committed when Bob's runs: Bob's waits for it, then
    finds the quote taken (PostgreSQL re-checks the condition on the row Ana wrote)."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one writer at a time in: there is no race to lose")
    quote = Quote.objects.get(text="barbaric")
    ana_wrote, results = threading.Event(), {}

    def bob_claims():
        ana_wrote.wait()
        results["bob"] = Quote.objects.claim(quote.pk, bob)
        connection.close()

    bob_thread = threading.Thread(target=bob_claims)
    bob_thread.start()
    with transaction.atomic():
        results["ana"] = Quote.objects.claim(quote.pk, ana)
        ana_wrote.set()
        bob_thread.join(timeout=0.5)
        assert bob_thread.is_alive(), "Bob's claim should wait for Ana's transaction"
    bob_thread.join(timeout=10)
    assert results == {"ana": True, "bob": False}
    assert Quote.objects.get(pk=quote.pk).claimed_by == ana


def test_opening_a_quote_from_the_queue_claims_it_and_shows_its_panel(ana_client, barbaric, ana):
    response = htmx(ana_client).post(reverse("review_claim", args=[barbaric.pk]))
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "You are on this" in html and f'id="quote-tools-{barbaric.pk}"' in html
    barbaric.refresh_from_db()
    assert barbaric.claimed_by == ana


def test_without_javascript_a_claim_leads_to_the_quotes_correction_panel(ana_client, barbaric):
    response = ana_client.post(reverse("review_claim", args=[barbaric.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"{barbaric.get_absolute_url()}#quote-tools-{barbaric.pk}"


def test_other_editors_see_who_is_on_a_quote_and_may_take_it_over(editor_client, ana_client, barbaric, bob):
    htmx(ana_client).post(reverse("review_claim", args=[barbaric.pk]))
    refused = htmx(editor_client).post(reverse("review_claim", args=[barbaric.pk]))
    html = refused.content.decode()
    assert "Ana is on this" in html and "Take over" in html and "quote-tools-" not in html
    taken = htmx(editor_client).post(reverse("review_claim", args=[barbaric.pk]), {"take_over": "1"})
    assert "You are on this" in taken.content.decode()
    assert Quote.objects.get(pk=barbaric.pk).claimed_by == bob


def test_the_queue_leaves_out_quotes_others_are_on_unless_asked(editor_client, ana_client, barbaric):
    htmx(ana_client).post(reverse("review_claim", args=[barbaric.pk]))
    page = editor_client.get(reverse("review_queue"))
    assert barbaric not in page.context["quotes"]
    assert "Quotes other editors are on are left out" in page.content.decode()
    everything = editor_client.get(reverse("review_queue"), {"others": "on"})
    assert barbaric in everything.context["quotes"]
    assert "Ana is on this" in row(everything.content.decode(), barbaric)
    # Ana's own queue still lists the quote she is on, as hers.
    assert "You are on this" in row(ana_client.get(reverse("review_queue")).content.decode(), barbaric)


def test_an_expired_claim_shows_nowhere(editor_client, ana_client, barbaric):
    htmx(ana_client).post(reverse("review_claim", args=[barbaric.pk]))
    expire(barbaric)
    page = editor_client.get(reverse("review_queue"))
    assert barbaric in page.context["quotes"]
    assert "is on this" not in page.content.decode() and "left out" not in page.content.decode()


def test_an_open_queue_learns_who_is_on_its_rows_and_how_many_wait(editor_client, ana_client, barbaric):
    quotes = editor_client.get(reverse("review_queue")).context["quotes"]
    ids = ",".join(str(quote.pk) for quote in quotes)
    htmx(ana_client).post(reverse("review_claim", args=[barbaric.pk]))
    polled = htmx(editor_client).get(reverse("review_claims"), {"ids": ids + ",x,-1,," + "9" * 30}).content.decode()
    assert f'<div class="claim small" id="claim-{barbaric.pk}" hx-swap-oob="true">' in polled
    assert "Ana is on this" in polled
    assert f'<strong id="review-waiting" role="status" hx-swap-oob="true">{len(quotes)} waiting.</strong>' in polled


def test_the_claimers_come_with_the_rows_not_a_query_each(editor_client, article, django_user_model):
    def queries_for_the_page():
        with CaptureQueriesContext(connection) as queries:
            page = editor_client.get(reverse("review_queue"), {"others": "on"})
        return len(queries), page.content.decode()

    queries_for_the_page()  # the filter form is drawn on the first visit and reused after
    unclaimed, _ = queries_for_the_page()
    for number, quote in enumerate(Quote.objects.all()):
        someone = django_user_model.objects.create_user(f"editor{number}", first_name=f"Editor{number}")
        Quote.objects.claim(quote.pk, someone)
    claimed, html = queries_for_the_page()
    assert html.count(" is on this</span>") == 3
    assert claimed == unclaimed
