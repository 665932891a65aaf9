"""Names, titles and quote text typed by anyone are shown as text on every list, never as markup."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from quotes.models import Article, Outlet, Quote, QuoteSpeaker, Source, Speaker

EVIL = '<img src=x onerror="alert(1)">'


@pytest.fixture
def hostile_quote(db):
    body = f'{EVIL} said "{EVIL} is here" today.'
    start = body.index(EVIL + " is")
    article = Article.objects.create(title=f"Title {EVIL}", body=body, outlet=Outlet.objects.create(name=f"Outlet {EVIL}"))
    quote = Quote.objects.create(article=article, text=body[start : start + len(EVIL) + 8], start=start,
                                 end=start + len(EVIL) + 8, source=Source.objects.create(label=f"Source {EVIL}"))
    speaker = Speaker.objects.create(name=f"Speaker {EVIL}")
    QuoteSpeaker.objects.create(quote=quote, speaker=speaker)
    Speaker.objects.filter(pk=speaker.pk).refresh_quote_stats()
    return quote


@pytest.mark.parametrize("page", ["home", "quote_list", "speaker_list", "speaker", "quote", "article"])
def test_hostile_text_is_escaped(journalist_client, hostile_quote, page):
    url = {
        "speaker": lambda: hostile_quote.speakers.get().get_absolute_url(),
        "quote": hostile_quote.get_absolute_url,
        "article": hostile_quote.article.get_absolute_url,
    }.get(page, lambda: reverse(page))()
    response = journalist_client.get(url)
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert EVIL not in html
    assert "&lt;img src=x onerror=" in html


@pytest.mark.parametrize("page", ["quote_list", "review_queue"])
def test_hostile_text_is_escaped_in_editors_rows(editor_client, hostile_quote, page):
    html = editor_client.get(reverse(page)).content.decode()
    assert "Verify" in html  # the editor's row tools are there
    assert EVIL not in html and "&lt;img src=x onerror=" in html
