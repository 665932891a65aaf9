"""A logged-in editor pastes an article and sees its quotes attributed, with and without htmx."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.models import Article, Quote, Speaker

BODY = (
    "LISBON, March 3 - Transport Minister Clara Mendes said on Monday that the new rail line "
    "would open on time. \"We have the money, the workers and the will,\" Mendes told reporters. "
    "The opposition said in a statement that the plan was \"a fantasy\"."
)

FORM = {"title": "Rail line on time, minister says", "outlet_name": "Iberia Wire", "published": "2026-03-03",
        "url": "https://iberia.example/rail", "body": BODY}


def test_it_sends_anonymous_users_to_log_in(client, db):
    response = client.get(reverse("article_create"))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("login"))
    response = client.post(reverse("article_create"), FORM)
    assert response.status_code == HTTPStatus.FOUND
    assert not Article.objects.exists()


def test_it_forbids_journalists_to_submit(journalist_client):
    response = journalist_client.post(reverse("article_create"), FORM)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not Article.objects.exists()


def test_it_stores_extracts_and_redirects_on_a_plain_post(editor_client, bob):
    response = editor_client.post(reverse("article_create"), FORM)
    article = Article.objects.get()
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == article.get_absolute_url()
    assert article.created_by == bob and article.outlet.name == "Iberia Wire"
    assert article.extraction_status == Article.ExtractionStatus.DONE
    texts = set(article.quotes.values_list("text", flat=True))
    assert "We have the money, the workers and the will," in texts or "We have the money, the workers and the will" in texts

    page = editor_client.get(article.get_absolute_url())
    assert page.status_code == HTTPStatus.OK
    assert b'<mark class="q speaker-' in page.content
    assert b"Clara Mendes" in page.content


def test_it_swaps_in_the_result_for_htmx(editor_client):
    response = editor_client.post(reverse("article_create"), FORM, headers={"HX-Request": "true"})
    article = Article.objects.get()
    assert response.status_code == HTTPStatus.OK
    assert response["HX-Push-Url"] == article.get_absolute_url()
    html = response.content.decode()
    assert "<html" not in html  # a fragment, not a page
    assert 'id="article"' in html and "<mark" in html


def test_it_shows_errors_in_place_for_htmx(editor_client):
    response = editor_client.post(reverse("article_create"), {**FORM, "body": ""}, headers={"HX-Request": "true"})
    assert response.status_code == HTTPStatus.OK
    assert "<html" not in response.content.decode()
    assert b"This field is required" in response.content
    assert not Article.objects.exists()


def test_it_refuses_the_same_article_twice(editor_client):
    editor_client.post(reverse("article_create"), FORM)
    response = editor_client.post(reverse("article_create"), {**FORM, "url": ""})
    assert response.status_code == HTTPStatus.OK
    assert "already in the tracker" in response.content.decode()
    assert Article.objects.count() == 1
    assert f'<a href="{Article.objects.get().get_absolute_url()}">Open' in response.content.decode()  # a link to it


def test_it_escapes_article_text(editor_client):
    editor_client.post(reverse("article_create"), {**FORM, "body": BODY + " <script>alert(1)</script>", "url": ""})
    page = editor_client.get(Article.objects.get().get_absolute_url())
    assert b"<script>alert(1)" not in page.content
    assert b"&lt;script&gt;alert(1)" in page.content


def test_the_speaker_page_lists_their_quotes(editor_client):
    editor_client.post(reverse("article_create"), FORM)
    speaker = Speaker.objects.get(name="Clara Mendes")
    quote = Quote.objects.filter(speakers=speaker).first()
    assert quote is not None
    page = editor_client.get(speaker.get_absolute_url())
    assert page.status_code == HTTPStatus.OK
    assert quote.text.encode() in page.content


def test_the_form_works_without_javascript(editor_client):
    page = editor_client.get(reverse("article_create"))
    html = page.content.decode()
    assert 'method="post"' in html and f'action="{reverse("article_create")}"' in html
    assert "csrfmiddlewaretoken" in html


@pytest.mark.parametrize("name", ["home", "article_create"])
def test_pages_render_for_an_editor(editor_client, name):
    assert editor_client.get(reverse(name)).status_code == HTTPStatus.OK


# ---- Extraction runs as a task with a time budget; a failed or stuck one is retried from the page


def _wait_for_overrun_threads():
    """An overrun extraction's thread runs on until the extractor is done; let it end."""
    import threading

    for thread in threading.enumerate():
        if thread.name.startswith("extract-article"):
            thread.join()


def test_an_extraction_over_its_time_budget_fails_visibly_and_is_retried_from_the_page(editor_client, charlie, settings):
    from django.test import Client

    journalist_client, client = Client(), Client()
    journalist_client.force_login(charlie)
    settings.ARTICLE_EXTRACT_SECONDS = 0
    response = editor_client.post(reverse("article_create"), FORM)
    _wait_for_overrun_threads()
    article = Article.objects.get()
    assert response.status_code == HTTPStatus.FOUND  # no 500: the article is saved and says what happened
    assert article.extraction_status == Article.ExtractionStatus.FAILED
    assert "took longer than 0 s (ARTICLE_EXTRACT_SECONDS)" in article.extraction_error
    page = editor_client.get(article.get_absolute_url()).content.decode()
    assert "Quote extraction failed" in page and "Retry the extraction" in page
    assert "Retry the extraction" not in journalist_client.get(article.get_absolute_url()).content.decode()
    # the same text again is still refused: the article to retry is the one already there
    assert "already in the tracker" in editor_client.post(reverse("article_create"), FORM).content.decode()

    settings.ARTICLE_EXTRACT_SECONDS = 120
    retry = reverse("article_retry", args=[article.pk])
    assert journalist_client.post(retry).status_code == HTTPStatus.FORBIDDEN
    assert client.post(retry)["Location"].startswith(reverse("login"))
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.FAILED
    response = editor_client.post(retry, headers={"HX-Request": "true"})
    assert response.status_code == HTTPStatus.OK and "<mark" in response.content.decode()
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.DONE and article.extraction_error == ""
    assert article.quotes.exists()


def test_the_article_region_polls_while_its_quotes_are_being_extracted(editor_client):
    article = Article.objects.create(title="Waiting", body="Nobody said anything yet.")
    html = editor_client.get(article.get_absolute_url(), headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in html and 'hx-trigger="every 2s"' in html and "Quotes are being extracted" in html
    assert "Retry the extraction" not in html  # not stuck: a worker will come
    Article.objects.filter(pk=article.pk).update(extraction_status=Article.ExtractionStatus.DONE)
    html = editor_client.get(article.get_absolute_url(), headers={"HX-Request": "true"}).content.decode()
    assert 'hx-trigger="every 2s"' not in html and "being extracted" not in html


def test_an_extraction_nobody_ran_can_be_retried(editor_client, settings):
    from datetime import timedelta

    from django.utils import timezone

    article = Article.objects.create(title="Stuck", body=BODY)
    Article.objects.filter(pk=article.pk).update(created_at=timezone.now() - timedelta(hours=1))
    html = editor_client.get(article.get_absolute_url()).content.decode()
    assert "has not finished" in html and "Retry the extraction" in html and 'hx-trigger="every 2s"' not in html
    editor_client.post(reverse("article_retry", args=[article.pk]))
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.DONE and article.quotes.exists()


def test_a_done_article_is_not_extracted_again_by_a_retry(editor_client):
    editor_client.post(reverse("article_create"), FORM)
    article = Article.objects.get()
    before = set(article.quotes.values_list("pk", flat=True))
    editor_client.post(reverse("article_retry", args=[article.pk]))
    assert set(article.quotes.values_list("pk", flat=True)) == before
